import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import { calendarFeedOwners } from "./calendar.policy.js";
import { calendarFeedSchema, calendarText, feedFileParams, renewedFeedSchema } from "./calendar.schemas.js";
import * as calendar from "./calendar.service.js";

export function registerCalendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calendar"];

  api.get(
    "/api/me/calendar-feed",
    {
      config: { access: calendarFeedOwners },
      schema: {
        tags,
        summary: "The caller's personal calendar feed address, if they made one",
        response: { 200: calendarFeedSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request) => calendar.getMyFeed(ctx, ctx.db, currentUser(request)),
  );

  api.post(
    "/api/me/calendar-feed",
    {
      config: { access: calendarFeedOwners },
      schema: {
        tags,
        summary:
          "Make the caller's calendar feed address, or renew it: the old address stops working at once",
        response: { 201: renewedFeedSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const feed = await ctx.db.transaction((tx) =>
        calendar.renewMyFeed(ctx, tx, auditOriginOf(request), actor),
      );
      return reply.code(201).send(feed);
    },
  );

  api.delete(
    "/api/me/calendar-feed",
    {
      config: { access: calendarFeedOwners },
      schema: {
        tags,
        summary: "Turn the caller's calendar feed off; its address stops working",
        response: { 204: noContent, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      await ctx.db.transaction((tx) => calendar.turnOffMyFeed(tx, actor));
      return reply.code(204).send(null);
    },
  );

  api.get(
    "/api/calendar/:file",
    {
      // Calendar apps cannot log in: the secret in the address is the key. An unknown, renewed or
      // turned-off address is the same 404.
      config: { access: "public" },
      schema: {
        tags,
        summary: "A personal calendar feed, by its secret address",
        produces: ["text/calendar"],
        params: feedFileParams,
        response: { 200: calendarText, ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const text = await calendar.feedCalendar(ctx, ctx.db, request.params.file);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="nextwork.ics"')
        .send(text);
    },
  );
}
