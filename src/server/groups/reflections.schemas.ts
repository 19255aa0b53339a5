import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";
import { paginationQuery } from "../platform/pagination.js";

export const groupMeetingIdParams = z.strictObject({ id: z.uuid() });
export const youthIdParams = z.strictObject({ id: z.uuid() });

export const reflectionsQuery = paginationQuery.extend({
  limit: z.coerce.number().int().min(1).max(50).default(20).describe("Reflections per page (1-50)"),
});

export const putReflectionBody = z.strictObject({
  text: plainText(4000, { multiline: true }).describe(
    '"What did I learn about myself?": plain text, 1-4000 characters after trimming; never interpreted as HTML',
  ),
  sharedWithCounsellor: z.boolean().describe("Whether my counsellor may read it; nobody else ever does"),
});

export const reflectionSchema = z.object({
  id: z.uuid(),
  meeting: z.object({
    id: z.uuid(),
    groupId: z.uuid(),
    groupName: z.string(),
    startsAt: z.iso.datetime(),
    theme: z.string().nullable(),
  }),
  text: z.string().describe("Plain text exactly as stored; show it as text, never as HTML"),
  sharedWithCounsellor: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const reflectionPageSchema = z.object({
  items: z.array(reflectionSchema).describe("Newest first"),
  nextCursor: z.string().nullable().describe("Older reflections, or null at the first one"),
});

export type ReflectionsQuery = z.infer<typeof reflectionsQuery>;
export type PutReflectionInput = z.infer<typeof putReflectionBody>;
export type ReflectionOutput = z.infer<typeof reflectionSchema>;
