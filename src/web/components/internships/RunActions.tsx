import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type InternshipDetail, internships } from "../../api/internships";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { TextAreaField } from "../Field";
import { problemMessage } from "../problems";
import { formatDate, todayIso } from "./dates";

const REASON_MAX = 2000;

interface RunActionsProps {
  internship: InternshipDetail;
  onChanged: (internship: InternshipDetail, message: string) => void;
}

type Confirming = "complete" | "endEarly" | null;

/**
 * What the company and staff do as the internship runs: start it on its start date, complete it,
 * or stop it early with a reason. Ending asks first: it frees the seat and cannot be undone.
 */
export function RunActions({ internship, onChanged }: RunActionsProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { status } = internship;
  const running = status === "active" || status === "extended";
  const canEndEarly = running || status === "proposed" || status === "approved";
  if (status !== "approved" && !canEndEarly) return null;

  async function act(call: () => Promise<InternshipDetail>, message: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call(), message);
      setConfirming(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function endEarly(): void {
    if (!reason.trim()) {
      setReasonError(t("internships.endEarly.reasonMissing"));
      document.getElementById("end-early-reason")?.focus();
      return;
    }
    void act(() => internships.endEarly(internship.id, reason.trim()), t("internships.endEarly.done"));
  }

  function cancel(focusId: string): void {
    setConfirming(null);
    setReasonError(undefined);
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  }

  const notStartedYet = status === "approved" && todayIso() < internship.startDate;
  return (
    <section className="nx-section" aria-labelledby="run-heading">
      <h2 id="run-heading">{t("internships.run.heading")}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {status === "approved" ? (
        <>
          {notStartedYet ? (
            <p>{t("internships.run.startsOn", { date: formatDate(internship.startDate, i18n.language) })}</p>
          ) : null}
          <button
            type="button"
            className="button button-primary nx-big-button"
            disabled={busy || notStartedYet}
            onClick={() => void act(() => internships.start(internship.id), t("internships.run.started"))}
          >
            {t("internships.run.start")}
          </button>
        </>
      ) : null}
      <div className="nx-button-row nx-stack-on-phone">
        {running && confirming !== "complete" ? (
          <button
            type="button"
            id="complete-internship"
            className="button button-secondary nx-big-button"
            onClick={() => setConfirming("complete")}
          >
            {t("internships.complete.open")}
          </button>
        ) : null}
        {canEndEarly && confirming !== "endEarly" ? (
          <button
            type="button"
            id="end-internship-early"
            className="button button-secondary nx-big-button"
            onClick={() => setConfirming("endEarly")}
          >
            {t("internships.endEarly.open")}
          </button>
        ) : null}
      </div>
      {confirming === "complete" ? (
        <ConfirmPanel
          heading={t("internships.complete.heading")}
          confirmLabel={t("internships.complete.confirm")}
          cancelLabel={t("internships.complete.cancel")}
          busy={busy}
          onConfirm={() =>
            void act(() => internships.complete(internship.id), t("internships.complete.done"))
          }
          onCancel={() => cancel("complete-internship")}
        >
          <p>{t("internships.complete.text")}</p>
        </ConfirmPanel>
      ) : null}
      {confirming === "endEarly" ? (
        <ConfirmPanel
          heading={t("internships.endEarly.heading")}
          confirmLabel={t("internships.endEarly.confirm")}
          cancelLabel={t("internships.endEarly.cancel")}
          busy={busy}
          onConfirm={endEarly}
          onCancel={() => cancel("end-internship-early")}
        >
          <p>{t("internships.endEarly.text")}</p>
          <TextAreaField
            id="end-early-reason"
            label={t("internships.endEarly.reason")}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonError(undefined);
            }}
            maxLength={REASON_MAX}
            rows={3}
            error={reasonError}
          />
        </ConfirmPanel>
      ) : null}
    </section>
  );
}
