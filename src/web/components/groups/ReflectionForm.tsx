import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { groupMeetings, reflections } from "../../api/groups";
import { Alert } from "../Alert";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { TextAreaField } from "../Field";
import { LiveStatus } from "../LiveStatus";
import { problemFieldErrors, problemMessage } from "../problems";

const MAX = 4000;

/** The young person's private reflection on a meeting, shared with their counsellor only if they choose. */
export function ReflectionForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const textId = `${id}-text`;
  const [text, setText] = useState("");
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);

  // There is no read of a single reflection; the newest 50 hold the one for a recent meeting.
  useEffect(() => {
    let cancelled = false;
    reflections.mine(null, 50).then(
      (page) => {
        const found = page.items.find((item) => item.meeting.id === meetingId);
        if (!cancelled && found) {
          setText(found.text);
          setShared(found.sharedWithCounsellor);
        }
      },
      (failure: unknown) => {
        if (!cancelled) setLoadError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [meetingId]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setStatus("");
    if (!text.trim()) {
      setErrors({ [textId]: t("groups.reflection.errors.text") });
      setMessage(undefined);
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      await groupMeetings.reflect(meetingId, text.trim(), shared);
      setStatus(shared ? t("groups.reflection.savedShared") : t("groups.reflection.savedPrivate"));
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, { text: textId }));
      setMessage(problemMessage(failure, t, { conflict: t("groups.reflection.notYet") }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
      {loadError ? <Alert variant="error">{problemMessage(loadError, t)}</Alert> : null}
      <ErrorSummary message={message} items={summaryItems(errors, [textId])} />
      <p>{t("groups.reflection.intro")}</p>
      <TextAreaField
        id={textId}
        label={t("groups.reflection.question")}
        value={text}
        onChange={setText}
        maxLength={MAX}
        error={errors[textId]}
      />
      <p className="nx-counter" aria-live="off">
        {t("groups.common.counter", { count: text.length, max: MAX })}
      </p>
      <div className="form-group-checkbox">
        <input
          id={`${id}-share`}
          type="checkbox"
          className="form-checkbox"
          checked={shared}
          onChange={(event) => setShared(event.target.checked)}
        />
        <label htmlFor={`${id}-share`} className="form-label">
          {t("groups.reflection.share")}
        </label>
      </div>
      <LiveStatus text={status} visible />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t("groups.reflection.save")}
      </button>
    </form>
  );
}
