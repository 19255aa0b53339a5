import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pipelineReaders } from "./interests.policy.js";
import { pipelineSchema } from "./pipeline.schemas.js";
import { pipelineOf } from "./pipeline.service.js";

export function registerPipelineRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/matching/pipeline",
    {
      config: { access: pipelineReaders },
      schema: {
        tags: ["matchmaking"],
        summary:
          "The municipality's pipeline: how many young people are at each stage, and who is stuck (interest with no answer for 7 days, a match with no meeting for 14 days)",
        response: { 200: pipelineSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request) => pipelineOf(ctx, ctx.db, currentUser(request)),
  );
}
