import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, summaryItems } from "./ErrorSummary";
import { TextField } from "./Field";
import { type ProblemMessages, problemFieldErrors, problemMessage } from "./problems";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordIssue } from "./validation";

const FIELDS = ["current-password", "new-password", "repeat-password"] as const;
type PasswordField = (typeof FIELDS)[number];

/** API field paths that name a password, mapped to this form's fields. */
const API_PATHS: Record<string, PasswordField> = {
  currentPassword: "current-password",
  password: "new-password",
  newPassword: "new-password",
};

export interface NewPasswordValues {
  currentPassword: string;
  password: string;
}

interface NewPasswordFormProps {
  submitLabel: string;
  withCurrentPassword?: boolean;
  problemMessages?: ProblemMessages;
  /** Resolves when done; a rejection is shown as the form's error. Returns true to clear the fields. */
  onSubmit: (values: NewPasswordValues) => Promise<boolean>;
}

/** Choose a password and type it twice: used by invitation, password reset and account pages. */
export function NewPasswordForm({
  submitLabel,
  withCurrentPassword,
  problemMessages,
  onSubmit,
}: NewPasswordFormProps) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Partial<Record<PasswordField, string>>>({});
  const [message, setMessage] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  function validate(): Partial<Record<PasswordField, string>> {
    const found: Partial<Record<PasswordField, string>> = {};
    if (withCurrentPassword && !currentPassword)
      found["current-password"] = t("fieldErrors.currentPasswordRequired");
    const issue = passwordIssue(password);
    if (issue === "required") found["new-password"] = t("fieldErrors.newPasswordRequired");
    if (issue === "tooShort")
      found["new-password"] = t("fieldErrors.passwordTooShort", { min: PASSWORD_MIN_LENGTH });
    if (issue === "tooLong")
      found["new-password"] = t("fieldErrors.passwordTooLong", { max: PASSWORD_MAX_LENGTH });
    if (!repeat) found["repeat-password"] = t("fieldErrors.repeatPasswordRequired");
    else if (repeat !== password) found["repeat-password"] = t("fieldErrors.passwordMismatch");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;

    setSubmitting(true);
    try {
      const clear = await onSubmit({ currentPassword, password });
      if (clear) {
        setCurrentPassword("");
        setPassword("");
        setRepeat("");
      }
    } catch (error) {
      setErrors(problemFieldErrors(error, t, API_PATHS));
      setMessage(problemMessage(error, t, problemMessages));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        {withCurrentPassword ? (
          <TextField
            id="current-password"
            label={t("fields.currentPassword")}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={errors["current-password"]}
          />
        ) : null}
        <TextField
          id="new-password"
          label={t("fields.newPassword")}
          hint={t("fields.newPasswordHint", { min: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors["new-password"]}
        />
        <TextField
          id="repeat-password"
          label={t("fields.repeatPassword")}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={errors["repeat-password"]}
        />
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t("common.saving") : submitLabel}
        </button>
      </form>
    </>
  );
}
