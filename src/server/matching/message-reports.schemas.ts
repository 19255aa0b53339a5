import { z } from "zod";
import { paginationQuery } from "../platform/pagination.js";
import { plainText } from "./conversations.schemas.js";

export const messageIdParams = z.strictObject({ id: z.uuid() });
export const reportIdParams = z.strictObject({ id: z.uuid() });

export const createReportBody = z.strictObject({
  reason: plainText(1000, { multiline: true }).describe("Why the message is reported, 1-1000 characters"),
});

export const reportStatuses = ["open", "resolved"] as const;

export const listReportsQuery = paginationQuery.extend({
  status: z
    .enum(reportStatuses)
    .default("open")
    .describe("open (default): not yet resolved; resolved: dealt with"),
});

export const resolveReportBody = z.strictObject({
  note: plainText(1000, { multiline: true }).describe("What was done about it, 1-1000 characters"),
});

export const createdReportSchema = z.object({ id: z.uuid() });

export const messageReportSchema = z.object({
  id: z.uuid(),
  reason: z.string(),
  createdAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().nullable(),
  resolutionNote: z.string().nullable(),
  reportedBy: z.object({ displayName: z.string() }),
  message: z.object({
    id: z.uuid(),
    body: z.string().describe("The reported message's plain text; reading it is audited"),
    createdAt: z.iso.datetime(),
    author: z.object({ displayName: z.string() }),
  }),
  match: z.object({
    id: z.uuid(),
    opening: z.object({ title: z.string() }),
    company: z.object({ name: z.string() }),
    youth: z.object({ displayName: z.string() }),
  }),
});

export type MessageReportOutput = z.infer<typeof messageReportSchema>;
export type CreateReportInput = z.infer<typeof createReportBody>;
export type ListReportsQuery = z.infer<typeof listReportsQuery>;
export type ResolveReportInput = z.infer<typeof resolveReportBody>;
