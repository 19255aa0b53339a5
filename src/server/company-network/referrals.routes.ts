import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import { companyContactOnly, referralReaders } from "./company-network.policy.js";
import {
  createReferralBody,
  referralIdParams,
  referralListSchema,
  referralSchema,
} from "./referrals.schemas.js";
import * as referrals from "./referrals.service.js";

export function registerReferralRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["company-network"];
  const problems = (...statuses: (400 | 404)[]) => problemResponses(...statuses, ...authenticatedProblems);

  api.post(
    "/api/referrals",
    {
      config: { access: companyContactOnly },
      schema: {
        tags,
        summary:
          "Refer a young person known from a match to another company; 404 unless they let companies see them",
        body: createReferralBody,
        response: { 201: referralSchema, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const referral = await ctx.db.transaction((tx) =>
        referrals.createReferral(ctx, tx, auditOriginOf(request), currentUser(request), request.body),
      );
      return reply.code(201).send(referral);
    },
  );

  api.get(
    "/api/referrals",
    {
      config: { access: referralReaders },
      schema: {
        tags,
        summary:
          "Referrals: a company its sent and received ones, a young person those of themself, staff all of the municipality",
        response: { 200: referralListSchema, ...problems() },
      },
    },
    async (request) => ctx.db.transaction((tx) => referrals.listReferrals(tx, currentUser(request))),
  );

  api.post(
    "/api/referrals/:id/dismiss",
    {
      config: { access: referralReaders },
      schema: {
        tags,
        summary: "The young person it is about puts the referral aside; 404 to anyone else",
        params: referralIdParams,
        response: { 204: noContent, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction((tx) =>
        referrals.dismissReferral(ctx, tx, currentUser(request), request.params.id),
      );
      return reply.code(204).send(null);
    },
  );
}
