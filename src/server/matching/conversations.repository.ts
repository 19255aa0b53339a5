import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth } from "../youth/youth.tables.js";
import { matches, matchParticipantMarks, messages } from "./matching.tables.js";

const scopeCondition = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(messages.municipalityId, scope.municipalityId) : undefined;

/** What a match is about and who the young person's user is (to tell the two sides' users apart). */
export async function findMatchSubject(db: Executor, match: { openingId: string; youthId: string }) {
  const [row] = await db
    .select({
      openingTitle: openings.title,
      companyName: companies.name,
      youthUserId: youth.userId,
    })
    .from(openings)
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .innerJoin(youth, eq(youth.id, match.youthId))
    .where(eq(openings.id, match.openingId))
    .limit(1);
  if (!row) throw new Error("a match without its opening or young person");
  return row;
}

export type MatchSubject = Awaited<ReturnType<typeof findMatchSubject>>;

const messageColumns = {
  id: messages.id,
  matchId: messages.matchId,
  authorUserId: messages.authorUserId,
  authorDisplayName: users.displayName,
  body: messages.body,
  createdAt: messages.createdAt,
};

export type MessageRow = Awaited<ReturnType<typeof listMessages>>[number];

/** Newest first, limit + 1 rows; `before` is the id of the oldest message the caller already has. */
export async function listMessages(
  db: Executor,
  scope: TenantScope,
  matchId: string,
  page: { limit: number; before?: string | undefined },
) {
  return db
    .select(messageColumns)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .where(
      and(
        eq(messages.matchId, matchId),
        scopeCondition(scope),
        page.before
          ? sql`(${messages.createdAt}, ${messages.id}) < (select m.created_at, m.id from ${messages} m where m.id = ${page.before} and m.match_id = ${matchId})`
          : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(page.limit + 1);
}

export async function insertMessage(
  db: Executor,
  values: { municipalityId: string; matchId: string; authorUserId: string; body: string; createdAt: Date },
): Promise<MessageRow> {
  const [inserted] = await db.insert(messages).values(values).returning({ id: messages.id });
  if (!inserted) throw new Error("message insert returned nothing");
  const [row] = await db
    .select(messageColumns)
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .where(eq(messages.id, inserted.id));
  if (!row) throw new Error("inserted message not found");
  return row;
}

/** Staff see a match's last activity instead of its text: every message and meeting change moves it. */
export async function touchMatch(db: Executor, matchId: string, now: Date): Promise<void> {
  await db.update(matches).set({ lastActivityAt: now }).where(eq(matches.id, matchId));
}

export type MarkRow = Awaited<ReturnType<typeof findMarks>>[number];

export async function findMarks(db: Executor, matchId: string) {
  return db
    .select({
      userId: matchParticipantMarks.userId,
      readUpTo: matchParticipantMarks.readUpTo,
      lastEmailedAt: matchParticipantMarks.lastEmailedAt,
    })
    .from(matchParticipantMarks)
    .where(eq(matchParticipantMarks.matchId, matchId));
}

/** The user has read everything up to `now`; a mark never moves backwards. */
export async function markRead(db: Executor, matchId: string, userId: string, now: Date): Promise<void> {
  await db
    .insert(matchParticipantMarks)
    .values({ matchId, userId, readUpTo: now })
    .onConflictDoUpdate({
      target: [matchParticipantMarks.matchId, matchParticipantMarks.userId],
      set: { readUpTo: sql`greatest(${matchParticipantMarks.readUpTo}, excluded.read_up_to)` },
    });
}

export async function markEmailed(
  db: Executor,
  matchId: string,
  userIds: readonly string[],
  now: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insert(matchParticipantMarks)
    .values(userIds.map((userId) => ({ matchId, userId, lastEmailedAt: now })))
    .onConflictDoUpdate({
      target: [matchParticipantMarks.matchId, matchParticipantMarks.userId],
      set: { lastEmailedAt: now },
    });
}
