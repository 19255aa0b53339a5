import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";
import { attendanceStatuses } from "./groups.tables.js";

export const groupIdParams = z.strictObject({ id: z.uuid() });
export const groupMemberParams = z.strictObject({ id: z.uuid(), youthId: z.uuid() });
export const groupMeetingIdParams = z.strictObject({ id: z.uuid() });
export const youthIdParams = z.strictObject({ id: z.uuid() });

const localDate = z.iso.date();
const startTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
  .describe('Local Copenhagen time of day, "HH:MM"');
const duration = z.number().int().min(15).max(480).describe("15-480 minutes");
const place = plainText(300, { multiline: false }).nullable().describe("Where the group meets, one line");
const videoLink = z
  .url({ protocol: /^https$/ })
  .max(500)
  .nullable()
  .describe("An https link to the video meeting");

export const createGroupBody = z
  .strictObject({
    name: plainText(120, { multiline: false }),
    facilitatorUserIds: z
      .array(z.uuid())
      .min(1)
      .max(5)
      .describe("Staff of the same municipality who facilitate the group"),
    weekday: z.number().int().min(1).max(7).describe("ISO weekday, 1 = Monday"),
    startTime,
    durationMinutes: duration,
    place: place.optional().default(null),
    videoLink: videoLink.optional().default(null),
    startsOn: localDate.describe("The local date of the first possible meeting"),
  })
  .refine((body) => body.place !== null || body.videoLink !== null, {
    message: "A place or a video link is needed",
    path: ["place"],
  });

export const updateGroupBody = z.strictObject({
  name: plainText(120, { multiline: false }).optional(),
  facilitatorUserIds: z.array(z.uuid()).min(1).max(5).optional(),
  weekday: z.number().int().min(1).max(7).optional(),
  startTime: startTime.optional(),
  durationMinutes: duration.optional(),
  place: place.optional(),
  videoLink: videoLink.optional(),
  status: z.enum(["active", "closed"]).optional().describe("closed: no more meetings are generated"),
});

export const addMemberBody = z.strictObject({
  youthId: z.uuid(),
  move: z
    .boolean()
    .optional()
    .default(false)
    .describe("End the young person's membership of another group today and start this one"),
});

export const meetingRangeQuery = z.strictObject({
  from: localDate.optional().describe("First local date, inclusive"),
  to: localDate.optional().describe("Last local date, inclusive"),
});

const meetingTime = z.iso.datetime({ offset: true });

export const updateMeetingBody = z.strictObject({
  startsAt: meetingTime.optional(),
  durationMinutes: duration.optional(),
  place: place.optional(),
  videoLink: videoLink.optional(),
  theme: plainText(200, { multiline: false }).nullable().optional(),
  agenda: plainText(4000, { multiline: true }).nullable().optional(),
});

export const addMeetingBody = z.strictObject({
  startsAt: meetingTime,
  durationMinutes: duration.optional(),
  place: place.optional(),
  videoLink: videoLink.optional(),
  theme: plainText(200, { multiline: false }).nullable().optional(),
  agenda: plainText(4000, { multiline: true }).nullable().optional(),
});

export const cancelMeetingBody = z.strictObject({
  reason: plainText(500, { multiline: true }).describe("Why the meeting is cancelled; members see it"),
});

export const noticeBody = z.strictObject({
  reason: plainText(500, { multiline: true }).nullable().optional(),
});

export const attendanceBody = z.strictObject({
  entries: z
    .array(z.strictObject({ youthId: z.uuid(), status: z.enum(attendanceStatuses) }))
    .min(1)
    .max(100),
});

export const signalsQuery = z.strictObject({
  counsellor: z.literal("me").optional().describe("Only the caller's own young people"),
});

export type CreateGroupBody = z.infer<typeof createGroupBody>;
export type UpdateGroupBody = z.infer<typeof updateGroupBody>;
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;
export type AddMeetingBody = z.infer<typeof addMeetingBody>;
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const groupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  weekday: z.number().int().describe("ISO weekday, 1 = Monday"),
  startTime: z.string().describe('Local Copenhagen time, "HH:MM"'),
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  startsOn: z.string(),
  status: z.enum(["active", "closed"]),
  facilitators: z.array(z.object({ userId: z.uuid(), displayName: z.string() })),
});
export const groupListSchema = z.object({ items: z.array(groupSchema) });

export const groupMeetingSchema = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  slotDate: z.string().nullable().describe("The weekly slot's local date; null for a meeting added by hand"),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  theme: z.string().nullable(),
  agenda: z.string().nullable(),
  status: z.enum(["planned", "cancelled"]),
  cancelReason: z.string().nullable(),
  sequence: z.number().int().describe("Raised on every change, for calendars"),
});
export const groupMeetingListSchema = z.object({ items: z.array(groupMeetingSchema) });

export const myGroupMeetingSchema = groupMeetingSchema.extend({
  groupName: z.string(),
  started: z.boolean().describe("It has started by the server's clock"),
  attendanceTaken: z
    .boolean()
    .describe("Staff: some attendance is recorded; always false for a young person"),
  myNotice: z.boolean().describe('A young person: they said "I can\'t come"; always false for staff'),
});
export const myGroupMeetingListSchema = z.object({ items: z.array(myGroupMeetingSchema) });

export const groupMemberListSchema = z.object({
  items: z.array(
    z.object({
      youthId: z.uuid(),
      displayName: z.string().describe("Staff: the full name; members: the first name only"),
      joinedOn: z.string().optional().describe("Staff only"),
      leftOn: z.string().nullable().optional().describe("Staff only; null while a member"),
    }),
  ),
});

export const generatedMeetingsSchema = z.object({
  generated: z.number().int().describe("Meetings made now; 0 when they already existed"),
});

export const noticeSchema = z.object({ meetingId: z.uuid(), reason: z.string().nullable() });

export const meetingAttendanceSchema = z.object({
  meetingId: z.uuid(),
  items: z.array(
    z.object({
      youthId: z.uuid(),
      displayName: z.string(),
      notice: z.object({ reason: z.string().nullable(), givenAt: z.string() }).nullable(),
      status: z.enum(attendanceStatuses).nullable().describe("Recorded status; null before attendance"),
      suggestedStatus: z
        .enum(attendanceStatuses)
        .nullable()
        .describe("The recorded status, else absent_with_notice for a member who gave notice"),
    }),
  ),
});

const stabilityFields = {
  heldMeetings: z.number().int().describe("Held meetings covered: the last 8 at most"),
  attended: z.number().int(),
  attendedShare: z.number().nullable().describe("attended / heldMeetings; null with nothing to measure"),
  missedInARow: z.number().int().describe("Missed (with or without notice) since the last one attended"),
  signal: z.boolean().describe("The last two held meetings were both missed without notice"),
};

export const groupStabilitySchema = z.object({
  items: z.array(z.object({ youthId: z.uuid(), displayName: z.string(), ...stabilityFields })),
});
export const youthStabilitySchema = z.object({ youthId: z.uuid(), ...stabilityFields });
export const attendanceSignalsSchema = z.object({
  items: z.array(
    z.object({
      youthId: z.uuid(),
      displayName: z.string(),
      counsellorUserId: z.uuid().nullable(),
      ...stabilityFields,
    }),
  ),
});
