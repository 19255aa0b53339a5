import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Role } from "../api/types";
import { PageHeading } from "../components/PageHeading";
import { RequireAuth } from "./guards";
import { useSession } from "./session";

function RoleCheck({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === "authenticated" && roles.includes(session.me.role)) return children;
  return (
    <>
      <PageHeading title={t("forbiddenPage.title")} />
      <p>{t("forbiddenPage.text")}</p>
      <p>
        <Link to="/home">{t("forbiddenPage.home")}</Link>
      </p>
    </>
  );
}

/** A page for some roles only: others logged in are told so (the API refuses them anyway). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return (
    <RequireAuth>
      <RoleCheck roles={roles}>{children}</RoleCheck>
    </RequireAuth>
  );
}

export const CASEWORKER_ROLES: readonly Role[] = ["staff", "municipality_admin"];
