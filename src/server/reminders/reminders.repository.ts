import type { Executor } from "../db/database.js";
import { reminders } from "./reminders.tables.js";

export type NewReminder = typeof reminders.$inferInsert;

/** Inserts reminders; one whose dedupe key exists already is left as it is (idempotent). */
export async function insertReminders(db: Executor, rows: readonly NewReminder[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(reminders)
    .values([...rows])
    .onConflictDoNothing({ target: reminders.dedupeKey });
}
