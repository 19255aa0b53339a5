import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompanyProfile } from "../../api/types";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField, TextField } from "../Field";
import { PostalCodeField } from "../PostalCodeField";
import { problemFieldErrors, problemMessage } from "../problems";
import { cvrIssue, normaliseCvr } from "./cvr";

const FIELD_ORDER = [
  "company-cvr",
  "company-name",
  "company-industry",
  "company-address",
  "company-postal-code",
  "company-employees",
  "company-description",
  "company-offers",
  "company-p-numbers",
] as const;

const API_FIELDS: Record<string, string> = {
  cvr: "company-cvr",
  name: "company-name",
  industry: "company-industry",
  address: "company-address",
  postalCode: "company-postal-code",
  employeeCount: "company-employees",
  description: "company-description",
  offers: "company-offers",
  pNumbers: "company-p-numbers",
};

interface Draft {
  cvr: string;
  name: string;
  industry: string;
  address: string;
  postalCode: string;
  employeeCount: string;
  description: string;
  offers: string;
  pNumbers: string;
}

function draftOf(company: CompanyProfile | undefined): Draft {
  return {
    cvr: company?.cvr ?? "",
    name: company?.name ?? "",
    industry: company?.industry ?? "",
    address: company?.address ?? "",
    postalCode: company?.postalCode ?? "",
    employeeCount: company?.employeeCount === null || !company ? "" : String(company.employeeCount),
    description: company?.description ?? "",
    offers: company?.offers ?? "",
    pNumbers: company?.pNumbers.join(", ") ?? "",
  };
}

const optional = (value: string): string | null => (value.trim() === "" ? null : value.trim());
const pNumbersOf = (value: string): string[] =>
  value
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

interface CompanyFormProps {
  initial?: CompanyProfile;
  submitLabel: string;
  onSubmit: (profile: CompanyProfile) => Promise<void>;
  onCancel?: () => void;
  /** Fields only staff fill in (coordinator, membership), rendered after the profile fields. */
  children?: ReactNode;
}

/** The company's profile: CVR, name, address, size and what it offers young people. */
export function CompanyForm({ initial, submitLabel, onSubmit, onCancel, children }: CompanyFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  function set(key: keyof Draft, value: string): void {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const cvr = cvrIssue(draft.cvr);
    if (cvr === "format") found["company-cvr"] = t("companyForm.errors.cvrFormat");
    if (cvr === "checksum") found["company-cvr"] = t("companyForm.errors.cvrChecksum");
    if (!draft.name.trim()) found["company-name"] = t("companyForm.errors.name");
    if (draft.postalCode.trim() && !/^\d{4}$/.test(draft.postalCode.trim()))
      found["company-postal-code"] = t("companyForm.errors.postalCode");
    if (draft.employeeCount.trim() && !/^\d+$/.test(draft.employeeCount.trim()))
      found["company-employees"] = t("companyForm.errors.employees");
    if (pNumbersOf(draft.pNumbers).some((pNumber) => !/^\d{10}$/.test(pNumber)))
      found["company-p-numbers"] = t("companyForm.errors.pNumbers");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({
        cvr: normaliseCvr(draft.cvr),
        name: draft.name.trim(),
        industry: optional(draft.industry),
        address: optional(draft.address),
        postalCode: optional(draft.postalCode),
        employeeCount: draft.employeeCount.trim() ? Number(draft.employeeCount) : null,
        description: optional(draft.description),
        offers: optional(draft.offers),
        pNumbers: pNumbersOf(draft.pNumbers),
      });
    } catch (failure) {
      setErrors(
        problemFieldErrors(failure, t, API_FIELDS, {
          validation: { cvr: t("companyForm.errors.cvrChecksum") },
          conflict: { cvr: t("companyForm.errors.cvrTaken") },
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
      <TextField
        id="company-cvr"
        label={t("companyForm.cvr")}
        hint={t("companyForm.cvrHint")}
        inputMode="numeric"
        maxLength={11}
        inputClassName="input-width-s"
        value={draft.cvr}
        error={errors["company-cvr"]}
        onChange={(value) => set("cvr", value)}
      />
      <TextField
        id="company-name"
        label={t("companyForm.name")}
        autoComplete="organization"
        maxLength={200}
        value={draft.name}
        error={errors["company-name"]}
        onChange={(value) => set("name", value)}
      />
      <TextField
        id="company-industry"
        label={t("companyForm.industry")}
        required={false}
        maxLength={200}
        value={draft.industry}
        error={errors["company-industry"]}
        onChange={(value) => set("industry", value)}
      />
      <TextField
        id="company-address"
        label={t("companyForm.address")}
        autoComplete="street-address"
        required={false}
        maxLength={300}
        value={draft.address}
        error={errors["company-address"]}
        onChange={(value) => set("address", value)}
      />
      <PostalCodeField
        id="company-postal-code"
        label={t("companyForm.postalCode")}
        required={false}
        value={draft.postalCode}
        error={errors["company-postal-code"]}
        onChange={(value) => set("postalCode", value)}
      />
      <TextField
        id="company-employees"
        label={t("companyForm.employees")}
        hint={t("companyForm.employeesHint")}
        type="number"
        inputMode="numeric"
        min={0}
        required={false}
        inputClassName="input-width-xs"
        value={draft.employeeCount}
        error={errors["company-employees"]}
        onChange={(value) => set("employeeCount", value)}
      />
      <TextAreaField
        id="company-description"
        label={t("companyForm.description")}
        maxLength={5000}
        value={draft.description}
        error={errors["company-description"]}
        onChange={(value) => set("description", value)}
      />
      <TextAreaField
        id="company-offers"
        label={t("companyForm.offers")}
        hint={t("companyForm.offersHint")}
        maxLength={5000}
        value={draft.offers}
        error={errors["company-offers"]}
        onChange={(value) => set("offers", value)}
      />
      <TextField
        id="company-p-numbers"
        label={t("companyForm.pNumbers")}
        hint={t("companyForm.pNumbersHint")}
        required={false}
        value={draft.pNumbers}
        error={errors["company-p-numbers"]}
        onChange={(value) => set("pNumbers", value)}
      />
      {children}
      <div className="nx-button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.saving") : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
