import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import { reminderIdParams, reminderListSchema } from "./reminders.schemas.js";
import * as reminders from "./reminders.service.js";

export function registerReminderRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["account"];

  api.get(
    "/api/me/reminders",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "The caller's reminders about meetings: tomorrow's, moved and cancelled ones",
        response: { 200: reminderListSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request) => reminders.listMyReminders(ctx, ctx.db, currentUser(request)),
  );

  api.post(
    "/api/me/reminders/:id/dismiss",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Put one of the caller's reminders away; someone else's is not found",
        params: reminderIdParams,
        response: { 204: noContent, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      await ctx.db.transaction((tx) => reminders.dismissMyReminder(ctx, tx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );
}
