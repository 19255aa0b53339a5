import { and, desc, eq, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth } from "../youth/youth.tables.js";
import { matches, messageReports, messages } from "./matching.tables.js";

const authors = alias(users, "author");
const reporters = alias(users, "reporter");
const youthUsers = alias(users, "youth_user");

const reportScope = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(messageReports.municipalityId, scope.municipalityId) : undefined;

/** A message within the tenant, with the match it belongs to. */
export async function findMessageById(db: Executor, scope: TenantScope, id: string) {
  const [row] = await db
    .select({ id: messages.id, matchId: messages.matchId, municipalityId: messages.municipalityId })
    .from(messages)
    .where(
      and(
        eq(messages.id, id),
        scope.kind === "municipality" ? eq(messages.municipalityId, scope.municipalityId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** The new report's id, or undefined when this user already reported this message. */
export async function insertReport(
  db: Executor,
  values: {
    municipalityId: string;
    messageId: string;
    reportedByUserId: string;
    reason: string;
    createdAt: Date;
  },
): Promise<string | undefined> {
  const [row] = await db
    .insert(messageReports)
    .values(values)
    .onConflictDoNothing({ target: [messageReports.messageId, messageReports.reportedByUserId] })
    .returning({ id: messageReports.id });
  return row?.id;
}

const reportColumns = {
  id: messageReports.id,
  municipalityId: messageReports.municipalityId,
  reason: messageReports.reason,
  createdAt: messageReports.createdAt,
  resolvedAt: messageReports.resolvedAt,
  resolutionNote: messageReports.resolutionNote,
  reporterDisplayName: reporters.displayName,
  messageId: messages.id,
  messageBody: messages.body,
  messageCreatedAt: messages.createdAt,
  authorDisplayName: authors.displayName,
  matchId: matches.id,
  openingTitle: openings.title,
  companyName: companies.name,
  youthDisplayName: youthUsers.displayName,
};

export type MessageReportRow = Awaited<ReturnType<typeof listReports>>[number];

function reportsWithContext(db: Executor) {
  return db
    .select(reportColumns)
    .from(messageReports)
    .innerJoin(reporters, eq(reporters.id, messageReports.reportedByUserId))
    .innerJoin(messages, eq(messages.id, messageReports.messageId))
    .innerJoin(authors, eq(authors.id, messages.authorUserId))
    .innerJoin(matches, eq(matches.id, messages.matchId))
    .innerJoin(openings, eq(openings.id, matches.openingId))
    .innerJoin(companies, eq(companies.id, matches.companyId))
    .innerJoin(youth, eq(youth.id, matches.youthId))
    .innerJoin(youthUsers, eq(youthUsers.id, youth.userId));
}

/** Newest first, limit + 1 rows. */
export async function listReports(
  db: Executor,
  scope: TenantScope,
  status: "open" | "resolved",
  page: { limit: number; before?: string | undefined },
) {
  return reportsWithContext(db)
    .where(
      and(
        reportScope(scope),
        status === "open" ? isNull(messageReports.resolvedAt) : isNotNull(messageReports.resolvedAt),
        page.before ? lt(messageReports.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(messageReports.id))
    .limit(page.limit + 1);
}

export async function findReportById(
  db: Executor,
  scope: TenantScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MessageReportRow | undefined> {
  const query = reportsWithContext(db)
    .where(and(eq(messageReports.id, id), reportScope(scope)))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for("update", { of: messageReports }) : query);
  return row;
}

export async function resolveReport(
  db: Executor,
  id: string,
  values: { resolvedAt: Date; resolvedByUserId: string; resolutionNote: string },
): Promise<void> {
  await db.update(messageReports).set(values).where(eq(messageReports.id, id));
}
