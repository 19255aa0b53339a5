import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useSession } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextField } from "../../components/Field";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { looksLikeEmail } from "../../components/validation";

const FIELDS = ["email", "password"] as const;
type LoginField = (typeof FIELDS)[number];

type Notice = "passwordReset" | "passwordChanged";

/** Router state other pages pass to tell the login page why the user is here. */
export interface LoginNotice {
  notice?: Notice;
}

function noticeOf(state: unknown): Notice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return state.notice === "passwordReset" || state.notice === "passwordChanged" ? state.notice : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useSession();
  const location = useLocation();
  const notice = noticeOf(location.state);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<LoginField, string>>>({});
  const [message, setMessage] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found: Partial<Record<LoginField, string>> = {};
    if (!email.trim()) found.email = t("fieldErrors.emailRequired");
    else if (!looksLikeEmail(email)) found.email = t("fieldErrors.emailInvalid");
    if (!password) found.password = t("fieldErrors.passwordRequired");
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;

    setSubmitting(true);
    try {
      // On success the session changes and AnonymousOnly sends the user on.
      await login(email.trim(), password);
    } catch (error) {
      setMessage(problemMessage(error, t, { unauthorized: t("problems.invalid-credentials") }));
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageHeading title={t("login.title")} />
      {notice ? <Alert variant="success">{t(`login.notices.${notice}`)}</Alert> : null}
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="email"
          label={t("fields.email")}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <TextField
          id="password"
          label={t("fields.password")}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <p className="nx-after-form">
        <Link to="/forgot-password">{t("login.forgotPassword")}</Link>
      </p>
    </>
  );
}
