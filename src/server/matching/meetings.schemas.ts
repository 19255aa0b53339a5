import { z } from "zod";
import { matchSideSchema, plainText } from "./conversations.schemas.js";
import { chemistryAnswers, meetingStatuses } from "./matching.tables.js";

export const meetingIdParams = z.strictObject({ id: z.uuid() });

const meetingTime = z.iso.datetime({ offset: true });

export const proposeMeetingBody = z.strictObject({
  times: z
    .array(meetingTime)
    .min(1)
    .max(3)
    .refine(
      (times) => new Set(times.map((time) => Date.parse(time))).size === times.length,
      "Times must differ",
    )
    .describe("One to three different times in the future (ISO 8601); the other side picks one"),
  place: plainText(300, { multiline: false }).describe("Where to meet, one line of 1-300 characters"),
  durationMinutes: z.number().int().min(15).max(480).default(60).describe("15-480 minutes, 60 if left out"),
});

export const acceptMeetingBody = z.strictObject({
  time: meetingTime.describe("One of the proposed times"),
});

export const chemistrySchema = z.enum(chemistryAnswers).describe("Did the chemistry work? yes | maybe | no");

export const meetingFeedbackBody = z.strictObject({
  chemistry: chemistrySchema,
  comment: plainText(2000, { multiline: true, min: 0 })
    .nullable()
    .optional()
    .describe("Up to 2000 characters; empty means none. The other side never sees it, staff neither"),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  matchId: z.uuid(),
  status: z.enum(meetingStatuses).describe("proposed | accepted | declined | cancelled"),
  place: z.string(),
  proposedTimes: z.array(z.iso.datetime()).describe("In time order"),
  durationMinutes: z.number().int(),
  acceptedTime: z.iso.datetime().nullable(),
  proposedBySide: matchSideSchema,
  mine: z.boolean().describe("My side proposed it (so the other side answers it); false for staff"),
  createdAt: z.iso.datetime(),
  feedback: z.object({
    mine: z
      .object({ chemistry: chemistrySchema, comment: z.string().nullable() })
      .nullable()
      .describe("My side's answer; null when not yet given, and always for staff"),
    otherSideAnswered: z.boolean(),
    answers: z
      .object({ youth: chemistrySchema.nullable(), company: chemistrySchema.nullable() })
      .optional()
      .describe("Staff only: each side's chemistry answer, never the comments"),
  }),
  calendarUrl: z
    .string()
    .nullable()
    .describe("The .ics download (participants, once agreed or cancelled after agreement); null otherwise"),
});

export const meetingListSchema = z.object({ items: z.array(meetingSchema).describe("Newest first") });

export type MeetingOutput = z.infer<typeof meetingSchema>;
export type ProposeMeetingInput = z.infer<typeof proposeMeetingBody>;
export type AcceptMeetingInput = z.infer<typeof acceptMeetingBody>;
export type MeetingFeedbackInput = z.infer<typeof meetingFeedbackBody>;
