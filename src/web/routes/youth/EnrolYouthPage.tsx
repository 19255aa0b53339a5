import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type NewYouth, youth as youthApi } from "../../api/endpoints";
import { useMe } from "../../auth/session";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { SelectField, TextField } from "../../components/Field";
import { PageHeading } from "../../components/PageHeading";
import { PostalCodeField } from "../../components/PostalCodeField";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import { useColleagues } from "../../components/useColleagues";
import { looksLikeEmail } from "../../components/validation";

const FIELDS = [
  "enrol-name",
  "enrol-email",
  "enrol-birthDate",
  "enrol-phone",
  "enrol-postalCode",
  "enrol-cpr",
  "enrol-counsellor",
] as const;
type EnrolField = (typeof FIELDS)[number];

const API_PATHS: Record<string, EnrolField> = {
  displayName: "enrol-name",
  email: "enrol-email",
  birthDate: "enrol-birthDate",
  phone: "enrol-phone",
  postalCode: "enrol-postalCode",
  cpr: "enrol-cpr",
  counsellorId: "enrol-counsellor",
};

export interface EnrolledState {
  enrolledEmail?: string;
}

/** /youth/new: staff enrol a young person, who gets an invitation by e-mail. */
export function EnrolYouthPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const isAdmin = me.role === "municipality_admin";
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const [phone, setPhone] = useState("");
  const [postalCode, setPostalCode] = useState("");
  const [cpr, setCpr] = useState("");
  const [counsellorId, setCounsellorId] = useState(isAdmin ? "" : me.id);
  const counsellors = useColleagues();
  const [errors, setErrors] = useState<Partial<Record<EnrolField, string>>>({});
  const [message, setMessage] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  function validate(): Partial<Record<EnrolField, string>> {
    const found: Partial<Record<EnrolField, string>> = {};
    if (!displayName.trim()) found["enrol-name"] = t("fieldErrors.displayNameRequired");
    if (!email.trim()) found["enrol-email"] = t("fieldErrors.emailRequired");
    else if (!looksLikeEmail(email)) found["enrol-email"] = t("fieldErrors.emailInvalid");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) found["enrol-birthDate"] = t("enrol.errors.birthDate");
    if (!/^\d{4}$/.test(postalCode.trim())) found["enrol-postalCode"] = t("enrol.errors.postalCode");
    if (cpr.trim() && !/^\d{6}-?\d{4}$/.test(cpr.trim())) found["enrol-cpr"] = t("enrol.errors.cpr");
    if (!counsellorId) found["enrol-counsellor"] = t("enrol.errors.counsellor");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;
    const input: NewYouth = {
      displayName: displayName.trim(),
      email: email.trim(),
      birthDate,
      postalCode: postalCode.trim(),
      counsellorId,
    };
    if (phone.trim()) input.phone = phone.trim();
    if (cpr.trim()) input.cpr = cpr.trim();
    setSubmitting(true);
    try {
      const young = await youthApi.enrol(input);
      const state: EnrolledState = { enrolledEmail: young.email };
      navigate(`/youth/${young.id}`, { state });
    } catch (error) {
      setErrors(
        problemFieldErrors(error, t, API_PATHS, {
          conflict: { email: t("fieldErrors.emailTaken"), cpr: t("enrol.errors.cprTaken") },
          validation: {
            cpr: t("enrol.errors.cpr"),
            counsellorId: t("enrol.errors.counsellor"),
            postalCode: t("enrol.errors.postalCodeUnknown"),
          },
        }),
      );
      setMessage(problemMessage(error, t, { conflict: t("enrol.conflict") }));
      setSubmitting(false);
    }
  }

  return (
    <>
      <PageHeading title={t("enrol.title")} />
      <p>{t("enrol.intro")}</p>
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="enrol-name"
          label={t("youthFields.name")}
          autoComplete="off"
          value={displayName}
          onChange={setDisplayName}
          error={errors["enrol-name"]}
          maxLength={200}
        />
        <TextField
          id="enrol-email"
          type="email"
          label={t("fields.email")}
          hint={t("enrol.emailHint")}
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors["enrol-email"]}
        />
        <TextField
          id="enrol-birthDate"
          type="date"
          label={t("youthFields.birthDate")}
          value={birthDate}
          onChange={setBirthDate}
          error={errors["enrol-birthDate"]}
          inputClassName="input-width-s"
        />
        <TextField
          id="enrol-phone"
          type="tel"
          inputMode="tel"
          label={t("youthFields.phoneOptional")}
          autoComplete="off"
          required={false}
          value={phone}
          onChange={setPhone}
          error={errors["enrol-phone"]}
          maxLength={30}
          inputClassName="input-width-m"
        />
        <PostalCodeField
          id="enrol-postalCode"
          label={t("youthFields.postalCode")}
          value={postalCode}
          onChange={setPostalCode}
          error={errors["enrol-postalCode"]}
        />
        <TextField
          id="enrol-cpr"
          inputMode="numeric"
          label={t("youthFields.cprOptional")}
          hint={t("enrol.cprHint")}
          autoComplete="off"
          required={false}
          value={cpr}
          onChange={setCpr}
          error={errors["enrol-cpr"]}
          maxLength={11}
          inputClassName="input-width-m"
        />
        <SelectField
          id="enrol-counsellor"
          label={t("youthFields.counsellor")}
          value={counsellorId}
          onChange={setCounsellorId}
          error={errors["enrol-counsellor"]}
          options={[
            { value: "", label: t("enrol.chooseCounsellor") },
            ...counsellors.map((user) => ({ value: user.id, label: user.displayName })),
          ]}
        />
        <div className="nx-button-row">
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t("common.sending") : t("enrol.submit")}
          </button>
          <Link className="button button-secondary" to="/youth">
            {t("common.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
