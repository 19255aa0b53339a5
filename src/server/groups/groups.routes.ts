import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditOriginOf } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import { currentUser } from "../platform/access.js";
import { authenticatedProblems, noContent, problemResponses } from "../platform/openapi.js";
import { groupReaders, groupStaff } from "./groups.policy.js";
import {
  addMeetingBody,
  addMemberBody,
  attendanceBody,
  attendanceSignalsSchema,
  cancelMeetingBody,
  createGroupBody,
  generatedMeetingsSchema,
  groupIdParams,
  groupListSchema,
  groupMeetingIdParams,
  groupMeetingListSchema,
  groupMeetingSchema,
  groupMemberListSchema,
  groupMemberParams,
  groupSchema,
  groupStabilitySchema,
  meetingAttendanceSchema,
  meetingRangeQuery,
  myGroupMeetingListSchema,
  myGroupMeetingSchema,
  noticeBody,
  noticeSchema,
  signalsQuery,
  updateGroupBody,
  updateMeetingBody,
  youthIdParams,
  youthStabilitySchema,
} from "./groups.schemas.js";
import * as groups from "./groups.service.js";
import * as myMeetings from "./my-meetings.service.js";

const youthOnly = ["youth"] as const;
/** Presenters list the fields; the schema here documents only that a body comes back. */
const created = z.looseObject({}).describe("The created resource");

export function registerGroupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["groups"];
  const problems = (...statuses: (400 | 404 | 409)[]) =>
    problemResponses(...statuses, ...authenticatedProblems);

  api.post(
    "/api/groups",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Create a network group with its weekly slot; meetings are generated 8 weeks ahead",
        body: createGroupBody,
        response: { 201: groupSchema, ...problems(400) },
      },
    },
    async (request, reply) => {
      const group = await ctx.db.transaction((tx) =>
        groups.createGroup(ctx, tx, auditOriginOf(request), currentUser(request), request.body),
      );
      return reply.code(201).send(group);
    },
  );

  api.get(
    "/api/groups",
    {
      config: { access: groupReaders },
      schema: {
        tags,
        summary: "Staff: the municipality's groups; a young person: their active group",
        response: { 200: groupListSchema, ...problems() },
      },
    },
    async (request) => groups.listGroups(ctx.db, currentUser(request)),
  );

  api.get(
    "/api/groups/:id",
    {
      config: { access: groupReaders },
      schema: {
        tags,
        summary: "A group: staff of the municipality and its members",
        params: groupIdParams,
        response: { 200: groupSchema, ...problems(400, 404) },
      },
    },
    async (request) => groups.getGroup(ctx.db, currentUser(request), request.params.id),
  );

  api.patch(
    "/api/groups/:id",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Change a group; a changed slot regenerates the future meetings nobody has changed by hand",
        params: groupIdParams,
        body: updateGroupBody,
        response: { 200: groupSchema, ...problems(400, 404) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        groups.updateGroup(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body,
        ),
      ),
  );

  api.get(
    "/api/groups/:id/members",
    {
      config: { access: groupReaders },
      schema: {
        tags,
        summary: "Members: staff see the history with joinedOn/leftOn, members who is in the group now",
        params: groupIdParams,
        response: { 200: groupMemberListSchema, ...problems(400, 404) },
      },
    },
    async (request) => groups.listMembers(ctx.db, currentUser(request), request.params.id),
  );

  api.post(
    "/api/groups/:id/members",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary:
          "Add a young person of the municipality; 409 when they are in another active group unless move: true",
        params: groupIdParams,
        body: addMemberBody,
        response: { 201: created, ...problems(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const members = await ctx.db.transaction((tx) =>
        groups.addMember(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body,
        ),
      );
      return reply.code(201).send(members);
    },
  );

  api.delete(
    "/api/groups/:id/members/:youthId",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "End a membership today; the history is kept",
        params: groupMemberParams,
        response: { 204: noContent, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction((tx) =>
        groups.removeMember(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.params.youthId,
        ),
      );
      return reply.code(204).send(null);
    },
  );

  api.get(
    "/api/groups/:id/meetings",
    {
      config: { access: groupReaders },
      schema: {
        tags,
        summary: "A group's meetings in a local date range; members see those not over yet",
        params: groupIdParams,
        querystring: meetingRangeQuery,
        response: { 200: groupMeetingListSchema, ...problems(400, 404) },
      },
    },
    async (request) =>
      groups.listMeetings(ctx, ctx.db, currentUser(request), request.params.id, request.query),
  );

  api.post(
    "/api/groups/:id/meetings",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Add a meeting by hand",
        params: groupIdParams,
        body: addMeetingBody,
        response: { 201: groupMeetingSchema, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const meeting = await ctx.db.transaction((tx) =>
        groups.addMeeting(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body,
        ),
      );
      return reply.code(201).send(meeting);
    },
  );

  api.post(
    "/api/groups/:id/meetings/generate",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Top the group's meetings up to 8 weeks ahead (idempotent)",
        params: groupIdParams,
        response: { 200: generatedMeetingsSchema, ...problems(400, 404) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) => groups.generateForGroup(ctx, tx, currentUser(request), request.params.id)),
  );

  api.patch(
    "/api/group-meetings/:id",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Change a meeting (facilitators and staff of the municipality); raises its sequence",
        params: groupMeetingIdParams,
        body: updateMeetingBody,
        response: { 200: groupMeetingSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        groups.updateMeeting(
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
    "/api/group-meetings/:id/cancel",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Cancel a meeting with a reason; raises its sequence",
        params: groupMeetingIdParams,
        body: cancelMeetingBody,
        response: { 200: groupMeetingSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        groups.cancelMeeting(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body.reason,
        ),
      ),
  );

  api.post(
    "/api/group-meetings/:id/notice",
    {
      config: { access: youthOnly },
      schema: {
        tags,
        summary: "\"I can't come\": a member's notice before the meeting starts; 409 after",
        params: groupMeetingIdParams,
        body: noticeBody,
        response: { 200: noticeSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        groups.giveNotice(ctx, tx, currentUser(request), request.params.id, request.body.reason ?? null),
      ),
  );

  api.delete(
    "/api/group-meetings/:id/notice",
    {
      config: { access: youthOnly },
      schema: {
        tags,
        summary: "Take a notice back before the meeting starts",
        params: groupMeetingIdParams,
        response: { 204: noContent, ...problems(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction((tx) =>
        groups.withdrawNotice(ctx, tx, currentUser(request), request.params.id),
      );
      return reply.code(204).send(null);
    },
  );

  api.get(
    "/api/group-meetings/:id/attendance",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "The members on the meeting's date with notices and recorded status",
        params: groupMeetingIdParams,
        response: { 200: meetingAttendanceSchema, ...problems(400, 404) },
      },
    },
    async (request) => groups.getAttendance(ctx.db, currentUser(request), request.params.id),
  );

  api.put(
    "/api/group-meetings/:id/attendance",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary:
          "Take attendance after the meeting started: the group's facilitators and the municipality admin; other staff 403",
        params: groupMeetingIdParams,
        body: attendanceBody,
        response: { 200: meetingAttendanceSchema, ...problems(400, 404, 409) },
      },
    },
    async (request) =>
      ctx.db.transaction((tx) =>
        groups.takeAttendance(
          ctx,
          tx,
          auditOriginOf(request),
          currentUser(request),
          request.params.id,
          request.body,
        ),
      ),
  );

  api.get(
    "/api/groups/:id/attendance-stability",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Attendance stability of the group's members",
        params: groupIdParams,
        response: { 200: groupStabilitySchema, ...problems(400, 404) },
      },
    },
    async (request) => groups.groupStability(ctx, ctx.db, currentUser(request), request.params.id),
  );

  api.get(
    "/api/youth/:id/attendance-stability",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "A young person's group attendance stability: staff of their municipality",
        params: youthIdParams,
        response: { 200: youthStabilitySchema, ...problems(400, 404) },
      },
    },
    async (request) => groups.youthStability(ctx, ctx.db, currentUser(request), request.params.id),
  );

  api.get(
    "/api/attendance-signals",
    {
      config: { access: groupStaff },
      schema: {
        tags,
        summary: "Young people of the municipality who missed the last two meetings without notice",
        querystring: signalsQuery,
        response: { 200: attendanceSignalsSchema, ...problems(400) },
      },
    },
    async (request) =>
      groups.attendanceSignals(ctx, ctx.db, currentUser(request), request.query.counsellor === "me"),
  );

  api.get(
    "/api/me/group-meetings",
    {
      config: { access: groupReaders },
      schema: {
        tags,
        summary:
          "My group meetings in a local date range (default today and 8 weeks on): staff those of the groups they facilitate, a young person their active group's",
        querystring: meetingRangeQuery,
        response: { 200: myGroupMeetingListSchema, ...problems(400) },
      },
    },
    async (request) => myMeetings.listMyGroupMeetings(ctx, ctx.db, currentUser(request), request.query),
  );

  api.get(
    "/api/group-meetings/:id",
    {
      config: { access: groupReaders },
      schema: {
        tags,
        summary: "One meeting with its group's name: staff of the municipality, or a member on its date",
        params: groupMeetingIdParams,
        response: { 200: myGroupMeetingSchema, ...problems(400, 404) },
      },
    },
    async (request) => myMeetings.getGroupMeeting(ctx, ctx.db, currentUser(request), request.params.id),
  );
}
