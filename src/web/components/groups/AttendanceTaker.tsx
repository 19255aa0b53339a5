import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import {
  ATTENDANCE_STATUSES,
  type AttendanceEntry,
  type AttendanceStatus,
  groupMeetings,
} from "../../api/groups";
import { Alert } from "../Alert";
import { LiveStatus } from "../LiveStatus";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import "./groups.css";

/**
 * Taking attendance on a phone while the group is in the room: one row per member with three big
 * toggles, "absent with notice" already chosen for those who said they could not come, and one Save.
 */
export function AttendanceTaker({ meetingId, onSaved }: { meetingId: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<AttendanceEntry[] | null>(null);
  const [marks, setMarks] = useState<Record<string, AttendanceStatus | null>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let cancelled = false;
    groupMeetings.attendance(meetingId).then(
      (found) => {
        if (cancelled) return;
        setEntries(found.items);
        setMarks(Object.fromEntries(found.items.map((item) => [item.youthId, item.suggestedStatus])));
        setSaved(found.items.some((item) => item.status !== null));
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [meetingId]);

  function mark(youthId: string, value: AttendanceStatus): void {
    setMarks((current) => ({ ...current, [youthId]: value }));
    setStatus("");
  }

  function markRestPresent(): void {
    setMarks((current) =>
      Object.fromEntries(Object.entries(current).map(([youthId, value]) => [youthId, value ?? "present"])),
    );
  }

  async function save(): Promise<void> {
    const chosen = Object.entries(marks).flatMap(([youthId, value]) =>
      value ? [{ youthId, status: value }] : [],
    );
    if (chosen.length === 0) {
      setStatus(t("groups.attendance.nothingChosen"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await groupMeetings.takeAttendance(meetingId, chosen);
      setEntries(result.items);
      setSaved(true);
      const unmarked = result.items.filter((item) => item.status === null).length;
      setStatus(
        unmarked > 0
          ? t("groups.attendance.savedSome", { count: chosen.length, unmarked })
          : t("groups.attendance.saved", { count: chosen.length }),
      );
      onSaved?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (error && !entries) {
    const message =
      error instanceof ProblemError && error.status === 403
        ? t("groups.attendance.onlyFacilitators")
        : problemMessage(error, t);
    return <Alert variant="error">{message}</Alert>;
  }
  if (!entries) return <Loading />;
  if (entries.length === 0) return <p>{t("groups.attendance.noMembers")}</p>;
  const unmarked = Object.values(marks).filter((value) => value === null).length;

  return (
    <div>
      {error ? (
        <Alert variant="error">
          {error instanceof ProblemError && error.status === 403
            ? t("groups.attendance.onlyFacilitators")
            : problemMessage(error, t, { conflict: t("groups.attendance.conflict") })}
        </Alert>
      ) : null}
      {saved && !status ? <p>{t("groups.attendance.alreadySaved")}</p> : null}
      <ul className="nx-attendance-list nobullet-list">
        {entries.map((entry) => (
          <li key={entry.youthId} className="nx-attendance-row">
            <fieldset>
              <legend>{entry.displayName}</legend>
              {entry.notice ? (
                <p className="nx-board-meta">
                  {entry.notice.reason
                    ? t("groups.attendance.noticeWithReason", { reason: entry.notice.reason })
                    : t("groups.attendance.notice")}
                </p>
              ) : null}
              <div className="nx-attendance-toggles">
                {ATTENDANCE_STATUSES.map((value) => {
                  const pressed = marks[entry.youthId] === value;
                  return (
                    <button
                      key={value}
                      type="button"
                      className={pressed ? "button button-primary" : "button button-secondary"}
                      aria-pressed={pressed}
                      onClick={() => mark(entry.youthId, value)}
                    >
                      {pressed ? <span aria-hidden="true">✓ </span> : null}
                      {t(`groups.attendance.status.${value}`)}
                    </button>
                  );
                })}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      {unmarked > 0 ? (
        <p>
          <button type="button" className="button button-secondary" onClick={markRestPresent}>
            {t("groups.attendance.restPresent", { count: unmarked })}
          </button>
        </p>
      ) : null}
      <div className="nx-attendance-save">
        <LiveStatus text={status} visible />
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
          {busy ? t("groups.attendance.saving") : t("groups.attendance.save")}
        </button>
      </div>
    </div>
  );
}
