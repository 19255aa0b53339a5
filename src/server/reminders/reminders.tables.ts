import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, timestampColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";

export const reminderKinds = ["meeting_tomorrow", "meeting_moved", "meeting_cancelled"] as const;
export const reminderKindEnum = pgEnum("reminder_kind", reminderKinds);
export const reminderSubjects = ["group_meeting", "network_meeting"] as const;
export const reminderSubjectEnum = pgEnum("reminder_subject", reminderSubjects);

/**
 * One reminder to one user, sent by the reminder job. `dedupeKey` makes creating it idempotent
 * (across job runs and server instances); `sentAt` is the sent-marker, set in the same transaction
 * as the mail, so a reminder is sent once however often the job runs or restarts.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: reminderKindEnum("kind").notNull(),
    subjectType: reminderSubjectEnum("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    /** What the reminder says, fixed when it was made (time, place, reason), for the mail and home page. */
    details: jsonb("details").$type<Record<string, string | null>>().notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    dueAt: timestampColumn("due_at").notNull(),
    sentAt: timestampColumn("sent_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** The user put it away on their home page. */
    dismissedAt: timestampColumn("dismissed_at"),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("reminders_dedupe_key").on(table.dedupeKey),
    index("reminders_pending_idx").on(table.dueAt).where(sql`${table.sentAt} is null`),
    index("reminders_user_idx").on(table.userId, table.createdAt),
  ],
);
