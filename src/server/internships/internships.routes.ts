import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { pageSchema } from "../platform/pagination.js";
import { PROBLEM_BASE } from "../platform/problems.js";
import {
  absenceRecorders,
  internshipApprovers,
  internshipExtenders,
  internshipProposers,
  internshipReaders,
  internshipRunners,
  internshipSideRoles,
} from "./internships.policy.js";
import {
  absenceBody,
  absenceListSchema,
  absenceSchema,
  approveInternshipBody,
  checkInBody,
  checkInSchema,
  endEarlyBody,
  evaluationBody,
  evaluationSchema,
  extendInternshipBody,
  extensionCheckBody,
  internshipDetailSchema,
  internshipIdParams,
  internshipSummarySchema,
  listInternshipsQuery,
  proposalCheckBody,
  proposeInternshipBody,
  ruleBreachProblemSchema,
  ruleCheckSchema,
} from "./internships.schemas.js";
import * as internships from "./internships.service.js";

/**
 * A rule breach leaves with its findings in both languages, so the form can show them and staff
 * can decide to override. Sent here rather than by the error handler, which knows only the fields
 * every problem has; the transaction has rolled back by now.
 */
async function answeringRuleBreach<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  act: () => Promise<T>,
): Promise<T | FastifyReply> {
  try {
    return await act();
  } catch (error) {
    if (!(error instanceof internships.RuleBreachProblem)) throw error;
    return reply
      .code(422)
      .type("application/problem+json")
      .send({
        type: `${PROBLEM_BASE}${error.slug}`,
        title: error.title,
        status: 422,
        detail: error.detail,
        instance: request.url.split("?")[0],
        errors: error.errors,
        findings: error.findings,
      });
  }
}

export function registerInternshipRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["internships"];
  const detailResponses = {
    200: internshipDetailSchema,
    ...problemResponses(400, 404, 409, 503, ...authenticatedProblems),
  };

  api.get(
    "/api/internships",
    {
      config: { access: internshipReaders },
      schema: {
        tags,
        summary:
          "Internships within reach, newest first: a young person's own, a company's trainees, staff all of the municipality's with warnings",
        querystring: listInternshipsQuery,
        response: {
          200: pageSchema(internshipSummarySchema),
          ...problemResponses(400, ...authenticatedProblems),
        },
      },
    },
    async (request) => internships.listInternships(ctx, ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/internships/:id",
    {
      config: { access: internshipReaders },
      schema: {
        tags,
        summary:
          "One internship with its rule findings, extensions, absences, check-ins, evaluations and (staff) warnings",
        params: internshipIdParams,
        response: { 200: internshipDetailSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => internships.getInternship(ctx, ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/internships",
    {
      config: { access: internshipProposers },
      schema: {
        tags,
        summary:
          "Propose an internship from a match (staff or the match's company). Checked by the rule set of its start date: a breach answers 422 with the findings unless staff give overrideReason",
        body: proposeInternshipBody,
        response: {
          201: internshipDetailSchema,
          422: ruleBreachProblemSchema,
          ...problemResponses(400, 404, 409, 503, ...authenticatedProblems),
        },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      return answeringRuleBreach(request, reply, async () => {
        const proposed = await ctx.db.transaction((tx) =>
          internships.proposeInternship(ctx, tx, auditOriginOf(request), actor, request.body),
        );
        return reply.code(201).send(proposed);
      });
    },
  );

  api.post(
    "/api/internships/rule-check",
    {
      config: { access: internshipProposers },
      schema: {
        tags,
        summary:
          "What the rules would say of a proposal, without making it: the rule set of the start date, its findings, and whether a breach blocks",
        body: proposalCheckBody,
        response: { 200: ruleCheckSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) => internships.checkProposal(ctx.db, currentUser(request), request.body),
  );

  api.post(
    "/api/internships/:id/extension-check",
    {
      config: { access: internshipExtenders },
      schema: {
        tags,
        summary: "What the rules would say of an extension, without making it",
        params: internshipIdParams,
        body: extensionCheckBody,
        response: { 200: ruleCheckSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request) =>
      internships.checkExtension(ctx.db, currentUser(request), request.params.id, request.body),
  );

  api.post(
    "/api/internships/:id/approve",
    {
      config: { access: internshipApprovers },
      schema: {
        tags,
        summary:
          "The young person's or the municipality's approval; with both, the internship is approved and takes a seat of its opening (409 when none is free). The second approval checks the rules again on today's facts: staff then get 422 with the findings unless they give overrideReason; a young person's approval is kept and the municipality's taken back",
        params: internshipIdParams,
        body: approveInternshipBody,
        response: { ...detailResponses, 422: ruleBreachProblemSchema },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      return answeringRuleBreach(request, reply, () =>
        ctx.db.transaction((tx) =>
          internships.approveInternship(
            ctx,
            tx,
            auditOriginOf(request),
            actor,
            request.params.id,
            request.body ?? {},
          ),
        ),
      );
    },
  );

  api.post(
    "/api/internships/:id/start",
    {
      config: { access: internshipRunners },
      schema: {
        tags,
        summary: "Start an approved internship, on or after its start date",
        params: internshipIdParams,
        response: detailResponses,
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        internships.startInternship(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );

  api.post(
    "/api/internships/:id/extend",
    {
      config: { access: internshipExtenders },
      schema: {
        tags,
        summary:
          "Extend a running internship after a written assessment; a rule breach answers 422 unless overrideReason is given",
        params: internshipIdParams,
        body: extendInternshipBody,
        response: { ...detailResponses, 422: ruleBreachProblemSchema },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      return answeringRuleBreach(request, reply, () =>
        ctx.db.transaction((tx) =>
          internships.extendInternship(
            ctx,
            tx,
            auditOriginOf(request),
            actor,
            request.params.id,
            request.body,
          ),
        ),
      );
    },
  );

  api.post(
    "/api/internships/:id/complete",
    {
      config: { access: internshipRunners },
      schema: {
        tags,
        summary: "Complete a running internship; its seat is freed",
        params: internshipIdParams,
        response: detailResponses,
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        internships.completeInternship(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );

  api.post(
    "/api/internships/:id/end-early",
    {
      config: { access: internshipRunners },
      schema: {
        tags,
        summary: "End an internship before its planned end, with the reason; a held seat is freed",
        params: internshipIdParams,
        body: endEarlyBody,
        response: detailResponses,
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        internships.endInternshipEarly(
          ctx,
          tx,
          auditOriginOf(request),
          actor,
          request.params.id,
          request.body.reason,
        ),
      );
    },
  );

  api.get(
    "/api/internships/:id/absences",
    {
      config: { access: internshipReaders },
      schema: {
        tags,
        summary: "The internship's absences in date order",
        params: internshipIdParams,
        response: { 200: absenceListSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => internships.listAbsences(ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/internships/:id/absences",
    {
      config: { access: absenceRecorders },
      schema: {
        tags,
        summary:
          "Record days away (sick or other) within the internship; the young person, the company or staff",
        params: internshipIdParams,
        body: absenceBody,
        response: { 201: absenceSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const absence = await ctx.db.transaction((tx) =>
        internships.recordAbsence(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(absence);
    },
  );

  api.post(
    "/api/internships/:id/check-ins",
    {
      config: { access: internshipSideRoles },
      schema: {
        tags,
        summary:
          "This week's check-in from the young person or the company: one per side per week (409 on a second)",
        params: internshipIdParams,
        body: checkInBody,
        response: { 201: checkInSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const checkIn = await ctx.db.transaction((tx) =>
        internships.giveCheckIn(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(checkIn);
    },
  );

  api.post(
    "/api/internships/:id/evaluations",
    {
      config: { access: internshipSideRoles },
      schema: {
        tags,
        summary:
          "Each side's evaluation once the internship is over: what went well, what the young person showed",
        params: internshipIdParams,
        body: evaluationBody,
        response: { 201: evaluationSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const evaluation = await ctx.db.transaction((tx) =>
        internships.giveEvaluation(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(evaluation);
    },
  );
}
