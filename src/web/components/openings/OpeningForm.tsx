import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OpeningContent } from "../../api/types";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from "../Field";
import { PostalCodeField } from "../PostalCodeField";
import { problemFieldErrors, problemMessage } from "../problems";
import type { ReferenceData } from "../useReference";

/** The form's values, as typed: numbers and optional texts are strings until sent. */
export interface OpeningDraft {
  title: string;
  occupationField: string;
  description: string;
  tasks: string;
  learning: string;
  qualitiesWanted: string[];
  hoursPerWeek: string;
  durationWeeks: string;
  seats: string;
  earliestStart: string;
  workplacePostalCode: string;
  mentorName: string;
  supportOffered: string[];
  requiresDrivingLicence: "yes" | "no";
}

export const emptyOpeningDraft: OpeningDraft = {
  title: "",
  occupationField: "",
  description: "",
  tasks: "",
  learning: "",
  qualitiesWanted: [],
  hoursPerWeek: "",
  durationWeeks: "",
  seats: "1",
  earliestStart: "",
  workplacePostalCode: "",
  mentorName: "",
  supportOffered: [],
  requiresDrivingLicence: "no",
};

export function draftFromOpening(opening: OpeningContent): OpeningDraft {
  return {
    title: opening.title,
    occupationField: opening.occupationField,
    description: opening.description,
    tasks: opening.tasks ?? "",
    learning: opening.learning ?? "",
    qualitiesWanted: opening.qualitiesWanted,
    hoursPerWeek: String(opening.hoursPerWeek),
    durationWeeks: opening.durationWeeks === null ? "" : String(opening.durationWeeks),
    seats: String(opening.seats),
    earliestStart: opening.earliestStart ?? "",
    workplacePostalCode: opening.workplacePostalCode,
    mentorName: opening.mentorName ?? "",
    supportOffered: opening.supportOffered,
    requiresDrivingLicence: opening.requiresDrivingLicence ? "yes" : "no",
  };
}

const FIELD_ORDER = [
  "opening-title",
  "opening-field",
  "opening-description",
  "opening-tasks",
  "opening-learning",
  "opening-qualities",
  "opening-hours",
  "opening-duration",
  "opening-seats",
  "opening-start",
  "opening-postal-code",
  "opening-mentor",
  "opening-support",
  "opening-licence",
] as const;

const API_FIELDS: Record<string, string> = {
  title: "opening-title",
  occupationField: "opening-field",
  description: "opening-description",
  tasks: "opening-tasks",
  learning: "opening-learning",
  qualitiesWanted: "opening-qualities",
  hoursPerWeek: "opening-hours",
  durationWeeks: "opening-duration",
  seats: "opening-seats",
  earliestStart: "opening-start",
  workplacePostalCode: "opening-postal-code",
  mentorName: "opening-mentor",
  supportOffered: "opening-support",
  requiresDrivingLicence: "opening-licence",
};

const wholeNumber = (value: string): number | null => (/^\d+$/.test(value.trim()) ? Number(value) : null);
const optionalText = (value: string): string | null => (value.trim() === "" ? null : value.trim());

interface OpeningFormProps {
  initial: OpeningDraft;
  reference: ReferenceData;
  submitLabel: string;
  /** Sends the opening; a rejection is shown as the form's error. */
  onSubmit: (content: OpeningContent) => Promise<void>;
  onCancel?: () => void;
}

/** Create or change an opening: what the company offers, in resource words rather than diplomas. */
export function OpeningForm({ initial, reference, submitLabel, onSubmit, onCancel }: OpeningFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<OpeningDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  function set<K extends keyof OpeningDraft>(key: K, value: OpeningDraft[K]): void {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!draft.title.trim()) found["opening-title"] = t("openingForm.errors.title");
    if (!draft.occupationField) found["opening-field"] = t("openingForm.errors.field");
    if (!draft.description.trim()) found["opening-description"] = t("openingForm.errors.description");
    const hours = wholeNumber(draft.hoursPerWeek);
    if (hours === null || hours < 15 || hours > 48) found["opening-hours"] = t("openingForm.errors.hours");
    if (draft.durationWeeks.trim()) {
      const weeks = wholeNumber(draft.durationWeeks);
      if (weeks === null || weeks < 1 || weeks > 52)
        found["opening-duration"] = t("openingForm.errors.duration");
    }
    const seats = wholeNumber(draft.seats);
    if (seats === null || seats < 1 || seats > 100) found["opening-seats"] = t("openingForm.errors.seats");
    if (!/^\d{4}$/.test(draft.workplacePostalCode.trim()))
      found["opening-postal-code"] = t("openingForm.errors.postalCode");
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
        title: draft.title.trim(),
        occupationField: draft.occupationField,
        description: draft.description.trim(),
        tasks: optionalText(draft.tasks),
        learning: optionalText(draft.learning),
        qualitiesWanted: draft.qualitiesWanted,
        hoursPerWeek: Number(draft.hoursPerWeek),
        durationWeeks: draft.durationWeeks.trim() ? Number(draft.durationWeeks) : null,
        seats: Number(draft.seats),
        earliestStart: optionalText(draft.earliestStart),
        workplacePostalCode: draft.workplacePostalCode.trim(),
        mentorName: optionalText(draft.mentorName),
        supportOffered: draft.supportOffered,
        requiresDrivingLicence: draft.requiresDrivingLicence === "yes",
        languagesRequired: [],
      });
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, API_FIELDS));
      setMessage(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary message={message} items={summaryItems(errors, FIELD_ORDER)} />
      <TextField
        id="opening-title"
        label={t("openingForm.title")}
        hint={t("openingForm.titleHint")}
        value={draft.title}
        maxLength={200}
        error={errors["opening-title"]}
        onChange={(value) => set("title", value)}
      />
      <SelectField
        id="opening-field"
        label={t("openingForm.field")}
        value={draft.occupationField}
        error={errors["opening-field"]}
        onChange={(value) => set("occupationField", value)}
        options={[{ value: "", label: t("openingForm.chooseField") }, ...reference.fieldOptions]}
      />
      <TextAreaField
        id="opening-description"
        label={t("openingForm.description")}
        hint={t("openingForm.descriptionHint")}
        value={draft.description}
        maxLength={5000}
        error={errors["opening-description"]}
        onChange={(value) => set("description", value)}
      />
      <TextAreaField
        id="opening-tasks"
        label={t("openingForm.tasks")}
        value={draft.tasks}
        maxLength={5000}
        error={errors["opening-tasks"]}
        onChange={(value) => set("tasks", value)}
      />
      <TextAreaField
        id="opening-learning"
        label={t("openingForm.learning")}
        value={draft.learning}
        maxLength={5000}
        error={errors["opening-learning"]}
        onChange={(value) => set("learning", value)}
      />
      <CheckboxGroup
        id="opening-qualities"
        legend={t("openingForm.qualities")}
        hint={t("openingForm.qualitiesHint")}
        options={reference.strengthOptions}
        values={draft.qualitiesWanted}
        error={errors["opening-qualities"]}
        onChange={(values) => set("qualitiesWanted", values)}
      />
      <TextField
        id="opening-hours"
        label={t("openingForm.hours")}
        hint={t("openingForm.hoursHint")}
        type="number"
        inputMode="numeric"
        min={15}
        max={48}
        inputClassName="input-width-xs"
        value={draft.hoursPerWeek}
        error={errors["opening-hours"]}
        onChange={(value) => set("hoursPerWeek", value)}
      />
      <TextField
        id="opening-duration"
        label={t("openingForm.duration")}
        type="number"
        inputMode="numeric"
        min={1}
        max={52}
        required={false}
        inputClassName="input-width-xs"
        value={draft.durationWeeks}
        error={errors["opening-duration"]}
        onChange={(value) => set("durationWeeks", value)}
      />
      <TextField
        id="opening-seats"
        label={t("openingForm.seats")}
        hint={t("openingForm.seatsHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        inputClassName="input-width-xs"
        value={draft.seats}
        error={errors["opening-seats"]}
        onChange={(value) => set("seats", value)}
      />
      <TextField
        id="opening-start"
        label={t("openingForm.start")}
        type="date"
        required={false}
        value={draft.earliestStart}
        error={errors["opening-start"]}
        onChange={(value) => set("earliestStart", value)}
      />
      <PostalCodeField
        id="opening-postal-code"
        label={t("openingForm.postalCode")}
        value={draft.workplacePostalCode}
        error={errors["opening-postal-code"]}
        onChange={(value) => set("workplacePostalCode", value)}
      />
      <TextField
        id="opening-mentor"
        label={t("openingForm.mentor")}
        hint={t("openingForm.mentorHint")}
        required={false}
        maxLength={200}
        value={draft.mentorName}
        error={errors["opening-mentor"]}
        onChange={(value) => set("mentorName", value)}
      />
      <CheckboxGroup
        id="opening-support"
        legend={t("openingForm.support")}
        hint={t("openingForm.supportHint")}
        options={reference.supportOptions}
        values={draft.supportOffered}
        error={errors["opening-support"]}
        onChange={(values) => set("supportOffered", values)}
      />
      <RadioGroup
        id="opening-licence"
        legend={t("openingForm.licence")}
        options={[
          { value: "no", label: t("common.no") },
          { value: "yes", label: t("common.yes") },
        ]}
        value={draft.requiresDrivingLicence}
        error={errors["opening-licence"]}
        onChange={(value) => set("requiresDrivingLicence", value === "yes" ? "yes" : "no")}
      />
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
