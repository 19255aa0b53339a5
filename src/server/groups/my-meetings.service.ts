import type { AppContext } from "../context.js";
import type { Executor } from "../db/database.js";
import { badRequest, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { isStaffOf } from "./groups.policy.js";
import { presentMeeting } from "./groups.presenters.js";
import type { GroupMeetingRow } from "./groups.repository.js";
import * as repository from "./groups.repository.js";
import { copenhagenDate, copenhagenLocalToUtc } from "./meeting-schedule.js";

type Context = Pick<AppContext, "clock">;

const DAY_MS = 86_400_000;
/** Eight weeks: the meetings that exist ahead anyway. */
const DEFAULT_DAYS_AHEAD = 56;
/** A year and a bit: enough for any screen, small enough to stay one cheap query. */
const MAX_RANGE_DAYS = 400;

const addDays = (localDate: string, days: number) =>
  new Date(Date.parse(`${localDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A local date range as instants: from local midnight to just before the local midnight after `to`. */
function rangeOf(now: Date, query: { from?: string; to?: string }) {
  const fromDate = query.from ?? copenhagenDate(now);
  const toDate = query.to ?? addDays(fromDate, DEFAULT_DAYS_AHEAD);
  if (toDate < fromDate) throw badRequest("to is before from", [{ path: "to", message: "Before from" }]);
  if (Date.parse(toDate) - Date.parse(fromDate) > MAX_RANGE_DAYS * DAY_MS) {
    throw badRequest(`At most ${MAX_RANGE_DAYS} days`, [
      { path: "to", message: `At most ${MAX_RANGE_DAYS} days after from` },
    ]);
  }
  return {
    fromDate,
    from: copenhagenLocalToUtc(fromDate, "00:00"),
    to: new Date(copenhagenLocalToUtc(addDays(toDate, 1), "00:00").getTime() - 1),
  };
}

export interface MyGroupMeeting extends ReturnType<typeof presentMeeting> {
  groupName: string;
  started: boolean;
  attendanceTaken: boolean;
  myNotice: boolean;
}

/** `started` by the server's clock, so a phone with a wrong clock still offers the right actions. */
function presentMine(
  row: { meeting: GroupMeetingRow; groupName: string },
  now: Date,
  flags: { attendanceTaken: boolean; myNotice: boolean },
): MyGroupMeeting {
  return {
    ...presentMeeting(row.meeting),
    groupName: row.groupName,
    started: row.meeting.startsAt.getTime() <= now.getTime(),
    ...flags,
  };
}

/**
 * The caller's own group meetings in a local date range (default: today and 8 weeks on). Staff get
 * the meetings of the groups they facilitate, with whether attendance is taken; a young person the
 * meetings of their active group since they joined, with whether they gave notice.
 */
export async function listMyGroupMeetings(
  ctx: Context,
  db: Executor,
  actor: CurrentUser,
  query: { from?: string; to?: string },
): Promise<{ items: MyGroupMeeting[] }> {
  const now = ctx.clock.now();
  const range = rangeOf(now, query);
  if (actor.role === "youth") {
    const young = await repository.findYouthByUserId(db, actor.id);
    const membership = young ? await repository.findActiveMembership(db, young.id) : undefined;
    if (!young || !membership) return { items: [] };
    // Meetings before they joined were not theirs: no notice, no reflection.
    const joined = copenhagenLocalToUtc(membership.joinedOn, "00:00");
    const rows = await repository.listGroupMeetingsNamed(db, membership.groupId, {
      from: new Date(Math.max(joined.getTime(), range.from.getTime())),
      to: range.to,
    });
    const notices = await repository.meetingsWithNoticeOf(
      db,
      young.id,
      rows.map((row) => row.meeting.id),
    );
    return {
      items: rows.map((row) =>
        presentMine(row, now, { attendanceTaken: false, myNotice: notices.has(row.meeting.id) }),
      ),
    };
  }
  const rows = await repository.listFacilitatedMeetings(db, actor.id, range);
  const taken = await repository.meetingsWithAttendance(
    db,
    rows.map((row) => row.meeting.id),
  );
  return {
    items: rows.map((row) =>
      presentMine(row, now, { attendanceTaken: taken.has(row.meeting.id), myNotice: false }),
    ),
  };
}

/**
 * One meeting with its group's name: staff of the municipality (for the facilitator's meeting page),
 * or a young person who was a member on its date (for their notice and reflection); 404 otherwise.
 */
export async function getGroupMeeting(
  ctx: Context,
  db: Executor,
  actor: CurrentUser,
  meetingId: string,
): Promise<MyGroupMeeting> {
  const meeting = await repository.findMeeting(db, meetingId);
  if (!meeting) throw notFound();
  const group = await repository.findGroup(db, actor.municipalityId, meeting.groupId);
  if (!group) throw notFound();
  const row = { meeting, groupName: group.name };
  const now = ctx.clock.now();
  if (isStaffOf(actor, meeting.municipalityId)) {
    const taken = await repository.meetingsWithAttendance(db, [meeting.id]);
    return presentMine(row, now, { attendanceTaken: taken.has(meeting.id), myNotice: false });
  }
  if (actor.role === "youth") {
    const young = await repository.findYouthByUserId(db, actor.id);
    const members = young
      ? await repository.listMembersOn(db, meeting.groupId, copenhagenDate(meeting.startsAt))
      : [];
    if (young && members.some((member) => member.youthId === young.id)) {
      const notices = await repository.meetingsWithNoticeOf(db, young.id, [meeting.id]);
      return presentMine(row, now, { attendanceTaken: false, myNotice: notices.has(meeting.id) });
    }
  }
  throw notFound();
}
