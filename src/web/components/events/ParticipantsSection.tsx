import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { openings, youth as youthApi } from "../../api/endpoints";
import { type EventParticipants, matchmakingEvents } from "../../api/events";
import type { Opening, YouthStatus } from "../../api/types";
import { Alert } from "../Alert";
import { DataTable } from "../DataTable";
import { ErrorSummary, type SummaryItem } from "../ErrorSummary";
import { SelectField, TextField } from "../Field";
import { Loading } from "../Loading";
import { LoadMore } from "../LoadMore";
import { problemMessage } from "../problems";
import { useCursorList } from "../useCursorList";
import "./events.css";

const PAGE_SIZE = 50;
/** The young people who can take part: those the municipality works with now (see the API contract). */
const PARTICIPATING_STATUSES: readonly YouthStatus[] = ["active", "applicant"];

interface ParticipantsSectionProps {
  eventId: string;
  editable: boolean;
  /** Counts changed: the page reloads the event's figures. */
  onChanged: () => void;
}

/** The young people and openings taking part, whether each has ranked, and (before the assignment) the editor. */
export function ParticipantsSection({ eventId, editable, onChanged }: ParticipantsSectionProps) {
  const { t } = useTranslation();
  const youthHeadingId = useId();
  const openingsHeadingId = useId();
  const [participants, setParticipants] = useState<EventParticipants | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState(false);

  useEffect(() => {
    let cancelled = false;
    matchmakingEvents.participants(eventId).then(
      (found) => {
        if (!cancelled) setParticipants(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [eventId]);

  function closeEditor(): void {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById("edit-participants")?.focus());
  }

  return (
    <section className="nx-section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t("events.participants.heading")}</h2>
      <p>{t("events.participants.intro")}</p>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!participants && !error ? <Loading /> : null}
      {notice ? <Alert variant="success">{t("events.participants.saved")}</Alert> : null}
      {participants && editing ? (
        <ParticipantsEditor
          eventId={eventId}
          current={participants}
          onSaved={(saved) => {
            setParticipants(saved);
            setNotice(true);
            onChanged();
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      ) : null}
      {participants && !editing ? (
        <>
          {editable ? (
            <p>
              <button
                type="button"
                id="edit-participants"
                className="button button-primary"
                onClick={() => {
                  setNotice(false);
                  setEditing(true);
                }}
              >
                {t("events.participants.edit")}
              </button>
            </p>
          ) : (
            <p className="nx-muted">{t("events.participants.locked")}</p>
          )}
          <h3 id={youthHeadingId}>
            {t("events.participants.youthHeading", { count: participants.youth.length })}
          </h3>
          {participants.youth.length === 0 ? (
            <p>{t("events.participants.noYouth")}</p>
          ) : (
            <DataTable labelledBy={youthHeadingId}>
              <thead>
                <tr>
                  <th scope="col">{t("events.participants.name")}</th>
                  <th scope="col">{t("events.participants.rankedColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {participants.youth.map((young) => (
                  <tr key={young.id}>
                    <td data-title={t("events.participants.name")}>{young.displayName}</td>
                    <td data-title={t("events.participants.rankedColumn")}>
                      {young.ranked ? t("events.participants.ranked") : t("events.participants.notRanked")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          <h3 id={openingsHeadingId}>
            {t("events.participants.openingsHeading", { count: participants.openings.length })}
          </h3>
          {participants.openings.length === 0 ? (
            <p>{t("events.participants.noOpenings")}</p>
          ) : (
            <DataTable labelledBy={openingsHeadingId}>
              <thead>
                <tr>
                  <th scope="col">{t("events.participants.opening")}</th>
                  <th scope="col">{t("events.participants.company")}</th>
                  <th scope="col">{t("events.participants.capacity")}</th>
                  <th scope="col">{t("events.participants.rankedColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {participants.openings.map((opening) => (
                  <tr key={opening.id}>
                    <td data-title={t("events.participants.opening")}>{opening.title}</td>
                    <td data-title={t("events.participants.company")}>{opening.companyName}</td>
                    <td data-title={t("events.participants.capacity")}>{opening.capacity}</td>
                    <td data-title={t("events.participants.rankedColumn")}>
                      {opening.ranked ? t("events.participants.ranked") : t("events.participants.notRanked")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </>
      ) : null}
    </section>
  );
}

/** Free seats as the openings list reports them; older servers send only the seats. */
function freeSeats(opening: Opening): number {
  const taken = "seatsTaken" in opening && typeof opening.seatsTaken === "number" ? opening.seatsTaken : 0;
  return Math.max(0, opening.seats - taken);
}

/** The API's path of a field problem ("youthIds.3") as the editor's group it belongs to. */
function groupOf(path: string): "participants-youth" | "participants-openings" | null {
  if (path.startsWith("youthIds")) return "participants-youth";
  if (path.startsWith("openingIds")) return "participants-openings";
  return null;
}

interface EditorProps {
  eventId: string;
  current: EventParticipants;
  onSaved: (participants: EventParticipants) => void;
  onCancel: () => void;
}

/**
 * Choose the municipality's young people (searchable, active or applicant) and the open openings.
 * Choices are remembered by id with their names, so a search that hides a chosen one does not drop it.
 */
function ParticipantsEditor({ eventId, current, onSaved, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const [chosenYouth, setChosenYouth] = useState(
    () => new Map(current.youth.map((young) => [young.id, young.displayName])),
  );
  const [chosenOpenings, setChosenOpenings] = useState(
    () =>
      new Map(current.openings.map((opening) => [opening.id, `${opening.title} – ${opening.companyName}`])),
  );
  const [draftQuery, setDraftQuery] = useState({ q: "", status: "active" });
  const [query, setQuery] = useState(draftQuery);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const fetchYouth = useCallback(
    (cursor: string | null) =>
      youthApi.list({
        q: query.q.trim() || null,
        status: PARTICIPATING_STATUSES.find((status) => status === query.status) ?? "active",
        limit: PAGE_SIZE,
        cursor,
      }),
    [query],
  );
  const youthList = useCursorList(fetchYouth);
  const fetchOpenings = useCallback(
    (cursor: string | null) => openings.list({ status: "open", limit: PAGE_SIZE, cursor }),
    [],
  );
  const openingList = useCursorList(fetchOpenings);

  function toggle(setter: typeof setChosenYouth, id: string, label: string, checked: boolean): void {
    setter((chosen) => {
      const next = new Map(chosen);
      if (checked) next.set(id, label);
      else next.delete(id);
      return next;
    });
  }

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setQuery(draftQuery);
  }

  async function save(): Promise<void> {
    setBusy(true);
    setErrors([]);
    setMessage(undefined);
    try {
      onSaved(
        await matchmakingEvents.setParticipants(eventId, {
          youthIds: [...chosenYouth.keys()],
          openingIds: [...chosenOpenings.keys()],
        }),
      );
    } catch (failure) {
      const items: SummaryItem[] = [];
      if (failure instanceof ProblemError) {
        for (const problem of failure.errors) {
          const fieldId = groupOf(problem.path);
          if (fieldId && !items.some((item) => item.fieldId === fieldId)) {
            items.push({
              fieldId,
              message:
                fieldId === "participants-youth"
                  ? t("events.participants.errors.youth")
                  : t("events.participants.errors.openings"),
            });
          }
        }
      }
      setErrors(items);
      setMessage(problemMessage(failure, t, { conflict: t("events.participants.errors.conflict") }));
      setBusy(false);
    }
  }

  const youthError = errors.find((item) => item.fieldId === "participants-youth")?.message;
  const openingsError = errors.find((item) => item.fieldId === "participants-openings")?.message;
  const visibleYouth = youthList.items.filter((young) => PARTICIPATING_STATUSES.includes(young.status));

  return (
    <div className="nx-section">
      <ErrorSummary message={message} items={errors} />
      <h3>{t("events.participants.editorHeading")}</h3>
      <p className="nx-strong" aria-live="polite">
        {t("events.participants.chosenCount", { youth: chosenYouth.size, openings: chosenOpenings.size })}
      </p>

      <search aria-label={t("events.participants.searchLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <TextField
            id="participants-q"
            label={t("events.participants.searchName")}
            required={false}
            value={draftQuery.q}
            onChange={(q) => setDraftQuery((draft) => ({ ...draft, q }))}
          />
          <SelectField
            id="participants-status"
            label={t("events.participants.status")}
            value={draftQuery.status}
            onChange={(status) => setDraftQuery((draft) => ({ ...draft, status }))}
            options={PARTICIPATING_STATUSES.map((status) => ({
              value: status,
              label: t(`youthStatus.${status}`),
            }))}
          />
          <button type="submit" className="button button-secondary">
            {t("events.participants.search")}
          </button>
        </form>
      </search>

      <div className={youthError ? "form-group form-error" : "form-group"}>
        <fieldset id="participants-youth" tabIndex={-1} className="nx-fieldset">
          <legend className="form-label">{t("events.participants.youthLegend")}</legend>
          {youthError ? (
            <span className="form-error-message">
              <span className="sr-only">{t("common.errorPrefix")}</span>
              {youthError}
            </span>
          ) : null}
          {youthList.loading ? <Loading /> : null}
          {!youthList.loading && visibleYouth.length === 0 ? (
            <p>{t("events.participants.noYouthFound")}</p>
          ) : null}
          {visibleYouth.length > 0 ? (
            <ul className="nx-picker-list nobullet-list">
              {visibleYouth.map((young) => (
                <li key={young.id} className="form-group-checkbox">
                  <input
                    id={`participant-youth-${young.id}`}
                    type="checkbox"
                    className="form-checkbox"
                    checked={chosenYouth.has(young.id)}
                    onChange={(event) =>
                      toggle(setChosenYouth, young.id, young.displayName, event.target.checked)
                    }
                  />
                  <label htmlFor={`participant-youth-${young.id}`} className="form-label">
                    {t("events.participants.youthOption", {
                      name: young.displayName,
                      age: young.age,
                      postalCode: young.postalCode,
                    })}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          {youthList.error ? <Alert variant="error">{problemMessage(youthList.error, t)}</Alert> : null}
          {youthList.hasMore ? (
            <LoadMore
              onClick={youthList.loadMore}
              loading={youthList.loadingMore}
              label={t("events.participants.moreYouth")}
            />
          ) : null}
        </fieldset>
      </div>

      <div className={openingsError ? "form-group form-error" : "form-group"}>
        <fieldset id="participants-openings" tabIndex={-1} className="nx-fieldset">
          <legend className="form-label">{t("events.participants.openingsLegend")}</legend>
          <span className="form-hint">{t("events.participants.openingsHint")}</span>
          {openingsError ? (
            <span className="form-error-message">
              <span className="sr-only">{t("common.errorPrefix")}</span>
              {openingsError}
            </span>
          ) : null}
          {openingList.loading ? <Loading /> : null}
          {!openingList.loading && openingList.items.length === 0 ? (
            <p>{t("events.participants.noOpeningsFound")}</p>
          ) : null}
          {openingList.items.length > 0 ? (
            <ul className="nx-picker-list nobullet-list">
              {openingList.items.map((opening) => {
                const label = `${opening.title} – ${opening.company.name}`;
                return (
                  <li key={opening.id} className="form-group-checkbox">
                    <input
                      id={`participant-opening-${opening.id}`}
                      type="checkbox"
                      className="form-checkbox"
                      checked={chosenOpenings.has(opening.id)}
                      onChange={(event) => toggle(setChosenOpenings, opening.id, label, event.target.checked)}
                    />
                    <label htmlFor={`participant-opening-${opening.id}`} className="form-label">
                      {t("events.participants.openingOption", {
                        title: opening.title,
                        company: opening.company.name,
                        count: freeSeats(opening),
                      })}
                    </label>
                  </li>
                );
              })}
            </ul>
          ) : null}
          {openingList.error ? <Alert variant="error">{problemMessage(openingList.error, t)}</Alert> : null}
          {openingList.hasMore ? (
            <LoadMore
              onClick={openingList.loadMore}
              loading={openingList.loadingMore}
              label={t("events.participants.moreOpenings")}
            />
          ) : null}
        </fieldset>
      </div>

      <div className="nx-button-row">
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
          {busy ? t("common.saving") : t("events.participants.save")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
