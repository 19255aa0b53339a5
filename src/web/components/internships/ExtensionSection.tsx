import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type InternshipDetail, internships, type RuleFinding } from "../../api/internships";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField, TextField } from "../Field";
import { problemFieldErrors, problemMessage } from "../problems";
import { formatDate } from "./dates";
import { RuleFindings } from "./RuleFindings";

const NOTE_MAX = 4000;
const FIELDS = ["extend-end", "extend-assessment", "extend-override"] as const;

interface ExtensionSectionProps {
  internship: InternshipDetail;
  /** Staff may extend; everyone else sees the history only. */
  canExtend: boolean;
  onChanged: (internship: InternshipDetail, message: string) => void;
}

/**
 * Extensions as history (new end, the assessment it rests on, what the rules said), and for staff
 * the form: the rules are asked first, and a breach asks for a written reason to go ahead.
 */
export function ExtensionSection({ internship, canExtend, onChanged }: ExtensionSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const running = internship.status === "active" || internship.status === "extended";
  const [open, setOpen] = useState(false);
  const [newEndDate, setNewEndDate] = useState("");
  const [assessmentNote, setAssessmentNote] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const [breaches, setBreaches] = useState<RuleFinding[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (internship.extensions.length === 0 && !(canExtend && running)) return null;

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!newEndDate || newEndDate <= internship.plannedEndDate)
      found["extend-end"] = t("internships.extend.errors.newEndDate");
    if (!assessmentNote.trim()) found["extend-assessment"] = t("internships.extend.errors.assessmentNote");
    if (breaches && !overrideReason.trim()) found["extend-override"] = t("internships.override.missing");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const input = { newEndDate, assessmentNote: assessmentNote.trim() };
      if (!breaches) {
        const check = await internships.checkExtension(internship.id, input);
        if (check.blocked) {
          setBreaches(check.findings.filter((finding) => finding.severity === "breach"));
          return;
        }
      }
      const extended = await internships.extend(internship.id, {
        ...input,
        ...(breaches ? { overrideReason: overrideReason.trim() } : {}),
      });
      setOpen(false);
      setBreaches(null);
      onChanged(extended, t("internships.extend.done", { date: formatDate(newEndDate, locale) }));
    } catch (problem) {
      setFailure(problem);
      setErrors(
        problemFieldErrors(problem, t, {
          newEndDate: "extend-end",
          assessmentNote: "extend-assessment",
          overrideReason: "extend-override",
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="extension-heading">
      <h2 id="extension-heading">{t("internships.extend.heading")}</h2>
      {internship.extensions.length > 0 ? (
        <ul className="nx-plain-list nobullet-list">
          {internship.extensions.map((extension) => (
            <li key={extension.id} className="nx-item">
              <h3 className="h5">
                {t("internships.extend.historyItem", {
                  from: formatDate(extension.previousEndDate, locale),
                  to: formatDate(extension.newEndDate, locale),
                })}
              </h3>
              <p className="nx-pre-line">{extension.assessmentNote}</p>
              {extension.ruleFindings.length > 0 ? <RuleFindings findings={extension.ruleFindings} /> : null}
              {extension.overrideReason ? (
                <p className="nx-pre-line">
                  {t("internships.rules.overridden")} {extension.overrideReason}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canExtend && running && !open ? (
        <button
          type="button"
          id="open-extension"
          className="button button-secondary nx-big-button"
          onClick={() => setOpen(true)}
        >
          {t("internships.extend.open")}
        </button>
      ) : null}
      {canExtend && running && open ? (
        <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary
            message={failure && Object.keys(errors).length === 0 ? problemMessage(failure, t) : undefined}
            items={summaryItems(errors, FIELDS)}
          />
          <p>{t("internships.extend.intro")}</p>
          <TextField
            id="extend-end"
            type="date"
            label={t("internships.extend.newEndDate")}
            hint={t("internships.extend.newEndHint", {
              date: formatDate(internship.plannedEndDate, locale),
            })}
            value={newEndDate}
            onChange={(value) => {
              setNewEndDate(value);
              setBreaches(null);
            }}
            error={errors["extend-end"]}
          />
          <TextAreaField
            id="extend-assessment"
            label={t("internships.extend.assessmentNote")}
            hint={t("internships.extend.assessmentHint")}
            value={assessmentNote}
            onChange={(value) => {
              setAssessmentNote(value);
              setBreaches(null);
            }}
            maxLength={NOTE_MAX}
            error={errors["extend-assessment"]}
          />
          {breaches ? (
            <Alert variant="warning" heading={t("internships.override.heading")}>
              <RuleFindings findings={breaches} />
              <p>{t("internships.override.staffIntro")}</p>
            </Alert>
          ) : null}
          {breaches ? (
            <TextAreaField
              id="extend-override"
              label={t("internships.override.label")}
              hint={t("internships.override.hint")}
              value={overrideReason}
              onChange={setOverrideReason}
              maxLength={2000}
              error={errors["extend-override"]}
            />
          ) : null}
          <div className="nx-button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {breaches ? t("internships.override.submit") : t("internships.extend.submit")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setOpen(false);
                setBreaches(null);
                setErrors({});
                requestAnimationFrame(() => document.getElementById("open-extension")?.focus());
              }}
            >
              {t("internships.extend.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
