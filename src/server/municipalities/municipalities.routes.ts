import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { decodeCursor, pageSchema, paginationQuery, toPage } from "../platform/pagination.js";
import { municipalityReachOf } from "./municipalities.policy.js";
import { presentMunicipality } from "./municipalities.presenters.js";
import { listMunicipalities } from "./municipalities.repository.js";
import { createMunicipalityBody, municipalitySchema } from "./municipalities.schemas.js";
import { createMunicipality } from "./municipalities.service.js";

export function registerMunicipalityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["municipalities"];

  api.get(
    "/api/municipalities",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Municipalities: all for system admins and researchers, otherwise one's own",
        querystring: paginationQuery,
        response: { 200: pageSchema(municipalitySchema), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const rows = await listMunicipalities(ctx.db, municipalityReachOf(currentUser(request)), {
        limit,
        after: decodeCursor(cursor),
      });
      const page = toPage(rows, limit);
      return { items: page.items.map(presentMunicipality), nextCursor: page.nextCursor };
    },
  );

  api.post(
    "/api/municipalities",
    {
      config: { access: ["system_admin"] },
      schema: {
        tags,
        summary: "Create a municipality (a new tenant)",
        body: createMunicipalityBody,
        response: { 201: municipalitySchema, ...problemResponses(400, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        createMunicipality(tx, ctx.clock, auditOriginOf(request), actor.id, request.body),
      );
      return reply.code(201).send(presentMunicipality(created));
    },
  );
}
