import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { groupMeetings } from "../../api/groups";
import { Alert } from "../Alert";
import { TextAreaField } from "../Field";
import { LiveStatus } from "../LiveStatus";
import { problemMessage } from "../problems";

/** "Jeg kan ikke komme" with an optional reason, and taking it back, before the meeting starts. */
export function NoticeControl({
  meetingId,
  given,
  onChange,
}: {
  meetingId: string;
  given: boolean;
  onChange: (given: boolean) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");

  async function send(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await groupMeetings.giveNotice(meetingId, reason.trim() || null);
      setOpen(false);
      setReason("");
      setStatus(t("groups.notice.given"));
      onChange(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function undo(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await groupMeetings.withdrawNotice(meetingId);
      setStatus(t("groups.notice.withdrawn"));
      onChange(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <LiveStatus text={status} />
      {error ? (
        <Alert variant="error">{problemMessage(error, t, { conflict: t("groups.notice.tooLate") })}</Alert>
      ) : null}
      {given ? (
        <>
          <p>
            <strong>{t("groups.notice.youGave")}</strong>
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void undo()}
            disabled={busy}
          >
            {t("groups.notice.undo")}
          </button>
        </>
      ) : open ? (
        <div>
          <TextAreaField
            id={`${reasonId}-reason`}
            label={t("groups.notice.reason")}
            value={reason}
            onChange={setReason}
            maxLength={500}
            rows={3}
          />
          <div className="nx-button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void send()}
              disabled={busy}
            >
              {t("groups.notice.send")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setOpen(false)}
              disabled={busy}
            >
              {t("groups.common.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t("groups.notice.cantCome")}
        </button>
      )}
    </div>
  );
}
