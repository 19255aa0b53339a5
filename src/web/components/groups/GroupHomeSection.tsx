import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type AttendanceSignal,
  attendance,
  type BoardPost,
  type Group,
  groupMeetings,
  groups as groupsApi,
  type MyGroupMeeting,
} from "../../api/groups";
import type { Role } from "../../api/types";
import { Alert } from "../Alert";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import { StabilityShare } from "./StabilityTable";
import "./groups.css";
import { addDays, copenhagenToday, formatMeetingShort, formatMeetingStart } from "../copenhagenTime";

/**
 * The network group on the home page: a young person's next meeting and the newest board posts;
 * for staff this week's meetings of the groups they facilitate (with attendance still to take)
 * and the young people who missed two meetings in a row without notice.
 */
export function GroupHomeSection({ role }: { role: Role }) {
  if (role === "youth") return <YouthGroupHome />;
  if (role === "staff" || role === "municipality_admin")
    return <StaffGroupHome onlyMine={role === "staff"} />;
  return null;
}

function YouthGroupHome() {
  const { t, i18n } = useTranslation();
  const [group, setGroup] = useState<Group | null | undefined>(undefined);
  const [next, setNext] = useState<MyGroupMeeting | null>(null);
  const [posts, setPosts] = useState<BoardPost[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const found = (await groupsApi.list()).items[0] ?? null;
      if (cancelled) return;
      setGroup(found);
      if (!found) return;
      const meetings = (await groupMeetings.mine()).items;
      const upcoming = meetings.find((m) => m.status === "planned" && !m.started) ?? null;
      const board = await groupsApi.board(found.id, null, 3);
      if (cancelled) return;
      setNext(upcoming);
      setPosts(board.items.slice(0, 3));
    })().catch((failure: unknown) => {
      if (!cancelled) setError(failure);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (group === null) return null;
  return (
    <section className="nx-section nx-groups" aria-labelledby="group-home-heading">
      <h2 id="group-home-heading">{t("groups.home.youthHeading")}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {group === undefined && !error ? <Loading /> : null}
      {group ? (
        <>
          <h3>{t("groups.home.nextMeeting")}</h3>
          {next ? (
            <>
              <p>
                <strong>{formatMeetingStart(next.startsAt, i18n.language)}</strong>
                {next.place ? ` · ${next.place}` : ""}
                {next.theme ? ` · ${next.theme}` : ""}
              </p>
              {next.myNotice ? <p>{t("groups.notice.youGave")}</p> : null}
              <p>
                <Link to={`/group-meetings/${next.id}`}>
                  {next.myNotice ? t("groups.home.seeNotice") : t("groups.notice.cantCome")}
                </Link>
              </p>
            </>
          ) : (
            <p>{t("groups.youth.noUpcoming")}</p>
          )}
          <h3>{t("groups.home.boardNews")}</h3>
          {posts.length === 0 ? <p>{t("groups.board.empty")}</p> : null}
          {posts.length > 0 ? (
            <ul className="nobullet-list">
              {posts.map((post) => (
                <li key={post.id}>
                  <p className="nx-board-meta">
                    <strong>{post.author.name}</strong> · {formatMeetingShort(post.createdAt, i18n.language)}
                  </p>
                  <p className="nx-board-text">
                    {post.body === null
                      ? t("groups.board.hiddenByAuthor")
                      : post.body.length > 140
                        ? `${post.body.slice(0, 140)}…`
                        : post.body}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link to={`/groups/${group.id}`}>{t("groups.home.toGroup", { group: group.name })}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

/** Monday to Sunday of the current Copenhagen week. */
function thisWeek(): { from: string; to: string } {
  const today = copenhagenToday();
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const from = addDays(today, 1 - weekday);
  return { from, to: addDays(from, 6) };
}

/** A counsellor sees signals of their own young people; the municipality admin all of them. */
function StaffGroupHome({ onlyMine }: { onlyMine: boolean }) {
  const { t, i18n } = useTranslation();
  const [meetings, setMeetings] = useState<MyGroupMeeting[] | null>(null);
  const [signals, setSignals] = useState<AttendanceSignal[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const week = (await groupMeetings.mine(thisWeek())).items;
      const found = (await attendance.signals(onlyMine)).items;
      if (cancelled) return;
      setMeetings(week);
      setSignals(found);
    })().catch((failure: unknown) => {
      if (!cancelled) setError(failure);
    });
    return () => {
      cancelled = true;
    };
  }, [onlyMine]);

  if (meetings && signals && meetings.length === 0 && signals.length === 0) return null;
  return (
    <section className="nx-section nx-groups" aria-labelledby="group-home-heading">
      <h2 id="group-home-heading">{t("groups.home.staffHeading")}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!meetings && !error ? <Loading /> : null}
      {meetings && meetings.length > 0 ? (
        <>
          <h3 id="group-home-week">{t("groups.home.thisWeek")}</h3>
          <ul className="nx-plain-list nobullet-list" aria-labelledby="group-home-week">
            {meetings.map((meeting) => {
              const toTake = meeting.status === "planned" && meeting.started && !meeting.attendanceTaken;
              return (
                <li key={meeting.id} className="nx-item">
                  <p>
                    <Link to={`/group-meetings/${meeting.id}`}>
                      {meeting.groupName}: {formatMeetingStart(meeting.startsAt, i18n.language)}
                    </Link>
                  </p>
                  {meeting.status === "cancelled" ? (
                    <p>
                      <span className="nx-status nx-status-cancelled">{t("groups.meetings.cancelled")}</span>
                    </p>
                  ) : null}
                  {toTake ? (
                    <p>
                      <strong>{t("groups.home.attendanceToTake")}</strong>
                    </p>
                  ) : null}
                  {meeting.attendanceTaken ? <p>{t("groups.home.attendanceTaken")}</p> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {signals && signals.length > 0 ? (
        <>
          <h3 id="group-home-signals">{t("groups.home.signals")}</h3>
          <p>{t("groups.home.signalsIntro")}</p>
          <ul className="nx-plain-list nobullet-list" aria-labelledby="group-home-signals">
            {signals.map((signal) => (
              <li key={signal.youthId} className="nx-item">
                <p>
                  <Link to={`/youth/${signal.youthId}`}>{signal.displayName}</Link>
                </p>
                <p>
                  <StabilityShare stability={signal} /> ·{" "}
                  {t("groups.home.missedInARow", { count: signal.missedInARow })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
