import { z } from "zod";
import { paginationQuery } from "../platform/pagination.js";
import { interestSides } from "./matching.tables.js";

export const interestSideSchema = z
  .enum(interestSides)
  .describe("Who marked it: the young person, or a contact of the opening's company");

export const createInterestBody = z.strictObject({
  openingId: z.uuid().describe("The opening: open, in one's municipality; a company contact's own company's"),
  youthId: z
    .uuid()
    .optional()
    .describe("Company contacts only: the young person they are interested in; young people leave it out"),
  message: z.string().trim().max(1000).optional().describe("A short greeting to the other side, plain text"),
});

export const interestIdParams = z.strictObject({ id: z.uuid() });

export const listInterestsQuery = paginationQuery.extend({
  openingId: z.uuid().optional().describe("Only interests in this opening"),
  side: interestSideSchema.optional().describe("Only interests marked by this side"),
});

export const interestSchema = z.object({
  id: z.uuid(),
  side: interestSideSchema,
  openingId: z.uuid(),
  youthId: z.uuid(),
  message: z.string().nullable(),
  createdAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
});

export const createInterestResponse = z.object({
  interest: interestSchema,
  match: z
    .object({ id: z.uuid() })
    .nullable()
    .describe("The match this interest completed (the other side was already interested), else null"),
});

export const interestListItemSchema = interestSchema.extend({
  opening: z.object({
    id: z.uuid(),
    title: z.string(),
    company: z
      .object({ id: z.uuid(), name: z.string() })
      .optional()
      .describe("For the young person and staff; a company knows its own name"),
  }),
  youth: z
    .object({
      id: z.uuid(),
      firstName: z.string().optional().describe("Company contacts only"),
      age: z.number().int().optional().describe("Company contacts only"),
      displayName: z.string().optional().describe("Staff only"),
    })
    .optional()
    .describe("Company contacts and staff; the young person's own list leaves it out"),
});

export const incomingInterestSchema = z.object({
  visible: z
    .boolean()
    .describe('Whether the young person chose to hear of interest (notification preference "interest")'),
  count: z
    .number()
    .int()
    .nullable()
    .describe("How many companies have a live interest in them without a match yet; null when not visible"),
});

export type InterestOutput = z.infer<typeof interestSchema>;
export type InterestListItem = z.infer<typeof interestListItemSchema>;
export type CreateInterestInput = z.infer<typeof createInterestBody>;
export type ListInterestsQuery = z.infer<typeof listInterestsQuery>;
