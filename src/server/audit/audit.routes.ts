import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { decodeCursor, pageSchema, paginationQuery, toPage } from "../platform/pagination.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { listAuditEvents } from "./audit.repository.js";

const auditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  action: z.string().describe("What happened, e.g. auth.login_failed or user.disabled"),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  municipality: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.uuid().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/audit-events",
    {
      config: { access: ["municipality_admin", "system_admin"] },
      schema: {
        tags: ["audit"],
        summary: "The audit log, newest first: a municipality admin sees their municipality's",
        querystring: paginationQuery,
        response: { 200: pageSchema(auditEventSchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const rows = await listAuditEvents(ctx.db, tenantScopeOf(currentUser(request)), {
        limit,
        before: decodeCursor(cursor),
      });
      const page = toPage(rows, limit);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((row) => ({
          id: row.id,
          occurredAt: row.occurredAt.toISOString(),
          action: row.action,
          actor:
            row.actorId && row.actorDisplayName
              ? { id: row.actorId, displayName: row.actorDisplayName }
              : null,
          municipality:
            row.municipalityId && row.municipalitySlug && row.municipalityName
              ? { id: row.municipalityId, slug: row.municipalitySlug, name: row.municipalityName }
              : null,
          subjectType: row.subjectType,
          subjectId: row.subjectId,
          ip: row.ip,
          requestId: row.requestId,
        })),
      };
    },
  );
}
