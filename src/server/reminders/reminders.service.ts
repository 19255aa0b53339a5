import type { Executor } from "../db/database.js";
import { copenhagenDate } from "../groups/meeting-schedule.js";
import { notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { presentReminder } from "./reminders.presenters.js";
import * as repository from "./reminders.repository.js";
import { insertReminders } from "./reminders.repository.js";

export interface ReminderDetails extends Record<string, string | null> {
  title: string;
  /** ISO time the meeting starts (after a move: the new time). */
  startsAt: string;
  place: string | null;
  /** Why it was cancelled; null otherwise. */
  reason: string | null;
}

export interface MeetingChange {
  municipalityId: string;
  subjectType: "group_meeting" | "network_meeting";
  subjectId: string;
  kind: "meeting_moved" | "meeting_cancelled";
  /** The meeting's sequence after the change: one reminder per user per change. */
  sequence: number;
  userIds: readonly string[];
  details: ReminderDetails;
  now: Date;
}

/**
 * Queues "moved" or "cancelled" reminders, due at once, inside the caller's transaction: the change
 * and the promise to tell people about it commit together, and the reminder job sends them.
 */
export async function queueMeetingChangeReminders(db: Executor, change: MeetingChange): Promise<void> {
  await insertReminders(
    db,
    [...new Set(change.userIds)].map((userId) => ({
      municipalityId: change.municipalityId,
      userId,
      kind: change.kind,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      details: change.details,
      dedupeKey: `${change.kind}:${change.subjectType}:${change.subjectId}:${change.sequence}:${userId}`,
      dueAt: change.now,
      createdAt: change.now,
    })),
  );
}

/**
 * The users told about a group meeting: members on its local date and the facilitators, except
 * `exceptUserId` (the person who made the change knows already).
 */
export async function groupMeetingAudience(
  db: Executor,
  meeting: { groupId: string; startsAt: Date },
  exceptUserId?: string,
): Promise<string[]> {
  const userIds = await repository.listGroupAudience(db, meeting.groupId, copenhagenDate(meeting.startsAt));
  return userIds.filter((userId) => userId !== exceptUserId);
}

const HOME_WINDOW_MS = 7 * 86_400_000;
const HOME_LIMIT = 20;

/** The caller's reminders for the home page (see listCurrentReminders), newest first. */
export async function listMyReminders(ctx: { clock: { now(): Date } }, db: Executor, actor: CurrentUser) {
  const now = ctx.clock.now();
  const rows = await repository.listCurrentReminders(
    db,
    actor,
    now,
    new Date(now.getTime() - HOME_WINDOW_MS),
    HOME_LIMIT,
  );
  return { items: rows.map(presentReminder) };
}

/** Only the owner puts a reminder away; anyone else's id is "not found". Doing it twice is fine. */
export async function dismissMyReminder(
  ctx: { clock: { now(): Date } },
  db: Executor,
  actor: CurrentUser,
  reminderId: string,
): Promise<void> {
  if (!(await repository.dismissReminder(db, actor.id, reminderId, ctx.clock.now()))) throw notFound();
}

/**
 * A group meeting was moved or cancelled: its members on the date and its facilitators hear of it,
 * except the person who changed it. `meeting` is the row after the change.
 */
export async function queueGroupMeetingChangeReminders(
  db: Executor,
  change: {
    meeting: {
      id: string;
      municipalityId: string;
      groupId: string;
      startsAt: Date;
      place: string | null;
      videoLink: string | null;
      cancelReason: string | null;
      sequence: number;
    };
    groupName: string;
    kind: MeetingChange["kind"];
    actorUserId: string;
    now: Date;
  },
): Promise<void> {
  const { meeting } = change;
  await queueMeetingChangeReminders(db, {
    municipalityId: meeting.municipalityId,
    subjectType: "group_meeting",
    subjectId: meeting.id,
    kind: change.kind,
    sequence: meeting.sequence,
    userIds: await groupMeetingAudience(db, meeting, change.actorUserId),
    details: {
      title: change.groupName,
      startsAt: meeting.startsAt.toISOString(),
      place: meeting.place ?? meeting.videoLink,
      reason: change.kind === "meeting_cancelled" ? meeting.cancelReason : null,
    },
    now: change.now,
  });
}
