import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { workIdentitySchema } from "./work-identity.schemas.js";
import { readMyWorkIdentity } from "./work-identity.service.js";

export function registerWorkIdentityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/me/work-identity",
    {
      config: { access: ["youth"] },
      schema: {
        tags: ["work-identity"],
        summary:
          "My work identity: the strengths I chose, both sides' evaluations of my internships, and my reflections on group meetings",
        response: { 200: workIdentitySchema, ...problemResponses(404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      // One snapshot, so the three parts agree with each other.
      return ctx.db.transaction((tx) => readMyWorkIdentity(tx, user), {
        isolationLevel: "repeatable read",
        accessMode: "read only",
      });
    },
  );
}
