import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../context.js";
import type { RouteAccess } from "../platform/access.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import {
  listMessagesQuery,
  matchIdParams,
  messagePageSchema,
  messageSchema,
  postMessageBody,
} from "./conversations.schemas.js";
import * as conversations from "./conversations.service.js";

/**
 * The young person and the company's contacts write; staff of the municipality reach these routes
 * only to be told (403) that they see that a conversation exists, never its text.
 */
const conversationCallers = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

export function registerConversationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["matching"];

  api.get(
    "/api/matches/:id/messages",
    {
      config: { access: conversationCallers },
      schema: {
        tags,
        summary:
          "A match's conversation, newest page first (oldest first within a page); participants only, staff 403",
        params: matchIdParams,
        querystring: listMessagesQuery,
        response: { 200: messagePageSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) =>
      conversations.listMessages(ctx.db, currentUser(request), request.params.id, request.query),
  );

  api.post(
    "/api/matches/:id/messages",
    {
      config: { access: conversationCallers },
      schema: {
        tags,
        summary:
          "Write in a match's conversation; the other side is emailed at most once an hour, without the text. 409 when the match has ended or the young person no longer lets companies contact them",
        params: matchIdParams,
        body: postMessageBody,
        response: { 201: messageSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const message = await ctx.db.transaction((tx) =>
        conversations.postMessage(ctx, tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(message);
    },
  );

  api.post(
    "/api/matches/:id/read",
    {
      config: { access: conversationCallers },
      schema: {
        tags,
        summary: "Mark the conversation read up to now for the caller",
        params: matchIdParams,
        response: { 204: noContent, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      await ctx.db.transaction((tx) => conversations.markConversationRead(ctx, tx, actor, request.params.id));
      return reply.code(204).send(null);
    },
  );
}
