import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { youth as youthApi } from "../../api/endpoints";
import type { SensitiveInformation } from "../../api/types";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField } from "../Field";
import { formatDateTime } from "../format";
import { problemFieldErrors, problemMessage } from "../problems";

const FIELDS = ["sensitive-health", "sensitive-treatment", "sensitive-other"] as const;
const API_PATHS: Record<string, string> = {
  health: "sensitive-health",
  treatment: "sensitive-treatment",
  otherSupport: "sensitive-other",
};
const MAX_LENGTH = 4000;

const orNull = (value: string): string | null => (value.trim() ? value : null);

/** Edits the sensitive support information (art. 9) once it is loaded; the caller decides who may see it. */
export function SensitiveForm({
  youthId,
  initial,
  voice,
}: {
  youthId: string;
  initial: SensitiveInformation;
  /** "self": the young person writes about themself; "counsellor": their counsellor does. */
  voice: "self" | "counsellor";
}) {
  const { t, i18n } = useTranslation();
  const [health, setHealth] = useState(initial.health ?? "");
  const [treatment, setTreatment] = useState(initial.treatment ?? "");
  const [otherSupport, setOtherSupport] = useState(initial.otherSupport ?? "");
  const [updatedAt, setUpdatedAt] = useState(initial.updatedAt);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    setMessage(undefined);
    setErrors({});
    setSaving(true);
    try {
      const result = await youthApi.saveSensitive(youthId, {
        health: orNull(health),
        treatment: orNull(treatment),
        otherSupport: orNull(otherSupport),
      });
      setUpdatedAt(result.updatedAt);
      setSaved(true);
    } catch (error) {
      setErrors(problemFieldErrors(error, t, API_PATHS));
      setMessage(problemMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      {updatedAt ? (
        <p className="nx-muted">
          {t("sensitive.updatedAt", { time: formatDateTime(updatedAt, i18n.language) })}
        </p>
      ) : null}
      {saved ? (
        <Alert variant="success" focus>
          {t("sensitive.saved")}
        </Alert>
      ) : null}
      <ErrorSummary message={message} items={summaryItems(errors, FIELDS)} />
      <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextAreaField
          id="sensitive-health"
          label={t("sensitive.health")}
          hint={t(`sensitive.hints.${voice}.health`)}
          value={health}
          onChange={setHealth}
          error={errors["sensitive-health"]}
          maxLength={MAX_LENGTH}
        />
        <TextAreaField
          id="sensitive-treatment"
          label={t("sensitive.treatment")}
          hint={t(`sensitive.hints.${voice}.treatment`)}
          value={treatment}
          onChange={setTreatment}
          error={errors["sensitive-treatment"]}
          maxLength={MAX_LENGTH}
        />
        <TextAreaField
          id="sensitive-other"
          label={t("sensitive.otherSupport")}
          hint={t(`sensitive.hints.${voice}.otherSupport`)}
          value={otherSupport}
          onChange={setOtherSupport}
          error={errors["sensitive-other"]}
          maxLength={MAX_LENGTH}
        />
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t("common.saving") : t("sensitive.submit")}
        </button>
      </form>
    </>
  );
}
