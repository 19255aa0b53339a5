import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { setCsrfToken } from "../../api/client";
import { auth } from "../../api/endpoints";
import { useMe, useSession } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { CalendarFeedSection } from "../../components/calendar/CalendarFeedSection";
import { NotificationSettings } from "../../components/matching/NotificationSettings";
import { NewPasswordForm } from "../../components/NewPasswordForm";
import { PageHeading } from "../../components/PageHeading";
import type { LoginNotice } from "../login/LoginPage";

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout, forgetSession } = useSession();
  const navigate = useNavigate();
  const [changed, setChanged] = useState(false);
  const { hash } = useLocation();
  const reader = me.role === "youth" ? "youth" : me.role === "company_contact" ? "company" : null;

  // A link to /account#notifications (from "Til dig") lands on the switches.
  useEffect(() => {
    if (hash !== "#notifications") return;
    const timer = window.setTimeout(() => {
      const heading = document.getElementById("notifications");
      heading?.scrollIntoView();
      heading?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [hash]);

  // RequireAuth sends the logged-out user to the front page.
  async function logOut(): Promise<void> {
    await logout().catch(() => undefined);
  }

  return (
    <>
      <PageHeading title={t("account.title")} />
      <dl className="nx-facts">
        <dt>{t("fields.displayName")}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t("fields.email")}</dt>
        <dd>{me.email}</dd>
        <dt>{t("fields.role")}</dt>
        <dd>{t(`roles.${me.role}`)}</dd>
        {me.municipality ? (
          <>
            <dt>{t("fields.municipality")}</dt>
            <dd>{me.municipality.name}</dd>
          </>
        ) : null}
      </dl>

      {reader ? <NotificationSettings reader={reader} /> : null}

      {me.municipality ? <CalendarFeedSection /> : null}

      <h2>{t("account.passwordHeading")}</h2>
      {changed ? (
        <Alert variant="success" focus>
          {t("account.passwordChanged")}
        </Alert>
      ) : null}
      <NewPasswordForm
        withCurrentPassword
        submitLabel={t("account.passwordSubmit")}
        onSubmit={async ({ currentPassword, password }) => {
          setChanged(false);
          await auth.changePassword(currentPassword, password);
          // The server may end sessions on a password change; if this one ended, log in again.
          try {
            const { csrfToken } = await auth.csrf();
            setCsrfToken(csrfToken);
            setChanged(true);
          } catch {
            forgetSession();
            const state: LoginNotice = { notice: "passwordChanged" };
            navigate("/login", { state });
          }
          return true;
        }}
      />

      <h2>{t("account.logoutHeading")}</h2>
      <p>
        <button type="button" className="button button-secondary" onClick={() => void logOut()}>
          {t("account.logoutButton")}
        </button>
      </p>
    </>
  );
}
