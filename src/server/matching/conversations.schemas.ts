import { z } from "zod";
import { paginationQuery } from "../platform/pagination.js";
import { interestSides } from "./matching.tables.js";

// C0 controls other than tab and newline, DEL, and C1 controls: they have no place in a message and
// some (a lone carriage return, escape sequences) can disguise text in a terminal or mail client.
const CONTROL_CHARACTERS = /(?![\n\t])\p{Cc}/u;
const LINE_BREAKS = /[\n\t]/;

/**
 * Plain text written by a user, trimmed, of `min` (default 1) to `max` characters. Never HTML: it is stored and
 * returned as written (`<b>` stays the four characters `<b>`), and the web UI shows it as text.
 * Windows line ends become `\n`.
 */
export function plainText(max: number, options: { multiline: boolean; min?: number }) {
  return z
    .string()
    .overwrite((text) => text.replace(/\r\n/g, "\n").trim())
    .min(options.min ?? 1, "Must not be empty")
    .max(max, `At most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), "Must not contain control characters")
    .refine((text) => options.multiline || !LINE_BREAKS.test(text), "Must be one line");
}

export const matchSideSchema = z.enum(interestSides).describe("youth | company");
export const matchIdParams = z.strictObject({ id: z.uuid() });

export const listMessagesQuery = paginationQuery.extend({
  cursor: paginationQuery.shape.cursor.describe(
    "The nextCursor of the previous page: pages go backwards to older messages",
  ),
});

export const postMessageBody = z.strictObject({
  body: plainText(4000, { multiline: true }).describe(
    "Plain text, 1-4000 characters after trimming; newlines and tabs allowed, other control characters not; never interpreted as HTML",
  ),
});

export const messageSchema = z.object({
  id: z.uuid(),
  body: z.string().describe("Plain text exactly as stored; show it as text, never as HTML"),
  createdAt: z.iso.datetime(),
  author: z.object({
    side: matchSideSchema,
    displayName: z.string().describe("A company contact's name, or the young person's first name"),
    mine: z.boolean().describe("I wrote it"),
  }),
  readByOtherSide: z
    .boolean()
    .describe("Someone on the other side than the author has read the conversation up to this message"),
});

export const messagePageSchema = z.object({
  items: z.array(messageSchema).describe("One page, oldest first within the page"),
  nextCursor: z.string().nullable().describe("Older messages, or null at the start of the conversation"),
});

export type MessageOutput = z.infer<typeof messageSchema>;
export type PostMessageInput = z.infer<typeof postMessageBody>;
export type ListMessagesQuery = z.infer<typeof listMessagesQuery>;
