import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser, type RouteAccess } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import {
  groupMeetingIdParams,
  putReflectionBody,
  reflectionPageSchema,
  reflectionSchema,
  reflectionsQuery,
  youthIdParams,
} from "./reflections.schemas.js";
import * as reflections from "./reflections.service.js";

/** Anyone signed in may ask; only the young person's own counsellor gets an answer, everyone else 404. */
const counsellorAccess = "authenticated" satisfies RouteAccess;

export function registerReflectionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["groups"];

  api.put(
    "/api/group-meetings/:id/reflection",
    {
      config: { access: ["youth"] },
      schema: {
        tags,
        summary:
          'Write or rewrite my private reflection on a group meeting ("what did I learn about myself?"); members of the group on the meeting\'s date, once it has begun (409 before, or when cancelled)',
        params: groupMeetingIdParams,
        body: putReflectionBody,
        response: { 200: reflectionSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        reflections.putReflection(ctx, tx, actor, request.params.id, request.body),
      );
    },
  );

  api.get(
    "/api/me/reflections",
    {
      config: { access: ["youth"] },
      schema: {
        tags,
        summary: "My reflections on group meetings, newest first",
        querystring: reflectionsQuery,
        response: { 200: reflectionPageSchema, ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => reflections.listMyReflections(ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/youth/:id/reflections",
    {
      config: { access: counsellorAccess },
      schema: {
        tags,
        summary:
          "The reflections a young person shared with their counsellor, newest first; only their own counsellor (404 for anyone else), every read audited",
        params: youthIdParams,
        querystring: reflectionsQuery,
        response: { 200: reflectionPageSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        reflections.listSharedReflections(
          ctx,
          tx,
          auditOriginOf(request),
          actor,
          request.params.id,
          request.query,
        ),
      );
    },
  );
}
