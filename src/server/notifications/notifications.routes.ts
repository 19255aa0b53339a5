import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { effectivePreferences, notificationKinds } from "./notifications.js";
import { findPreferences, savePreferences } from "./notifications.repository.js";

const preferencesSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, z.boolean()])) as Record<
    (typeof notificationKinds)[number],
    z.ZodBoolean
  >,
);

export function registerNotificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["account"];

  api.get(
    "/api/me/notification-preferences",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary:
          "Which emails one gets: interest from the other side, a new match, new messages (at most one an hour per conversation), meeting changes",
        response: { 200: preferencesSchema, ...problemResponses(...authenticatedProblems) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const [stored] = await findPreferences(ctx.db, [user.id]);
      return effectivePreferences(user.role, stored);
    },
  );

  api.put(
    "/api/me/notification-preferences",
    {
      config: { access: "authenticated" },
      schema: {
        tags,
        summary: "Switch email kinds on or off; kinds left out keep their setting",
        body: preferencesSchema.partial().strict(),
        response: { 200: preferencesSchema, ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return ctx.db.transaction(async (tx) => {
        await savePreferences(tx, user.id, request.body, ctx.clock.now());
        const [stored] = await findPreferences(tx, [user.id]);
        return effectivePreferences(user.role, stored);
      });
    },
  );
}
