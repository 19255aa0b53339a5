import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser, type RouteAccess } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import {
  createdReportSchema,
  createReportBody,
  listReportsQuery,
  messageIdParams,
  messageReportSchema,
  reportIdParams,
  resolveReportBody,
} from "./message-reports.schemas.js";
import * as reports from "./message-reports.service.js";

/** The two sides of a conversation report its messages. */
const messageReporters = ["youth", "company_contact"] as const satisfies RouteAccess;
/** The municipality's team reviews reports: the only way they read a conversation's text. */
const reportReviewers = ["staff", "municipality_admin"] as const satisfies RouteAccess;

export function registerMessageReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["matching"];

  api.post(
    "/api/messages/:id/reports",
    {
      config: { access: messageReporters },
      schema: {
        tags,
        summary: "Report a message in one's own conversation to the municipality's staff; once per message",
        params: messageIdParams,
        body: createReportBody,
        response: { 201: createdReportSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const created = await ctx.db.transaction((tx) =>
        reports.reportMessage(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.get(
    "/api/message-reports",
    {
      config: { access: reportReviewers },
      schema: {
        tags,
        summary:
          "Reported messages of the municipality with their text, newest first; every report shown is audited as read",
        querystring: listReportsQuery,
        response: {
          200: pageSchema(messageReportSchema),
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        reports.listReports(ctx, tx, auditOriginOf(request), actor, request.query),
      );
    },
  );

  api.post(
    "/api/message-reports/:id/resolve",
    {
      config: { access: reportReviewers },
      schema: {
        tags,
        summary: "Mark a report dealt with, with a note on what was done",
        params: reportIdParams,
        body: resolveReportBody,
        response: { 200: messageReportSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        reports.resolveReport(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );
}
