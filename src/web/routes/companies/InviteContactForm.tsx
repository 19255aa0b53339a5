import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { companies } from "../../api/endpoints";
import type { CompanyContact } from "../../api/types";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextField } from "../../components/Field";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import { looksLikeEmail } from "../../components/validation";

const FIELD_ORDER = ["contact-name", "contact-email", "contact-job-title"] as const;
const API_FIELDS: Record<string, string> = {
  displayName: "contact-name",
  email: "contact-email",
  jobTitle: "contact-job-title",
};

/** "Inviter kontaktperson": the person gets an email with a one-time link to choose a password. */
export function InviteContactForm({
  companyId,
  onInvited,
}: {
  companyId: string;
  onInvited: (contact: CompanyContact) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [jobTitle, setJobTitle] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [invited, setInvited] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found["contact-name"] = t("inviteContact.errors.name");
    if (!looksLikeEmail(email)) found["contact-email"] = t("inviteContact.errors.email");
    setErrors(found);
    setMessage(undefined);
    setInvited(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const contact = await companies.inviteContact(companyId, {
        displayName: name.trim(),
        email: email.trim(),
        ...(jobTitle.trim() ? { jobTitle: jobTitle.trim() } : {}),
      });
      onInvited(contact);
      setInvited(contact.email);
      setName("");
      setEmail("");
      setJobTitle("");
    } catch (failure) {
      setErrors(
        problemFieldErrors(failure, t, API_FIELDS, {
          conflict: { email: t("inviteContact.errors.emailTaken") },
        }),
      );
      setMessage(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary message={message} items={summaryItems(errors, FIELD_ORDER)} />
      {invited ? (
        <Alert variant="success" focus>
          {t("inviteContact.sent", { email: invited })}
        </Alert>
      ) : null}
      <TextField
        id="contact-name"
        label={t("inviteContact.name")}
        autoComplete="off"
        maxLength={200}
        value={name}
        error={errors["contact-name"]}
        onChange={setName}
      />
      <TextField
        id="contact-email"
        label={t("inviteContact.email")}
        type="email"
        autoComplete="off"
        maxLength={254}
        value={email}
        error={errors["contact-email"]}
        onChange={setEmail}
      />
      <TextField
        id="contact-job-title"
        label={t("inviteContact.jobTitle")}
        required={false}
        maxLength={200}
        value={jobTitle}
        error={errors["contact-job-title"]}
        onChange={setJobTitle}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t("common.sending") : t("inviteContact.submit")}
      </button>
    </form>
  );
}
