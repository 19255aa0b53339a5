import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import * as groups from "./groups.repository.js";
import { mayReadSharedReflections, meetingHasBegun } from "./reflections.policy.js";
import { presentReflection } from "./reflections.presenters.js";
import * as repository from "./reflections.repository.js";
import type { PutReflectionInput, ReflectionsQuery } from "./reflections.schemas.js";

export interface ReflectionsContext {
  clock: Clock;
}

/**
 * Writes (or rewrites) the young person's reflection on a meeting of a group they belonged to on
 * the meeting's date. A meeting of any other group is answered 404, as if it did not exist.
 */
export async function putReflection(
  ctx: ReflectionsContext,
  tx: Executor,
  user: CurrentUser,
  meetingId: string,
  input: PutReflectionInput,
) {
  const young = await groups.findYouthByUserId(tx, user.id);
  const meeting = await repository.findMeeting(tx, tenantScopeOf(user), meetingId);
  if (!young || !meeting || !(await repository.wasMemberOnMeetingDate(tx, meeting.id, young.id))) {
    throw notFound("Meeting not found");
  }
  if (meeting.status === "cancelled") throw conflict("The meeting was cancelled");
  const now = ctx.clock.now();
  if (!meetingHasBegun(meeting, now))
    throw conflict("The meeting has not started yet; reflect on it afterwards");
  const row = await repository.upsertReflection(tx, {
    municipalityId: meeting.municipalityId,
    meetingId: meeting.id,
    youthId: young.id,
    text: input.text,
    sharedWithCounsellor: input.sharedWithCounsellor,
    now,
  });
  return presentReflection(row);
}

export async function listMyReflections(db: Executor, user: CurrentUser, query: ReflectionsQuery) {
  const young = await groups.findYouthByUserId(db, user.id);
  if (!young) return { items: [], nextCursor: null };
  const rows = await repository.listReflections(db, young.id, {
    limit: query.limit,
    before: decodeCursor(query.cursor),
    sharedOnly: false,
  });
  const page = toPage(rows, query.limit);
  return { items: page.items.map(presentReflection), nextCursor: page.nextCursor };
}

/**
 * The counsellor's view: only the reflections the young person shared, and every read on record
 * (whether or not there is anything to read), as for other sensitive information.
 */
export async function listSharedReflections(
  ctx: ReflectionsContext,
  tx: Executor,
  origin: AuditOrigin,
  user: CurrentUser,
  youthId: string,
  query: ReflectionsQuery,
) {
  const young = await repository.findYouthInScope(tx, tenantScopeOf(user), youthId);
  if (!young || !mayReadSharedReflections(user, young)) throw notFound("Not found");
  const rows = await repository.listReflections(tx, young.id, {
    limit: query.limit,
    before: decodeCursor(query.cursor),
    sharedOnly: true,
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "youth.reflections_read",
    actorUserId: user.id,
    municipalityId: young.municipalityId,
    subjectType: "youth",
    subjectId: young.id,
  });
  const page = toPage(rows, query.limit);
  return { items: page.items.map(presentReflection), nextCursor: page.nextCursor };
}
