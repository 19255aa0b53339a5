import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { openingContentBody, openingSchema } from "../openings/openings.schemas.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import { wishAnswerers, wishOwners, wishReaders } from "./wishes.policy.js";
import {
  createWishBody,
  listWishesQuery,
  updateWishBody,
  wishIdParams,
  wishSchema,
} from "./wishes.schemas.js";
import * as wishes from "./wishes.service.js";

export function registerWishRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["wishes"];

  api.get(
    "/api/wishes",
    {
      config: { access: wishReaders },
      schema: {
        tags,
        summary:
          "Wishes within reach: a young person's own; for companies the open wishes of young people who consent to be seen; staff all of the municipality's",
        querystring: listWishesQuery,
        response: { 200: pageSchema(wishSchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => wishes.listWishes(ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/wishes/:id",
    {
      config: { access: wishReaders },
      schema: {
        tags,
        summary: "One wish within reach; for companies only while open and the young person consents",
        params: wishIdParams,
        response: { 200: wishSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => wishes.getWish(ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/wishes",
    {
      config: { access: wishOwners },
      schema: {
        tags,
        summary: 'Post a wish: "I would like to try ..."',
        body: createWishBody,
        response: { 201: wishSchema, ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        wishes.createWish(ctx, tx, auditOriginOf(request), actor, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.patch(
    "/api/wishes/:id",
    {
      config: { access: wishOwners },
      schema: {
        tags,
        summary: "Change one's own open wish; null clears hours or area",
        params: wishIdParams,
        body: updateWishBody,
        response: { 200: wishSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        wishes.updateWish(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );

  api.post(
    "/api/wishes/:id/withdraw",
    {
      config: { access: wishOwners },
      schema: {
        tags,
        summary: "Withdraw one's own open wish",
        params: wishIdParams,
        response: { 200: wishSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        wishes.withdrawWish(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );

  api.post(
    "/api/wishes/:id/answer",
    {
      config: { access: wishAnswerers },
      schema: {
        tags,
        summary:
          "Answer an open wish with an opening for one's own company; the wish becomes answered and the young person gets an email",
        params: wishIdParams,
        body: openingContentBody,
        response: { 201: openingSchema, ...problemResponses(400, 404, 503, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const opening = await ctx.db.transaction((tx) =>
        wishes.answerWish(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(opening);
    },
  );
}
