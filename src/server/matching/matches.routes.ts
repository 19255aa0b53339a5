import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import { matchmakingParticipants, matchmakingReaders } from "./interests.policy.js";
import { endMatchBody, listMatchesQuery, matchIdParams, matchListItemSchema } from "./matches.schemas.js";
import * as matches from "./matches.service.js";

export function registerMatchRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["matchmaking"];

  api.get(
    "/api/matches",
    {
      config: { access: matchmakingReaders },
      schema: {
        tags,
        summary:
          "Matches within reach, newest first: a young person's own, a company's, staff all of the municipality's (never the conversation)",
        querystring: listMatchesQuery,
        response: {
          200: pageSchema(matchListItemSchema),
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) => matches.listMatches(ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/matches/:id",
    {
      config: { access: matchmakingReaders },
      schema: {
        tags,
        summary: "One match: for its young person, its company's contacts and the municipality's staff",
        params: matchIdParams,
        response: { 200: matchListItemSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => matches.getMatch(ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/matches/:id/end",
    {
      config: { access: matchmakingParticipants },
      schema: {
        tags,
        summary:
          "End a match politely with a reason from the list; the other side is told kindly by email. The conversation stays readable",
        params: matchIdParams,
        body: endMatchBody,
        response: {
          200: matchListItemSchema,
          ...problemResponses(400, 404, 409, 503, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        matches.endMatch(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body.reason),
      );
    },
  );
}
