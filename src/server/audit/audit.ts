import type { FastifyRequest } from "fastify";
import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { insertAuditEvent } from "./audit.repository.js";

export const auditActions = [
  "auth.login_succeeded",
  "auth.login_failed",
  "auth.logout",
  "auth.password_changed",
  "auth.password_reset_requested",
  "auth.password_reset",
  "user.invited",
  "user.invitation_accepted",
  "user.disabled",
  "municipality.created",
  "company.created",
  "company.updated",
  "company.imported",
  "youth.enrolled",
  "youth.updated",
  "youth.profile_updated",
  "youth.consent_recorded",
  "youth.cpr_revealed",
  "youth.sensitive_read",
  "youth.sensitive_updated",
  "youth.reflections_read",
  "opening.created",
  "opening.updated",
  "opening.status_changed",
  "wish.created",
  "wish.updated",
  "wish.withdrawn",
  "wish.answered",
  "interest.created",
  "interest.withdrawn",
  "match.created",
  "match.ended",
  "message_report.created",
  "message_report.read",
  "message_report.resolved",
  "meeting.proposed",
  "meeting.accepted",
  "meeting.declined",
  "meeting.cancelled",
  "meeting.feedback_given",
  "internship.proposed",
  "internship.approved",
  "internship.rule_overridden",
  "internship.started",
  "internship.extended",
  "internship.completed",
  "internship.ended_early",
  "internship.absence_recorded",
  "internship.check_in_given",
  "internship.evaluated",
  "matchmaking_event.created",
  "matchmaking_event.updated",
  "matchmaking_event.participants_changed",
  "matchmaking_event.assignment_run",
  "matchmaking_event.pair_left_out",
  "matchmaking_event.published",
  "group.created",
  "group.updated",
  "group.member_added",
  "group.member_moved",
  "group.member_removed",
  "group.meeting_changed",
  "group.meeting_cancelled",
  "group.meeting_added",
  "group.attendance_taken",
  "group.post_hidden",
  "network_meeting.created",
  "network_meeting.updated",
  "network_meeting.cancelled",
  "network_meeting.attendance_recorded",
  "network_meeting.minutes_saved",
  "referral.created",
  "calendar_feed.renewed",
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  action: AuditAction;
  actorUserId: string | null;
  municipalityId: string | null;
  subjectType?:
    | "user"
    | "municipality"
    | "youth"
    | "company"
    | "opening"
    | "wish"
    | "interest"
    | "match"
    | "message"
    | "message_report"
    | "meeting"
    | "internship"
    | "matchmaking_event"
    | "network_group"
    | "group_meeting"
    | "network_meeting"
    | "company_referral";
  subjectId?: string;
}

/** Where and by which request an audited action happened. */
export interface AuditOrigin {
  ip: string;
  requestId: string;
}

export function auditOriginOf(request: FastifyRequest): AuditOrigin {
  return { ip: request.ip, requestId: String(request.id) };
}

export async function recordAuditEvent(db: Executor, clock: Clock, origin: AuditOrigin, entry: AuditEntry) {
  await insertAuditEvent(db, {
    occurredAt: clock.now(),
    action: entry.action,
    actorUserId: entry.actorUserId,
    municipalityId: entry.municipalityId,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    ip: origin.ip,
    requestId: origin.requestId,
  });
}
