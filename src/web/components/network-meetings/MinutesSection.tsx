import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { type NetworkMeetingDetail, networkMeetings } from "../../api/networkMeetings";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField } from "../Field";
import { problemMessage } from "../problems";

interface MinutesSectionProps {
  meeting: NetworkMeetingDetail;
  onSaved: (meeting: NetworkMeetingDetail) => void;
}

/** Staff write short minutes that the invited companies then read; emptying the field removes them. */
export function MinutesSection({ meeting, onSaved }: MinutesSectionProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(meeting.minutes ?? "");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setStatus("");
    setFieldError(undefined);
    setMessage(undefined);
    try {
      const minutes = text.trim() ? text.trim() : null;
      const saved = await networkMeetings.saveMinutes(meeting.id, minutes);
      onSaved(saved);
      setText(saved.minutes ?? "");
      setStatus(minutes ? t("networkMeetings.minutes.saved") : t("networkMeetings.minutes.removed"));
    } catch (failure) {
      const onField = failure instanceof ProblemError ? failure.fieldErrors("minutes")[0] : undefined;
      setFieldError(onField?.message);
      setMessage(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="nm-minutes-heading">
      <h2 id="nm-minutes-heading">{t("networkMeetings.minutes.heading")}</h2>
      <form className="nx-form" noValidate onSubmit={(event) => void save(event)}>
        <ErrorSummary message={message} items={summaryItems({ "nm-minutes": fieldError }, ["nm-minutes"])} />
        <TextAreaField
          id="nm-minutes"
          label={t("networkMeetings.minutes.label")}
          hint={t("networkMeetings.minutes.hint")}
          value={text}
          onChange={setText}
          error={fieldError}
          maxLength={4000}
          rows={8}
        />
        <div className="nx-button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("networkMeetings.minutes.save")}
          </button>
        </div>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
