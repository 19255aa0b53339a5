import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSession } from "../../auth/session";
import { PageHeading } from "../../components/PageHeading";

export function NotFoundPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  return (
    <>
      <PageHeading title={t("notFound.title")} />
      <p>{t("notFound.text")}</p>
      <p>
        <Link to={status === "authenticated" ? "/home" : "/"}>{t("notFound.back")}</Link>
      </p>
    </>
  );
}
