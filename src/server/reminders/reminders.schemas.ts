import { z } from "zod";
import { reminderKinds, reminderSubjects } from "./reminders.tables.js";

export const reminderIdParams = z.strictObject({ id: z.uuid() });

export const reminderSchema = z.object({
  id: z.uuid(),
  kind: z.enum(reminderKinds).describe("tomorrow's meeting, a moved meeting or a cancelled one"),
  subjectType: z.enum(reminderSubjects),
  subjectId: z.uuid().describe("The group meeting or network meeting it is about"),
  title: z.string().describe("The group's name or the network meeting's title"),
  startsAt: z.iso
    .datetime()
    .describe("For a moved meeting the new time; for a cancelled one the time it had"),
  place: z.string().nullable(),
  reason: z.string().nullable().describe("Why it was cancelled"),
  createdAt: z.iso.datetime(),
});

export const reminderListSchema = z.object({
  items: z
    .array(reminderSchema)
    .describe(
      "Not put away, from the last 7 days, about meetings that have not started; newest first, at most 20",
    ),
});
