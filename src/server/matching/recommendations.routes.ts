import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import type { CandidateIndexStore } from "./candidate-index.js";
import {
  dismissers,
  openingRecommendationReaders,
  ownRecommendationReaders,
  youthRecommendationReaders,
} from "./recommendations.policy.js";
import {
  dismissalBody,
  openingIdParams,
  openingRecommendationPageSchema,
  openingRecommendationsQuery,
  youthIdParams,
  youthRecommendationPageSchema,
  youthRecommendationsQuery,
} from "./recommendations.schemas.js";
import * as recommendations from "./recommendations.service.js";

/**
 * Recommendations both ways (decision 0008). `candidates` holds this app's in-memory candidate
 * indexes; app.ts makes one per app, so apps on different databases never share one.
 */
export function registerRecommendationRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  candidates: CandidateIndexStore,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["recommendations"];
  const context = {
    db: ctx.db,
    clock: ctx.clock,
    candidates,
    ownYouthStates: recommendations.createOwnYouthStateCache(ctx.changes),
  };
  // A young person's ranked openings are the hottest route (issue 4 sets its speed). Its presenters
  // return the schemas' own types, so the compiler holds the shape, and the tests parse every answer
  // with the schema; serialising skips the second check at run time, which costs more than the
  // ranking. The answer holds openings only, never a person's data.
  const serializerCompiler = () => (data: unknown) => JSON.stringify(data);

  api.get(
    "/api/me/recommendations",
    {
      config: { access: ownRecommendationReaders },
      serializerCompiler,
      schema: {
        tags,
        summary:
          "For a young person: open openings with a free seat in their municipality, best fit first, each with its reasons and concerns",
        querystring: openingRecommendationsQuery,
        response: {
          200: openingRecommendationPageSchema,
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) =>
      recommendations.recommendOpeningsToOwnYouth(context, currentUser(request), request.query),
  );

  api.get(
    "/api/youth/:id/recommendations",
    {
      config: { access: youthRecommendationReaders },
      serializerCompiler,
      schema: {
        tags,
        summary:
          "For staff: the openings a young person of the municipality is recommended, as they see them",
        params: youthIdParams,
        querystring: openingRecommendationsQuery,
        response: {
          200: openingRecommendationPageSchema,
          ...problemResponses(400, 404, ...authenticatedProblems),
        },
      },
    },
    async (request) =>
      recommendations.recommendOpeningsToYouth(
        context,
        currentUser(request),
        request.params.id,
        request.query,
      ),
  );

  api.get(
    "/api/openings/:id/recommendations",
    {
      // Young people's data for companies: the response schema stays the whitelist at run time.
      config: { access: openingRecommendationReaders },
      schema: {
        tags,
        summary:
          "For an opening (its company's contacts and staff): young people who consent to be seen, best fit first, judged and shown only by what they show to the network",
        params: openingIdParams,
        querystring: youthRecommendationsQuery,
        response: {
          200: youthRecommendationPageSchema,
          ...problemResponses(400, 404, ...authenticatedProblems),
        },
      },
    },
    async (request) =>
      recommendations.recommendYouthForOpening(
        context,
        currentUser(request),
        request.params.id,
        request.query,
      ),
  );

  api.post(
    "/api/dismissals",
    {
      config: { access: dismissers },
      schema: {
        tags,
        summary:
          '"Not for me": hide a young person x opening pair from one\'s own recommendations (a young person leaves out youthId)',
        body: dismissalBody,
        response: { 204: noContent, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await ctx.db.transaction((tx) => recommendations.dismiss(context, tx, user, request.body));
      return reply.code(204).send(null);
    },
  );

  api.post(
    "/api/dismissals/undo",
    {
      config: { access: dismissers },
      schema: {
        tags,
        summary: 'Take back a "not for me", so the pair shows again',
        body: dismissalBody,
        response: { 204: noContent, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await ctx.db.transaction((tx) => recommendations.undoDismissal(tx, user, request.body));
      return reply.code(204).send(null);
    },
  );
}
