import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import { openingManagers, openingReaders } from "./openings.policy.js";
import {
  changeOpeningStatusBody,
  createOpeningBody,
  listOpeningsQuery,
  openingIdParams,
  openingSchema,
  updateOpeningBody,
} from "./openings.schemas.js";
import * as openings from "./openings.service.js";

export function registerOpeningRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["openings"];

  api.get(
    "/api/openings",
    {
      config: { access: openingReaders },
      schema: {
        tags,
        summary:
          "Openings within reach: young people see open ones of their municipality, a company contact their company's, staff all of the municipality's",
        querystring: listOpeningsQuery,
        response: { 200: pageSchema(openingSchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => openings.listOpenings(ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/openings/:id",
    {
      config: { access: openingReaders },
      schema: {
        tags,
        summary: "One opening within reach",
        params: openingIdParams,
        response: { 200: openingSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => openings.getOpening(ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/openings",
    {
      config: { access: openingManagers },
      schema: {
        tags,
        summary:
          "Post an opening: a company contact for their own company, staff for a company of their municipality (companyId)",
        body: createOpeningBody,
        response: { 201: openingSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        openings.createOpening(ctx, tx, auditOriginOf(request), actor, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.patch(
    "/api/openings/:id",
    {
      config: { access: openingManagers },
      schema: {
        tags,
        summary: "Change an opening's fields (not once it is closed); null clears an optional field",
        params: openingIdParams,
        body: updateOpeningBody,
        response: { 200: openingSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        openings.updateOpening(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );

  api.post(
    "/api/openings/:id/status",
    {
      config: { access: openingManagers },
      schema: {
        tags,
        summary:
          "Pause, reopen, fill or close an opening; open <-> paused, open/paused -> filled/closed, filled -> open/closed; closed is final (409)",
        params: openingIdParams,
        body: changeOpeningStatusBody,
        response: { 200: openingSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        openings.changeOpeningStatus(
          ctx,
          tx,
          auditOriginOf(request),
          actor,
          request.params.id,
          request.body.status,
        ),
      );
    },
  );
}
