import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { Alert } from "../Alert";
import { Icon } from "../Icon";
import { LiveStatus } from "../LiveStatus";
import { problemMessage } from "../problems";
import "./events.css";
import {
  addToRanking,
  moveBefore,
  moveInRanking,
  neighbourAfterRemoval,
  removeFromRanking,
  sameRanking,
} from "./ranking";

export interface RankingCandidate {
  id: string;
  /** What the item is called in headings and in the buttons' names ("Flyt Hvalpetræner op"). */
  name: string;
  details?: ReactNode;
}

export interface RankingTexts {
  chosenHeading: (count: number) => string;
  chosenEmpty: string;
  availableHeading: string;
  availableEmpty: string;
  /** Shown read-only when nothing was chosen. */
  noneChosen: string;
}

interface RankingEditorProps {
  idPrefix: string;
  candidates: readonly RankingCandidate[];
  initialRanking: readonly string[];
  /** null: as many as there are candidates. */
  maxChoices: number | null;
  editable: boolean;
  texts: RankingTexts;
  /** Stores the list and resolves with the list as the server keeps it. */
  onSave: (ids: string[]) => Promise<string[]>;
  /** Saving failed because the window closed meanwhile: the page reloads into its read-only state. */
  onWindowClosed?: () => void;
}

type Action = "up" | "down" | "remove" | "add";
type FocusTarget = { list: "chosen" | "available"; id: string; action: Action } | { heading: true };

/**
 * A ranked list to build on a phone with one thumb: choose from the candidates, put the choices in order
 * with up/down buttons (or by dragging with a mouse), and save. Focus stays on the moved item's button
 * and a live region says where it went, so it works by keyboard and screen reader too.
 */
export function RankingEditor(props: RankingEditorProps) {
  const { t } = useTranslation();
  const { idPrefix, candidates, maxChoices, editable, texts } = props;
  const [ranking, setRanking] = useState<string[]>(() => [...props.initialRanking]);
  const [saved, setSaved] = useState<string[]>(() => [...props.initialRanking]);
  const [announcement, setAnnouncement] = useState("");
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [savedNotice, setSavedNotice] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const chosenHeadingId = useId();
  const availableHeadingId = useId();

  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const chosen = ranking.flatMap((id) => {
    const candidate = byId.get(id);
    return candidate ? [candidate] : [];
  });
  const available = candidates.filter((candidate) => !ranking.includes(candidate.id));
  const limit = maxChoices ?? candidates.length;
  const full = ranking.length >= limit;
  const dirty = !sameRanking(ranking, saved);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows every change of the list.
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (!target) return;
    if ("heading" in target) {
      chosenHeading.current?.focus();
      return;
    }
    document.getElementById(buttonId(idPrefix, target.list, target.id, target.action))?.focus();
  }, [ranking]);

  const nameOf = (id: string) => byId.get(id)?.name ?? "";

  function change(next: string[], focus: FocusTarget | null, message: string): void {
    pendingFocus.current = focus;
    setRanking(next);
    setAnnouncement(message);
    setSavedNotice(false);
    setSaveError(null);
  }

  function move(index: number, delta: number, action: "up" | "down"): void {
    const id = ranking[index];
    if (id === undefined) return;
    const next = moveInRanking(ranking, index, delta);
    if (sameRanking(next, ranking)) {
      setAnnouncement(
        t(action === "up" ? "events.rank.alreadyFirst" : "events.rank.alreadyLast", { name: nameOf(id) }),
      );
      return;
    }
    change(
      next,
      { list: "chosen", id, action },
      t("events.rank.movedTo", { name: nameOf(id), position: next.indexOf(id) + 1, count: next.length }),
    );
  }

  function remove(index: number): void {
    const id = ranking[index];
    if (id === undefined) return;
    const next = removeFromRanking(ranking, id);
    const neighbour = neighbourAfterRemoval(next, index);
    change(
      next,
      neighbour ? { list: "chosen", id: neighbour, action: "remove" } : { heading: true },
      t("events.rank.removed", { name: nameOf(id) }),
    );
  }

  function add(id: string): void {
    if (full) {
      setAnnouncement(t("events.rank.full", { max: limit }));
      return;
    }
    const next = addToRanking(ranking, id, limit);
    const index = available.findIndex((candidate) => candidate.id === id);
    const stillAvailable = available.filter((candidate) => candidate.id !== id);
    const neighbour = stillAvailable[index] ?? stillAvailable[index - 1];
    change(
      next,
      neighbour && next.length < limit
        ? { list: "available", id: neighbour.id, action: "add" }
        : { list: "chosen", id, action: "remove" },
      t("events.rank.added", { name: nameOf(id), position: next.length }),
    );
  }

  function drop(targetId: string): void {
    if (!dragging || dragging === targetId) return;
    const next = moveBefore(ranking, dragging, targetId);
    change(
      next,
      null,
      t("events.rank.movedTo", {
        name: nameOf(dragging),
        position: next.indexOf(dragging) + 1,
        count: next.length,
      }),
    );
    setDragging(null);
  }

  async function save(): Promise<void> {
    setSaving(true);
    setSaveError(null);
    setSavedNotice(false);
    try {
      const stored = await props.onSave(ranking);
      setRanking(stored);
      setSaved(stored);
      setSavedNotice(true);
    } catch (failure) {
      setSaveError(failure);
    } finally {
      setSaving(false);
    }
  }

  const closedConflict = saveError !== null && isConflict(saveError);

  return (
    <div className="nx-rank">
      <LiveStatus text={announcement} />
      <section aria-labelledby={chosenHeadingId}>
        <h2 id={chosenHeadingId} ref={chosenHeading} tabIndex={-1} className="nx-focus-heading">
          {texts.chosenHeading(chosen.length)}
        </h2>
        {chosen.length === 0 ? <p>{editable ? texts.chosenEmpty : texts.noneChosen}</p> : null}
        {chosen.length > 0 ? (
          <ol className="nx-rank-list nobullet-list" aria-labelledby={chosenHeadingId}>
            {chosen.map((candidate, index) => (
              <li
                key={candidate.id}
                className={dragging === candidate.id ? "nx-rank-item nx-rank-dragging" : "nx-rank-item"}
                draggable={editable}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = "move";
                  event.dataTransfer.setData("text/plain", candidate.id);
                  setDragging(candidate.id);
                }}
                onDragEnd={() => setDragging(null)}
                onDragOver={(event) => {
                  if (dragging) event.preventDefault();
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  drop(candidate.id);
                }}
              >
                <span className="nx-rank-position" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="nx-rank-body">
                  <h3 className="nx-rank-name">
                    <span className="sr-only">{t("events.rank.position", { position: index + 1 })} </span>
                    {candidate.name}
                  </h3>
                  {candidate.details}
                </div>
                {editable ? (
                  <div className="nx-rank-actions">
                    <RankButton
                      id={buttonId(idPrefix, "chosen", candidate.id, "up")}
                      icon="arrow-upward"
                      text={t("events.rank.up")}
                      label={t("events.rank.upLabel", { name: candidate.name })}
                      inactive={index === 0}
                      onClick={() => move(index, -1, "up")}
                    />
                    <RankButton
                      id={buttonId(idPrefix, "chosen", candidate.id, "down")}
                      icon="arrow-downward"
                      text={t("events.rank.down")}
                      label={t("events.rank.downLabel", { name: candidate.name })}
                      inactive={index === chosen.length - 1}
                      onClick={() => move(index, 1, "down")}
                    />
                    <RankButton
                      id={buttonId(idPrefix, "chosen", candidate.id, "remove")}
                      icon="close"
                      text={t("events.rank.remove")}
                      label={t("events.rank.removeLabel", { name: candidate.name })}
                      onClick={() => remove(index)}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
        {editable && chosen.length > 1 ? <p className="nx-muted">{t("events.rank.dragHint")}</p> : null}
      </section>

      {editable ? (
        <section aria-labelledby={availableHeadingId}>
          <h2 id={availableHeadingId}>{texts.availableHeading}</h2>
          {full && available.length > 0 ? (
            <p className="nx-strong">{t("events.rank.full", { max: limit })}</p>
          ) : null}
          {available.length === 0 ? <p>{texts.availableEmpty}</p> : null}
          {available.length > 0 ? (
            <ul className="nx-rank-list nobullet-list" aria-labelledby={availableHeadingId}>
              {available.map((candidate) => (
                <li key={candidate.id} className="nx-rank-item">
                  <div className="nx-rank-body">
                    <h3 className="nx-rank-name">{candidate.name}</h3>
                    {candidate.details}
                  </div>
                  <div className="nx-rank-actions">
                    <RankButton
                      id={buttonId(idPrefix, "available", candidate.id, "add")}
                      icon="list-add"
                      text={t("events.rank.add")}
                      label={t("events.rank.addLabel", { name: candidate.name })}
                      inactive={full}
                      onClick={() => add(candidate.id)}
                    />
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {editable ? (
        <div className="nx-rank-savebar">
          {saveError ? (
            <Alert variant="error">
              {closedConflict ? t("events.rank.closedConflict") : problemMessage(saveError, t)}
            </Alert>
          ) : null}
          {closedConflict && props.onWindowClosed ? (
            <button type="button" className="button button-secondary" onClick={props.onWindowClosed}>
              {t("events.rank.reload")}
            </button>
          ) : null}
          {savedNotice ? <Alert variant="success">{t("events.rank.saved")}</Alert> : null}
          {dirty && !saving ? <p className="nx-strong">{t("events.rank.unsaved")}</p> : null}
          <button
            type="button"
            className="button button-primary nx-big-button"
            onClick={() => void save()}
            disabled={saving}
          >
            {saving ? t("common.saving") : t("events.rank.save")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function buttonId(prefix: string, list: "chosen" | "available", id: string, action: Action): string {
  return `${prefix}-${list}-${action}-${id}`;
}

function isConflict(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 409;
}

interface RankButtonProps {
  id: string;
  icon: string;
  text: string;
  label: string;
  /** At an end of the list, or the list is full: the button stays focusable and says so when pressed. */
  inactive?: boolean;
  onClick: () => void;
}

/**
 * aria-disabled rather than disabled: a button that becomes disabled under the keyboard user's focus
 * (moving the item to the top) would drop focus to the page's start.
 */
function RankButton({ id, icon, text, label, inactive = false, onClick }: RankButtonProps) {
  return (
    <button
      type="button"
      id={id}
      className="button button-secondary nx-rank-button"
      aria-label={label}
      aria-disabled={inactive ? true : undefined}
      onClick={onClick}
    >
      <Icon name={icon} />
      <span>{text}</span>
    </button>
  );
}
