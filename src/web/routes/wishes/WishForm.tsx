import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WishContent } from "../../api/types";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { SelectField, TextAreaField, TextField } from "../../components/Field";
import { PostalCodeField } from "../../components/PostalCodeField";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import type { ReferenceData } from "../../components/useReference";

const FIELD_ORDER = ["wish-field", "wish-description", "wish-hours", "wish-area"] as const;
const API_FIELDS: Record<string, string> = {
  occupationField: "wish-field",
  description: "wish-description",
  hoursPerWeek: "wish-hours",
  areaPostalCode: "wish-area",
};

interface WishFormProps {
  initial?: WishContent;
  reference: ReferenceData;
  submitLabel: string;
  onSubmit: (content: WishContent) => Promise<void>;
  onCancel: () => void;
}

/** "Jeg vil gerne prøve …": a wish in the young person's own words, with field, hours and area. */
export function WishForm({ initial, reference, submitLabel, onSubmit, onCancel }: WishFormProps) {
  const { t } = useTranslation();
  const [field, setField] = useState(initial?.occupationField ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [hours, setHours] = useState(initial?.hoursPerWeek ? String(initial.hoursPerWeek) : "");
  const [area, setArea] = useState(initial?.areaPostalCode ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!field) found["wish-field"] = t("wishForm.errors.field");
    if (!description.trim()) found["wish-description"] = t("wishForm.errors.description");
    if (hours.trim()) {
      const number = /^\d+$/.test(hours.trim()) ? Number(hours) : Number.NaN;
      if (!(number >= 15 && number <= 48)) found["wish-hours"] = t("wishForm.errors.hours");
    }
    if (area.trim() && !/^\d{4}$/.test(area.trim())) found["wish-area"] = t("wishForm.errors.area");
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({
        occupationField: field,
        description: description.trim(),
        hoursPerWeek: hours.trim() ? Number(hours) : null,
        areaPostalCode: area.trim() || null,
      });
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, API_FIELDS));
      setMessage(problemMessage(failure, t));
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary message={message} items={summaryItems(errors, FIELD_ORDER)} />
      <SelectField
        id="wish-field"
        label={t("wishForm.field")}
        value={field}
        error={errors["wish-field"]}
        onChange={setField}
        options={[{ value: "", label: t("wishForm.chooseField") }, ...reference.fieldOptions]}
      />
      <TextAreaField
        id="wish-description"
        label={t("wishForm.description")}
        hint={t("wishForm.descriptionHint")}
        value={description}
        maxLength={2000}
        error={errors["wish-description"]}
        onChange={setDescription}
      />
      <TextField
        id="wish-hours"
        label={t("wishForm.hours")}
        hint={t("wishForm.hoursHint")}
        type="number"
        inputMode="numeric"
        min={15}
        max={48}
        required={false}
        inputClassName="input-width-xs"
        value={hours}
        error={errors["wish-hours"]}
        onChange={setHours}
      />
      <PostalCodeField
        id="wish-area"
        label={t("wishForm.area")}
        hint={t("wishForm.areaHint")}
        required={false}
        value={area}
        error={errors["wish-area"]}
        onChange={setArea}
      />
      <div className="nx-button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.saving") : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
