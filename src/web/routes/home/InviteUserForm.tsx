import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type NewUser, users as usersApi } from "../../api/endpoints";
import type { Municipality, Role, User } from "../../api/types";
import { Alert } from "../../components/Alert";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { SelectField, TextField } from "../../components/Field";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import { looksLikeEmail } from "../../components/validation";

const FIELDS = ["invite-email", "invite-name", "invite-role", "invite-municipality"] as const;
type InviteField = (typeof FIELDS)[number];

const API_PATHS: Record<string, InviteField> = {
  email: "invite-email",
  displayName: "invite-name",
  role: "invite-role",
  municipalityId: "invite-municipality",
};

/** Roles that belong to no municipality. */
const ROLES_WITHOUT_MUNICIPALITY: readonly Role[] = ["researcher", "system_admin"];

interface InviteUserFormProps {
  roles: readonly Role[];
  /** Given for system admins, who choose the municipality; a municipality admin invites into their own. */
  municipalities?: readonly Municipality[];
  onInvited: (user: User) => void;
}

export function InviteUserForm({ roles, municipalities, onInvited }: InviteUserFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [municipalityId, setMunicipalityId] = useState("");
  const [errors, setErrors] = useState<Partial<Record<InviteField, string>>>({});
  const [message, setMessage] = useState<string>();
  const [invited, setInvited] = useState<User | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const needsMunicipality =
    municipalities !== undefined && role !== "" && !ROLES_WITHOUT_MUNICIPALITY.includes(role);

  function validate(): Partial<Record<InviteField, string>> {
    const found: Partial<Record<InviteField, string>> = {};
    if (!email.trim()) found["invite-email"] = t("fieldErrors.emailRequired");
    else if (!looksLikeEmail(email)) found["invite-email"] = t("fieldErrors.emailInvalid");
    if (!displayName.trim()) found["invite-name"] = t("fieldErrors.displayNameRequired");
    if (!role) found["invite-role"] = t("fieldErrors.roleRequired");
    if (needsMunicipality && !municipalityId)
      found["invite-municipality"] = t("fieldErrors.municipalityRequired");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    setInvited(null);
    if (Object.keys(found).length > 0 || !role) return;

    const input: NewUser = { email: email.trim(), displayName: displayName.trim(), role };
    if (needsMunicipality) input.municipalityId = municipalityId;
    setSubmitting(true);
    try {
      const user = await usersApi.invite(input);
      setInvited(user);
      setEmail("");
      setDisplayName("");
      onInvited(user);
    } catch (error) {
      setErrors(
        problemFieldErrors(error, t, API_PATHS, { conflict: { email: t("fieldErrors.emailTaken") } }),
      );
      setMessage(problemMessage(error, t, { conflict: t("invite.conflict") }));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("invite.heading")}</h2>
      <p>{t("invite.intro")}</p>
      {invited ? (
        <Alert variant="success" focus>
          {t("invite.sent", { email: invited.email })}
        </Alert>
      ) : null}
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="invite-email"
          label={t("fields.email")}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors["invite-email"]}
        />
        <TextField
          id="invite-name"
          label={t("fields.displayName")}
          autoComplete="off"
          value={displayName}
          onChange={setDisplayName}
          error={errors["invite-name"]}
          maxLength={200}
        />
        <SelectField
          id="invite-role"
          label={t("fields.role")}
          value={role}
          onChange={(value) => setRole(roles.find((candidate) => candidate === value) ?? "")}
          error={errors["invite-role"]}
          options={[
            { value: "", label: t("invite.chooseRole") },
            ...roles.map((candidate) => ({ value: candidate, label: t(`roles.${candidate}`) })),
          ]}
        />
        {needsMunicipality && municipalities ? (
          <SelectField
            id="invite-municipality"
            label={t("fields.municipality")}
            value={municipalityId}
            onChange={setMunicipalityId}
            error={errors["invite-municipality"]}
            options={[
              { value: "", label: t("invite.chooseMunicipality") },
              ...municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name })),
            ]}
          />
        ) : null}
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t("common.sending") : t("invite.submit")}
        </button>
      </form>
    </section>
  );
}
