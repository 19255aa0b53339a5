import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";
import { networkMeetingAnswers } from "./company-network.tables.js";

export const meetingIdParams = z.strictObject({ id: z.uuid() });

export const yearQuery = z.strictObject({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe("A calendar year in Copenhagen time; the current one when left out"),
});

const title = plainText(120, { multiline: false }).describe("One line, 1-120 characters");
const startsAt = z.iso.datetime({ offset: true }).describe("ISO 8601 with an offset or Z");
const durationMinutes = z.number().int().min(15).max(600).describe("15-600 minutes");
const place = plainText(300, { multiline: false }).nullable().describe("Where the meeting is held, one line");
const hostCompanyId = z.uuid().nullable().describe("A company of the municipality that hosts the meeting");
const agenda = plainText(4000, { multiline: true }).nullable().describe("Plain text, up to 4000 characters");
const invitedCompanyIds = z
  .array(z.uuid())
  .max(1000)
  .describe("Companies of the municipality invited to the meeting");

export const createMeetingBody = z
  .strictObject({
    title,
    startsAt,
    durationMinutes: durationMinutes.optional().default(120),
    place: place.optional().default(null),
    hostCompanyId: hostCompanyId.optional().default(null),
    agenda: agenda.optional().default(null),
    invitedCompanyIds: invitedCompanyIds
      .optional()
      .describe("Companies invited; every company of the municipality when left out"),
  })
  .refine((body) => body.place !== null || body.hostCompanyId !== null, {
    message: "A place or a host company is needed",
    path: ["place"],
  });

export const updateMeetingBody = z.strictObject({
  title: title.optional(),
  startsAt: startsAt.optional(),
  durationMinutes: durationMinutes.optional(),
  place: place.optional(),
  hostCompanyId: hostCompanyId.optional(),
  agenda: agenda.optional(),
  invitedCompanyIds: invitedCompanyIds
    .optional()
    .describe("Replaces the invited set: removed companies lose their answers, added ones are emailed"),
});

export const cancelMeetingBody = z.strictObject({
  reason: plainText(500, { multiline: true }).describe("Why the meeting is cancelled; the companies see it"),
});

export const responseBody = z.strictObject({
  answer: z.enum(networkMeetingAnswers).describe("Will the caller come: yes, no or maybe"),
});

export const attendanceBody = z.strictObject({
  entries: z
    .array(z.strictObject({ companyId: z.uuid(), attended: z.boolean() }))
    .min(1)
    .max(200)
    .describe("Invited companies and whether they came"),
});

export const minutesBody = z.strictObject({
  minutes: plainText(4000, { multiline: true })
    .nullable()
    .describe("Short minutes the invited companies can read; null removes them"),
});

export type CreateMeetingBody = z.infer<typeof createMeetingBody>;
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;
export type AttendanceBody = z.infer<typeof attendanceBody>;

const answer = z.enum(networkMeetingAnswers);
const companyRef = z.object({ id: z.uuid(), name: z.string() });

export const networkMeetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string().describe("UTC, ISO 8601"),
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  host: z.object({ companyId: z.uuid(), name: z.string() }).nullable(),
  agenda: z.string().nullable(),
  status: z.enum(["planned", "cancelled"]),
  cancelReason: z.string().nullable(),
  minutes: z.string().nullable(),
  sequence: z.number().int().describe("Raised on every calendar-visible change"),
  past: z.boolean().describe("The meeting has started"),
  myAnswer: answer.nullable().describe("Company contact: the caller's own answer; null for staff"),
  companyAttended: z
    .boolean()
    .nullable()
    .describe("Company contact: whether their company came (null: not recorded); null for staff"),
  counts: z
    .object({
      invited: z.number().int().describe("Companies invited"),
      yes: z.number().int().describe("Contacts who answered yes (one per person)"),
      no: z.number().int(),
      maybe: z.number().int(),
      attended: z.number().int().describe("Companies recorded as having come"),
    })
    .nullable()
    .describe("Staff only; null for company contacts"),
});

export const networkMeetingDetailSchema = networkMeetingSchema.extend({
  invitations: z
    .array(
      z.object({
        company: companyRef,
        answers: z.array(z.object({ name: z.string(), answer })),
        attended: z.boolean().nullable(),
      }),
    )
    .describe("Staff: every invited company; a company contact: only their own company"),
});

export const networkMeetingListSchema = z.object({
  year: z.number().int(),
  items: z.array(networkMeetingSchema).describe("By start, earliest first"),
  attendance: z
    .object({
      attended: z.number().int().describe("Meetings of the year the caller's company came to"),
      target: z.object({ min: z.number().int(), max: z.number().int() }),
    })
    .nullable()
    .describe("Company contact only; null for staff"),
});

export const attendanceSummarySchema = z.object({
  year: z.number().int(),
  target: z.object({ min: z.number().int(), max: z.number().int() }),
  items: z
    .array(
      z.object({
        company: companyRef,
        invited: z.number().int().describe("Meetings of the year the company was invited to, not cancelled"),
        attended: z.number().int().describe("Meetings of the year the company came to"),
      }),
    )
    .describe("Every company of the municipality, by name"),
});

export const networkCompanyListSchema = z.object({
  items: z
    .array(z.object({ id: z.uuid(), name: z.string(), industry: z.string().nullable() }))
    .describe("The municipality's companies by name; a company contact's own company is left out"),
});

export type NetworkMeetingOutput = z.infer<typeof networkMeetingSchema>;
export type NetworkMeetingDetailOutput = z.infer<typeof networkMeetingDetailSchema>;
