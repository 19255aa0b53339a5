import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { isUnusableToken, ProblemError } from "../../api/client";
import { auth } from "../../api/endpoints";
import { NewPasswordForm } from "../../components/NewPasswordForm";
import { PageHeading } from "../../components/PageHeading";
import type { LoginNotice } from "../login/LoginPage";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const navigate = useNavigate();
  const expired = t("resetPassword.invalidToken");

  return (
    <>
      <PageHeading title={t("resetPassword.title")} />
      <p>{t("resetPassword.intro")}</p>
      <NewPasswordForm
        submitLabel={t("resetPassword.submit")}
        problemMessages={{ "invalid-token": expired }}
        onSubmit={async ({ password }) => {
          try {
            await auth.confirmPasswordReset(token, password);
          } catch (error) {
            // A rejected link is reported as such, not as a form field the user cannot see.
            if (!isUnusableToken(error)) throw error;
            throw new ProblemError({
              type: "https://nextwork.dk/problems/invalid-token",
              title: "Invalid token",
              status: 400,
            });
          }
          const state: LoginNotice = { notice: "passwordReset" };
          navigate("/login", { state });
          return true;
        }}
      />
      <p className="nx-after-form">
        <Link to="/forgot-password">{t("resetPassword.newLink")}</Link>
      </p>
    </>
  );
}
