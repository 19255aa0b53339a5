import { type AuditEntry, type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import type { Executor } from "../db/database.js";
import { copenhagenDate, copenhagenLocalToUtc } from "../groups/meeting-schedule.js";
import { findSidesOfUser } from "../matching/participants.repository.js";
import { type NotificationRecipient, notify } from "../notifications/notifications.js";
import { conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { queueMeetingChangeReminders } from "../reminders/reminders.service.js";
import { ATTENDANCE_TARGET, isNetworkStaff } from "./company-network.policy.js";
import {
  type InvitationEntry,
  type MeetingCounts,
  type MeetingView,
  presentNetworkMeeting,
  presentNetworkMeetingDetail,
} from "./company-network.presenters.js";
import type { MeetingAnswer, MeetingRow } from "./company-network.repository.js";
import * as repository from "./company-network.repository.js";
import type { AttendanceBody, CreateMeetingBody, UpdateMeetingBody } from "./company-network.schemas.js";

export type NetworkContext = Pick<AppContext, "clock" | "mailer" | "publicUrl">;

/** How the caller takes part in the network: as its staff or as the contact of one company. */
export type NetworkViewer =
  | { kind: "staff"; userId: string; municipalityId: string }
  | { kind: "company"; userId: string; municipalityId: string; companyId: string };

export async function networkViewerOf(db: Executor, actor: CurrentUser): Promise<NetworkViewer> {
  if (!actor.municipalityId) throw forbidden();
  if (isNetworkStaff(actor)) return { kind: "staff", userId: actor.id, municipalityId: actor.municipalityId };
  if (actor.role !== "company_contact") throw forbidden();
  const { companyId } = await findSidesOfUser(db, actor.id);
  if (!companyId) throw forbidden("Not the contact of a company");
  return { kind: "company", userId: actor.id, municipalityId: actor.municipalityId, companyId };
}

async function staffOf(db: Executor, actor: CurrentUser) {
  const viewer = await networkViewerOf(db, actor);
  if (viewer.kind !== "staff") throw forbidden();
  return viewer;
}

async function audit(
  db: Executor,
  ctx: NetworkContext,
  origin: AuditOrigin,
  actor: CurrentUser,
  entry: Omit<AuditEntry, "actorUserId" | "subjectType">,
) {
  await recordAuditEvent(db, ctx.clock, origin, {
    ...entry,
    subjectType: "network_meeting",
    actorUserId: actor.id,
  });
}

/** The year's bounds in Copenhagen time: a meeting at 00:30 local on 1 January belongs to the new year. */
function yearRange(year: number) {
  return {
    from: copenhagenLocalToUtc(`${year}-01-01`, "00:00"),
    to: copenhagenLocalToUtc(`${year + 1}-01-01`, "00:00"),
  };
}

function copenhagenYear(now: Date): number {
  return Number(copenhagenDate(now).slice(0, 4));
}

/** A meeting within the caller's reach: staff of its municipality, or a contact of an invited company. */
async function meetingInReach(
  db: Executor,
  viewer: NetworkViewer,
  meetingId: string,
  options: { forUpdate?: boolean } = {},
) {
  const meeting = await repository.findMeeting(db, viewer.municipalityId, meetingId, options);
  if (!meeting) throw notFound("Meeting not found");
  if (viewer.kind === "company" && !(await repository.findInvitation(db, meeting.id, viewer.companyId)))
    throw notFound("Meeting not found");
  return meeting;
}

async function viewsOf(db: Executor, viewer: NetworkViewer, meetings: readonly MeetingRow[]) {
  const ids = meetings.map((meeting) => meeting.id);
  const ownCompany = viewer.kind === "company" ? viewer.companyId : undefined;
  // One after another: inside a transaction there is one connection.
  const invitations = await repository.listInvitations(db, ids, ownCompany);
  const responses = await repository.listResponses(db, ids, ownCompany);
  const views = new Map<string, MeetingView>();
  for (const id of ids) {
    const invited = invitations.filter((invitation) => invitation.meetingId === id);
    const answered = responses.filter((response) => response.meetingId === id);
    if (viewer.kind === "company") {
      views.set(id, {
        kind: "company",
        myAnswer: answered.find((response) => response.userId === viewer.userId)?.answer ?? null,
        companyAttended: invited[0]?.attended ?? null,
      });
      continue;
    }
    const counts: MeetingCounts = {
      invited: invited.length,
      yes: 0,
      no: 0,
      maybe: 0,
      attended: invited.filter((invitation) => invitation.attended === true).length,
    };
    for (const response of answered) counts[response.answer] += 1;
    views.set(id, { kind: "staff", counts });
  }
  return { views, invitations, responses };
}

function viewFrom(views: Map<string, MeetingView>, meeting: MeetingRow, viewer: NetworkViewer): MeetingView {
  const view = views.get(meeting.id);
  if (view) return view;
  return viewer.kind === "staff"
    ? { kind: "staff", counts: { invited: 0, yes: 0, no: 0, maybe: 0, attended: 0 } }
    : { kind: "company", myAnswer: null, companyAttended: null };
}

async function presentList(ctx: NetworkContext, db: Executor, viewer: NetworkViewer, meetings: MeetingRow[]) {
  const { views } = await viewsOf(db, viewer, meetings);
  const now = ctx.clock.now();
  return meetings.map((meeting) => presentNetworkMeeting(meeting, viewFrom(views, meeting, viewer), now));
}

async function presentOne(ctx: NetworkContext, db: Executor, viewer: NetworkViewer, meeting: MeetingRow) {
  const { views } = await viewsOf(db, viewer, [meeting]);
  return presentNetworkMeeting(meeting, viewFrom(views, meeting, viewer), ctx.clock.now());
}

async function presentDetail(ctx: NetworkContext, db: Executor, viewer: NetworkViewer, meetingId: string) {
  const meeting = await meetingInReach(db, viewer, meetingId);
  const { views, invitations, responses } = await viewsOf(db, viewer, [meeting]);
  const entries: InvitationEntry[] = invitations.map((invitation) => ({
    company: { id: invitation.companyId, name: invitation.companyName },
    answers: responses
      .filter((response) => response.companyId === invitation.companyId)
      .map((response) => ({ name: response.name, answer: response.answer })),
    attended: invitation.attended,
  }));
  return presentNetworkMeetingDetail(meeting, viewFrom(views, meeting, viewer), entries, ctx.clock.now());
}

/** The host must be a company of the meeting's own municipality. */
async function checkHost(db: Executor, municipalityId: string, hostCompanyId: string | null) {
  if (hostCompanyId === null) return;
  const [host] = await repository.listCompanies(db, municipalityId, [hostCompanyId]);
  if (!host)
    throw fieldProblem(
      "validation",
      "Invalid request",
      "hostCompanyId",
      "Not a company of this municipality",
    );
}

/** The invited companies, each once; every one must belong to the municipality. */
async function checkInvited(db: Executor, municipalityId: string, companyIds: readonly string[]) {
  const unique = [...new Set(companyIds)];
  const found = await repository.listCompanies(db, municipalityId, unique);
  if (found.length !== unique.length)
    throw fieldProblem(
      "validation",
      "Invalid request",
      "invitedCompanyIds",
      "Every company must be a company of this municipality",
    );
  return unique;
}

const danishTime = new Intl.DateTimeFormat("da-DK", {
  timeZone: "Europe/Copenhagen",
  dateStyle: "full",
  timeStyle: "short",
});
const englishTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Copenhagen",
  dateStyle: "full",
  timeStyle: "short",
});

/** Where the meeting is, for mails and reminders: the place, else the host company. */
function whereOf(meeting: MeetingRow): string | null {
  return meeting.place ?? meeting.hostName;
}

export function meetingLink(ctx: NetworkContext, meetingId: string): string {
  return `${ctx.publicUrl}/network-meetings/${meetingId}`;
}

/** Invites the contacts of newly invited companies by email (kind "reminder"), in Danish and English. */
async function sendInvitations(
  ctx: NetworkContext,
  db: Executor,
  meeting: MeetingRow,
  companyIds: readonly string[],
) {
  // A meeting entered after the fact (to record attendance) is no invitation to anything.
  if (meeting.startsAt.getTime() <= ctx.clock.now().getTime()) return;
  const recipients = await repository.findContactRecipients(db, companyIds);
  if (recipients.length === 0) return;
  const link = meetingLink(ctx, meeting.id);
  const host = meeting.hostName;
  const placeDa = [meeting.place, host ? `(vært: ${host})` : null].filter(Boolean).join(" ");
  const placeEn = [meeting.place, host ? `(host: ${host})` : null].filter(Boolean).join(" ");
  await notify(ctx, db, "reminder", recipients, (recipient: NotificationRecipient) => ({
    subject: `Invitation til netværksmøde / Invitation to a network meeting: ${meeting.title}`,
    text: `Hej ${recipient.displayName}\n\nI er inviteret til virksomhedsnetværkets møde "${meeting.title}".\nTid: ${danishTime.format(meeting.startsAt)}\nSted: ${placeDa}\nSvar gerne ja, nej eller måske her:\n${link}\n\nYou are invited to the company network's meeting "${meeting.title}".\nTime: ${englishTime.format(meeting.startsAt)}\nPlace: ${placeEn}\nPlease answer yes, no or maybe here:\n${link}\n`,
    links: [link],
  }));
}

async function contactUserIds(db: Executor, companyIds: readonly string[]) {
  return (await repository.findContactRecipients(db, companyIds)).map((recipient) => recipient.userId);
}

async function reloadMeeting(db: Executor, viewer: NetworkViewer, meetingId: string) {
  const meeting = await repository.findMeeting(db, viewer.municipalityId, meetingId);
  if (!meeting) throw new Error("network meeting vanished inside its transaction");
  return meeting;
}

export async function createMeeting(
  ctx: NetworkContext,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  body: CreateMeetingBody,
) {
  const viewer = await staffOf(db, actor);
  await checkHost(db, viewer.municipalityId, body.hostCompanyId);
  const invited = body.invitedCompanyIds
    ? await checkInvited(db, viewer.municipalityId, body.invitedCompanyIds)
    : (await repository.listCompanies(db, viewer.municipalityId)).map((company) => company.id);
  const { id } = await repository.insertMeeting(db, {
    municipalityId: viewer.municipalityId,
    title: body.title,
    startsAt: new Date(body.startsAt),
    durationMinutes: body.durationMinutes,
    place: body.place,
    hostCompanyId: body.hostCompanyId,
    agenda: body.agenda,
    createdByUserId: actor.id,
  });
  await repository.insertInvitations(db, { id, municipalityId: viewer.municipalityId }, invited);
  const meeting = await reloadMeeting(db, viewer, id);
  await sendInvitations(ctx, db, meeting, invited);
  await audit(db, ctx, origin, actor, {
    action: "network_meeting.created",
    municipalityId: viewer.municipalityId,
    subjectId: id,
  });
  return presentOne(ctx, db, viewer, meeting);
}

export async function listMeetings(
  ctx: NetworkContext,
  db: Executor,
  actor: CurrentUser,
  query: { year?: number | undefined },
) {
  const viewer = await networkViewerOf(db, actor);
  const year = query.year ?? copenhagenYear(ctx.clock.now());
  const range = yearRange(year);
  const companyId = viewer.kind === "company" ? viewer.companyId : undefined;
  const meetings = await repository.listMeetings(db, viewer.municipalityId, range, companyId);
  const items = await presentList(ctx, db, viewer, meetings);
  const attendance = companyId
    ? { attended: await repository.countAttended(db, companyId, range), target: { ...ATTENDANCE_TARGET } }
    : null;
  return { year, items, attendance };
}

export async function getMeeting(ctx: NetworkContext, db: Executor, actor: CurrentUser, meetingId: string) {
  return presentDetail(ctx, db, await networkViewerOf(db, actor), meetingId);
}

function changed<T>(next: T | undefined, current: T): next is T {
  return next !== undefined && next !== current;
}

export async function updateMeeting(
  ctx: NetworkContext,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  body: UpdateMeetingBody,
) {
  const viewer = await staffOf(db, actor);
  const meeting = await meetingInReach(db, viewer, meetingId, { forUpdate: true });
  if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
  const startsAt = body.startsAt === undefined ? meeting.startsAt : new Date(body.startsAt);
  const place = body.place === undefined ? meeting.place : body.place;
  const hostCompanyId = body.hostCompanyId === undefined ? meeting.hostCompanyId : body.hostCompanyId;
  if (place === null && hostCompanyId === null)
    throw fieldProblem("validation", "Invalid request", "place", "A place or a host company is needed");
  if (hostCompanyId !== meeting.hostCompanyId) await checkHost(db, viewer.municipalityId, hostCompanyId);
  const invited = body.invitedCompanyIds
    ? await checkInvited(db, viewer.municipalityId, body.invitedCompanyIds)
    : undefined;

  const moved =
    startsAt.getTime() !== meeting.startsAt.getTime() ||
    changed(body.durationMinutes, meeting.durationMinutes) ||
    place !== meeting.place ||
    hostCompanyId !== meeting.hostCompanyId;
  const calendarChanged = moved || changed(body.title, meeting.title) || changed(body.agenda, meeting.agenda);
  if (calendarChanged) {
    await repository.updateMeeting(
      db,
      meeting.id,
      {
        title: body.title,
        startsAt,
        durationMinutes: body.durationMinutes,
        place,
        hostCompanyId,
        agenda: body.agenda,
      },
      { raiseSequence: true },
    );
  }

  const before = await repository.listInvitedCompanyIds(db, meeting.id);
  let kept = before;
  let added: string[] = [];
  if (invited) {
    await repository.removeInvitationsExcept(db, meeting.id, invited);
    await repository.insertInvitations(db, meeting, invited);
    kept = before.filter((companyId) => invited.includes(companyId));
    added = invited.filter((companyId) => !before.includes(companyId));
  }

  const updated = await reloadMeeting(db, viewer, meeting.id);
  const now = ctx.clock.now();
  // A correction to a meeting long over is no news to anyone; only a meeting still ahead is worth a mail.
  const stillAhead = Math.max(meeting.startsAt.getTime(), updated.startsAt.getTime()) > now.getTime();
  if (moved && stillAhead) {
    // Newly invited companies hear of the meeting by their invitation, already at the new time.
    await queueMeetingChangeReminders(db, {
      municipalityId: updated.municipalityId,
      subjectType: "network_meeting",
      subjectId: updated.id,
      kind: "meeting_moved",
      sequence: updated.sequence,
      userIds: await contactUserIds(db, kept),
      details: {
        title: updated.title,
        startsAt: updated.startsAt.toISOString(),
        place: whereOf(updated),
        reason: null,
      },
      now,
    });
  }
  await sendInvitations(ctx, db, updated, added);
  await audit(db, ctx, origin, actor, {
    action: "network_meeting.updated",
    municipalityId: updated.municipalityId,
    subjectId: updated.id,
  });
  return presentDetail(ctx, db, viewer, updated.id);
}

export async function cancelMeeting(
  ctx: NetworkContext,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  reason: string,
) {
  const viewer = await staffOf(db, actor);
  const meeting = await meetingInReach(db, viewer, meetingId, { forUpdate: true });
  if (meeting.status === "cancelled") throw conflict("The meeting is already cancelled");
  await repository.updateMeeting(
    db,
    meeting.id,
    { status: "cancelled", cancelReason: reason },
    { raiseSequence: true },
  );
  const updated = await reloadMeeting(db, viewer, meeting.id);
  const now = ctx.clock.now();
  if (updated.startsAt.getTime() > now.getTime()) {
    await queueMeetingChangeReminders(db, {
      municipalityId: updated.municipalityId,
      subjectType: "network_meeting",
      subjectId: updated.id,
      kind: "meeting_cancelled",
      sequence: updated.sequence,
      userIds: await contactUserIds(db, await repository.listInvitedCompanyIds(db, updated.id)),
      details: {
        title: updated.title,
        startsAt: updated.startsAt.toISOString(),
        place: whereOf(updated),
        reason,
      },
      now,
    });
  }
  await audit(db, ctx, origin, actor, {
    action: "network_meeting.cancelled",
    municipalityId: updated.municipalityId,
    subjectId: updated.id,
  });
  return presentDetail(ctx, db, viewer, updated.id);
}

export async function answerMeeting(
  ctx: NetworkContext,
  db: Executor,
  actor: CurrentUser,
  meetingId: string,
  answer: MeetingAnswer,
) {
  const viewer = await networkViewerOf(db, actor);
  if (viewer.kind !== "company") throw forbidden();
  const meeting = await meetingInReach(db, viewer, meetingId, { forUpdate: true });
  if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
  const now = ctx.clock.now();
  if (meeting.startsAt.getTime() <= now.getTime()) throw conflict("The meeting has started");
  await repository.upsertResponse(db, {
    meetingId: meeting.id,
    userId: actor.id,
    companyId: viewer.companyId,
    municipalityId: meeting.municipalityId,
    answer,
    answeredAt: now,
  });
  return presentOne(ctx, db, viewer, meeting);
}

export async function recordAttendance(
  ctx: NetworkContext,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  body: AttendanceBody,
) {
  const viewer = await staffOf(db, actor);
  const meeting = await meetingInReach(db, viewer, meetingId, { forUpdate: true });
  if (meeting.status === "cancelled") throw conflict("The meeting is cancelled");
  const now = ctx.clock.now();
  if (meeting.startsAt.getTime() > now.getTime()) throw conflict("The meeting has not started");
  const invited = new Set(await repository.listInvitedCompanyIds(db, meeting.id));
  const strangers = body.entries.filter((entry) => !invited.has(entry.companyId));
  if (strangers.length > 0)
    throw fieldProblem(
      "validation",
      "Invalid request",
      "entries",
      "Only invited companies can have attended",
    );
  // The last entry for a company wins, as if the list had been read top to bottom.
  const latest = new Map(body.entries.map((entry) => [entry.companyId, entry.attended]));
  const came = [...latest].filter(([, attended]) => attended).map(([companyId]) => companyId);
  const stayedAway = [...latest].filter(([, attended]) => !attended).map(([companyId]) => companyId);
  await repository.recordAttendance(db, meeting.id, came, true, actor.id, now);
  await repository.recordAttendance(db, meeting.id, stayedAway, false, actor.id, now);
  await audit(db, ctx, origin, actor, {
    action: "network_meeting.attendance_recorded",
    municipalityId: meeting.municipalityId,
    subjectId: meeting.id,
  });
  return presentDetail(ctx, db, viewer, meeting.id);
}

export async function saveMinutes(
  ctx: NetworkContext,
  db: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  minutes: string | null,
) {
  const viewer = await staffOf(db, actor);
  const meeting = await meetingInReach(db, viewer, meetingId, { forUpdate: true });
  // Minutes are not in the calendar event, so the sequence stays.
  await repository.updateMeeting(db, meeting.id, { minutes }, { raiseSequence: false });
  await audit(db, ctx, origin, actor, {
    action: "network_meeting.minutes_saved",
    municipalityId: meeting.municipalityId,
    subjectId: meeting.id,
  });
  return presentDetail(ctx, db, viewer, meeting.id);
}

export async function attendanceSummary(
  ctx: NetworkContext,
  db: Executor,
  actor: CurrentUser,
  query: { year?: number | undefined },
) {
  const viewer = await staffOf(db, actor);
  const year = query.year ?? copenhagenYear(ctx.clock.now());
  const rows = await repository.attendanceByCompany(db, viewer.municipalityId, yearRange(year));
  return {
    year,
    target: { ...ATTENDANCE_TARGET },
    items: rows.map((row) => ({
      company: { id: row.id, name: row.name },
      invited: row.invited,
      attended: row.attended,
    })),
  };
}

/** The municipality's companies to refer a young person to; a contact's own company is left out. */
export async function listNetworkCompanies(db: Executor, actor: CurrentUser) {
  const viewer = await networkViewerOf(db, actor);
  const companies = await repository.listCompanies(db, viewer.municipalityId);
  return {
    items: companies
      .filter((company) => viewer.kind !== "company" || company.id !== viewer.companyId)
      .map((company) => ({ id: company.id, name: company.name, industry: company.industry })),
  };
}
