import {
  type AnyColumn,
  and,
  asc,
  countDistinct,
  desc,
  eq,
  inArray,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { youth, youthResourceProfiles } from "../youth/youth.tables.js";
import type { MatchmakingEventStatus } from "./events.policy.js";
import {
  matchmakingCompanyRankings,
  matchmakingEventOpenings,
  matchmakingEvents,
  matchmakingEventYouth,
  matchmakingYouthRankings,
} from "./events.tables.js";

/** Events belong to one municipality; every query here is bound to it. */
export interface MunicipalityScope {
  municipalityId: string;
}

/** Which of the municipality's events a query lists (events.policy.ts EventReach). */
export type EventVisibility = { everything: true } | { youthId: string } | { companyId: string };

const eventColumns = {
  id: matchmakingEvents.id,
  municipalityId: matchmakingEvents.municipalityId,
  title: matchmakingEvents.title,
  eventDate: matchmakingEvents.eventDate,
  place: matchmakingEvents.place,
  rankingOpensAt: matchmakingEvents.rankingOpensAt,
  rankingClosesAt: matchmakingEvents.rankingClosesAt,
  status: matchmakingEvents.status,
  proposalSummary: matchmakingEvents.proposalSummary,
  proposedAt: matchmakingEvents.proposedAt,
  publishedAt: matchmakingEvents.publishedAt,
};

export type EventRow = Awaited<ReturnType<typeof insertEvent>>;

export async function insertEvent(
  db: Executor,
  values: {
    municipalityId: string;
    title: string;
    eventDate: string;
    place: string;
    rankingOpensAt: Date;
    rankingClosesAt: Date;
    createdByUserId: string;
    now: Date;
  },
) {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(matchmakingEvents)
    .values({ ...columns, status: "planned", createdAt: now, updatedAt: now })
    .returning(eventColumns);
  if (!row) throw new Error("event insert returned nothing");
  return row;
}

/**
 * One event of the municipality. `lock: "share"` is taken by every ranking change and `"update"` by
 * what changes the event as a whole (its participants, the assignment, publication), so an
 * assignment never reads rankings or participants that change under it.
 */
export async function findEvent(
  db: Executor,
  scope: MunicipalityScope,
  id: string,
  options: { lock?: "share" | "update" } = {},
): Promise<EventRow | undefined> {
  const query = db
    .select(eventColumns)
    .from(matchmakingEvents)
    .where(and(eq(matchmakingEvents.id, id), eq(matchmakingEvents.municipalityId, scope.municipalityId)))
    .limit(1);
  const [row] = await (options.lock ? query.for(options.lock) : query);
  return row;
}

export async function updateEvent(
  db: Executor,
  id: string,
  changes: Partial<{
    title: string;
    eventDate: string;
    place: string;
    rankingOpensAt: Date;
    rankingClosesAt: Date;
    status: MatchmakingEventStatus;
    proposalSummary: unknown;
    proposedAt: Date;
    publishedAt: Date;
  }>,
  now: Date,
): Promise<EventRow> {
  const [row] = await db
    .update(matchmakingEvents)
    .set({ ...changes, updatedAt: now })
    .where(eq(matchmakingEvents.id, id))
    .returning(eventColumns);
  if (!row) throw new Error("event update returned nothing");
  return row;
}

const takesPart = (visibility: EventVisibility): SQL | undefined => {
  if ("youthId" in visibility) {
    return sql`exists (select 1 from ${matchmakingEventYouth} where ${matchmakingEventYouth.eventId} = ${matchmakingEvents.id} and ${matchmakingEventYouth.youthId} = ${visibility.youthId})`;
  }
  if ("companyId" in visibility) {
    return sql`exists (select 1 from ${matchmakingEventOpenings} join ${openings} on ${openings.id} = ${matchmakingEventOpenings.openingId} where ${matchmakingEventOpenings.eventId} = ${matchmakingEvents.id} and ${openings.companyId} = ${visibility.companyId})`;
  }
  return undefined;
};

/** Whether the event is within the caller's reach (they take part, or they are staff). */
export async function isEventVisible(db: Executor, eventId: string, visibility: EventVisibility) {
  const [row] = await db
    .select({ id: matchmakingEvents.id })
    .from(matchmakingEvents)
    .where(and(eq(matchmakingEvents.id, eventId), takesPart(visibility)))
    .limit(1);
  return row !== undefined;
}

/**
 * Newest event date first, then newest created; the cursor is the last event seen, so a page starts
 * after it in that order (keyset on event date and id).
 */
export async function listEvents(
  db: Executor,
  scope: MunicipalityScope,
  visibility: EventVisibility,
  page: { limit: number; after?: string | undefined },
) {
  const after = page.after
    ? sql`(${matchmakingEvents.eventDate}, ${matchmakingEvents.id}) < (select e.event_date, e.id from ${matchmakingEvents} e where e.id = ${page.after})`
    : undefined;
  return db
    .select(eventColumns)
    .from(matchmakingEvents)
    .where(and(eq(matchmakingEvents.municipalityId, scope.municipalityId), takesPart(visibility), after))
    .orderBy(desc(matchmakingEvents.eventDate), desc(matchmakingEvents.id))
    .limit(page.limit + 1);
}

export interface EventCounts {
  youthCount: number;
  openingCount: number;
  youthRanked: number;
  openingsRanked: number;
}

/** How many take part in each event, and how many of them have ranked. */
/** Runs lazy query builders one after another (Promise.all would send them at once on one connection). */
async function inOrder<const T extends readonly PromiseLike<unknown>[]>(
  queries: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { [K in keyof T]: Awaited<T[K]> };
}

export async function countParticipants(db: Executor, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const counts = new Map<string, EventCounts>(
    eventIds.map((id) => [id, { youthCount: 0, openingCount: 0, youthRanked: 0, openingsRanked: 0 }]),
  );
  if (eventIds.length === 0) return counts;
  // Drizzle's queries run when awaited; one after another, as db may be a transaction (one connection).
  const [youthCounts, openingCounts, youthRanked, openingsRanked] = await inOrder([
    db
      .select({ eventId: matchmakingEventYouth.eventId, n: countDistinct(matchmakingEventYouth.youthId) })
      .from(matchmakingEventYouth)
      .where(inArray(matchmakingEventYouth.eventId, eventIds))
      .groupBy(matchmakingEventYouth.eventId),
    db
      .select({
        eventId: matchmakingEventOpenings.eventId,
        n: countDistinct(matchmakingEventOpenings.openingId),
      })
      .from(matchmakingEventOpenings)
      .where(inArray(matchmakingEventOpenings.eventId, eventIds))
      .groupBy(matchmakingEventOpenings.eventId),
    db
      .select({
        eventId: matchmakingYouthRankings.eventId,
        n: countDistinct(matchmakingYouthRankings.youthId),
      })
      .from(matchmakingYouthRankings)
      .where(inArray(matchmakingYouthRankings.eventId, eventIds))
      .groupBy(matchmakingYouthRankings.eventId),
    db
      .select({
        eventId: matchmakingCompanyRankings.eventId,
        n: countDistinct(matchmakingCompanyRankings.openingId),
      })
      .from(matchmakingCompanyRankings)
      .where(inArray(matchmakingCompanyRankings.eventId, eventIds))
      .groupBy(matchmakingCompanyRankings.eventId),
  ]);
  const add = (rows: { eventId: string; n: number }[], key: keyof EventCounts) => {
    for (const row of rows) {
      const entry = counts.get(row.eventId);
      if (entry) entry[key] = row.n;
    }
  };
  add(youthCounts, "youthCount");
  add(openingCounts, "openingCount");
  add(youthRanked, "youthRanked");
  add(openingsRanked, "openingsRanked");
  return counts;
}

const openingRanked = (eventId: SQL | string) =>
  sql<boolean>`exists (select 1 from ${matchmakingCompanyRankings} where ${matchmakingCompanyRankings.eventId} = ${eventId} and ${matchmakingCompanyRankings.openingId} = ${matchmakingEventOpenings.openingId})`;

/** Per event, the company's own openings taking part and whether each has a list yet. */
export async function companyOpeningsInEvents(db: Executor, eventIds: string[], companyId: string) {
  if (eventIds.length === 0) return [];
  return db
    .select({
      eventId: matchmakingEventOpenings.eventId,
      id: openings.id,
      title: openings.title,
      ranked: openingRanked(sql`${matchmakingEventOpenings.eventId}`),
    })
    .from(matchmakingEventOpenings)
    .innerJoin(openings, eq(openings.id, matchmakingEventOpenings.openingId))
    .where(and(inArray(matchmakingEventOpenings.eventId, eventIds), eq(openings.companyId, companyId)))
    .orderBy(asc(openings.title), asc(openings.id));
}

export async function listParticipantYouth(db: Executor, eventId: string) {
  return db
    .select({
      id: youth.id,
      displayName: users.displayName,
      ranked: sql<boolean>`exists (select 1 from ${matchmakingYouthRankings} where ${matchmakingYouthRankings.eventId} = ${eventId} and ${matchmakingYouthRankings.youthId} = ${matchmakingEventYouth.youthId})`,
    })
    .from(matchmakingEventYouth)
    .innerJoin(youth, eq(youth.id, matchmakingEventYouth.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(eq(matchmakingEventYouth.eventId, eventId))
    .orderBy(asc(users.displayName), asc(youth.id));
}

export async function listParticipantOpenings(db: Executor, eventId: string) {
  return db
    .select({
      id: openings.id,
      title: openings.title,
      companyName: companies.name,
      capacity: matchmakingEventOpenings.capacity,
      ranked: openingRanked(eventId),
    })
    .from(matchmakingEventOpenings)
    .innerJoin(openings, eq(openings.id, matchmakingEventOpenings.openingId))
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .where(eq(matchmakingEventOpenings.eventId, eventId))
    .orderBy(asc(companies.name), asc(openings.title), asc(openings.id));
}

/** The named young people of the municipality, with what decides whether they may take part. */
export async function findYouthOfMunicipality(db: Executor, scope: MunicipalityScope, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: youth.id, status: youth.status })
    .from(youth)
    .where(and(inArray(youth.id, ids), eq(youth.municipalityId, scope.municipalityId)));
}

/** The named openings of the municipality, with what decides whether they may take part. */
export async function findOpeningsOfMunicipality(db: Executor, scope: MunicipalityScope, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: openings.id,
      status: openings.status,
      seats: openings.seats,
      seatsTaken: openings.seatsTaken,
    })
    .from(openings)
    .where(and(inArray(openings.id, ids), eq(openings.municipalityId, scope.municipalityId)));
}

export async function participantIds(db: Executor, eventId: string) {
  const [youthRows, openingRows] = await inOrder([
    db
      .select({ id: matchmakingEventYouth.youthId })
      .from(matchmakingEventYouth)
      .where(eq(matchmakingEventYouth.eventId, eventId)),
    db
      .select({ id: matchmakingEventOpenings.openingId })
      .from(matchmakingEventOpenings)
      .where(eq(matchmakingEventOpenings.eventId, eventId)),
  ]);
  return { youthIds: youthRows.map((row) => row.id), openingIds: openingRows.map((row) => row.id) };
}

/** `column not in ids`, true for no ids (SQL has no empty list). */
const notAmong = (column: AnyColumn, ids: string[]): SQL =>
  ids.length === 0 ? sql`true` : notInArray(column, ids);

/**
 * Makes the participants exactly these. Those who leave take their rankings with them, both their
 * own and the other side's of them; those who stay keep theirs, and an opening that stays keeps the
 * seats it brought (only `newOpenings` bring theirs). The caller holds the event's update lock.
 */
export async function replaceParticipants(
  db: Executor,
  event: { id: string; municipalityId: string },
  participants: { youthIds: string[]; openingIds: string[]; newOpenings: { id: string; capacity: number }[] },
): Promise<void> {
  const { id: eventId, municipalityId } = event;
  const { youthIds, openingIds, newOpenings } = participants;
  await db
    .delete(matchmakingYouthRankings)
    .where(
      and(
        eq(matchmakingYouthRankings.eventId, eventId),
        or(
          notAmong(matchmakingYouthRankings.youthId, youthIds),
          notAmong(matchmakingYouthRankings.openingId, openingIds),
        ),
      ),
    );
  await db
    .delete(matchmakingCompanyRankings)
    .where(
      and(
        eq(matchmakingCompanyRankings.eventId, eventId),
        or(
          notAmong(matchmakingCompanyRankings.youthId, youthIds),
          notAmong(matchmakingCompanyRankings.openingId, openingIds),
        ),
      ),
    );
  await db
    .delete(matchmakingEventYouth)
    .where(
      and(eq(matchmakingEventYouth.eventId, eventId), notAmong(matchmakingEventYouth.youthId, youthIds)),
    );
  await db
    .delete(matchmakingEventOpenings)
    .where(
      and(
        eq(matchmakingEventOpenings.eventId, eventId),
        notAmong(matchmakingEventOpenings.openingId, openingIds),
      ),
    );
  if (youthIds.length > 0) {
    await db
      .insert(matchmakingEventYouth)
      .values(youthIds.map((youthId) => ({ eventId, youthId, municipalityId })))
      .onConflictDoNothing();
  }
  if (newOpenings.length > 0) {
    await db
      .insert(matchmakingEventOpenings)
      .values(
        newOpenings.map((opening) => ({
          eventId,
          openingId: opening.id,
          municipalityId,
          capacity: opening.capacity,
        })),
      )
      .onConflictDoNothing();
  }
}

/** The event's openings as a young person chooses among them. */
export async function listRankableOpenings(db: Executor, eventId: string) {
  return db
    .select({
      id: openings.id,
      title: openings.title,
      companyName: companies.name,
      occupationField: openings.occupationField,
      workplacePostalCode: openings.workplacePostalCode,
      hoursPerWeek: openings.hoursPerWeek,
    })
    .from(matchmakingEventOpenings)
    .innerJoin(openings, eq(openings.id, matchmakingEventOpenings.openingId))
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .where(eq(matchmakingEventOpenings.eventId, eventId))
    .orderBy(asc(companies.name), asc(openings.title), asc(openings.id));
}

export async function findYouthRanking(db: Executor, eventId: string, youthId: string): Promise<string[]> {
  const rows = await db
    .select({ id: matchmakingYouthRankings.openingId })
    .from(matchmakingYouthRankings)
    .where(and(eq(matchmakingYouthRankings.eventId, eventId), eq(matchmakingYouthRankings.youthId, youthId)))
    .orderBy(asc(matchmakingYouthRankings.rank));
  return rows.map((row) => row.id);
}

export async function replaceYouthRanking(
  db: Executor,
  event: { id: string; municipalityId: string },
  youthId: string,
  openingIds: string[],
): Promise<void> {
  await db
    .delete(matchmakingYouthRankings)
    .where(
      and(eq(matchmakingYouthRankings.eventId, event.id), eq(matchmakingYouthRankings.youthId, youthId)),
    );
  if (openingIds.length === 0) return;
  await db.insert(matchmakingYouthRankings).values(
    openingIds.map((openingId, index) => ({
      eventId: event.id,
      youthId,
      openingId,
      municipalityId: event.municipalityId,
      rank: index + 1,
    })),
  );
}

/** An opening taking part in the event, with its company. */
export async function findEventOpening(db: Executor, eventId: string, openingId: string) {
  const [row] = await db
    .select({ id: openings.id, title: openings.title, companyId: openings.companyId })
    .from(matchmakingEventOpenings)
    .innerJoin(openings, eq(openings.id, matchmakingEventOpenings.openingId))
    .where(
      and(eq(matchmakingEventOpenings.eventId, eventId), eq(matchmakingEventOpenings.openingId, openingId)),
    )
    .limit(1);
  return row;
}

/**
 * The event's young people a company may rank: those who let the network's companies see them,
 * read now, so withdrawing the consent takes them off every company's screen at once.
 */
export async function listRankableYouth(db: Executor, eventId: string) {
  return db
    .select({
      id: youth.id,
      displayName: users.displayName,
      strengths: youthResourceProfiles.strengths,
      interests: youthResourceProfiles.interests,
      visibility: youthResourceProfiles.visibility,
    })
    .from(matchmakingEventYouth)
    .innerJoin(youth, eq(youth.id, matchmakingEventYouth.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .leftJoin(youthResourceProfiles, eq(youthResourceProfiles.youthId, youth.id))
    .where(
      and(
        eq(matchmakingEventYouth.eventId, eventId),
        hasCurrentConsent(matchmakingEventYouth.youthId, "profile_visible_to_companies"),
      ),
    )
    .orderBy(asc(users.displayName), asc(youth.id));
}

export async function findOpeningRanking(
  db: Executor,
  eventId: string,
  openingId: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: matchmakingCompanyRankings.youthId })
    .from(matchmakingCompanyRankings)
    .where(
      and(
        eq(matchmakingCompanyRankings.eventId, eventId),
        eq(matchmakingCompanyRankings.openingId, openingId),
      ),
    )
    .orderBy(asc(matchmakingCompanyRankings.rank));
  return rows.map((row) => row.id);
}

export async function replaceOpeningRanking(
  db: Executor,
  event: { id: string; municipalityId: string },
  openingId: string,
  youthIds: string[],
): Promise<void> {
  await db
    .delete(matchmakingCompanyRankings)
    .where(
      and(
        eq(matchmakingCompanyRankings.eventId, event.id),
        eq(matchmakingCompanyRankings.openingId, openingId),
      ),
    );
  if (youthIds.length === 0) return;
  await db.insert(matchmakingCompanyRankings).values(
    youthIds.map((youthId, index) => ({
      eventId: event.id,
      openingId,
      youthId,
      municipalityId: event.municipalityId,
      rank: index + 1,
    })),
  );
}
