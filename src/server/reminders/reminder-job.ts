import type { AppContext } from "../context.js";
import type { Executor } from "../db/database.js";
import { copenhagenDate, copenhagenLocalToUtc } from "../groups/meeting-schedule.js";
import { addDays } from "../internships/internship-calendar.js";
import { type NotificationRecipient, notify } from "../notifications/notifications.js";
import { readReminderDetails } from "./reminders.presenters.js";
import type { NewReminder, ReminderRow } from "./reminders.repository.js";
import * as repository from "./reminders.repository.js";
import type { ReminderDetails } from "./reminders.service.js";

/**
 * The reminder job: makes "tomorrow" reminders for the next Copenhagen day's meetings and sends the
 * due ones. It runs every minute on every server instance; the dedupe key makes creating
 * idempotent and the claim (FOR UPDATE SKIP LOCKED, sent_at in the same transaction) makes sending
 * happen once however many instances run or restart.
 */

export type ReminderJobDeps = Pick<AppContext, "db" | "mailer" | "publicUrl"> & {
  /** Told of each failed mail; the reminder keeps the error too. */
  logger?: { warn(details: object, message: string): void };
};

export interface ReminderJobResult {
  created: number;
  sent: number;
  /** Marked sent without a mail: out of date, or the user does not want reminder mails. */
  skipped: number;
  failed: number;
}

/** After this many failed attempts a reminder is left with its last error, unsent. */
export const MAX_REMINDER_ATTEMPTS = 5;
/** Per run, so one run cannot go on for ever; the rest wait for the next minute. */
const MAX_PER_RUN = 500;
/** The "tomorrow" mail goes out at this local time the day before. */
const TOMORROW_SEND_TIME = "09:00";

export async function runReminderJob(deps: ReminderJobDeps, now: Date): Promise<ReminderJobResult> {
  const created = await createTomorrowReminders(deps.db, now);
  return { created, ...(await sendDueReminders(deps, now)) };
}

function tomorrowKey(subjectType: string, subjectId: string, startsAt: Date, userId: string) {
  // The start time is part of the key: a meeting moved to another time gets a fresh reminder.
  return `meeting_tomorrow:${subjectType}:${subjectId}:${startsAt.toISOString()}:${userId}`;
}

/** "Tomorrow" reminders for the planned meetings of the next local day; returns how many it tried. */
export async function createTomorrowReminders(db: Executor, now: Date): Promise<number> {
  const today = copenhagenDate(now);
  const tomorrow = addDays(today, 1);
  const from = copenhagenLocalToUtc(tomorrow, "00:00");
  const to = copenhagenLocalToUtc(addDays(tomorrow, 1), "00:00");
  const sendFrom = copenhagenLocalToUtc(today, TOMORROW_SEND_TIME);
  const dueAt = sendFrom.getTime() > now.getTime() ? sendFrom : now;
  const rows: NewReminder[] = [];
  const reminder = (
    meeting: { id: string; municipalityId: string; startsAt: Date },
    subjectType: "group_meeting" | "network_meeting",
    details: ReminderDetails,
    userId: string,
  ): NewReminder => ({
    municipalityId: meeting.municipalityId,
    userId,
    kind: "meeting_tomorrow",
    subjectType,
    subjectId: meeting.id,
    details,
    dedupeKey: tomorrowKey(subjectType, meeting.id, meeting.startsAt, userId),
    dueAt,
    createdAt: now,
  });

  for (const meeting of await repository.listPlannedGroupMeetings(db, from, to)) {
    const details = {
      title: meeting.groupName,
      startsAt: meeting.startsAt.toISOString(),
      place: meeting.place ?? meeting.videoLink,
      reason: null,
    };
    for (const userId of await repository.listGroupAudience(db, meeting.groupId, tomorrow))
      rows.push(reminder(meeting, "group_meeting", details, userId));
  }
  for (const meeting of await repository.listPlannedNetworkMeetings(db, from, to)) {
    const details = {
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      place: meeting.place ?? meeting.hostName,
      reason: null,
    };
    for (const userId of await repository.listNetworkMeetingAudience(db, meeting.id))
      rows.push(reminder(meeting, "network_meeting", details, userId));
  }
  await repository.insertReminders(db, rows);
  return rows.length;
}

type Outcome = "sent" | "skipped" | "failed";

/**
 * Sends due reminders one per transaction: claim, re-check, mail, mark sent, commit. A mail that
 * fails rolls back only its own savepoint; the attempt is counted and retried later, and the others
 * go on. One transaction per reminder (not per batch) means a mail handed to SMTP is marked sent
 * right after, so a crash can repeat at most the one mail in flight.
 */
export async function sendDueReminders(
  deps: ReminderJobDeps,
  now: Date,
): Promise<Omit<ReminderJobResult, "created">> {
  const result = { sent: 0, skipped: 0, failed: 0 };
  for (let handled = 0; handled < MAX_PER_RUN; handled++) {
    const outcome = await deps.db.transaction(async (tx): Promise<Outcome | null> => {
      const row = await repository.claimDueReminder(tx, now, MAX_REMINDER_ATTEMPTS);
      if (!row) return null;
      try {
        return await tx.transaction(async (savepoint) => {
          const mailed = await deliver(deps, savepoint, row, now);
          await repository.markReminderSent(savepoint, row.id, now);
          return mailed ? "sent" : "skipped";
        });
      } catch (error) {
        const attempt = row.attempts + 1;
        deps.logger?.warn({ err: error, reminderId: row.id, attempt }, "reminder mail failed");
        await repository.recordReminderFailure(tx, row.id, errorText(error), retryTime(now, attempt));
        return "failed";
      }
    });
    if (outcome === null) break;
    result[outcome] += 1;
  }
  return result;
}

/** Waits longer after each failure: 1, 4, 9, 16 minutes. */
function retryTime(now: Date, attempt: number): Date {
  return new Date(now.getTime() + attempt * attempt * 60_000);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/**
 * Mails the reminder if it still tells the truth; returns whether a mail went out. A "tomorrow" or
 * "moved" reminder about a meeting since cancelled or moved again is out of date (the change
 * brings its own reminder), and nothing is sent about a meeting that has begun.
 */
async function deliver(deps: ReminderJobDeps, tx: Executor, row: ReminderRow, now: Date): Promise<boolean> {
  const details = readReminderDetails(row.details);
  if (details.startsAt.getTime() <= now.getTime()) return false;
  if (row.kind !== "meeting_cancelled") {
    const meeting = await repository.findMeetingState(tx, row.subjectType, row.subjectId);
    if (meeting?.status !== "planned" || meeting.startsAt.getTime() !== details.startsAt.getTime())
      return false;
  }
  const user = await repository.findRecipient(tx, row.userId);
  if (user?.status !== "active") return false;
  const link =
    row.subjectType === "network_meeting"
      ? `${deps.publicUrl}/network-meetings/${row.subjectId}`
      : `${deps.publicUrl}/group-meetings/${row.subjectId}`;
  const emailed = await notify(deps, tx, "reminder", [user], (recipient) =>
    reminderMail(row.kind, details, recipient, link),
  );
  return emailed.length > 0;
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

/** Danish first, then English, as every Nextwork mail. */
export function reminderMail(
  kind: ReminderRow["kind"],
  details: ReturnType<typeof readReminderDetails>,
  recipient: NotificationRecipient,
  link: string,
) {
  const { title, place, reason } = details;
  const da = danishTime.format(details.startsAt);
  const en = englishTime.format(details.startsAt);
  const daPlace = place ? `, ${place}` : "";
  const enPlace = place ? `, ${place}` : "";
  const body = (danish: string, english: string) =>
    `Hej ${recipient.displayName}\n\n${danish}\n${link}\n\n${english}\n${link}\n`;
  if (kind === "meeting_tomorrow") {
    return {
      subject: `Påmindelse: ${title} i morgen / Reminder: ${title} tomorrow`,
      text: body(
        `Husk "${title}" i morgen: ${da}${daPlace}.`,
        `A reminder: "${title}" is tomorrow: ${en}${enPlace}.`,
      ),
      links: [link],
    };
  }
  if (kind === "meeting_moved") {
    return {
      subject: `Mødet er ændret: ${title} / Meeting changed: ${title}`,
      text: body(
        `"${title}" er ændret. Det er nu ${da}${daPlace}.`,
        `"${title}" has changed. It is now ${en}${enPlace}.`,
      ),
      links: [link],
    };
  }
  return {
    subject: `Aflyst: ${title} / Cancelled: ${title}`,
    text: body(
      `"${title}" ${da} er aflyst.${reason ? ` Begrundelse: ${reason}` : ""}`,
      `"${title}" on ${en} is cancelled.${reason ? ` Reason: ${reason}` : ""}`,
    ),
    links: [link],
  };
}
