import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { companyContactOnly, networkMeetingReaders, networkStaff } from "./company-network.policy.js";
import {
  attendanceBody,
  attendanceSummarySchema,
  cancelMeetingBody,
  createMeetingBody,
  meetingIdParams,
  minutesBody,
  networkCompanyListSchema,
  networkMeetingDetailSchema,
  networkMeetingListSchema,
  networkMeetingSchema,
  responseBody,
  updateMeetingBody,
  yearQuery,
} from "./company-network.schemas.js";
import * as network from "./company-network.service.js";

export function registerCompanyNetworkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["company-network"];
  const problems = (...statuses: (400 | 404 | 409)[]) =>
    problemResponses(...statuses, ...authenticatedProblems);

  api.post(
    "/api/network-meetings",
    {
      config: { access: networkStaff },
      schema: {
        tags,
        summary: "Plan a network meeting; the invited companies' contacts get an invitation by email",
        body: createMeetingBody,
        response: { 201: networkMeetingSchema, ...problems(400) },
      },
    },
    async (request, reply) => {
      const meeting = await ctx.db.transaction((tx) =>
        network.createMeeting(ctx, tx, auditOriginOf(request), currentUser(request), request.body),
      );
      return reply.code(201).send(meeting);
    },
  );

  api.get(
    "/api/network-meetings",
    {
      config: { access: networkMeetingReaders },
      schema: {
        tags,
        summary:
          "A year's meetings: staff all of the municipality's, a company contact those their company is invited to, with its attendance against the 5-6 target",
        querystring: yearQuery,
        response: { 200: networkMeetingListSchema, ...problems(400) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) => network.listMeetings(ctx, tx, currentUser(request), request.query)),
  );

  api.get(
    "/api/network-meetings/:id",
    {
      config: { access: networkMeetingReaders },
      schema: {
        tags,
        summary: "A meeting with its invitations: staff see every company, a company contact only their own",
        params: meetingIdParams,
        response: { 200: networkMeetingDetailSchema, ...problems(400, 404) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) => network.getMeeting(ctx, tx, currentUser(request), request.params.id)),
  );

  api.patch(
    "/api/network-meetings/:id",
    {
      config: { access: networkStaff },
      schema: {
        tags,
        summary:
          "Change a meeting; a new time or place raises its sequence and queues reminders to the invited companies' contacts",
        params: meetingIdParams,
        body: updateMeetingBody,
        response: { 200: networkMeetingDetailSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        network.updateMeeting(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body,
        ),
      ),
  );

  api.post(
    "/api/network-meetings/:id/cancel",
    {
      config: { access: networkStaff },
      schema: {
        tags,
        summary: "Cancel a meeting with a reason; the invited companies' contacts are reminded",
        params: meetingIdParams,
        body: cancelMeetingBody,
        response: { 200: networkMeetingDetailSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        network.cancelMeeting(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body.reason,
        ),
      ),
  );

  api.put(
    "/api/network-meetings/:id/response",
    {
      config: { access: companyContactOnly },
      schema: {
        tags,
        summary: "A contact of an invited company answers yes, no or maybe; 409 once started or cancelled",
        params: meetingIdParams,
        body: responseBody,
        response: { 200: networkMeetingSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        network.answerMeeting(ctx, tx, currentUser(request), request.params.id, request.body.answer),
      ),
  );

  api.put(
    "/api/network-meetings/:id/attendance",
    {
      config: { access: networkStaff },
      schema: {
        tags,
        summary: "Record which invited companies came; 409 before the meeting starts",
        params: meetingIdParams,
        body: attendanceBody,
        response: { 200: networkMeetingDetailSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        network.recordAttendance(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body,
        ),
      ),
  );

  api.put(
    "/api/network-meetings/:id/minutes",
    {
      config: { access: networkStaff },
      schema: {
        tags,
        summary: "Save (or with null remove) the meeting's minutes, which the invited companies read",
        params: meetingIdParams,
        body: minutesBody,
        response: { 200: networkMeetingDetailSchema, ...problems(400, 404) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        network.saveMinutes(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body.minutes,
        ),
      ),
  );

  api.get(
    "/api/network-attendance",
    {
      config: { access: networkStaff },
      schema: {
        tags,
        summary:
          "Every company of the municipality with the year's invitations and attendance against the target",
        querystring: yearQuery,
        response: { 200: attendanceSummarySchema, ...problems(400) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) => network.attendanceSummary(ctx, tx, currentUser(request), request.query)),
  );

  api.get(
    "/api/network-companies",
    {
      config: { access: networkMeetingReaders },
      schema: {
        tags,
        summary: "The municipality's companies, to refer a young person to; a contact's own is left out",
        response: { 200: networkCompanyListSchema, ...problems() },
      },
    },
    async (request) => ctx.db.transaction((tx) => network.listNetworkCompanies(tx, currentUser(request))),
  );
}
