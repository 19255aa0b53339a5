import { type AuditAction, type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Config } from "../config.js";
import type { Executor } from "../db/database.js";
import type { MailAttachment } from "../db/schema.js";
import { type NotificationMail, type NotificationRecipient, notify } from "../notifications/notifications.js";
import { conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import * as conversationsRepository from "./conversations.repository.js";
import { type MatchingContext, matchLink } from "./conversations.service.js";
import { buildMeetingCalendar, meetingCalendarFilename } from "./meeting-calendar.js";
import { calendarPath, hasCalendar, presentMeeting } from "./meetings.presenters.js";
import * as repository from "./meetings.repository.js";
import type { AcceptMeetingInput, MeetingFeedbackInput, ProposeMeetingInput } from "./meetings.schemas.js";
import { findMatchInReach, type MatchRow, type MatchSide, otherSide, recipientsOn } from "./participants.js";

export interface MeetingsContext extends MatchingContext {
  config: Pick<Config, "mailFrom">;
}

type Participant = { match: MatchRow; side: MatchSide };

/** The match with the caller's side; 404 out of reach, 403 for staff (they see meetings, not act on them). */
async function participantIn(
  db: Executor,
  user: CurrentUser,
  matchId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Participant> {
  const found = await findMatchInReach(db, user, matchId, options);
  if (!found) throw notFound("Match not found");
  if (found.viewer.kind === "staff") throw forbidden("Only the young person and the company take part");
  return { match: found.match, side: found.viewer.side };
}

/**
 * A meeting with its match, the caller taking part. With `lock`, the match row is locked first and
 * the meeting read after it: every change to a match's meetings takes that lock, so they run one
 * at a time and a lock order (match, then nothing else) cannot deadlock.
 */
async function meetingOf(
  db: Executor,
  user: CurrentUser,
  meetingId: string,
  options: { lock?: boolean } = {},
): Promise<Participant & { meeting: repository.MeetingRow }> {
  const scope = tenantScopeOf(user);
  const found = await repository.findMeetingById(db, scope, meetingId);
  if (!found) throw notFound("Meeting not found");
  const { match, side } = await participantIn(db, user, found.matchId, { forUpdate: options.lock ?? false });
  const meeting = options.lock ? await repository.findMeetingById(db, scope, meetingId) : found;
  if (!meeting) throw notFound("Meeting not found");
  return { match, side, meeting };
}

async function present(db: Executor, row: repository.MeetingRow, side: MatchSide) {
  const feedback = await repository.findFeedback(db, [row.id]);
  return presentMeeting(row, feedback, { kind: "participant", side });
}

export async function listMeetings(db: Executor, user: CurrentUser, matchId: string) {
  const found = await findMatchInReach(db, user, matchId);
  if (!found) throw notFound("Match not found");
  const rows = await repository.listMeetingsOfMatch(db, found.match.id);
  const feedback = await repository.findFeedback(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => presentMeeting(row, feedback, found.viewer)) };
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

async function audit(
  ctx: MatchingContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  action: AuditAction,
  meeting: repository.MeetingRow,
) {
  await recordAuditEvent(tx, ctx.clock, origin, {
    action,
    actorUserId: actor.id,
    municipalityId: meeting.municipalityId,
    subjectType: "meeting",
    subjectId: meeting.id,
  });
}

/** Tells the users of the given sides about a meeting change, by email (kind "meeting"). */
async function tell(
  ctx: MatchingContext,
  tx: Executor,
  match: MatchRow,
  sides: readonly MatchSide[],
  mail: (recipient: NotificationRecipient) => NotificationMail,
) {
  // One transaction is one connection: its queries run one after another.
  const recipients: Awaited<ReturnType<typeof recipientsOn>> = [];
  for (const side of sides) recipients.push(...(await recipientsOn(tx, match, side)));
  await notify(ctx, tx, "meeting", recipients, mail);
}

function calendarAttachment(
  ctx: MeetingsContext,
  meeting: repository.MeetingRow,
  subject: conversationsRepository.MatchSubject,
  method: "request" | "cancel",
): MailAttachment {
  return {
    filename: meetingCalendarFilename(meeting.id),
    contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}`,
    content: calendarText(ctx, meeting, subject, method),
  };
}

function calendarText(
  ctx: MeetingsContext,
  meeting: repository.MeetingRow,
  subject: conversationsRepository.MatchSubject,
  method: "request" | "cancel",
): string {
  if (!meeting.acceptedTime) throw new Error("a calendar needs the agreed time");
  return buildMeetingCalendar({
    meetingId: meeting.id,
    method,
    sequence: meeting.sequence,
    start: meeting.acceptedTime,
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    openingTitle: subject.openingTitle,
    companyName: subject.companyName,
    stamp: ctx.clock.now(),
    organizer: ctx.config.mailFrom,
    url: matchLink(ctx, meeting.matchId),
  });
}

export async function proposeMeeting(
  ctx: MeetingsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  matchId: string,
  input: ProposeMeetingInput,
) {
  const { match, side } = await participantIn(tx, actor, matchId, { forUpdate: true });
  if (match.status === "ended") throw conflict("The match has ended");
  const now = ctx.clock.now();
  const times = input.times.map((time) => new Date(time)).sort((a, b) => a.getTime() - b.getTime());
  if (times.some((time) => time <= now)) {
    throw fieldProblem("validation", "Invalid request", "times", "Every time must be in the future");
  }
  if (await repository.findMeetingInProgress(tx, match.id, now)) {
    throw conflict("Another meeting of this match is already proposed or agreed and not yet over");
  }
  const meeting = await repository.insertMeeting(tx, {
    municipalityId: match.municipalityId,
    matchId: match.id,
    proposedByUserId: actor.id,
    proposedBySide: side,
    place: input.place,
    proposedTimes: times,
    durationMinutes: input.durationMinutes,
    now,
  });
  await conversationsRepository.touchMatch(tx, match.id, now);
  await audit(ctx, tx, origin, actor, "meeting.proposed", meeting);
  const subject = await conversationsRepository.findMatchSubject(tx, match);
  const link = matchLink(ctx, match.id);
  const danishTimes = times.map((time) => `- ${danishTime.format(time)}`).join("\n");
  const englishTimes = times.map((time) => `- ${englishTime.format(time)}`).join("\n");
  await tell(ctx, tx, match, [otherSide(side)], (recipient) => ({
    subject: "Forslag til et første møde / A first meeting is proposed",
    text: `Hej ${recipient.displayName}\n\nDer er foreslået et første møde om "${subject.openingTitle}" (${subject.companyName}) på ${meeting.place}. Vælg et af tidspunkterne:\n${danishTimes}\n${link}\n\nA first meeting about "${subject.openingTitle}" (${subject.companyName}) has been proposed at ${meeting.place}. Pick one of the times:\n${englishTimes}\n${link}\n`,
    links: [link],
  }));
  return present(tx, meeting, side);
}

/** Only the side that did not propose answers a proposal, and only while it is open. */
async function openProposalFor(tx: Executor, actor: CurrentUser, meetingId: string) {
  const found = await meetingOf(tx, actor, meetingId, { lock: true });
  if (found.meeting.proposedBySide === found.side) {
    throw forbidden("The side that proposed the meeting cannot answer it; the other side does");
  }
  if (found.meeting.status !== "proposed") {
    throw conflict(`The meeting is ${found.meeting.status} and can no longer be answered`);
  }
  return found;
}

export async function acceptMeeting(
  ctx: MeetingsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  input: AcceptMeetingInput,
) {
  const { match, side, meeting } = await openProposalFor(tx, actor, meetingId);
  if (match.status === "ended") throw conflict("The match has ended");
  const chosen = new Date(input.time);
  const proposed = meeting.proposedTimes.find((time) => time.getTime() === chosen.getTime());
  if (!proposed) throw fieldProblem("validation", "Invalid request", "time", "Not one of the proposed times");
  const now = ctx.clock.now();
  if (proposed <= now) throw conflict("That time has passed; propose a new meeting");
  const accepted = await repository.changeMeeting(
    tx,
    meeting.id,
    { status: "accepted", acceptedTime: proposed, respondedByUserId: actor.id },
    now,
  );
  await conversationsRepository.touchMatch(tx, match.id, now);
  await audit(ctx, tx, origin, actor, "meeting.accepted", accepted);
  const subject = await conversationsRepository.findMatchSubject(tx, match);
  const link = matchLink(ctx, match.id);
  const download = `${ctx.publicUrl}${calendarPath(accepted.id)}`;
  const attachment = calendarAttachment(ctx, accepted, subject, "request");
  await tell(ctx, tx, match, ["youth", "company"], (recipient) => ({
    subject: "Jeres første møde er aftalt / Your first meeting is agreed",
    text: `Hej ${recipient.displayName}\n\nJeres første møde om "${subject.openingTitle}" (${subject.companyName}) er aftalt: ${danishTime.format(proposed)}, ${accepted.place}. Invitationen til din kalender er vedhæftet og kan også hentes her:\n${download}\n${link}\n\nYour first meeting about "${subject.openingTitle}" (${subject.companyName}) is agreed: ${englishTime.format(proposed)}, ${accepted.place}. The calendar invitation is attached and can also be downloaded here:\n${download}\n${link}\n`,
    links: [download, link],
    attachments: [attachment],
  }));
  return present(tx, accepted, side);
}

export async function declineMeeting(
  ctx: MeetingsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
) {
  const { match, side, meeting } = await openProposalFor(tx, actor, meetingId);
  const now = ctx.clock.now();
  const declined = await repository.changeMeeting(
    tx,
    meeting.id,
    { status: "declined", respondedByUserId: actor.id },
    now,
  );
  await conversationsRepository.touchMatch(tx, match.id, now);
  await audit(ctx, tx, origin, actor, "meeting.declined", declined);
  const subject = await conversationsRepository.findMatchSubject(tx, match);
  const link = matchLink(ctx, match.id);
  await tell(ctx, tx, match, [otherSide(side)], (recipient) => ({
    subject: "Mødeforslaget passede ikke / The proposed meeting did not suit",
    text: `Hej ${recipient.displayName}\n\nIngen af de foreslåede tider til mødet om "${subject.openingTitle}" (${subject.companyName}) passede. Skriv gerne sammen og foreslå nye tider:\n${link}\n\nNone of the proposed times for the meeting about "${subject.openingTitle}" (${subject.companyName}) suited. Feel free to write to each other and propose new times:\n${link}\n`,
    links: [link],
  }));
  return present(tx, declined, side);
}

export async function cancelMeeting(
  ctx: MeetingsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
) {
  const { match, side, meeting } = await meetingOf(tx, actor, meetingId, { lock: true });
  if (meeting.status !== "proposed" && meeting.status !== "accepted") {
    throw conflict(`The meeting is ${meeting.status} and cannot be cancelled`);
  }
  const now = ctx.clock.now();
  if (meeting.acceptedTime && meeting.acceptedTime <= now) {
    throw conflict("The meeting has already begun or taken place");
  }
  const cancelled = await repository.changeMeeting(tx, meeting.id, { status: "cancelled" }, now);
  await conversationsRepository.touchMatch(tx, match.id, now);
  await audit(ctx, tx, origin, actor, "meeting.cancelled", cancelled);
  const subject = await conversationsRepository.findMatchSubject(tx, match);
  const link = matchLink(ctx, match.id);
  // Once agreed, both sides hold the invitation in their calendars: both get the cancellation.
  const agreed = hasCalendar(cancelled);
  const attachments = agreed ? [calendarAttachment(ctx, cancelled, subject, "cancel")] : [];
  await tell(ctx, tx, match, agreed ? ["youth", "company"] : [otherSide(side)], (recipient) => ({
    subject: "Mødet er aflyst / The meeting has been cancelled",
    text: `Hej ${recipient.displayName}\n\nMødet om "${subject.openingTitle}" (${subject.companyName}) er aflyst. I kan aftale et nyt her:\n${link}\n\nThe meeting about "${subject.openingTitle}" (${subject.companyName}) has been cancelled. You can agree a new one here:\n${link}\n`,
    links: [link],
    attachments,
  }));
  return present(tx, cancelled, side);
}

/** The .ics of an agreed meeting (REQUEST), or of one cancelled after it was agreed (CANCEL). */
export async function meetingCalendar(
  ctx: MeetingsContext,
  db: Executor,
  user: CurrentUser,
  meetingId: string,
) {
  const { match, meeting } = await meetingOf(db, user, meetingId);
  if (!hasCalendar(meeting)) throw conflict("There is a calendar only once a time has been agreed");
  const subject = await conversationsRepository.findMatchSubject(db, match);
  return {
    filename: meetingCalendarFilename(meeting.id),
    text: calendarText(ctx, meeting, subject, meeting.status === "cancelled" ? "cancel" : "request"),
  };
}

export async function giveFeedback(
  ctx: MeetingsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  meetingId: string,
  input: MeetingFeedbackInput,
) {
  const { match, side, meeting } = await meetingOf(tx, actor, meetingId, { lock: true });
  const now = ctx.clock.now();
  if (meeting.status !== "accepted" || !meeting.acceptedTime || meeting.acceptedTime > now) {
    throw conflict("Feedback can be given once the agreed meeting time has passed");
  }
  const saved = await repository.insertFeedback(tx, {
    meetingId: meeting.id,
    side,
    municipalityId: meeting.municipalityId,
    userId: actor.id,
    chemistry: input.chemistry,
    comment: input.comment ? input.comment : null,
    createdAt: now,
  });
  if (!saved) throw conflict("Your side has already answered");
  await conversationsRepository.touchMatch(tx, match.id, now);
  await audit(ctx, tx, origin, actor, "meeting.feedback_given", meeting);
  return present(tx, meeting, side);
}
