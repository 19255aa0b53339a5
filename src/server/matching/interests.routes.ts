import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import { incomingInterestReaders, matchmakingParticipants, matchmakingReaders } from "./interests.policy.js";
import {
  createInterestBody,
  createInterestResponse,
  incomingInterestSchema,
  interestIdParams,
  interestListItemSchema,
  interestSchema,
  listInterestsQuery,
} from "./interests.schemas.js";
import * as interests from "./interests.service.js";

export function registerInterestRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["matchmaking"];

  api.post(
    "/api/interests",
    {
      config: { access: matchmakingParticipants },
      schema: {
        tags,
        summary:
          "Mark interest: a young person in an open opening (needs their consent to be seen by companies); a company contact in a consenting young person for one of their openings (youthId). Interest from both sides makes a match",
        body: createInterestBody,
        response: {
          201: createInterestResponse,
          ...problemResponses(400, 404, 409, 503, ...authenticatedProblems),
        },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        interests.markInterest(ctx, tx, auditOriginOf(request), actor, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.post(
    "/api/interests/:id/withdraw",
    {
      config: { access: matchmakingParticipants },
      schema: {
        tags,
        summary: "Withdraw one's own side's interest while there is no match",
        params: interestIdParams,
        response: { 200: interestSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        interests.withdrawInterest(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );

  api.get(
    "/api/interests",
    {
      config: { access: matchmakingReaders },
      schema: {
        tags,
        summary:
          "Interests within reach, newest first: a young person's own; a company's own and the live interests of consenting young people in its openings; staff all of the municipality's",
        querystring: listInterestsQuery,
        response: {
          200: pageSchema(interestListItemSchema),
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) => interests.listInterests(ctx, ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/me/incoming-interest",
    {
      config: { access: incomingInterestReaders },
      schema: {
        tags,
        summary:
          'How many companies are interested in me, never which; only when I chose to hear of it (notification preference "interest")',
        response: { 200: incomingInterestSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request) => interests.incomingInterest(ctx.db, currentUser(request)),
  );
}
