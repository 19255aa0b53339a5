import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";
import { paginationQuery } from "../platform/pagination.js";

export const groupIdParams = z.strictObject({ id: z.uuid() });
export const boardPostIdParams = z.strictObject({ id: z.uuid() });

export const boardQuery = paginationQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(20)
    .describe("Posts per page (1-50), replies not counted"),
});

export const createBoardPostBody = z.strictObject({
  body: plainText(2000, { multiline: true }).describe(
    "Plain text, 1-2000 characters after trimming; newlines and tabs allowed, other control characters not; never interpreted as HTML",
  ),
  parentPostId: z
    .uuid()
    .optional()
    .describe("Reply to this post of the same group; a reply to a reply joins the original post's thread"),
});

export const hideBoardPostBody = z.strictObject({
  reason: plainText(500, { multiline: false })
    .optional()
    .describe(
      "Why the post is hidden, 1-500 characters; required when a facilitator hides someone else's post",
    ),
});

const boardAuthorSchema = z.object({
  name: z
    .string()
    .describe("A young person's first name (full name for facilitators), a staff member's name"),
  kind: z.enum(["member", "facilitator"]).describe("A young person of the group, or staff"),
  mine: z.boolean().describe("I wrote it"),
});

const boardPostFields = {
  id: z.uuid(),
  author: boardAuthorSchema,
  body: z
    .string()
    .nullable()
    .describe(
      "Plain text exactly as stored; show it as text, never as HTML. Null when hidden, except to facilitators",
    ),
  hidden: z.boolean(),
  hiddenBy: z
    .enum(["author", "facilitator"])
    .nullable()
    .describe("Who hid it: the author, or a facilitator moderating; null when shown"),
  hiddenReason: z
    .string()
    .nullable()
    .describe("Facilitators only: the reason given when it was hidden; null otherwise"),
  createdAt: z.iso.datetime(),
};

export const boardReplySchema = z.object({ ...boardPostFields, parentPostId: z.uuid() });

export const boardPostSchema = z.object({
  ...boardPostFields,
  parentPostId: z.uuid().nullable().describe("The post this replies to; null for a post"),
  replies: z.array(boardReplySchema).describe("Oldest first; empty for a reply"),
});

export const boardPageSchema = z.object({
  viewerRole: z.enum(["member", "facilitator"]).describe("How the caller takes part in the group"),
  items: z.array(boardPostSchema).describe("Posts, newest first, each with its replies"),
  nextCursor: z.string().nullable().describe("Older posts, or null at the start of the board"),
});

export type BoardQuery = z.infer<typeof boardQuery>;
export type CreateBoardPostInput = z.infer<typeof createBoardPostBody>;
export type HideBoardPostInput = z.infer<typeof hideBoardPostBody>;
export type BoardPostOutput = z.infer<typeof boardPostSchema>;
export type BoardReplyOutput = z.infer<typeof boardReplySchema>;
