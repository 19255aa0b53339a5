import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser, type RouteAccess } from "../platform/access.js";
import { authenticatedProblems, problemResponses } from "../platform/openapi.js";
import { matchIdParams } from "./conversations.schemas.js";
import {
  acceptMeetingBody,
  meetingFeedbackBody,
  meetingIdParams,
  meetingListSchema,
  meetingSchema,
  proposeMeetingBody,
} from "./meetings.schemas.js";
import * as meetings from "./meetings.service.js";

/** The young person and the company's contacts arrange first meetings. */
const meetingParticipants = ["youth", "company_contact"] as const satisfies RouteAccess;
/** Staff of the municipality also see a match's meetings (and the chemistry answers, not comments). */
const meetingReaders = [...meetingParticipants, "staff", "municipality_admin"] as const satisfies RouteAccess;

const calendarBody = z.string().describe("An iCalendar (RFC 5545) file, METHOD:REQUEST or METHOD:CANCEL");

export function registerMeetingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["matching"];

  api.get(
    "/api/matches/:id/meetings",
    {
      config: { access: meetingReaders },
      schema: {
        tags,
        summary: "A match's first meetings, newest first; participants and the municipality's staff",
        params: matchIdParams,
        response: { 200: meetingListSchema, ...problemResponses(400, 404, ...authenticatedProblems) },
      },
    },
    async (request) => meetings.listMeetings(ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/matches/:id/meetings",
    {
      config: { access: meetingParticipants },
      schema: {
        tags,
        summary:
          "Propose a first meeting: one to three future times and a place; the other side is emailed. 409 while another meeting is open or agreed and not over, or when the match has ended",
        params: matchIdParams,
        body: proposeMeetingBody,
        response: { 201: meetingSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const meeting = await ctx.db.transaction((tx) =>
        meetings.proposeMeeting(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(meeting);
    },
  );

  api.post(
    "/api/meetings/:id/accept",
    {
      config: { access: meetingParticipants },
      schema: {
        tags,
        summary:
          "Accept one of the proposed times (the other side than the proposer); both sides get the calendar invitation by email",
        params: meetingIdParams,
        body: acceptMeetingBody,
        response: { 200: meetingSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        meetings.acceptMeeting(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
    },
  );

  api.post(
    "/api/meetings/:id/decline",
    {
      config: { access: meetingParticipants },
      schema: {
        tags,
        summary: "Decline a proposed meeting (the other side than the proposer); the proposer is told",
        params: meetingIdParams,
        response: { 200: meetingSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        meetings.declineMeeting(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );

  api.post(
    "/api/meetings/:id/cancel",
    {
      config: { access: meetingParticipants },
      schema: {
        tags,
        summary:
          "Cancel a proposed or agreed meeting that has not begun (either side); an agreed one is cancelled in both sides' calendars",
        params: meetingIdParams,
        response: { 200: meetingSchema, ...problemResponses(400, 404, 409, 503, ...authenticatedProblems) },
      },
    },
    async (request) => {
      const actor = currentUser(request);
      return ctx.db.transaction((tx) =>
        meetings.cancelMeeting(ctx, tx, auditOriginOf(request), actor, request.params.id),
      );
    },
  );

  api.get(
    "/api/meetings/:id/calendar.ics",
    {
      config: { access: meetingParticipants },
      schema: {
        tags,
        summary: "The meeting's calendar file; once a time is agreed (or the agreed meeting is cancelled)",
        produces: ["text/calendar"],
        params: meetingIdParams,
        response: { 200: calendarBody, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const calendar = await meetings.meetingCalendar(ctx, ctx.db, currentUser(request), request.params.id);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", `attachment; filename="${calendar.filename}"`)
        .send(calendar.text);
    },
  );

  api.post(
    "/api/meetings/:id/feedback",
    {
      config: { access: meetingParticipants },
      schema: {
        tags,
        summary:
          '"Did the chemistry work?" once per side, after the agreed time; the comment stays with the answering side',
        params: meetingIdParams,
        body: meetingFeedbackBody,
        response: { 201: meetingSchema, ...problemResponses(400, 404, 409, ...authenticatedProblems) },
      },
    },
    async (request, reply) => {
      const actor = currentUser(request);
      const meeting = await ctx.db.transaction((tx) =>
        meetings.giveFeedback(ctx, tx, auditOriginOf(request), actor, request.params.id, request.body),
      );
      return reply.code(201).send(meeting);
    },
  );
}
