import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import { createAssignmentRunner } from "./assignment.js";
import * as assignment from "./assignment.service.js";
import { eventOrganisers, eventReaders, openingRankers, youthRankers } from "./events.policy.js";
import {
  createEventBody,
  eventIdParams,
  leaveOutBody,
  listEventsQuery,
  matchmakingEventSchema,
  openingRankingBody,
  openingRankingParams,
  openingRankingSchema,
  participantsSchema,
  proposalPairParams,
  proposalSchema,
  replaceParticipantsBody,
  updateEventBody,
  youthRankingBody,
  youthRankingSchema,
} from "./events.schemas.js";
import * as events from "./events.service.js";

/**
 * A large event's proposal is 10,000 pairs and names. Checking it against its schema on the way out
 * holds the event loop for 60-80 ms (measured at 10,000 young people), a stall for every other
 * request, while presentProposal already builds it field by field as the whitelist. So the routes
 * that answer a proposal serialise it with JSON.stringify; the schema still documents the response.
 */
const presentedJson = () => (data: unknown) => JSON.stringify(data);

/** Matchmaking events (issue 5): staff set them up, both sides rank, staff run, review and publish. */
export function registerMatchmakingEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["matchmaking events"];
  // Large events are assigned in a worker thread that lives with the app.
  const runner = createAssignmentRunner();
  app.addHook("onClose", () => runner.close());

  api.post(
    "/api/matchmaking-events",
    {
      config: { access: eventOrganisers },
      schema: {
        tags,
        summary:
          "Create an event of the municipality: date, place and the ranking window; participants come next",
        body: createEventBody,
        response: { 201: matchmakingEventSchema, ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        events.createEvent(ctx, tx, auditOriginOf(request), actor, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.get(
    "/api/matchmaking-events",
    {
      config: { access: eventReaders },
      schema: {
        tags,
        summary:
          "Events within reach, newest event date first: staff all of the municipality's; a young person those they take part in; a company contact those its openings take part in",
        querystring: listEventsQuery,
        response: {
          200: pageSchema(matchmakingEventSchema),
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) => events.listEvents(ctx, ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/matchmaking-events/:id",
    {
      config: { access: eventReaders },
      schema: {
        tags,
        summary:
          "One event within reach; staff see the ranking progress, a company contact its own openings in it",
        params: eventIdParams,
        response: { 200: matchmakingEventSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => events.getEvent(ctx, ctx.db, currentUser(request), request.params.id),
  );

  api.patch(
    "/api/matchmaking-events/:id",
    {
      config: { access: eventOrganisers },
      schema: {
        tags,
        summary:
          "Change the event's title, date, place or ranking window; until the assignment has been run (409 after)",
        params: eventIdParams,
        body: updateEventBody,
        response: {
          200: matchmakingEventSchema,
          ...problemResponses(400, 404, 409, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        events.updateEvent(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );

  api.get(
    "/api/matchmaking-events/:id/participants",
    {
      config: { access: eventOrganisers },
      schema: {
        tags,
        summary: "Who takes part, and who has ranked",
        params: eventIdParams,
        response: { 200: participantsSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => events.getParticipants(ctx.db, currentUser(request), request.params.id),
  );

  api.put(
    "/api/matchmaking-events/:id/participants",
    {
      config: { access: eventOrganisers },
      schema: {
        tags,
        summary:
          "Replace who takes part: young people who are looking, open openings with a free seat (bringing their free seats). Those who leave lose their rankings. 400 names every id that cannot take part; 409 once the assignment has been run",
        params: eventIdParams,
        body: replaceParticipantsBody,
        response: { 200: participantsSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        events.replaceParticipants(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );

  api.get(
    "/api/matchmaking-events/:id/my-ranking",
    {
      config: { access: youthRankers },
      schema: {
        tags,
        summary: "A young person taking part: the event's openings and my ranking of them",
        params: eventIdParams,
        response: { 200: youthRankingSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => events.getYouthRanking(ctx, ctx.db, currentUser(request), request.params.id),
  );

  api.put(
    "/api/matchmaking-events/:id/my-ranking",
    {
      config: { access: youthRankers },
      schema: {
        tags,
        summary:
          "Save my ranking (up to 10 of the event's openings, best first); 409 outside the ranking window",
        params: eventIdParams,
        body: youthRankingBody,
        response: { 200: youthRankingSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        events.replaceYouthRanking(ctx, tx, actor, request.params.id, request.body.openingIds),
      );
    },
  );

  api.get(
    "/api/matchmaking-events/:id/openings/:openingId/ranking",
    {
      config: { access: openingRankers },
      schema: {
        tags,
        summary:
          "An opening's list: the event's young people who let companies see them (first name, visible strengths and interests) and the opening's ranking of them. The opening's company contacts and staff",
        params: openingRankingParams,
        response: { 200: openingRankingSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) =>
      events.getOpeningRanking(
        ctx,
        ctx.db,
        currentUser(request),
        request.params.id,
        request.params.openingId,
      ),
  );

  api.put(
    "/api/matchmaking-events/:id/openings/:openingId/ranking",
    {
      config: { access: openingRankers },
      schema: {
        tags,
        summary:
          "Save an opening's list of the young people it would welcome, best first (the others are not acceptable to it); 409 outside the ranking window",
        params: openingRankingParams,
        body: openingRankingBody,
        response: { 200: openingRankingSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const { id, openingId } = request.params;
      return ctx.db.transaction((tx) =>
        events.replaceOpeningRanking(ctx, tx, actor, id, openingId, request.body.youthIds),
      );
    },
  );

  api.post(
    "/api/matchmaking-events/:id/assignment",
    {
      config: { access: eventOrganisers },
      serializerCompiler: presentedJson,
      schema: {
        tags,
        summary:
          "Run the young-person-proposing stable assignment over the rankings and store it as the proposal (replacing an earlier one). After the ranking window; 409 before it closes and after publication",
        params: eventIdParams,
        response: { 200: proposalSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        assignment.runAssignment(ctx, tx, auditOriginOf(request), actor, request.params.id, runner),
      );
    },
  );

  api.get(
    "/api/matchmaking-events/:id/assignment",
    {
      config: { access: eventOrganisers },
      serializerCompiler: presentedJson,
      schema: {
        tags,
        summary:
          "The proposal with its figures, its pairs and the young people without a place; 404 before the first run",
        params: eventIdParams,
        response: { 200: proposalSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => assignment.getProposal(ctx, ctx.db, currentUser(request), request.params.id),
  );

  api.patch(
    "/api/matchmaking-events/:id/assignment/pairs/:youthId",
    {
      config: { access: eventOrganisers },
      serializerCompiler: presentedJson,
      schema: {
        tags,
        summary: "Leave a pair out of publication, or take it back in; while the proposal is under review",
        params: proposalPairParams,
        body: leaveOutBody,
        response: { 200: proposalSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const { id, youthId } = request.params;
      return ctx.db.transaction((tx) =>
        assignment.leaveOutPair(ctx, tx, auditOriginOf(request), actor, id, youthId, request.body.leftOut),
      );
    },
  );

  api.post(
    "/api/matchmaking-events/:id/publish",
    {
      config: { access: eventOrganisers },
      serializerCompiler: presentedJson,
      schema: {
        tags,
        summary:
          "Publish the proposal once: every pair not left out becomes a match (an existing match of the pair is kept) and both sides are emailed. 409 before a run and the second time",
        params: eventIdParams,
        response: { 200: proposalSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        assignment.publishProposal(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );
}
