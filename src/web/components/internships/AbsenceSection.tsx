import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Absence, type AbsenceKind, type InternshipDetail, internships } from "../../api/internships";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { RadioGroup, TextAreaField, TextField } from "../Field";
import { problemFieldErrors, problemMessage } from "../problems";
import { formatDate } from "./dates";

const FIELDS = ["absence-kind", "absence-from", "absence-to", "absence-note"] as const;
const KINDS: readonly AbsenceKind[] = ["sick", "other"];
const NOTE_MAX = 1000;

interface AbsenceSectionProps {
  internship: InternshipDetail;
  /** The young person, the company and staff record absence; a municipality admin only reads. */
  canRecord: boolean;
  onRecorded: (absence: Absence) => void;
}

/** Days away from the internship: the list, and once it has started a form for the young person, the company and staff. */
export function AbsenceSection({ internship, canRecord, onRecorded }: AbsenceSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const started = internship.status !== "proposed" && internship.status !== "approved";
  const [kind, setKind] = useState("");
  const [fromDate, setFromDate] = useState("");
  const [toDate, setToDate] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function isKind(value: string): value is AbsenceKind {
    return KINDS.some((candidate) => candidate === value);
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!isKind(kind)) found["absence-kind"] = t("internships.absence.errors.kind");
    if (!fromDate) found["absence-from"] = t("internships.absence.errors.fromDate");
    if (!toDate || (fromDate && toDate < fromDate))
      found["absence-to"] = t("internships.absence.errors.toDate");
    if (
      !found["absence-from"] &&
      !found["absence-to"] &&
      (fromDate < internship.startDate || toDate > internship.plannedEndDate)
    )
      found["absence-from"] = t("internships.absence.errors.outside", {
        from: formatDate(internship.startDate, locale),
        to: formatDate(internship.plannedEndDate, locale),
      });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !isKind(kind)) return;
    setBusy(true);
    try {
      const absence = await internships.recordAbsence(internship.id, {
        kind,
        fromDate,
        toDate,
        note: note.trim() || null,
      });
      onRecorded(absence);
      setKind("");
      setFromDate("");
      setToDate("");
      setNote("");
      setNotice(t("internships.absence.done"));
    } catch (problem) {
      setFailure(problem);
      setErrors(
        problemFieldErrors(problem, t, {
          kind: "absence-kind",
          fromDate: "absence-from",
          toDate: "absence-to",
          note: "absence-note",
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="absence-heading">
      <h2 id="absence-heading">{t("internships.absence.heading")}</h2>
      {internship.absences.length === 0 ? (
        <p>{t("internships.absence.none")}</p>
      ) : (
        <ul className="nx-plain-list nobullet-list">
          {internship.absences.map((absence) => (
            <li key={absence.id} className="nx-item">
              <p>
                <strong>
                  {t("internships.absence.item", {
                    kind: t(`internships.absenceKind.${absence.kind}`),
                    from: formatDate(absence.fromDate, locale),
                    to: formatDate(absence.toDate, locale),
                  })}
                </strong>
              </p>
              <p className="nx-muted">
                {t("internships.absence.recordedBy", {
                  who: t(`internships.recordedBy.${absence.recordedBy}`),
                })}
              </p>
              {absence.note ? <p className="nx-pre-line">{absence.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {started && canRecord ? (
        <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
          <h3 className="h4">{t("internships.absence.formHeading")}</h3>
          {notice ? (
            <Alert variant="success" focus>
              {notice}
            </Alert>
          ) : null}
          <ErrorSummary
            message={failure && Object.keys(errors).length === 0 ? problemMessage(failure, t) : undefined}
            items={summaryItems(errors, FIELDS)}
          />
          <RadioGroup
            id="absence-kind"
            legend={t("internships.absence.kind")}
            options={KINDS.map((value) => ({ value, label: t(`internships.absenceKind.${value}`) }))}
            value={kind}
            onChange={setKind}
            error={errors["absence-kind"]}
          />
          <TextField
            id="absence-from"
            type="date"
            label={t("internships.absence.fromDate")}
            value={fromDate}
            onChange={setFromDate}
            error={errors["absence-from"]}
          />
          <TextField
            id="absence-to"
            type="date"
            label={t("internships.absence.toDate")}
            value={toDate}
            onChange={setToDate}
            error={errors["absence-to"]}
          />
          <TextAreaField
            id="absence-note"
            label={t("internships.absence.note")}
            hint={t("internships.absence.noteHint")}
            value={note}
            onChange={setNote}
            maxLength={NOTE_MAX}
            rows={2}
            error={errors["absence-note"]}
          />
          <button type="submit" className="button button-primary nx-big-button" disabled={busy}>
            {t("internships.absence.submit")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
