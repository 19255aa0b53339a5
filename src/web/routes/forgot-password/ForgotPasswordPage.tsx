import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { auth } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextField } from "../../components/Field";
import { PageHeading } from "../../components/PageHeading";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import { looksLikeEmail } from "../../components/validation";

const FIELDS = ["email"] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setMessage(undefined);
    if (!looksLikeEmail(email)) {
      setErrors({ email: email.trim() ? t("fieldErrors.emailInvalid") : t("fieldErrors.emailRequired") });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await auth.requestPasswordReset(email.trim());
      setSent(true);
    } catch (error) {
      setErrors(problemFieldErrors(error, t, { email: "email" }));
      setMessage(problemMessage(error, t));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageHeading title={t("forgotPassword.title")} />
      {sent ? (
        <Alert variant="success" focus>
          {t("forgotPassword.sent")}
        </Alert>
      ) : (
        <>
          <p>{t("forgotPassword.intro")}</p>
          <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
          <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
            <TextField
              id="email"
              label={t("fields.email")}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={errors.email}
            />
            <button type="submit" className="button button-primary" disabled={submitting}>
              {submitting ? t("common.sending") : t("forgotPassword.submit")}
            </button>
          </form>
        </>
      )}
      <p className="nx-after-form">
        <Link to="/login">{t("common.backToLogin")}</Link>
      </p>
    </>
  );
}
