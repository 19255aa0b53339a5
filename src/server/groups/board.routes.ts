import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser, type RouteAccess } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import {
  boardPageSchema,
  boardPostIdParams,
  boardPostSchema,
  boardQuery,
  createBoardPostBody,
  groupIdParams,
  hideBoardPostBody,
} from "./board.schemas.js";
import * as board from "./board.service.js";

/**
 * Any signed-in user may ask: whether they reach a group's board (a member with an open membership,
 * or one of its facilitators) is decided per group in the service, and everyone else, company
 * contacts included, is answered 404 there rather than 403, so a board's audience never shows.
 */
const boardAccess = "authenticated" satisfies RouteAccess;

export function registerGroupBoardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["groups"];

  api.get(
    "/api/groups/:id/board",
    {
      config: { access: boardAccess },
      schema: {
        tags,
        summary:
          "The group's board, posts newest first with their replies; only the group's members and facilitators, 404 for anyone else",
        params: groupIdParams,
        querystring: boardQuery,
        response: { 200: boardPageSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => board.listBoard(ctx.db, currentUser(request), request.params.id, request.query),
  );

  api.post(
    "/api/groups/:id/board",
    {
      config: { access: boardAccess },
      schema: {
        tags,
        summary:
          "Post on the group's board, or reply to a post (members with an open membership and the group's facilitators). 409 when the group is closed or the post answered is hidden",
        params: groupIdParams,
        body: createBoardPostBody,
        response: { 201: boardPostSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const post = await ctx.db.transaction((tx) =>
        board.createPost(ctx, tx, actor, request.params.id, request.body),
      );
      return reply.code(201).send(post);
    },
  );

  api.post(
    "/api/board-posts/:id/hide",
    {
      config: { access: boardAccess },
      schema: {
        tags,
        summary:
          "Hide a post: the author their own (no reason needed), a facilitator any (reason required, audited). 403 for a member hiding someone else's post, 409 when already hidden",
        params: boardPostIdParams,
        body: hideBoardPostBody,
        response: { 200: boardPostSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        board.hidePost(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );
}
