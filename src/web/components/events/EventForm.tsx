import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MatchmakingEvent, MatchmakingEventInput } from "../../api/events";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextField } from "../Field";
import { toLocalInputValue } from "../format";
import { problemFieldErrors, problemMessage } from "../problems";

const FIELD_ORDER = ["event-title", "event-date", "event-place", "event-opens", "event-closes"] as const;

const API_FIELDS: Record<string, string> = {
  title: "event-title",
  eventDate: "event-date",
  place: "event-place",
  rankingOpensAt: "event-opens",
  rankingClosesAt: "event-closes",
};

interface Draft {
  title: string;
  eventDate: string;
  place: string;
  opens: string;
  closes: string;
}

function draftOf(event: MatchmakingEvent | undefined): Draft {
  if (!event) return { title: "", eventDate: "", place: "", opens: "", closes: "" };
  return {
    title: event.title,
    eventDate: event.eventDate,
    place: event.place,
    opens: toLocalInputValue(new Date(event.rankingOpensAt)),
    closes: toLocalInputValue(new Date(event.rankingClosesAt)),
  };
}

/** A datetime-local value is the browser's local time; the API takes an instant. */
function toInstant(local: string): string | null {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

interface EventFormProps {
  initial?: MatchmakingEvent;
  submitLabel: string;
  onSubmit: (input: MatchmakingEventInput) => Promise<void>;
  onCancel: () => void;
}

/** An event's title, date, place and ranking window, checked here first and then by the server. */
export function EventForm({ initial, submitLabel, onSubmit, onCancel }: EventFormProps) {
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
    if (!draft.title.trim()) found["event-title"] = t("events.form.errors.title");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.eventDate)) found["event-date"] = t("events.form.errors.eventDate");
    if (!draft.place.trim()) found["event-place"] = t("events.form.errors.place");
    const opens = toInstant(draft.opens);
    const closes = toInstant(draft.closes);
    if (!opens) found["event-opens"] = t("events.form.errors.opens");
    if (!closes) found["event-closes"] = t("events.form.errors.closes");
    if (opens && closes && closes <= opens) found["event-closes"] = t("events.form.errors.closesBeforeOpens");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setMessage(undefined);
    const rankingOpensAt = toInstant(draft.opens);
    const rankingClosesAt = toInstant(draft.closes);
    if (Object.keys(found).length > 0 || !rankingOpensAt || !rankingClosesAt) return;
    setBusy(true);
    try {
      await onSubmit({
        title: draft.title.trim(),
        eventDate: draft.eventDate,
        place: draft.place.trim(),
        rankingOpensAt,
        rankingClosesAt,
      });
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, API_FIELDS));
      setMessage(problemMessage(failure, t, { conflict: t("events.form.conflict") }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary message={message} items={summaryItems(errors, FIELD_ORDER)} />
      <TextField
        id="event-title"
        label={t("events.form.title")}
        hint={t("events.form.titleHint")}
        value={draft.title}
        onChange={(value) => set("title", value)}
        error={errors["event-title"]}
        maxLength={200}
      />
      <TextField
        id="event-date"
        label={t("events.form.eventDate")}
        type="date"
        value={draft.eventDate}
        onChange={(value) => set("eventDate", value)}
        error={errors["event-date"]}
        inputClassName="input-width-s"
      />
      <TextField
        id="event-place"
        label={t("events.form.place")}
        hint={t("events.form.placeHint")}
        value={draft.place}
        onChange={(value) => set("place", value)}
        error={errors["event-place"]}
        maxLength={200}
      />
      <TextField
        id="event-opens"
        label={t("events.form.opens")}
        hint={t("events.form.windowHint")}
        type="datetime-local"
        value={draft.opens}
        onChange={(value) => set("opens", value)}
        error={errors["event-opens"]}
      />
      <TextField
        id="event-closes"
        label={t("events.form.closes")}
        type="datetime-local"
        value={draft.closes}
        onChange={(value) => set("closes", value)}
        error={errors["event-closes"]}
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
