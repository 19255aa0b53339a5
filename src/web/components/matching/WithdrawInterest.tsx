import { useState } from "react";
import { useTranslation } from "react-i18next";
import { interests } from "../../api/endpoints";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { problemMessage } from "../problems";
import type { Reader } from "./fitText";

interface WithdrawInterestProps {
  /** Unique on the page: the button's id derives from it. */
  id: string;
  reader: Reader;
  openingId: string;
  /** For a company contact: the young person the interest is in. */
  youthId?: string;
  /** What the interest is in, for screen readers and the confirmation. */
  about: string;
  onWithdrawn: () => void;
}

/** Take back one's interest while there is no match, after a confirmation. */
export function WithdrawInterest(props: WithdrawInterestProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const buttonId = `${props.id}-withdraw`;

  async function withdraw(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      const side = props.reader === "youth" ? "youth" : "company";
      const page = await interests.list({ openingId: props.openingId, side, limit: 50 });
      const live = page.items.find(
        (interest) =>
          interest.withdrawnAt === null &&
          (props.youthId === undefined || interest.youthId === props.youthId),
      );
      if (live) await interests.withdraw(live.id);
      props.onWithdrawn();
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <button
        type="button"
        id={buttonId}
        className="button button-tertiary nx-big-button"
        onClick={() => setConfirming(true)}
      >
        {t("withdrawInterest.button")}
        <span className="sr-only">: {props.about}</span>
      </button>
    );
  }
  return (
    <ConfirmPanel
      heading={t(`withdrawInterest.${props.reader}.heading`, { about: props.about })}
      confirmLabel={t("withdrawInterest.confirm")}
      cancelLabel={t("withdrawInterest.keep")}
      busy={busy}
      onConfirm={() => void withdraw()}
      onCancel={() => {
        setConfirming(false);
        setFailure(null);
        requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
      }}
    >
      {failure ? (
        <Alert variant="error">
          {problemMessage(failure, t, { conflict: t("withdrawInterest.conflict") })}
        </Alert>
      ) : null}
      <p>{t(`withdrawInterest.${props.reader}.text`)}</p>
    </ConfirmPanel>
  );
}
