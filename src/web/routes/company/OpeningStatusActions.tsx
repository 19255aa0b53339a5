import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { openings } from "../../api/endpoints";
import type { Opening, OpeningStatus } from "../../api/types";
import { Alert } from "../../components/Alert";
import { ConfirmPanel } from "../../components/ConfirmPanel";
import { problemMessage } from "../../components/problems";

type Action = "pause" | "reopen" | "filled" | "close";

const TARGET: Record<Action, OpeningStatus> = {
  pause: "paused",
  reopen: "open",
  filled: "filled",
  close: "closed",
};

/** The changes the server allows from each status (src/server/openings/opening-status.ts). */
const ACTIONS: Record<OpeningStatus, readonly Action[]> = {
  open: ["pause", "filled", "close"],
  paused: ["reopen", "filled", "close"],
  filled: ["reopen", "close"],
  closed: [],
};

/** Pause, reopen, mark as filled or close an opening, each after an explicit confirmation. */
export function OpeningStatusActions({
  opening,
  onChanged,
}: {
  opening: Opening;
  onChanged: (opening: Opening) => void;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const buttons = useRef<HTMLDivElement>(null);

  async function confirm(action: Action): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onChanged(await openings.changeStatus(opening.id, TARGET[action]));
      setPending(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const actions = ACTIONS[opening.status];
  if (actions.length === 0) return null;
  if (pending) {
    return (
      <ConfirmPanel
        heading={t(`openingStatusActions.${pending}.heading`, { title: opening.title })}
        confirmLabel={t(`openingStatusActions.${pending}.confirm`)}
        cancelLabel={t("common.cancel")}
        busy={busy}
        onConfirm={() => void confirm(pending)}
        onCancel={() => {
          setPending(null);
          setError(null);
          requestAnimationFrame(() => buttons.current?.querySelector("button")?.focus());
        }}
      >
        <p>{t(`openingStatusActions.${pending}.text`)}</p>
        {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      </ConfirmPanel>
    );
  }
  return (
    <div className="nx-button-row" ref={buttons}>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className="button button-secondary"
          onClick={() => setPending(action)}
        >
          {t(`openingStatusActions.${action}.button`)}
          <span className="sr-only">{`: ${opening.title}`}</span>
        </button>
      ))}
    </div>
  );
}
