import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import * as repository from "./message-reports.repository.js";
import type {
  CreateReportInput,
  ListReportsQuery,
  MessageReportOutput,
  ResolveReportInput,
} from "./message-reports.schemas.js";
import { findMatchInReach } from "./participants.js";

/**
 * The one place staff read a conversation's text: a reported message, with who wrote and who
 * reported it. Every report shown is audited as a read.
 */
export function presentReport(row: repository.MessageReportRow): MessageReportOutput {
  return {
    id: row.id,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolutionNote: row.resolutionNote,
    reportedBy: { displayName: row.reporterDisplayName },
    message: {
      id: row.messageId,
      body: row.messageBody,
      createdAt: row.messageCreatedAt.toISOString(),
      author: { displayName: row.authorDisplayName },
    },
    match: {
      id: row.matchId,
      opening: { title: row.openingTitle },
      company: { name: row.companyName },
      youth: { displayName: row.youthDisplayName },
    },
  };
}

/** A participant of the message's conversation reports it, once. */
export async function reportMessage(
  ctx: { clock: Clock },
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  messageId: string,
  input: CreateReportInput,
) {
  const message = await repository.findMessageById(tx, tenantScopeOf(actor), messageId);
  const reach = message ? await findMatchInReach(tx, actor, message.matchId) : undefined;
  if (!message || reach?.viewer.kind !== "participant") throw notFound("Message not found");
  const id = await repository.insertReport(tx, {
    municipalityId: message.municipalityId,
    messageId: message.id,
    reportedByUserId: actor.id,
    reason: input.reason,
    createdAt: ctx.clock.now(),
  });
  if (!id) throw conflict("You have already reported this message");
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "message_report.created",
    actorUserId: actor.id,
    municipalityId: message.municipalityId,
    subjectType: "message_report",
    subjectId: id,
  });
  return { id };
}

async function auditRead(
  ctx: { clock: Clock },
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  rows: readonly repository.MessageReportRow[],
) {
  for (const row of rows) {
    await recordAuditEvent(tx, ctx.clock, origin, {
      action: "message_report.read",
      actorUserId: actor.id,
      municipalityId: row.municipalityId,
      subjectType: "message_report",
      subjectId: row.id,
    });
  }
}

export async function listReports(
  ctx: { clock: Clock },
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  query: ListReportsQuery,
) {
  const rows = await repository.listReports(tx, tenantScopeOf(actor), query.status, {
    limit: query.limit,
    before: decodeCursor(query.cursor),
  });
  const page = toPage(rows, query.limit);
  await auditRead(ctx, tx, origin, actor, page.items);
  return { items: page.items.map(presentReport), nextCursor: page.nextCursor };
}

export async function resolveReport(
  ctx: { clock: Clock },
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  input: ResolveReportInput,
) {
  const scope = tenantScopeOf(actor);
  const row = await repository.findReportById(tx, scope, id, { forUpdate: true });
  if (!row) throw notFound("Report not found");
  if (row.resolvedAt) throw conflict("The report has already been resolved");
  await repository.resolveReport(tx, row.id, {
    resolvedAt: ctx.clock.now(),
    resolvedByUserId: actor.id,
    resolutionNote: input.note,
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "message_report.resolved",
    actorUserId: actor.id,
    municipalityId: row.municipalityId,
    subjectType: "message_report",
    subjectId: row.id,
  });
  const resolved = await repository.findReportById(tx, scope, row.id);
  if (!resolved) throw new Error("resolved report not found");
  return presentReport(resolved);
}
