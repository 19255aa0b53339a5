import { and, count, desc, eq, gt, inArray, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import type { TenantScope } from "../platform/tenant.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { youth } from "../youth/youth.tables.js";
import { matches, matchParticipantMarks, meetings, messages } from "./matching.tables.js";

const scopeCondition = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(matches.municipalityId, scope.municipalityId) : undefined;

/** The match of a young person x opening pair, active or ended; there is at most one, ever. */
export async function findMatchOfPair(db: Executor, openingId: string, youthId: string) {
  const [row] = await db
    .select({ id: matches.id, status: matches.status })
    .from(matches)
    .where(and(eq(matches.openingId, openingId), eq(matches.youthId, youthId)))
    .limit(1);
  return row;
}

/**
 * Inserts the match unless the pair already has one (matches_pair_unique); returns its id only when
 * this call created it, so a match is announced exactly once.
 */
export async function insertMatchOnce(
  db: Executor,
  values: { municipalityId: string; openingId: string; youthId: string; companyId: string; now: Date },
): Promise<string | undefined> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(matches)
    .values({ ...columns, createdAt: now, lastActivityAt: now })
    .onConflictDoNothing({ target: [matches.openingId, matches.youthId] })
    .returning({ id: matches.id });
  return row?.id;
}

export async function markEnded(
  db: Executor,
  id: string,
  values: { endedByUserId: string; endReason: (typeof matches.$inferSelect)["endReason"]; now: Date },
) {
  await db
    .update(matches)
    .set({
      status: "ended",
      endedAt: values.now,
      endedByUserId: values.endedByUserId,
      endReason: values.endReason,
      lastActivityAt: values.now,
    })
    .where(eq(matches.id, id));
}

/** Which of the tenant's matches a caller lists: a young person's, a company's, or all. */
export type MatchVisibility = { youthId: string } | { companyId: string } | { everything: true };

function visibilityCondition(visibility: MatchVisibility): SQL | undefined {
  if ("youthId" in visibility) return eq(matches.youthId, visibility.youthId);
  if ("companyId" in visibility) return eq(matches.companyId, visibility.companyId);
  return undefined;
}

function selectMatchViews(db: Executor) {
  return db
    .select({
      id: matches.id,
      status: matches.status,
      createdAt: matches.createdAt,
      lastActivityAt: matches.lastActivityAt,
      endedAt: matches.endedAt,
      endReason: matches.endReason,
      openingId: openings.id,
      openingTitle: openings.title,
      companyId: companies.id,
      companyName: companies.name,
      youthId: youth.id,
      youthDisplayName: users.displayName,
      // Read at query time, so a company stops seeing the name as soon as consent is withdrawn.
      youthVisibleToCompanies: sql<boolean>`${hasCurrentConsent(youth.id, "profile_visible_to_companies")}`,
    })
    .from(matches)
    .innerJoin(openings, eq(openings.id, matches.openingId))
    .innerJoin(companies, eq(companies.id, matches.companyId))
    .innerJoin(youth, eq(youth.id, matches.youthId))
    .innerJoin(users, eq(users.id, youth.userId));
}

export type MatchViewRow = Awaited<ReturnType<typeof listMatches>>[number];

export async function listMatches(
  db: Executor,
  scope: TenantScope,
  visibility: MatchVisibility,
  filter: { status?: (typeof matches.$inferSelect)["status"] | undefined; openingId?: string | undefined },
  page: { limit: number; before?: string | undefined },
) {
  return selectMatchViews(db)
    .where(
      and(
        scopeCondition(scope),
        visibilityCondition(visibility),
        filter.status ? eq(matches.status, filter.status) : undefined,
        filter.openingId ? eq(matches.openingId, filter.openingId) : undefined,
        page.before ? lt(matches.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(matches.id))
    .limit(page.limit + 1);
}

/** One match as listed; the caller has already checked it is within reach (participants.ts). */
export async function findMatchView(db: Executor, scope: TenantScope, id: string) {
  const [row] = await selectMatchViews(db)
    .where(and(eq(matches.id, id), scopeCondition(scope)))
    .limit(1);
  return row;
}

/** Per match: messages by others that are newer than what the user has read. */
export async function unreadCounts(
  db: Executor,
  matchIds: string[],
  userId: string,
): Promise<Map<string, number>> {
  if (matchIds.length === 0) return new Map();
  const rows = await db
    .select({ matchId: messages.matchId, unread: count() })
    .from(messages)
    .leftJoin(
      matchParticipantMarks,
      and(eq(matchParticipantMarks.matchId, messages.matchId), eq(matchParticipantMarks.userId, userId)),
    )
    .where(
      and(
        inArray(messages.matchId, matchIds),
        ne(messages.authorUserId, userId),
        or(isNull(matchParticipantMarks.readUpTo), gt(messages.createdAt, matchParticipantMarks.readUpTo)),
      ),
    )
    .groupBy(messages.matchId);
  return new Map(rows.map((row) => [row.matchId, row.unread]));
}

/** The latest meeting of each match, if any. */
export async function latestMeetings(db: Executor, matchIds: string[]) {
  if (matchIds.length === 0) return new Map<string, LatestMeeting>();
  const rows = await db
    .selectDistinctOn([meetings.matchId], {
      matchId: meetings.matchId,
      id: meetings.id,
      status: meetings.status,
      acceptedTime: meetings.acceptedTime,
    })
    .from(meetings)
    .where(inArray(meetings.matchId, matchIds))
    .orderBy(meetings.matchId, desc(meetings.createdAt), desc(meetings.id));
  return new Map(rows.map((row) => [row.matchId, row]));
}

export interface LatestMeeting {
  id: string;
  status: (typeof meetings.$inferSelect)["status"];
  acceptedTime: Date | null;
}
