import { and, asc, eq, notExists, sql } from "drizzle-orm";
import { z } from "zod";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { seekingYouthStatuses } from "../matching/interests.policy.js";
import type { AssignmentInstance } from "../matching/stable-assignment.js";
import { openings } from "../openings/openings.tables.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { youth } from "../youth/youth.tables.js";
import { matchmakingEvents, matchmakingEventYouth, matchmakingProposals } from "./events.tables.js";

/** The assignment's input, as positions into the two id lists, ready for stable-assignment.ts. */
export interface AssignmentInput {
  youthIds: string[];
  openingIds: string[];
  instance: AssignmentInstance;
}

/**
 * Reads an event's rankings as the algorithm's compressed lists. Young people and openings are
 * numbered in id order, by the database, so what travels is small integers, not 100,000 ids.
 *
 * An opening that is no longer open brings no seats. A company's list keeps only young people who
 * are still looking (applicant or active) and still let companies see them: an assignment becomes a
 * match, and a match shows the young person to the company. A young person's list keeps every
 * opening they ranked; one whose list does not hold them is simply not acceptable to it.
 *
 * The caller holds the event's update lock, so the four reads see one set of participants and rankings.
 */
export async function loadAssignmentInput(db: Executor, eventId: string): Promise<AssignmentInput> {
  const youthRows = await db
    .select({ id: matchmakingEventYouth.youthId })
    .from(matchmakingEventYouth)
    .where(eq(matchmakingEventYouth.eventId, eventId))
    .orderBy(asc(matchmakingEventYouth.youthId));
  const openingRows = await db.execute<{ id: string; capacity: number }>(sql`
    select eo.opening_id as id, case when o.status = 'open' then eo.capacity else 0 end as capacity
    from matchmaking_event_openings eo join ${openings} o on o.id = eo.opening_id
    where eo.event_id = ${eventId}
    order by eo.opening_id`);
  const numbered = sql`
    y as (
      select ey.youth_id, (row_number() over (order by ey.youth_id) - 1)::int as i,
        yp.status in (${sql.join(
          seekingYouthStatuses.map((status) => sql`${status}`),
          sql`, `,
        )}) and ${hasCurrentConsent(sql`ey.youth_id`, "profile_visible_to_companies")} as eligible
      from matchmaking_event_youth ey join ${youth} yp on yp.id = ey.youth_id
      where ey.event_id = ${eventId}),
    o as (
      select eo.opening_id, (row_number() over (order by eo.opening_id) - 1)::int as i
      from matchmaking_event_openings eo where eo.event_id = ${eventId})`;
  const youthEntries = await db.execute<{ y: number; o: number }>(sql`
    with ${numbered}
    select y.i as y, o.i as o from matchmaking_youth_rankings r
      join y on y.youth_id = r.youth_id join o on o.opening_id = r.opening_id
    where r.event_id = ${eventId}
    order by y.i, r.rank`);
  const openingEntries = await db.execute<{ y: number; o: number }>(sql`
    with ${numbered}
    select o.i as o, y.i as y from matchmaking_company_rankings r
      join y on y.youth_id = r.youth_id and y.eligible join o on o.opening_id = r.opening_id
    where r.event_id = ${eventId}
    order by o.i, r.rank`);

  const youthCount = youthRows.length;
  const openingCount = openingRows.rows.length;
  const youthLists = compress(youthEntries.rows, youthCount, "y", "o");
  const openingLists = compress(openingEntries.rows, openingCount, "o", "y");
  return {
    youthIds: youthRows.map((row) => row.id),
    openingIds: openingRows.rows.map((row) => row.id),
    instance: {
      youthCount,
      openingCount,
      capacities: Int32Array.from(openingRows.rows, (row) => row.capacity),
      youthListStart: youthLists.starts,
      youthLists: youthLists.entries,
      openingListStart: openingLists.starts,
      openingLists: openingLists.entries,
    },
  };
}

/** Rows sorted by owner, then rank, as compressed lists (starts of length count + 1, entries). */
function compress<K extends string>(
  rows: readonly Record<K, number>[],
  count: number,
  owner: K,
  item: K,
): { starts: Int32Array; entries: Int32Array } {
  const starts = new Int32Array(count + 1);
  const entries = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    entries[i] = row[item];
    starts[row[owner] + 1] = (starts[row[owner] + 1] ?? 0) + 1;
  }
  for (let i = 0; i < count; i++) starts[i + 1] = (starts[i + 1] ?? 0) + (starts[i] ?? 0);
  return { starts, entries };
}

/** The figures of a run as kept on the event (matchmaking_events.proposal_summary). */
export const storedSummarySchema = z.object({
  byChoice: z.array(z.number().int()),
  assigned: z.number().int(),
  unassigned: z.number().int(),
  freeSeats: z.number().int(),
});
export type StoredSummary = z.infer<typeof storedSummarySchema>;

/** The proposal replaces any earlier one, with no pair left out; the event becomes proposed. */
export async function saveProposal(
  db: Executor,
  event: { id: string; municipalityId: string },
  pairs: { youthIds: string[]; openingIds: string[]; choices: number[] },
  summary: StoredSummary,
  now: Date,
): Promise<void> {
  await db.delete(matchmakingProposals).where(eq(matchmakingProposals.eventId, event.id));
  if (pairs.youthIds.length > 0) {
    await db.execute(sql`
      insert into ${matchmakingProposals} (event_id, youth_id, opening_id, municipality_id, choice)
      select ${event.id}, pair.youth_id, pair.opening_id, ${event.municipalityId}, pair.choice
      from unnest(${sql.param(pairs.youthIds)}::uuid[], ${sql.param(pairs.openingIds)}::uuid[], ${sql.param(pairs.choices)}::int[])
        as pair(youth_id, opening_id, choice)`);
  }
  await db
    .update(matchmakingEvents)
    .set({ status: "proposed", proposalSummary: summary, proposedAt: now, updatedAt: now })
    .where(eq(matchmakingEvents.id, event.id));
}

export async function hasProposal(db: Executor, eventId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: matchmakingEvents.id })
    .from(matchmakingEvents)
    .where(and(eq(matchmakingEvents.id, eventId), sql`${matchmakingEvents.proposedAt} is not null`))
    .limit(1);
  return row !== undefined;
}

/** Every pair of the proposal with the names staff review it by, by company, opening and name. */
export async function listProposalPairs(db: Executor, eventId: string) {
  return db
    .select({
      youthId: matchmakingProposals.youthId,
      youthName: users.displayName,
      openingId: matchmakingProposals.openingId,
      openingTitle: openings.title,
      companyId: openings.companyId,
      companyName: companies.name,
      choice: matchmakingProposals.choice,
      leftOut: matchmakingProposals.leftOut,
      matchId: matchmakingProposals.matchId,
    })
    .from(matchmakingProposals)
    .innerJoin(youth, eq(youth.id, matchmakingProposals.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .innerJoin(openings, eq(openings.id, matchmakingProposals.openingId))
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .where(eq(matchmakingProposals.eventId, eventId))
    .orderBy(
      asc(companies.name),
      asc(openings.title),
      asc(openings.id),
      asc(users.displayName),
      asc(youth.id),
    );
}

export type ProposalPairRow = Awaited<ReturnType<typeof listProposalPairs>>[number];

/** The event's young people without a pair in the proposal. */
export async function listUnassigned(db: Executor, eventId: string) {
  return db
    .select({ youthId: matchmakingEventYouth.youthId, youthName: users.displayName })
    .from(matchmakingEventYouth)
    .innerJoin(youth, eq(youth.id, matchmakingEventYouth.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        eq(matchmakingEventYouth.eventId, eventId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(matchmakingProposals)
            .where(
              and(
                eq(matchmakingProposals.eventId, eventId),
                eq(matchmakingProposals.youthId, matchmakingEventYouth.youthId),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(users.displayName), asc(youth.id));
}

/** False when the young person has no pair in the proposal. */
export async function setLeftOut(db: Executor, eventId: string, youthId: string, leftOut: boolean) {
  const rows = await db
    .update(matchmakingProposals)
    .set({ leftOut })
    .where(and(eq(matchmakingProposals.eventId, eventId), eq(matchmakingProposals.youthId, youthId)))
    .returning({ youthId: matchmakingProposals.youthId });
  return rows.length > 0;
}

export async function setMatchOfPair(db: Executor, eventId: string, youthId: string, matchId: string) {
  await db
    .update(matchmakingProposals)
    .set({ matchId })
    .where(and(eq(matchmakingProposals.eventId, eventId), eq(matchmakingProposals.youthId, youthId)));
}
