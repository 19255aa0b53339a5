import { useState } from "react";
import { useTranslation } from "react-i18next";
import { matches } from "../../api/endpoints";
import type { MatchEndReason, MatchListItem } from "../../api/types";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { RadioGroup } from "../Field";
import { problemMessage } from "../problems";
import type { Reader } from "./fitText";

/** The reasons each side can give; the other side is told kindly in their own words. */
const REASONS: Record<Reader, readonly MatchEndReason[]> = {
  youth: ["found_other_internship", "not_the_right_fit", "timing", "no_longer_looking", "other"],
  company: ["opening_filled", "not_the_right_fit", "timing", "other"],
};

interface EndMatchProps {
  match: MatchListItem;
  reader: Reader;
  otherName: string;
  onEnded: (match: MatchListItem) => void;
}

/** End the match politely, with a reason from the list, after a confirmation. */
export function EndMatch({ match, reader, otherName, onEnded }: EndMatchProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reasons = REASONS[reader];

  function isReason(value: string): value is MatchEndReason {
    return reasons.some((candidate) => candidate === value);
  }

  async function end(): Promise<void> {
    if (!isReason(reason)) {
      setReasonError(t("endMatch.reasonMissing"));
      document.getElementById("end-reason")?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onEnded(await matches.end(match.id, reason));
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="end-match-heading">
      <h2 id="end-match-heading">{t("endMatch.heading")}</h2>
      <p>{t(`endMatch.${reader}.intro`, { name: otherName })}</p>
      {!open ? (
        <button
          type="button"
          id="end-match"
          className="button button-secondary nx-big-button"
          onClick={() => setOpen(true)}
        >
          {t("endMatch.open")}
        </button>
      ) : (
        <ConfirmPanel
          heading={t("endMatch.confirmHeading")}
          confirmLabel={t("endMatch.confirm")}
          cancelLabel={t("endMatch.keep")}
          busy={busy}
          onConfirm={() => void end()}
          onCancel={() => {
            setOpen(false);
            setReasonError(undefined);
            requestAnimationFrame(() => document.getElementById("end-match")?.focus());
          }}
        >
          {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
          <RadioGroup
            id="end-reason"
            legend={t("endMatch.reasonLegend")}
            hint={t("endMatch.reasonHint", { name: otherName })}
            options={reasons.map((value) => ({ value, label: t(`endMatch.${reader}.reasons.${value}`) }))}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonError(undefined);
            }}
            error={reasonError}
          />
        </ConfirmPanel>
      )}
    </section>
  );
}
