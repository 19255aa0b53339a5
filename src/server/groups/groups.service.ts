import { type AuditEntry, type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import type { Executor } from "../db/database.js";
import { badRequest, conflict, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { queueGroupMeetingChangeReminders } from "../reminders/reminders.service.js";
import { firstNameOf } from "../youth/profile.js";
import { relationTo } from "../youth/youth.policy.js";
import { attendanceStability } from "./attendance-stability.js";
import { isStaffOf, mayTakeAttendance } from "./groups.policy.js";
import { presentGroup, presentMeeting } from "./groups.presenters.js";
import type { GroupRow } from "./groups.repository.js";
import * as repository from "./groups.repository.js";
import type {
  AddMeetingBody,
  AttendanceBody,
  CreateGroupBody,
  UpdateGroupBody,
  UpdateMeetingBody,
} from "./groups.schemas.js";
import { copenhagenDate, copenhagenLocalToUtc, upcomingSlotMeetings } from "./meeting-schedule.js";

type Context = Pick<AppContext, "clock">;

const DAY_MS = 86_400_000;

async function audit(
  db: Executor,
  ctx: Context,
  origin: AuditOrigin,
  actor: CurrentUser,
  entry: Omit<AuditEntry, "actorUserId">,
) {
  await recordAuditEvent(db, ctx.clock, origin, { ...entry, actorUserId: actor.id });
}

async function presentWithFacilitators(db: Executor, group: GroupRow) {
  return presentGroup(group, await repository.listFacilitators(db, [group.id]));
}

/** Facilitators must be active staff of the group's own municipality. */
/** Stored as a meeting's cancel reason, which members read in either language. */
const GROUP_CLOSED_REASON = "Gruppen er lukket / The group is closed";
const CLOSING_NOTICE_MS = 7 * 24 * 60 * 60 * 1000;

async function checkFacilitators(db: Executor, municipalityId: string, userIds: string[]) {
  const unique = [...new Set(userIds)];
  const found = await repository.findFacilitatorCandidates(db, municipalityId, unique);
  if (found.length !== unique.length) {
    throw badRequest("Facilitators must be active staff of the municipality", [
      { path: "facilitatorUserIds", message: "Not staff of this municipality" },
    ]);
  }
  return unique;
}

/** Meetings from the later of today and startsOn, 8 weeks ahead; nothing for a closed group. */
export async function generateMeetingsForGroup(db: Executor, group: GroupRow, now: Date): Promise<number> {
  if (group.status !== "active") return 0;
  return repository.insertSlotMeetings(db, group, upcomingSlotMeetings(group, now));
}

/** Tops every active group up to 8 weeks ahead; for a daily job. Returns how many meetings were made. */
export async function generateUpcomingMeetings(db: Executor, now: Date): Promise<number> {
  let made = 0;
  for (const group of await repository.listActiveGroups(db))
    made += await generateMeetingsForGroup(db, group, now);
  return made;
}

/** A group the caller may see: staff of its municipality or an active member; 404 to everyone else. */
async function readableGroup(db: Executor, actor: CurrentUser, groupId: string) {
  const group = await repository.findGroup(db, actor.municipalityId, groupId);
  if (!group) throw notFound();
  if (isStaffOf(actor, group.municipalityId)) return { group, member: null };
  if (actor.role === "youth") {
    const young = await repository.findYouthByUserId(db, actor.id);
    const membership = young ? await repository.findActiveMembership(db, young.id) : undefined;
    if (membership?.groupId === group.id && young) return { group, member: young };
  }
  throw notFound();
}

async function staffGroup(db: Executor, actor: CurrentUser, groupId: string) {
  const group = await repository.findGroup(db, actor.municipalityId, groupId);
  if (!group || !isStaffOf(actor, group.municipalityId)) throw notFound();
  return group;
}

export async function createGroup(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  body: CreateGroupBody,
) {
  if (!actor.municipalityId) throw forbidden();
  const facilitators = await checkFacilitators(db, actor.municipalityId, body.facilitatorUserIds);
  const group = await repository.insertGroup(db, {
    municipalityId: actor.municipalityId,
    name: body.name,
    weekday: body.weekday,
    startTime: body.startTime,
    durationMinutes: body.durationMinutes,
    place: body.place,
    videoLink: body.videoLink,
    startsOn: body.startsOn,
    createdByUserId: actor.id,
  });
  await repository.replaceFacilitators(db, group, facilitators);
  await generateMeetingsForGroup(db, group, ctx.clock.now());
  await audit(db, ctx, origin, actor, {
    action: "group.created",
    municipalityId: group.municipalityId,
    subjectType: "network_group",
    subjectId: group.id,
  });
  return presentWithFacilitators(db, group);
}

export async function listGroups(db: Executor, actor: CurrentUser) {
  if (actor.role === "youth") {
    const young = await repository.findYouthByUserId(db, actor.id);
    const membership = young ? await repository.findActiveMembership(db, young.id) : undefined;
    const group = membership
      ? await repository.findGroup(db, actor.municipalityId, membership.groupId)
      : undefined;
    return { items: group ? [await presentWithFacilitators(db, group)] : [] };
  }
  if (!actor.municipalityId) throw forbidden();
  const groups = await repository.listGroupsOfMunicipality(db, actor.municipalityId);
  const facilitators = await repository.listFacilitators(
    db,
    groups.map((group) => group.id),
  );
  return {
    items: groups.map((group) =>
      presentGroup(
        group,
        facilitators.filter((f) => f.groupId === group.id),
      ),
    ),
  };
}

export async function getGroup(db: Executor, actor: CurrentUser, groupId: string) {
  const { group } = await readableGroup(db, actor, groupId);
  return presentWithFacilitators(db, group);
}

export async function updateGroup(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  groupId: string,
  body: UpdateGroupBody,
) {
  const group = await staffGroup(db, actor, groupId);
  const place = body.place === undefined ? group.place : body.place;
  const videoLink = body.videoLink === undefined ? group.videoLink : body.videoLink;
  if (place === null && videoLink === null) {
    throw badRequest("A place or a video link is needed", [
      { path: "place", message: "A place or a video link is needed" },
    ]);
  }
  if (body.facilitatorUserIds) {
    await repository.replaceFacilitators(
      db,
      group,
      await checkFacilitators(db, group.municipalityId, body.facilitatorUserIds),
    );
  }
  const updated = await repository.updateGroup(db, group.id, {
    name: body.name,
    weekday: body.weekday,
    startTime: body.startTime,
    durationMinutes: body.durationMinutes,
    place,
    videoLink,
    status: body.status,
  });
  const slotChanged =
    updated.weekday !== group.weekday ||
    updated.startTime !== group.startTime ||
    updated.durationMinutes !== group.durationMinutes ||
    updated.place !== group.place ||
    updated.videoLink !== group.videoLink ||
    updated.status !== group.status;
  const now = ctx.clock.now();
  if (updated.status === "closed" && group.status !== "closed") {
    const cancelled = await repository.cancelFutureMeetings(db, group.id, now, GROUP_CLOSED_REASON);
    // People are told of the coming week's meetings, the ones they might turn up to; the rest show
    // as cancelled on the group page and in calendars, without a mail each.
    for (const meeting of cancelled.filter(
      (m) => m.startsAt.getTime() <= now.getTime() + CLOSING_NOTICE_MS,
    )) {
      await queueGroupMeetingChangeReminders(db, {
        meeting,
        groupName: updated.name,
        kind: "meeting_cancelled",
        actorUserId: actor.id,
        now,
      });
    }
  } else if (slotChanged) {
    await repository.deleteUntouchedFutureSlotMeetings(db, group.id, now);
    await generateMeetingsForGroup(db, updated, now);
  }
  await audit(db, ctx, origin, actor, {
    action: "group.updated",
    municipalityId: group.municipalityId,
    subjectType: "network_group",
    subjectId: group.id,
  });
  return presentWithFacilitators(db, updated);
}

export async function addMember(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  groupId: string,
  body: { youthId: string; move: boolean },
) {
  const group = await staffGroup(db, actor, groupId);
  const young = await repository.findYouthById(db, body.youthId);
  if (!young || young.municipalityId !== group.municipalityId) throw notFound("No such young person");
  if (group.status !== "active") throw conflict("The group is closed");
  const today = copenhagenDate(ctx.clock.now());
  const current = await repository.findActiveMembership(db, young.id);
  if (current?.groupId === group.id) throw conflict("Already a member of this group");
  if (current && !body.move) {
    throw conflict("The young person is already in an active group; send move: true to move them");
  }
  if (current) await repository.endMembership(db, current.id, today);
  try {
    await repository.insertMembership(db, {
      municipalityId: group.municipalityId,
      groupId: group.id,
      youthId: young.id,
      joinedOn: today,
    });
  } catch (error) {
    // The row lock above cannot lock a membership that does not exist yet; the unique index decides.
    if (repository.isSecondActiveMembershipError(error))
      throw conflict("The young person is already in an active group");
    throw error;
  }
  await audit(db, ctx, origin, actor, {
    action: current ? "group.member_moved" : "group.member_added",
    municipalityId: group.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
  return listMembers(db, actor, group.id);
}

export async function removeMember(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  groupId: string,
  youthId: string,
) {
  const group = await staffGroup(db, actor, groupId);
  const current = await repository.findActiveMembership(db, youthId);
  if (!current || current.groupId !== group.id) throw notFound("Not a member of this group");
  await repository.endMembership(db, current.id, copenhagenDate(ctx.clock.now()));
  await audit(db, ctx, origin, actor, {
    action: "group.member_removed",
    municipalityId: group.municipalityId,
    subjectType: "youth",
    subjectId: youthId,
  });
}

/**
 * Staff see the history with dates; a member sees who is in the group now, by first name only, as
 * on the board: the group meets in person, but full names are not the platform's to spread.
 */
export async function listMembers(db: Executor, actor: CurrentUser, groupId: string) {
  const { group, member } = await readableGroup(db, actor, groupId);
  const rows = await repository.listMemberships(db, group.id, member !== null);
  return {
    items: rows.map((row) =>
      member
        ? { youthId: row.youthId, displayName: firstNameOf(row.displayName) }
        : { youthId: row.youthId, displayName: row.displayName, joinedOn: row.joinedOn, leftOn: row.leftOn },
    ),
  };
}

/** Facilitators and staff see every meeting in the range; members the ones not over yet. */
export async function listMeetings(
  ctx: Context,
  db: Executor,
  actor: CurrentUser,
  groupId: string,
  query: { from?: string; to?: string },
) {
  const { group, member } = await readableGroup(db, actor, groupId);
  const from = query.from ? copenhagenLocalToUtc(query.from, "00:00") : undefined;
  // The end is the next local midnight: a day of a daylight-saving change has 23 or 25 hours.
  const dayAfterTo = query.to
    ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
    : undefined;
  const to = dayAfterTo ? new Date(copenhagenLocalToUtc(dayAfterTo, "00:00").getTime() - 1) : undefined;
  const rows = await repository.listMeetings(db, group.id, {
    from,
    to,
    endingAfter: member ? ctx.clock.now() : undefined,
  });
  return { items: rows.map(presentMeeting) };
}

/** A meeting whose group the caller runs: its facilitators or staff of the municipality. */
async function managedMeeting(db: Executor, actor: CurrentUser, meetingId: string) {
  const meeting = await repository.findMeeting(db, meetingId);
  if (!meeting || !isStaffOf(actor, meeting.municipalityId)) throw notFound();
  const group = await repository.findGroup(db, actor.municipalityId, meeting.groupId);
  if (!group) throw notFound();
  return { meeting, group };
}

export async function updateMeeting(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  body: UpdateMeetingBody,
) {
  const { meeting, group } = await managedMeeting(db, actor, meetingId);
  if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
  const place = body.place === undefined ? meeting.place : body.place;
  const videoLink = body.videoLink === undefined ? meeting.videoLink : body.videoLink;
  if (place === null && videoLink === null) {
    throw badRequest("A place or a video link is needed", [
      { path: "place", message: "A place or a video link is needed" },
    ]);
  }
  const updated = await repository.updateMeeting(db, meeting.id, {
    startsAt: body.startsAt ? new Date(body.startsAt) : undefined,
    durationMinutes: body.durationMinutes,
    place,
    videoLink,
    theme: body.theme,
    agenda: body.agenda,
  });
  await audit(db, ctx, origin, actor, {
    action: "group.meeting_changed",
    municipalityId: meeting.municipalityId,
    subjectType: "group_meeting",
    subjectId: meeting.id,
  });
  const moved =
    updated.startsAt.getTime() !== meeting.startsAt.getTime() ||
    updated.durationMinutes !== meeting.durationMinutes ||
    updated.place !== meeting.place ||
    updated.videoLink !== meeting.videoLink;
  if (moved) {
    const change = { meeting: updated, groupName: group.name, actorUserId: actor.id, now: ctx.clock.now() };
    await queueGroupMeetingChangeReminders(db, { ...change, kind: "meeting_moved" });
  }
  return presentMeeting(updated);
}

export async function cancelMeeting(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  reason: string,
) {
  const { meeting, group } = await managedMeeting(db, actor, meetingId);
  if (meeting.status === "cancelled") throw conflict("The meeting is already cancelled");
  const updated = await repository.updateMeeting(db, meeting.id, {
    status: "cancelled",
    cancelReason: reason,
  });
  await audit(db, ctx, origin, actor, {
    action: "group.meeting_cancelled",
    municipalityId: meeting.municipalityId,
    subjectType: "group_meeting",
    subjectId: meeting.id,
  });
  const change = { meeting: updated, groupName: group.name, actorUserId: actor.id, now: ctx.clock.now() };
  await queueGroupMeetingChangeReminders(db, { ...change, kind: "meeting_cancelled" });
  return presentMeeting(updated);
}

export async function addMeeting(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  groupId: string,
  body: AddMeetingBody,
) {
  const group = await staffGroup(db, actor, groupId);
  const place = body.place === undefined ? group.place : body.place;
  const videoLink = body.videoLink === undefined ? group.videoLink : body.videoLink;
  if (place === null && videoLink === null) {
    throw badRequest("A place or a video link is needed", [
      { path: "place", message: "A place or a video link is needed" },
    ]);
  }
  const meeting = await repository.insertMeeting(db, {
    municipalityId: group.municipalityId,
    groupId: group.id,
    startsAt: new Date(body.startsAt),
    durationMinutes: body.durationMinutes ?? group.durationMinutes,
    place,
    videoLink,
    theme: body.theme ?? null,
    agenda: body.agenda ?? null,
  });
  await audit(db, ctx, origin, actor, {
    action: "group.meeting_added",
    municipalityId: group.municipalityId,
    subjectType: "group_meeting",
    subjectId: meeting.id,
  });
  return presentMeeting(meeting);
}

export async function generateForGroup(ctx: Context, db: Executor, actor: CurrentUser, groupId: string) {
  const group = await staffGroup(db, actor, groupId);
  return { generated: await generateMeetingsForGroup(db, group, ctx.clock.now()) };
}

/** A member's meeting that has not started: "I can't come" is only for ahead of time. */
async function memberMeetingBeforeStart(ctx: Context, db: Executor, actor: CurrentUser, meetingId: string) {
  const meeting = await repository.findMeeting(db, meetingId);
  const young = await repository.findYouthByUserId(db, actor.id);
  if (!meeting || !young) throw notFound();
  const members = await repository.listMembersOn(db, meeting.groupId, copenhagenDate(meeting.startsAt));
  if (!members.some((m) => m.youthId === young.id)) throw notFound();
  if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
  if (meeting.startsAt.getTime() <= ctx.clock.now().getTime()) throw conflict("The meeting has started");
  return { meeting, young };
}

export async function giveNotice(
  ctx: Context,
  db: Executor,
  actor: CurrentUser,
  meetingId: string,
  reason: string | null,
) {
  const { meeting, young } = await memberMeetingBeforeStart(ctx, db, actor, meetingId);
  await repository.upsertNotice(db, meeting, young.id, reason);
  return { meetingId: meeting.id, reason };
}

export async function withdrawNotice(ctx: Context, db: Executor, actor: CurrentUser, meetingId: string) {
  const { meeting, young } = await memberMeetingBeforeStart(ctx, db, actor, meetingId);
  if (!(await repository.deleteNotice(db, meeting.id, young.id))) throw notFound("No notice to withdraw");
}

async function attendanceMeeting(db: Executor, actor: CurrentUser, meetingId: string) {
  const { meeting, group } = await managedMeeting(db, actor, meetingId);
  const facilitator = await repository.isFacilitator(db, group.id, actor.id);
  return { meeting, group, mayTake: mayTakeAttendance(actor, group, facilitator) };
}

/** The members on the meeting's date with their notice and recorded status, for pre-filling the list. */
export async function getAttendance(db: Executor, actor: CurrentUser, meetingId: string) {
  const { meeting } = await attendanceMeeting(db, actor, meetingId);
  // One after another: inside a transaction there is one connection.
  const members = await repository.listMembersOn(db, meeting.groupId, copenhagenDate(meeting.startsAt));
  const notices = await repository.listNotices(db, meeting.id);
  const attendance = await repository.listAttendance(db, meeting.id);
  return {
    meetingId: meeting.id,
    items: members.map((member) => {
      const notice = notices.find((n) => n.youthId === member.youthId);
      const status = attendance.find((a) => a.youthId === member.youthId)?.status ?? null;
      return {
        youthId: member.youthId,
        displayName: member.displayName,
        notice: notice ? { reason: notice.reason, givenAt: notice.createdAt.toISOString() } : null,
        status,
        suggestedStatus: status ?? (notice ? "absent_with_notice" : null),
      };
    }),
  };
}

export async function takeAttendance(
  ctx: Context,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  body: AttendanceBody,
) {
  const { meeting, mayTake } = await attendanceMeeting(db, actor, meetingId);
  if (!mayTake) throw forbidden("Only the group's facilitators take attendance");
  if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
  const now = ctx.clock.now();
  if (meeting.startsAt.getTime() > now.getTime()) throw conflict("The meeting has not started");
  const members = new Set(
    (await repository.listMembersOn(db, meeting.groupId, copenhagenDate(meeting.startsAt))).map(
      (m) => m.youthId,
    ),
  );
  const strangers = body.entries.filter((entry) => !members.has(entry.youthId));
  if (strangers.length > 0) {
    throw badRequest(
      "Only members of the group on the meeting's date",
      strangers.map((entry) => ({ path: "entries", message: `${entry.youthId} is not a member` })),
    );
  }
  await repository.upsertAttendance(db, meeting, body.entries, actor.id, now);
  await audit(db, ctx, origin, actor, {
    action: "group.attendance_taken",
    municipalityId: meeting.municipalityId,
    subjectType: "group_meeting",
    subjectId: meeting.id,
  });
  return getAttendance(db, actor, meetingId);
}

async function stabilityOf(db: Executor, youthIds: string[], now: Date) {
  const rows = await repository.listHeldAttendance(db, youthIds, now);
  return new Map(youthIds.map((id) => [id, attendanceStability(rows.filter((row) => row.youthId === id))]));
}

export async function groupStability(ctx: Context, db: Executor, actor: CurrentUser, groupId: string) {
  const group = await staffGroup(db, actor, groupId);
  const members = await repository.listMemberships(db, group.id, true);
  const stability = await stabilityOf(
    db,
    members.map((m) => m.youthId),
    ctx.clock.now(),
  );
  return {
    items: members.map((member) => ({
      youthId: member.youthId,
      displayName: member.displayName,
      ...stability.get(member.youthId),
    })),
  };
}

export async function youthStability(ctx: Context, db: Executor, actor: CurrentUser, youthId: string) {
  const young = await repository.findYouthById(db, youthId);
  if (!young || relationTo(actor, young) !== "caseworker") throw notFound();
  const stability = await stabilityOf(db, [young.id], ctx.clock.now());
  return { youthId: young.id, ...stability.get(young.id) };
}

export async function attendanceSignals(ctx: Context, db: Executor, actor: CurrentUser, onlyMine: boolean) {
  if (!actor.municipalityId) throw forbidden();
  const candidates = await repository.listYouthWithAttendance(
    db,
    actor.municipalityId,
    onlyMine ? actor.id : undefined,
  );
  const stability = await stabilityOf(
    db,
    candidates.map((c) => c.youthId),
    ctx.clock.now(),
  );
  return {
    items: candidates
      .filter((candidate) => stability.get(candidate.youthId)?.signal)
      .map((candidate) => ({
        youthId: candidate.youthId,
        displayName: candidate.displayName,
        counsellorUserId: candidate.counsellorUserId,
        ...stability.get(candidate.youthId),
      })),
  };
}
