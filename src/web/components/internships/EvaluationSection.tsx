import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Evaluation, InternshipDetail, InternshipSide } from "../../api/internships";
import { internships } from "../../api/internships";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField } from "../Field";
import { problemMessage } from "../problems";

const FIELDS = ["evaluation-went-well", "evaluation-showed"] as const;
const TEXT_MAX = 4000;

interface EvaluationSectionProps {
  internship: InternshipDetail;
  /** The reader's side; undefined for staff, who read both. */
  side: InternshipSide | undefined;
  onGiven: (evaluation: Evaluation) => void;
}

/**
 * The evaluation once the internship is over: each side says what went well and what the young
 * person showed. For the young person both sides' words are theirs to keep: their work identity.
 */
export function EvaluationSection({ internship, side, onGiven }: EvaluationSectionProps) {
  const { t } = useTranslation();
  const over = internship.status === "completed" || internship.status === "ended_early";
  const [wentWell, setWentWell] = useState("");
  const [showed, setShowed] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!over) return null;
  const mineGiven = side !== undefined && internship.evaluations.some((entry) => entry.side === side);
  const reader = side ?? "staff";

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFailure(null);
    const found: Record<string, string> = {};
    if (!wentWell.trim()) found["evaluation-went-well"] = t("internships.evaluation.errors.wentWell");
    if (!showed.trim()) found["evaluation-showed"] = t("internships.evaluation.errors.showed");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const given = await internships.evaluate(internship.id, {
        wentWell: wentWell.trim(),
        showed: showed.trim(),
      });
      setNotice(t("internships.evaluation.done"));
      onGiven(given);
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">{t(`internships.evaluation.heading.${reader}`)}</h2>
      <p>{t(`internships.evaluation.intro.${reader}`)}</p>
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      {side !== undefined && !mineGiven ? (
        <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary
            message={failure ? problemMessage(failure, t) : undefined}
            items={summaryItems(errors, FIELDS)}
          />
          <TextAreaField
            id="evaluation-went-well"
            label={t("internships.evaluation.wentWell")}
            value={wentWell}
            onChange={setWentWell}
            maxLength={TEXT_MAX}
            rows={3}
            error={errors["evaluation-went-well"]}
          />
          <TextAreaField
            id="evaluation-showed"
            label={t(`internships.evaluation.showed.${side}`)}
            value={showed}
            onChange={setShowed}
            maxLength={TEXT_MAX}
            rows={3}
            error={errors["evaluation-showed"]}
          />
          <button type="submit" className="button button-primary nx-big-button" disabled={busy}>
            {t("internships.evaluation.submit")}
          </button>
        </form>
      ) : null}
      {internship.evaluations.length === 0 ? (
        <p>{t("internships.evaluation.none")}</p>
      ) : (
        <ul className="nx-plain-list nobullet-list">
          {internship.evaluations.map((entry) => (
            <li key={entry.id} className="nx-item">
              <h3 className="h5">{t(`internships.evaluation.from.${entry.side}`)}</h3>
              <dl className="nx-facts">
                <dt>{t("internships.evaluation.wentWell")}</dt>
                <dd className="nx-pre-line">{entry.wentWell}</dd>
                <dt>{t("internships.evaluation.showedLabel")}</dt>
                <dd className="nx-pre-line">{entry.showed}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
