import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import type { Executor, Transaction } from "../db/database.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import { decodeCursor, pageSchema, paginationQuery, toPage } from "../platform/pagination.js";
import { notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { youthCaseworkers } from "./youth.policy.js";
import { presentYouthForCompany, presentYouthFull, presentYouthListItem } from "./youth.presenters.js";
import * as repository from "./youth.repository.js";
import {
  enrolYouthBody,
  listYouthQuery,
  progressScoreSchema,
  recordConsentBody,
  recordProgressBody,
  revealedCprSchema,
  sensitiveInformationSchema,
  updateProfileBody,
  updateSensitiveBody,
  updateYouthBody,
  youthCompanyViewSchema,
  youthFullSchema,
  youthIdParams,
  youthListItemSchema,
} from "./youth.schemas.js";
import * as service from "./youth.service.js";

export function registerYouthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["youth"];
  const selfOrCaseworker = ["youth", ...youthCaseworkers] as const;

  async function fullView(db: Executor, young: repository.YouthRow) {
    return presentYouthFull(young, await service.consentStatesOf(db, young.id), ctx.cipher, ctx.clock.now());
  }

  /** Finds the young person the route names, within the caller's reach, and acts in one transaction. */
  function withReachableYouth<T>(
    request: FastifyRequest,
    youthId: string,
    act: (tx: Transaction, actor: CurrentUser, young: repository.YouthRow) => Promise<T>,
  ): Promise<T> {
    const actor = currentUser(request);
    return ctx.db.transaction(async (tx) => {
      const { young } = await service.reachableYouth(tx, actor, youthId);
      return act(tx, actor, young);
    });
  }

  /** After a change: the young person as they are now, as the caller sees them in full. */
  async function freshFullView(tx: Transaction, actor: CurrentUser, youthId: string) {
    return fullView(tx, (await service.reachableYouth(tx, actor, youthId)).young);
  }

  api.get(
    "/api/youth",
    {
      config: { access: [...youthCaseworkers, "company_contact"] },
      schema: {
        tags,
        summary:
          "Young people: staff see their municipality's in full; company contacts see consenting young people's network-visible profiles",
        querystring: paginationQuery.extend(listYouthQuery.shape),
        response: {
          200: pageSchema(z.union([youthCompanyViewSchema, youthListItemSchema])),
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { limit, cursor, q, status, counsellorId, field } = request.query;
      const forCompany = user.role === "company_contact";
      const rows = await repository.listYouth(
        ctx.db,
        tenantScopeOf(user),
        // Companies search by what young people chose to show, never by name or case data.
        forCompany
          ? { field, onlyVisibleToCompanies: true }
          : { q, status, counsellorId, field, onlyVisibleToCompanies: false },
        { limit, after: decodeCursor(cursor) },
      );
      const page = toPage(rows, limit);
      const today = ctx.clock.now();
      return {
        items: page.items.map((row) =>
          forCompany ? presentYouthForCompany(row, today) : presentYouthListItem(row, today),
        ),
        nextCursor: page.nextCursor,
      };
    },
  );

  api.get(
    "/api/youth/me",
    {
      config: { access: ["youth"] },
      schema: {
        tags,
        summary: "The logged-in young person's own profile",
        response: { 200: youthFullSchema, ...problemResponses(...authenticatedProblems, 404) },
      },
    },
    async (request) => {
      const young = await repository.findYouthByUserId(ctx.db, currentUser(request).id);
      if (!young) throw notFound("No young person's profile belongs to this account");
      return fullView(ctx.db, young);
    },
  );

  api.get(
    "/api/youth/:id",
    {
      config: { access: [...selfOrCaseworker, "company_contact"] },
      schema: {
        tags,
        summary: "One young person, as the caller may see them",
        params: youthIdParams,
        response: {
          200: z.union([youthCompanyViewSchema, youthFullSchema]),
          ...problemResponses(400, 404, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      const { young, relation } = await service.reachableYouth(
        ctx.db,
        currentUser(request),
        request.params.id,
      );
      if (relation === "company") return presentYouthForCompany(young, ctx.clock.now());
      return fullView(ctx.db, young);
    },
  );

  api.get(
    "/api/youth/:id/company-view",
    {
      config: { access: selfOrCaseworker },
      schema: {
        tags,
        summary: "Preview: exactly what companies in the network see of this young person (if they consent)",
        params: youthIdParams,
        response: { 200: youthCompanyViewSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const { young } = await service.reachableYouth(ctx.db, currentUser(request), request.params.id);
      return presentYouthForCompany(young, ctx.clock.now());
    },
  );

  api.post(
    "/api/youth",
    {
      config: { access: youthCaseworkers },
      schema: {
        tags,
        summary: "Enrol a young person: creates their account and sends the invitation",
        body: enrolYouthBody,
        response: { 201: youthFullSchema, ...problemResponses(400, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const view = await ctx.db.transaction(async (tx) => {
        const young = await service.enrolYouth(ctx, tx, auditOriginOf(request), actor, request.body);
        return fullView(tx, young);
      });
      return reply.code(201).send(view);
    },
  );

  api.patch(
    "/api/youth/:id",
    {
      config: { access: youthCaseworkers },
      schema: {
        tags,
        summary: "Change programme data: counsellor, status, phone, postal code",
        params: youthIdParams,
        body: updateYouthBody,
        response: { 200: youthFullSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      return withReachableYouth(request, request.params.id, async (tx, actor, young) => {
        await service.updateYouth(ctx, tx, auditOriginOf(request), actor, young, request.body);
        return freshFullView(tx, actor, young.id);
      });
    },
  );

  api.patch(
    "/api/youth/:id/profile",
    {
      config: { access: selfOrCaseworker },
      schema: {
        tags,
        summary: "Save any parts of the resource profile and their visibility; half-done is fine",
        params: youthIdParams,
        body: updateProfileBody,
        response: { 200: youthFullSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      return withReachableYouth(request, request.params.id, async (tx, actor, young) => {
        await service.updateProfile(ctx, tx, auditOriginOf(request), actor, young, request.body);
        return freshFullView(tx, actor, young.id);
      });
    },
  );

  api.post(
    "/api/youth/:id/consents",
    {
      config: { access: selfOrCaseworker },
      schema: {
        tags,
        summary: "Give or withdraw a consent; withdrawing hides the profile from companies at once",
        params: youthIdParams,
        body: recordConsentBody,
        response: { 200: youthFullSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      return withReachableYouth(request, request.params.id, async (tx, actor, young) => {
        await service.recordConsent(ctx, tx, auditOriginOf(request), actor, young, request.body);
        return fullView(tx, young);
      });
    },
  );

  api.post(
    "/api/youth/:id/cpr/reveal",
    {
      config: { access: ["staff"] },
      schema: {
        tags,
        summary: "Show the full CPR number; writes an audit entry",
        params: youthIdParams,
        response: { 200: revealedCprSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const cpr = await withReachableYouth(request, request.params.id, (tx, actor, young) =>
        service.revealCpr(ctx, tx, auditOriginOf(request), actor, young),
      );
      return { cpr };
    },
  );

  api.get(
    "/api/youth/:id/progress",
    {
      config: { access: selfOrCaseworker },
      schema: {
        tags,
        summary: "Progress dimensions over time, oldest first",
        params: youthIdParams,
        response: {
          200: z.object({ items: z.array(progressScoreSchema) }),
          ...problemResponses(400, 404, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      const { young } = await service.reachableYouth(ctx.db, currentUser(request), request.params.id);
      const rows = await repository.listProgressScores(ctx.db, young.id);
      return {
        items: rows.map((row) => ({
          id: row.id,
          recordedOn: row.recordedOn,
          direction: row.direction,
          persistence: row.persistence,
          curiosity: row.curiosity,
          resilience: row.resilience,
          selfEsteem: row.selfEsteem,
          recordedBy:
            row.recordedById && row.recordedByName
              ? { id: row.recordedById, displayName: row.recordedByName }
              : null,
        })),
      };
    },
  );

  api.post(
    "/api/youth/:id/progress",
    {
      config: { access: selfOrCaseworker },
      schema: {
        tags,
        summary: "Record the five progress dimensions (1-10) for a day",
        params: youthIdParams,
        body: recordProgressBody,
        response: { 204: noContent, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      await withReachableYouth(request, request.params.id, (tx, actor, young) =>
        service.recordProgress(ctx, tx, actor, young, request.body),
      );
      return reply.code(204).send(null);
    },
  );

  api.get(
    "/api/youth/:id/sensitive",
    {
      config: { access: ["youth", "staff"] },
      schema: {
        tags,
        summary:
          "Sensitive support information: the young person and their own counsellor only; staff reads are audited",
        params: youthIdParams,
        response: {
          200: sensitiveInformationSchema,
          ...problemResponses(400, 404, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      return withReachableYouth(request, request.params.id, (tx, actor, young) =>
        service.readSensitiveInformation(ctx, tx, auditOriginOf(request), actor, young),
      );
    },
  );

  api.put(
    "/api/youth/:id/sensitive",
    {
      config: { access: ["youth", "staff"] },
      schema: {
        tags,
        summary: "Replace the sensitive support information",
        params: youthIdParams,
        body: updateSensitiveBody,
        response: {
          200: sensitiveInformationSchema,
          ...problemResponses(400, 404, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      return withReachableYouth(request, request.params.id, async (tx, actor, young) => {
        await service.saveSensitiveInformation(ctx, tx, auditOriginOf(request), actor, young, request.body);
        return service.readSensitiveInformation(ctx, tx, auditOriginOf(request), actor, young);
      });
    },
  );
}
