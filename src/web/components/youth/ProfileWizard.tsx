import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ProblemError } from "../../api/client";
import { type ProfileChanges, youth as youthApi } from "../../api/endpoints";
import {
  EXPERIENCE_KINDS,
  type Experience,
  type ExperienceKind,
  type PartVisibility,
  type ProfilePart,
  type YouthFull,
} from "../../api/types";
import { Alert } from "../Alert";
import { ErrorSummary, type SummaryItem } from "../ErrorSummary";
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from "../Field";
import { problemMessage } from "../problems";
import type { ReferenceData } from "../useReference";
import { ConsentSection } from "./ConsentSection";
import { LANGUAGE_CODES, languageName, WEEKDAYS } from "./format";
import { weekdayKey } from "./ProfileSummary";

const STEPS = [
  { key: "aboutMe", parts: ["aboutMe"] },
  { key: "strengths", parts: ["strengths"] },
  { key: "interests", parts: ["interests"] },
  { key: "experiences", parts: ["experiences"] },
  { key: "wantsToLearn", parts: ["wantsToLearn"] },
  { key: "time", parts: ["availability", "earliestStart"] },
  { key: "transport", parts: ["travel", "drivingLicence"] },
  { key: "languages", parts: ["languages"] },
  { key: "consent", parts: [] },
] as const satisfies readonly { key: string; parts: readonly ProfilePart[] }[];
type Step = (typeof STEPS)[number];

export const WIZARD_STEP_COUNT = STEPS.length;

interface Draft {
  aboutMe: string;
  strengths: string[];
  interests: string[];
  experiences: Experience[];
  wantsToLearn: string;
  hours: string;
  weekdays: string[];
  earliestStart: string;
  maxKm: string;
  drivingLicence: "" | "yes" | "no";
  languages: string[];
  visibility: Record<ProfilePart, PartVisibility>;
}

function draftOf(youth: YouthFull): Draft {
  const { profile } = youth;
  const visibility = (part: ProfilePart): PartVisibility => youth.visibility[part] ?? "network";
  return {
    aboutMe: profile.aboutMe ?? "",
    strengths: profile.strengths,
    interests: profile.interests,
    experiences: profile.experiences,
    wantsToLearn: profile.wantsToLearn ?? "",
    hours: profile.availability.hoursPerWeek === null ? "" : String(profile.availability.hoursPerWeek),
    weekdays: profile.availability.weekdays.map(String),
    earliestStart: profile.earliestStart ?? "",
    maxKm: profile.travel.maxKm === null ? "" : String(profile.travel.maxKm),
    drivingLicence: profile.drivingLicence === null ? "" : profile.drivingLicence ? "yes" : "no",
    languages: profile.languages,
    visibility: {
      aboutMe: visibility("aboutMe"),
      strengths: visibility("strengths"),
      interests: visibility("interests"),
      experiences: visibility("experiences"),
      wantsToLearn: visibility("wantsToLearn"),
      availability: visibility("availability"),
      travel: visibility("travel"),
      drivingLicence: visibility("drivingLicence"),
      languages: visibility("languages"),
      earliestStart: visibility("earliestStart"),
    },
  };
}

/** API error paths (e.g. `availability.hoursPerWeek`, `experiences.0.title`) to the step's field ids. */
const FIELD_FOR_PATH: [string, string][] = [
  ["aboutMe", "profile-aboutMe"],
  ["strengths", "profile-strengths"],
  ["interests", "profile-interests"],
  ["experiences", "profile-experiences"],
  ["wantsToLearn", "profile-wantsToLearn"],
  ["availability.hoursPerWeek", "profile-hours"],
  ["availability.weekdays", "profile-weekdays"],
  ["availability", "profile-hours"],
  ["earliestStart", "profile-earliestStart"],
  ["travel", "profile-maxKm"],
  ["drivingLicence", "profile-drivingLicence"],
  ["languages", "profile-languages"],
  ["visibility", "profile-visibility"],
];

function fieldForPath(path: string): string | undefined {
  return FIELD_FOR_PATH.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
}

const toInt = (value: string): number | null => (value.trim() === "" ? null : Number(value));

interface ProfileWizardProps {
  youth: YouthFull;
  onSaved: (youth: YouthFull) => void;
  vocabulary: ReferenceData;
  /** Where the wizard lives, e.g. /profile or /youth/:id/profile; steps are ?step=N. */
  basePath: string;
  /** Where "Færdig" leads. */
  donePath: string;
  voice: "self" | "counsellor";
}

/**
 * The guided resource profile: one part (or a small group) per step, saved with PATCH on every Næste and
 * Tilbage, so a young person can stop halfway and come back. Each part has its own visibility choice.
 */
export function ProfileWizard({ youth, onSaved, vocabulary, basePath, donePath, voice }: ProfileWizardProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const requested = Number(searchParams.get("step") ?? "1");
  const index =
    Number.isInteger(requested) && requested >= 1 && requested <= STEPS.length ? requested - 1 : 0;
  const step: Step = STEPS[index] ?? STEPS[0];
  const [draft, setDraft] = useState<Draft>(() => draftOf(youth));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [newKind, setNewKind] = useState<ExperienceKind | "">("");
  const [newTitle, setNewTitle] = useState("");
  const [newDescription, setNewDescription] = useState("");

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (step.key === "time") {
      const hours = toInt(draft.hours);
      if (hours !== null && (!Number.isInteger(hours) || hours < 1 || hours > 60))
        found["profile-hours"] = t("profile.errors.hours");
      if (draft.earliestStart && !/^\d{4}-\d{2}-\d{2}$/.test(draft.earliestStart))
        found["profile-earliestStart"] = t("profile.errors.date");
    }
    if (step.key === "transport") {
      const km = toInt(draft.maxKm);
      if (km !== null && (!Number.isInteger(km) || km < 0 || km > 300))
        found["profile-maxKm"] = t("profile.errors.km");
    }
    if (step.key === "experiences" && (newTitle.trim() || newDescription.trim())) {
      found["experience-title"] = t("profile.errors.unsavedExperience");
    }
    return found;
  }

  function changesFor(current: Step): ProfileChanges {
    const changes: ProfileChanges = {};
    const visibility: Partial<Record<ProfilePart, PartVisibility>> = {};
    for (const part of current.parts) visibility[part] = draft.visibility[part];
    switch (current.key) {
      case "aboutMe":
        changes.aboutMe = draft.aboutMe.trim() ? draft.aboutMe : null;
        break;
      case "strengths":
        changes.strengths = draft.strengths;
        break;
      case "interests":
        changes.interests = draft.interests;
        break;
      case "experiences":
        changes.experiences = draft.experiences;
        break;
      case "wantsToLearn":
        changes.wantsToLearn = draft.wantsToLearn.trim() ? draft.wantsToLearn : null;
        break;
      case "time":
        changes.availability = {
          hoursPerWeek: toInt(draft.hours),
          weekdays: draft.weekdays.map(Number).sort(),
        };
        changes.earliestStart = draft.earliestStart || null;
        break;
      case "transport":
        changes.travel = { maxKm: toInt(draft.maxKm) };
        changes.drivingLicence = draft.drivingLicence === "" ? null : draft.drivingLicence === "yes";
        break;
      case "languages":
        changes.languages = draft.languages;
        break;
      case "consent":
        return {};
    }
    changes.visibility = visibility;
    return changes;
  }

  async function go(target: number | "done"): Promise<void> {
    setMessage(undefined);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step.key !== "consent") {
      setSaving(true);
      try {
        onSaved(await youthApi.updateProfile(youth.id, changesFor(step)));
      } catch (error) {
        const fieldErrors: Record<string, string> = {};
        if (error instanceof ProblemError) {
          for (const problem of error.errors) {
            const field = fieldForPath(problem.path);
            if (field && !fieldErrors[field]) fieldErrors[field] = problem.message;
          }
        }
        setErrors(fieldErrors);
        setMessage(problemMessage(error, t));
        setSaving(false);
        return;
      }
      setSaving(false);
    }
    navigate(target === "done" ? donePath : `${basePath}?step=${target}`);
  }

  function addExperience(): void {
    if (!newKind || !newTitle.trim()) {
      setErrors({
        ...(newKind ? {} : { "experience-kind": t("profile.errors.experienceKind") }),
        ...(newTitle.trim() ? {} : { "experience-title": t("profile.errors.experienceTitle") }),
      });
      return;
    }
    const experience: Experience = { kind: newKind, title: newTitle.trim() };
    if (newDescription.trim()) experience.description = newDescription.trim();
    update("experiences", [...draft.experiences, experience]);
    setNewKind("");
    setNewTitle("");
    setNewDescription("");
    setErrors({});
  }

  function visibilityChoice(part: ProfilePart) {
    return (
      <RadioGroup
        key={`visibility-${part}`}
        id={`visibility-${part}`}
        legend={t("profile.visibility.legend", { part: t(`profile.parts.${part}`) })}
        value={draft.visibility[part]}
        onChange={(value) =>
          update("visibility", { ...draft.visibility, [part]: value === "private" ? "private" : "network" })
        }
        options={[
          { value: "network", label: t("profile.visibility.network") },
          { value: "private", label: t("profile.visibility.private") },
        ]}
      />
    );
  }

  const summary: SummaryItem[] = Object.entries(errors).map(([fieldId, text]) => ({
    fieldId,
    message: text,
  }));
  const stepNumber = index + 1;
  const isLast = stepNumber === STEPS.length;

  return (
    <div className="nx-wizard">
      <p className="nx-step-count" id="wizard-step-count">
        {t("profile.stepOf", { step: stepNumber, total: STEPS.length })}
      </p>
      <progress
        className="nx-step-progress"
        max={STEPS.length}
        value={stepNumber}
        aria-labelledby="wizard-step-count"
      />
      <h2 id="wizard-step-heading">{t(`profile.steps.${step.key}.heading`)}</h2>
      <p>{t(`profile.steps.${step.key}.${voice === "self" ? "intro" : "introCounsellor"}`)}</p>
      <ErrorSummary message={message} items={summary} />
      <form
        className="nx-form"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void go(isLast ? "done" : stepNumber + 1);
        }}
      >
        {step.key === "aboutMe" ? (
          <TextAreaField
            id="profile-aboutMe"
            label={t("profile.parts.aboutMe")}
            hint={t("profile.hints.aboutMe")}
            value={draft.aboutMe}
            onChange={(value) => update("aboutMe", value)}
            error={errors["profile-aboutMe"]}
            maxLength={2000}
          />
        ) : null}
        {step.key === "strengths" ? (
          <VocabularyPicker
            id="profile-strengths"
            legend={t("profile.parts.strengths")}
            hint={t("profile.hints.strengths")}
            options={vocabulary.strengthOptions}
            loading={vocabulary.loading}
            failed={vocabulary.error !== null}
            values={draft.strengths}
            onChange={(values) => update("strengths", values)}
            error={errors["profile-strengths"]}
          />
        ) : null}
        {step.key === "interests" ? (
          <VocabularyPicker
            id="profile-interests"
            legend={t("profile.parts.interests")}
            hint={t("profile.hints.interests")}
            options={vocabulary.fieldOptions}
            loading={vocabulary.loading}
            failed={vocabulary.error !== null}
            values={draft.interests}
            onChange={(values) => update("interests", values)}
            error={errors["profile-interests"]}
          />
        ) : null}
        {step.key === "experiences" ? (
          <>
            <h3 className="h4" id="profile-experiences" tabIndex={-1}>
              {t("profile.experiences.listHeading")}
            </h3>
            {errors["profile-experiences"] ? (
              <p className="form-error-message">{errors["profile-experiences"]}</p>
            ) : null}
            {draft.experiences.length === 0 ? <p>{t("profile.experiences.none")}</p> : null}
            <ul className="nx-experience-list">
              {draft.experiences.map((experience, position) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: experiences have no id of their own.
                <li key={position} className="nx-experience">
                  <strong>{experience.title}</strong> ({t(`profile.experienceKinds.${experience.kind}`)})
                  {experience.description ? <p className="nx-pre-line">{experience.description}</p> : null}
                  <button
                    type="button"
                    className="button button-tertiary nx-small-button"
                    onClick={() =>
                      update(
                        "experiences",
                        draft.experiences.filter((_, other) => other !== position),
                      )
                    }
                  >
                    {t("profile.experiences.remove")}
                    <span className="sr-only"> {experience.title}</span>
                  </button>
                </li>
              ))}
            </ul>
            <fieldset className="nx-fieldset nx-add-experience">
              <legend className="h4">{t("profile.experiences.addHeading")}</legend>
              <SelectField
                id="experience-kind"
                label={t("profile.experiences.kind")}
                value={newKind}
                required={false}
                onChange={(value) => setNewKind(EXPERIENCE_KINDS.find((kind) => kind === value) ?? "")}
                error={errors["experience-kind"]}
                options={[
                  { value: "", label: t("profile.experiences.chooseKind") },
                  ...EXPERIENCE_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`profile.experienceKinds.${kind}`),
                  })),
                ]}
              />
              <TextField
                id="experience-title"
                label={t("profile.experiences.title")}
                hint={t("profile.experiences.titleHint")}
                value={newTitle}
                onChange={setNewTitle}
                required={false}
                maxLength={200}
                error={errors["experience-title"]}
              />
              <TextAreaField
                id="experience-description"
                label={t("profile.experiences.description")}
                value={newDescription}
                onChange={setNewDescription}
                maxLength={2000}
                rows={3}
              />
              <button type="button" className="button button-secondary" onClick={addExperience}>
                {t("profile.experiences.add")}
              </button>
            </fieldset>
          </>
        ) : null}
        {step.key === "wantsToLearn" ? (
          <TextAreaField
            id="profile-wantsToLearn"
            label={t("profile.parts.wantsToLearn")}
            hint={t("profile.hints.wantsToLearn")}
            value={draft.wantsToLearn}
            onChange={(value) => update("wantsToLearn", value)}
            error={errors["profile-wantsToLearn"]}
            maxLength={2000}
          />
        ) : null}
        {step.key === "time" ? (
          <>
            <TextField
              id="profile-hours"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              required={false}
              label={t("profile.fields.hours")}
              hint={t("profile.hints.hours")}
              value={draft.hours}
              onChange={(value) => update("hours", value)}
              error={errors["profile-hours"]}
              inputClassName="input-width-xs"
            />
            <CheckboxGroup
              id="profile-weekdays"
              legend={t("profile.fields.weekdays")}
              options={WEEKDAYS.map((day) => ({
                value: String(day),
                label: t(`weekdays.${weekdayKey(day)}`),
              }))}
              values={draft.weekdays}
              onChange={(values) => update("weekdays", values)}
              error={errors["profile-weekdays"]}
            />
            {visibilityChoice("availability")}
            <TextField
              id="profile-earliestStart"
              type="date"
              required={false}
              label={t("profile.parts.earliestStart")}
              hint={t("profile.hints.earliestStart")}
              value={draft.earliestStart}
              onChange={(value) => update("earliestStart", value)}
              error={errors["profile-earliestStart"]}
              inputClassName="input-width-s"
            />
            {visibilityChoice("earliestStart")}
          </>
        ) : null}
        {step.key === "transport" ? (
          <>
            <TextField
              id="profile-maxKm"
              type="number"
              inputMode="numeric"
              min={0}
              max={300}
              required={false}
              label={t("profile.fields.maxKm")}
              hint={t("profile.hints.maxKm")}
              value={draft.maxKm}
              onChange={(value) => update("maxKm", value)}
              error={errors["profile-maxKm"]}
              inputClassName="input-width-xs"
            />
            {visibilityChoice("travel")}
            <RadioGroup
              id="profile-drivingLicence"
              legend={t("profile.parts.drivingLicence")}
              value={draft.drivingLicence}
              onChange={(value) =>
                update("drivingLicence", value === "yes" ? "yes" : value === "no" ? "no" : "")
              }
              error={errors["profile-drivingLicence"]}
              options={[
                { value: "yes", label: t("profile.drivingLicence.yes") },
                { value: "no", label: t("profile.drivingLicence.no") },
                { value: "", label: t("profile.drivingLicence.unanswered") },
              ]}
            />
            {visibilityChoice("drivingLicence")}
          </>
        ) : null}
        {step.key === "languages" ? (
          <CheckboxGroup
            id="profile-languages"
            legend={t("profile.parts.languages")}
            hint={t("profile.hints.languages")}
            options={[
              ...LANGUAGE_CODES,
              ...draft.languages.filter((code) => !LANGUAGE_CODES.some((known) => known === code)),
            ].map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
            values={draft.languages}
            onChange={(values) => update("languages", values)}
            error={errors["profile-languages"]}
          />
        ) : null}
        {step.key !== "time" && step.key !== "transport"
          ? step.parts.map((part) => visibilityChoice(part))
          : null}

        {step.key === "consent" ? (
          <ConsentSection youth={youth} onChange={onSaved} voice={voice} headingLevel={3} />
        ) : null}

        <div className="nx-button-row nx-wizard-buttons">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t("common.saving") : isLast ? t("profile.finish") : t("profile.next")}
          </button>
          {index > 0 ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={saving}
              onClick={() => void go(stepNumber - 1)}
            >
              {t("profile.back")}
            </button>
          ) : null}
        </div>
      </form>
      <p className="nx-after-form">
        <Link to={donePath}>{t("profile.saveLater")}</Link>
      </p>
    </div>
  );
}

function VocabularyPicker(props: {
  id: string;
  legend: string;
  hint: string;
  options: { value: string; label: string }[];
  loading: boolean;
  failed: boolean;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  if (props.loading) return <p>{t("common.loading")}</p>;
  if (props.failed || props.options.length === 0)
    return <Alert variant="warning">{t("profile.vocabularyUnavailable")}</Alert>;
  return (
    <CheckboxGroup
      id={props.id}
      legend={props.legend}
      hint={props.hint}
      options={props.options}
      values={props.values}
      onChange={props.onChange}
      error={props.error}
    />
  );
}
