import { z } from "zod";
import { youthCompanyViewSchema } from "../youth/youth.schemas.js";

const booleanFlag = z
  .enum(["true", "false"])
  .transform((value) => value === "true")
  .default(false);

const rankedPageQuery = {
  maxDistanceKm: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .describe("Only where home and workplace are at most this far apart, in km (and both are known)"),
  hidden: booleanFlag.describe('true: instead the ones the caller marked "not for me", ranked the same way'),
  // Ten cards are what a phone shows and what the web UI asks for; every item is explained.
  limit: z.coerce.number().int().min(1).max(50).default(10).describe("Items per page (1-50, default 10)"),
  cursor: z.string().max(200).optional().describe("The nextCursor of the previous page"),
};

export const openingRecommendationsQuery = z.object({
  field: z.string().max(60).optional().describe("Only openings of this occupation field (a code)"),
  ...rankedPageQuery,
});

export const youthRecommendationsQuery = z.object(rankedPageQuery);

export const reasonSchema = z
  .discriminatedUnion("code", [
    z.object({ code: z.literal("shared_interest"), field: z.string() }),
    z.object({ code: z.literal("related_interest"), field: z.string() }),
    z.object({ code: z.literal("strengths_wanted"), strengths: z.array(z.string()) }),
    z.object({ code: z.literal("can_learn"), words: z.array(z.string()) }),
    z.object({ code: z.literal("distance"), km: z.number().int() }),
    z.object({ code: z.literal("hours_fit"), hours: z.number().int() }),
    z.object({ code: z.literal("mentor") }),
    z.object({ code: z.literal("support"), support: z.array(z.string()) }),
  ])
  .describe("Why it fits: a code with parameters, worded by the client in the reader's language");

export const concernSchema = z
  .discriminatedUnion("code", [
    z.object({ code: z.literal("far_away"), km: z.number().int(), maxKm: z.number().int() }),
    z.object({ code: z.literal("more_hours"), hours: z.number().int(), wanted: z.number().int() }),
    z.object({ code: z.literal("needs_driving_licence") }),
    z.object({ code: z.literal("needs_language"), languages: z.array(z.string()) }),
    z.object({ code: z.literal("starts_later"), start: z.string() }),
  ])
  .describe("What speaks against it, without hiding it");

const fitFields = {
  score: z.number().int().min(0).max(100).describe("0-100, higher fits better"),
  reasons: z.array(reasonSchema),
  concerns: z.array(concernSchema),
};

export const recommendedOpeningSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  occupationField: z.string(),
  company: z.object({ id: z.uuid(), name: z.string() }),
  workplacePostalCode: z.string(),
  hoursPerWeek: z.number().int(),
  durationWeeks: z.number().int().nullable(),
  earliestStart: z.string().nullable(),
  hasMentor: z.boolean(),
  supportOffered: z.array(z.string()),
});

export const openingRecommendationSchema = z.object({
  opening: recommendedOpeningSchema,
  ...fitFields,
  interest: z.object({
    mine: z.boolean().describe("The young person has a live interest in the opening"),
    matchId: z.uuid().nullable().describe("The match of the young person and the opening, if any"),
  }),
});

export const youthRecommendationSchema = z.object({
  youth: youthCompanyViewSchema.describe("Exactly what GET /api/youth/:id/company-view shows"),
  ...fitFields,
  interest: z.object({
    ours: z.boolean().describe("The company has a live interest in this young person for the opening"),
    theirs: z.boolean().describe("The young person has a live interest in the opening"),
    matchId: z.uuid().nullable(),
  }),
});

function rankedPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().describe("How many match the filters"),
  });
}

export const openingRecommendationPageSchema = rankedPageSchema(openingRecommendationSchema);
export const youthRecommendationPageSchema = rankedPageSchema(youthRecommendationSchema);

export const youthIdParams = z.strictObject({ id: z.uuid() });
export const openingIdParams = z.strictObject({ id: z.uuid() });

export const dismissalBody = z.strictObject({
  openingId: z.uuid(),
  youthId: z
    .uuid()
    .optional()
    .describe("The young person, for company contacts and staff; a young person leaves it out"),
});

export type OpeningRecommendationsQuery = z.infer<typeof openingRecommendationsQuery>;
export type YouthRecommendationsQuery = z.infer<typeof youthRecommendationsQuery>;
export type OpeningRecommendation = z.infer<typeof openingRecommendationSchema>;
export type YouthRecommendation = z.infer<typeof youthRecommendationSchema>;
export type DismissalInput = z.infer<typeof dismissalBody>;
