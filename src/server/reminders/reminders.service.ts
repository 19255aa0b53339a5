import type { Executor } from "../db/database.js";
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
