import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { type NetworkMeetingDetail, networkMeetings } from "../../api/networkMeetings";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { TextAreaField } from "../Field";
import { problemMessage } from "../problems";

interface CancelSectionProps {
  meeting: NetworkMeetingDetail;
  onCancelled: (meeting: NetworkMeetingDetail) => void;
}

/**
 * Cancelling tells every invited company why, so the reason is asked for in the confirmation itself;
 * nothing happens until staff confirm.
 */
export function CancelSection({ meeting, onCancelled }: CancelSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (meeting.status !== "planned" || meeting.past) return null;

  function close(): void {
    setOpen(false);
    setFieldError(undefined);
    setError(null);
    requestAnimationFrame(() => document.getElementById("nm-cancel-open")?.focus());
  }

  async function confirm(): Promise<void> {
    if (!reason.trim()) {
      setFieldError(t("networkMeetings.cancel.errors.reason"));
      document.getElementById("nm-cancel-reason")?.focus();
      return;
    }
    setBusy(true);
    setFieldError(undefined);
    setError(null);
    try {
      onCancelled(await networkMeetings.cancel(meeting.id, reason.trim()));
    } catch (failure) {
      const onField = failure instanceof ProblemError ? failure.fieldErrors("reason")[0] : undefined;
      setFieldError(onField?.message);
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="nm-cancel-heading">
      <h2 id="nm-cancel-heading">{t("networkMeetings.cancel.heading")}</h2>
      {open ? (
        <ConfirmPanel
          heading={t("networkMeetings.cancel.confirmHeading", { title: meeting.title })}
          confirmLabel={busy ? t("common.saving") : t("networkMeetings.cancel.confirm")}
          cancelLabel={t("networkMeetings.cancel.keep")}
          onConfirm={() => void confirm()}
          onCancel={close}
          busy={busy}
        >
          <p>{t("networkMeetings.cancel.explain")}</p>
          {error ? (
            <Alert variant="error">
              {problemMessage(error, t, { conflict: t("networkMeetings.cancel.conflict") })}
            </Alert>
          ) : null}
          <TextAreaField
            id="nm-cancel-reason"
            label={t("networkMeetings.cancel.reason")}
            hint={t("networkMeetings.cancel.reasonHint")}
            value={reason}
            onChange={setReason}
            error={fieldError}
            maxLength={500}
            rows={3}
          />
        </ConfirmPanel>
      ) : (
        <>
          <p>{t("networkMeetings.cancel.intro")}</p>
          <button
            type="button"
            id="nm-cancel-open"
            className="button button-secondary nx-big-button"
            onClick={() => setOpen(true)}
          >
            {t("networkMeetings.cancel.open")}
          </button>
        </>
      )}
    </section>
  );
}
