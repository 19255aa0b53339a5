import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";

export const referralIdParams = z.strictObject({ id: z.uuid() });

export const createReferralBody = z.strictObject({
  youthId: z
    .uuid()
    .describe(
      "A young person who lets companies see their profile and has (or had) a match with the caller's company",
    ),
  toCompanyId: z.uuid().describe("Another company of the municipality"),
  note: plainText(1000, { multiline: true }).describe("Why the young person would fit there; plain text"),
});

export type CreateReferralBody = z.infer<typeof createReferralBody>;

const companyRef = z.object({ id: z.uuid(), name: z.string() });

export const referralSchema = z.object({
  id: z.uuid(),
  youth: z.object({ id: z.uuid(), firstName: z.string() }),
  fromCompany: companyRef,
  toCompany: companyRef,
  note: z.string(),
  createdAt: z.string().describe("UTC, ISO 8601"),
  dismissed: z.boolean().describe("The young person has put it aside"),
  toCompanyOpenings: z
    .array(z.object({ id: z.uuid(), title: z.string() }))
    .describe("Up to 10 open openings of the company referred to, newest first"),
});

export const referralListSchema = z.object({
  sent: z.array(referralSchema).describe("Newest first, at most 50"),
  received: z.array(referralSchema).describe("Newest first, at most 50"),
});

export type ReferralOutput = z.infer<typeof referralSchema>;
