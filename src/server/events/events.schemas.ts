import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";
import { paginationQuery } from "../platform/pagination.js";
import { MAX_YOUTH_CHOICES } from "./events.policy.js";
import { matchmakingEventStatuses } from "./events.tables.js";

export const eventIdParams = z.strictObject({ id: z.uuid() });
export const openingRankingParams = z.strictObject({ id: z.uuid(), openingId: z.uuid() });
export const proposalPairParams = z.strictObject({ id: z.uuid(), youthId: z.uuid() });

export const listEventsQuery = paginationQuery;

const windowTime = z.iso.datetime({ offset: true });

const eventFields = {
  title: plainText(200, { multiline: false }).describe("One line of 1-200 characters"),
  eventDate: z.iso.date().describe("The day the young people and companies meet (yyyy-mm-dd)"),
  place: plainText(300, { multiline: false }).describe("Where, one line of 1-300 characters"),
  rankingOpensAt: windowTime.describe("When both sides may start ranking (ISO 8601)"),
  rankingClosesAt: windowTime.describe(
    "When ranking ends; after rankingOpensAt. The assignment runs after it",
  ),
};

const windowInOrder = (body: { rankingOpensAt?: string; rankingClosesAt?: string }) =>
  body.rankingOpensAt === undefined ||
  body.rankingClosesAt === undefined ||
  Date.parse(body.rankingClosesAt) > Date.parse(body.rankingOpensAt);

const windowMessage = { path: ["rankingClosesAt"], message: "Must be after rankingOpensAt" };

export const createEventBody = z.strictObject(eventFields).refine(windowInOrder, windowMessage);

export const updateEventBody = z
  .strictObject(eventFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, "Change at least one field")
  .refine(windowInOrder, windowMessage)
  .describe(
    "Any of the fields; a window time left out keeps its stored value, and the window must stay in order",
  );

/** A list of ids in which each may appear once. */
const uniqueIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, "An id is listed twice");

export const replaceParticipantsBody = z.strictObject({
  youthIds: uniqueIds(20_000).describe(
    "Every young person taking part (replaces the list): of the municipality, applicant or active",
  ),
  openingIds: uniqueIds(5_000).describe(
    "Every opening taking part (replaces the list): of the municipality, open with a free seat when added",
  ),
});

export const youthRankingBody = z.strictObject({
  openingIds: uniqueIds(MAX_YOUTH_CHOICES).describe(
    `0-${MAX_YOUTH_CHOICES} of the event's openings, best first; an empty list withdraws the ranking`,
  ),
});

export const openingRankingBody = z.strictObject({
  youthIds: uniqueIds(1_000).describe(
    "The event's young people this opening would welcome, best first; those left out are not acceptable to it",
  ),
});

const eventStatusSchema = z
  .enum(matchmakingEventStatuses)
  .describe("planned | ranking | proposed | published");

export const matchmakingEventSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  eventDate: z.iso.date(),
  place: z.string(),
  rankingOpensAt: z.iso.datetime(),
  rankingClosesAt: z.iso.datetime(),
  status: eventStatusSchema.describe(
    "planned (before the window) -> ranking (from the window's opening until the assignment runs) -> proposed -> published",
  ),
  rankingOpen: z.boolean().describe("Rankings are accepted now: within the window and not yet assigned"),
  youthCount: z.number().int(),
  openingCount: z.number().int(),
  progress: z
    .object({
      youthRanked: z.number().int().describe("Young people who have ranked at least one opening"),
      openingsRanked: z.number().int().describe("Openings whose list holds at least one young person"),
    })
    .optional()
    .describe("Staff only"),
  myOpenings: z
    .array(z.object({ id: z.uuid(), title: z.string(), ranked: z.boolean() }))
    .optional()
    .describe("Company contacts only: their own company's openings in the event"),
  proposedAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
});

export const participantsSchema = z.object({
  youth: z.array(z.object({ id: z.uuid(), displayName: z.string(), ranked: z.boolean() })),
  openings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      companyName: z.string(),
      capacity: z.number().int().describe("The seats the opening brings: its free seats when it was added"),
      ranked: z.boolean(),
    }),
  ),
});

export const youthRankingSchema = z.object({
  openings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      companyName: z.string(),
      occupationField: z.string(),
      workplacePostalCode: z.string(),
      hoursPerWeek: z.number().int(),
    }),
  ),
  ranking: z.array(z.uuid()).describe("Opening ids, best first"),
  maxChoices: z.number().int(),
  rankingOpen: z.boolean(),
});

export const openingRankingSchema = z.object({
  opening: z.object({ id: z.uuid(), title: z.string() }),
  youth: z
    .array(
      z.object({
        id: z.uuid(),
        firstName: z.string(),
        strengths: z.array(z.string()).describe("Empty when the young person keeps their strengths private"),
        interests: z.array(z.string()).describe("Empty when the young person keeps their interests private"),
      }),
    )
    .describe("The event's young people who let the network's companies see them; no one else"),
  ranking: z.array(z.uuid()).describe("Young person ids, best first; the others are not acceptable"),
  rankingOpen: z.boolean(),
});

export const leaveOutBody = z.strictObject({
  leftOut: z
    .boolean()
    .describe("true: the pair does not become a match when published; false: it does again"),
});

export const proposalSchema = z.object({
  eventId: z.uuid(),
  status: eventStatusSchema,
  proposedAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  summary: z.object({
    byChoice: z
      .array(z.number().int())
      .describe("Index 0: young people who got their first choice, 1: their second, ..."),
    assigned: z.number().int(),
    unassigned: z.number().int(),
    freeSeats: z.number().int(),
    leftOut: z.number().int().describe("Pairs staff left out; they are counted in assigned"),
  }),
  pairs: z
    .array(
      z.object({
        youthId: z.uuid(),
        youthName: z.string(),
        openingId: z.uuid(),
        openingTitle: z.string(),
        companyName: z.string(),
        choice: z.number().int().describe("1 = the young person's first choice"),
        leftOut: z.boolean(),
        matchId: z.uuid().nullable().describe("The match the pair became, once published"),
      }),
    )
    .describe("By company, opening and young person"),
  unassigned: z
    .array(z.object({ youthId: z.uuid(), youthName: z.string() }))
    .describe("Young people without a place, for follow-up"),
});

export type CreateEventInput = z.infer<typeof createEventBody>;
export type UpdateEventInput = z.infer<typeof updateEventBody>;
export type ReplaceParticipantsInput = z.infer<typeof replaceParticipantsBody>;
export type ListEventsQuery = z.infer<typeof listEventsQuery>;
export type MatchmakingEventOutput = z.infer<typeof matchmakingEventSchema>;
export type ParticipantsOutput = z.infer<typeof participantsSchema>;
export type YouthRankingOutput = z.infer<typeof youthRankingSchema>;
export type OpeningRankingOutput = z.infer<typeof openingRankingSchema>;
export type ProposalOutput = z.infer<typeof proposalSchema>;
