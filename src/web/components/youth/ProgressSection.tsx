import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { youth as youthApi } from "../../api/endpoints";
import { PROGRESS_DIMENSIONS, type ProgressDimension, type ProgressEntry } from "../../api/types";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { SelectField, TextField } from "../Field";
import { Loading } from "../Loading";
import { problemFieldErrors, problemMessage } from "../problems";
import { todayIso } from "./format";
import { ProgressChart } from "./ProgressChart";

const FIELDS = ["progress-date", ...PROGRESS_DIMENSIONS.map((dimension) => `progress-${dimension}`)] as const;

const API_PATHS: Record<string, string> = {
  recordedOn: "progress-date",
  ...Object.fromEntries(PROGRESS_DIMENSIONS.map((dimension) => [dimension, `progress-${dimension}`])),
};

type Draft = Record<ProgressDimension, string>;
const EMPTY: Draft = { direction: "", persistence: "", curiosity: "", resilience: "", selfEsteem: "" };

/**
 * The progress dimensions (bevægelser): the chart over time and a form to add the day's scores,
 * which the young person fills in, often together with their counsellor.
 */
export function ProgressSection({ youthId, headingLevel = 2 }: { youthId: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const formHeadingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [items, setItems] = useState<ProgressEntry[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [recordedOn, setRecordedOn] = useState(todayIso);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    try {
      const result = await youthApi.progress(youthId);
      setItems(result.items);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoading(false);
    }
  }, [youthId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    setMessage(undefined);
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(recordedOn)) found["progress-date"] = t("progress.errors.date");
    for (const dimension of PROGRESS_DIMENSIONS) {
      if (!draft[dimension]) {
        found[`progress-${dimension}`] = t("progress.errors.score", {
          dimension: t(`progress.dimensions.${dimension}`),
        });
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await youthApi.recordProgress(youthId, {
        recordedOn,
        direction: Number(draft.direction),
        persistence: Number(draft.persistence),
        curiosity: Number(draft.curiosity),
        resilience: Number(draft.resilience),
        selfEsteem: Number(draft.selfEsteem),
      });
      setDraft(EMPTY);
      setSaved(true);
      await load();
    } catch (error) {
      setErrors(problemFieldErrors(error, t, API_PATHS));
      setMessage(problemMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  const scoreOptions = [
    { value: "", label: t("progress.choose") },
    ...Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) })),
  ];

  return (
    <>
      {loading ? <Loading text={t("progress.loading")} /> : null}
      {loadError ? <Alert variant="error">{problemMessage(loadError, t)}</Alert> : null}
      {!loading && !loadError && items.length === 0 ? <p>{t("progress.empty")}</p> : null}
      {items.length > 0 ? <ProgressChart items={items} /> : null}

      <Heading id={formHeadingId}>{t("progress.formHeading")}</Heading>
      <p>{t("progress.formIntro")}</p>
      {saved ? (
        <Alert variant="success" focus>
          {t("progress.saved")}
        </Alert>
      ) : null}
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form
        className="nx-form"
        noValidate
        aria-labelledby={formHeadingId}
        onSubmit={(event) => void submit(event)}
      >
        <TextField
          id="progress-date"
          type="date"
          label={t("progress.date")}
          value={recordedOn}
          onChange={setRecordedOn}
          error={errors["progress-date"]}
          inputClassName="input-width-s"
        />
        {PROGRESS_DIMENSIONS.map((dimension) => (
          <SelectField
            key={dimension}
            id={`progress-${dimension}`}
            label={t(`progress.dimensions.${dimension}`)}
            hint={t(`progress.hints.${dimension}`)}
            value={draft[dimension]}
            onChange={(value) => setDraft((current) => ({ ...current, [dimension]: value }))}
            error={errors[`progress-${dimension}`]}
            options={scoreOptions}
          />
        ))}
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t("common.saving") : t("progress.submit")}
        </button>
      </form>
    </>
  );
}
