import { z } from "zod";
import { paginationQuery } from "../platform/pagination.js";
import { matchEndReasons, matchStatuses, meetingStatuses } from "./matching.tables.js";

export const matchStatusSchema = z.enum(matchStatuses).describe("active | ended");
export const matchEndReasonSchema = z
  .enum(matchEndReasons)
  .describe("Why the match was ended, from a fixed list so the other side can be told kindly");

export const matchIdParams = z.strictObject({ id: z.uuid() });

export const listMatchesQuery = paginationQuery.extend({
  status: matchStatusSchema.optional().describe("Only matches with this status"),
  openingId: z.uuid().optional().describe("Only matches for this opening"),
});

export const endMatchBody = z.strictObject({ reason: matchEndReasonSchema });

export const matchListItemSchema = z.object({
  id: z.uuid(),
  status: matchStatusSchema,
  createdAt: z.iso.datetime(),
  lastActivityAt: z.iso.datetime().describe("The last message, meeting change or status change"),
  endedAt: z.iso.datetime().nullable(),
  endReason: matchEndReasonSchema.nullable(),
  opening: z.object({ id: z.uuid(), title: z.string() }),
  company: z.object({ id: z.uuid(), name: z.string() }),
  youth: z.object({
    id: z.uuid(),
    firstName: z
      .string()
      .nullable()
      .describe("Null for a company when the young person no longer lets companies see their profile"),
    displayName: z.string().optional().describe("Staff only"),
  }),
  unreadCount: z
    .number()
    .int()
    .describe("Messages by others newer than what the caller has read; always 0 for staff"),
  meeting: z
    .object({
      id: z.uuid(),
      status: z.enum(meetingStatuses),
      time: z.iso.datetime().nullable().describe("The accepted time; null until a time is accepted"),
    })
    .nullable()
    .describe("The latest meeting of the match"),
});

export type MatchListItem = z.infer<typeof matchListItemSchema>;
export type ListMatchesQuery = z.infer<typeof listMatchesQuery>;
export type MatchEndReason = z.infer<typeof matchEndReasonSchema>;
