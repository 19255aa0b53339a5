import { z } from "zod";
import type { reminders } from "./reminders.tables.js";

/** What a reminder says, read back from its jsonb column (written by this area only). */
const storedDetails = z.object({
  title: z.string(),
  startsAt: z.string(),
  place: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
});

export function readReminderDetails(details: unknown) {
  const parsed = storedDetails.parse(details);
  return {
    title: parsed.title,
    startsAt: new Date(parsed.startsAt),
    place: parsed.place ?? null,
    reason: parsed.reason ?? null,
  };
}

type ReminderListRow = Pick<
  typeof reminders.$inferSelect,
  "id" | "kind" | "subjectType" | "subjectId" | "details" | "createdAt"
>;

export function presentReminder(row: ReminderListRow) {
  const details = readReminderDetails(row.details);
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    title: details.title,
    startsAt: details.startsAt.toISOString(),
    place: details.place,
    reason: details.reason,
    createdAt: row.createdAt.toISOString(),
  };
}
