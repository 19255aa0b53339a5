import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { decodeCursor, pageSchema, paginationQuery, toPage } from "../platform/pagination.js";
import { notFound } from "../platform/problems.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { userAdministrators } from "./accounts.policy.js";
import { presentColleague, presentUser } from "./accounts.presenters.js";
import * as repository from "./accounts.repository.js";
import {
  colleagueSchema,
  inviteUserBody,
  listUsersQuery,
  userIdParams,
  userSchema,
} from "./accounts.schemas.js";
import * as accounts from "./accounts.service.js";

export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users"];

  api.get(
    "/api/users",
    {
      config: { access: userAdministrators },
      schema: {
        tags,
        summary: "Users within reach: a municipality admin sees their municipality, a system admin everyone",
        querystring: paginationQuery.extend(listUsersQuery.shape),
        response: { 200: pageSchema(userSchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const { limit, cursor, role } = request.query;
      const rows = await repository.listUsers(
        ctx.db,
        tenantScopeOf(currentUser(request)),
        { role },
        { limit, after: decodeCursor(cursor) },
      );
      const page = toPage(rows, limit);
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },
  );

  api.get(
    "/api/staff",
    {
      config: { access: ["staff", "municipality_admin"] },
      schema: {
        tags,
        summary: "The municipality's active staff, for choosing a counsellor or coordinator",
        querystring: paginationQuery,
        response: { 200: pageSchema(colleagueSchema), ...problemResponses(400, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const rows = await repository.listUsers(
        ctx.db,
        tenantScopeOf(currentUser(request)),
        { role: "staff", status: "active" },
        { limit, after: decodeCursor(cursor) },
      );
      const page = toPage(rows, limit);
      return { items: page.items.map(presentColleague), nextCursor: page.nextCursor };
    },
  );

  api.get(
    "/api/users/:id",
    {
      config: { access: userAdministrators },
      schema: {
        tags,
        summary: "One user within reach",
        params: userIdParams,
        response: { 200: userSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const user = await repository.findUserById(
        ctx.db,
        tenantScopeOf(currentUser(request)),
        request.params.id,
      );
      if (!user) throw notFound("User not found");
      return presentUser(user);
    },
  );

  api.post(
    "/api/users",
    {
      config: { access: userAdministrators },
      schema: {
        tags,
        summary: "Invite a user; an email with a one-time link is sent",
        body: inviteUserBody,
        response: { 201: userSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const invited = await ctx.db.transaction((tx) =>
        accounts.inviteUser(ctx, tx, auditOriginOf(request), actor, request.body),
      );
      return reply.code(201).send(presentUser(invited));
    },
  );

  api.post(
    "/api/users/:id/disable",
    {
      config: { access: userAdministrators },
      schema: {
        tags,
        summary: "Disable a user and end all of their sessions",
        params: userIdParams,
        response: { 200: userSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      const disabled = await ctx.db.transaction((tx) =>
        accounts.disableUser(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
      return presentUser(disabled);
    },
  );
}
