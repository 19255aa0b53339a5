import { and, asc, count, eq, notExists, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { seekingYouthStatuses } from "../matching/interests.policy.js";
import type { AssignmentInstance } from "../matching/stable-assignment.js";
import { openings } from "../openings/openings.tables.js";
import { youth, youthConsents } from "../youth/youth.tables.js";
import {
  matchmakingCompanyRankings,
  matchmakingEventOpenings,
  matchmakingEvents,
  matchmakingEventYouth,
  matchmakingProposals,
  matchmakingYouthRankings,
} from "./events.tables.js";

/** The assignment's input, as positions into the two id lists, ready for stable-assignment.ts. */
export interface AssignmentInput {
  youthIds: string[];
  openingIds: string[];
  instance: AssignmentInstance;
}

/**
 * Reads an event's rankings as the algorithm's compressed lists. Young people and openings are
 * numbered in id order by the database, so what reaches the server is 120,000 small integers for an
 * event of 10,000 (see packed), not twice as many ids to look up one by one.
 *
 * An opening that is no longer open brings no seats. A company's list keeps only young people who
 * are still looking (applicant or active) and still let companies see them: an assignment becomes a
 * match, and a match shows the young person to the company. A young person's list keeps every
 * opening they ranked; one whose list does not hold them is simply not acceptable to it.
 *
 * The caller holds the event's update lock, so the reads see one set of participants and rankings.
 */
export async function loadAssignmentInput(db: Executor, eventId: string): Promise<AssignmentInput> {
  const youthRows = await db
    .select({ id: matchmakingEventYouth.youthId })
    .from(matchmakingEventYouth)
    .where(eq(matchmakingEventYouth.eventId, eventId))
    .orderBy(asc(matchmakingEventYouth.youthId));
  const openingRows = await db
    .select({
      id: matchmakingEventOpenings.openingId,
      capacity: sql<number>`case when ${openings.status} = 'open' then ${matchmakingEventOpenings.capacity} else 0 end`,
    })
    .from(matchmakingEventOpenings)
    .innerJoin(openings, eq(openings.id, matchmakingEventOpenings.openingId))
    .where(eq(matchmakingEventOpenings.eventId, eventId))
    .orderBy(asc(matchmakingEventOpenings.openingId));

  const numbered = sql`
    y as (
      select ey.youth_id, (row_number() over (order by ey.youth_id) - 1)::int as i,
        yp.status in (${sql.join(
          seekingYouthStatuses.map((status) => sql`${status}`),
          sql`, `,
        )}) and coalesce(consent.granted, false) as eligible
      from ${matchmakingEventYouth} ey
        join ${youth} yp on yp.id = ey.youth_id
        left join (
          select distinct on (c.youth_id) c.youth_id, c.granted from ${youthConsents} c
          where c.kind = 'profile_visible_to_companies'
            and c.youth_id in (select youth_id from ${matchmakingEventYouth} where event_id = ${eventId})
          order by c.youth_id, c.recorded_at desc, c.id desc
        ) consent on consent.youth_id = ey.youth_id
      where ey.event_id = ${eventId}),
    o as (
      select eo.opening_id, (row_number() over (order by eo.opening_id) - 1)::int as i
      from ${matchmakingEventOpenings} eo where eo.event_id = ${eventId})`;
  // Joined by hashing, never by a nested loop: on a freshly loaded event the statistics say "50 rows"
  // and the planner loops 10,000 x 20,000 times (35 s, measured).
  await db.execute(sql`set local enable_nestloop = off`);
  const youthEntries = await db.execute(sql`
    with ${numbered}
    select ${packed(sql`y.i`, sql`o.i`)} as packed from ${matchmakingYouthRankings} r
      join y on y.youth_id = r.youth_id join o on o.opening_id = r.opening_id
    where r.event_id = ${eventId}`);
  const openingEntries = await db.execute(sql`
    with ${numbered}
    select ${packed(sql`o.i`, sql`y.i`)} as packed from ${matchmakingCompanyRankings} r
      join y on y.youth_id = r.youth_id and y.eligible join o on o.opening_id = r.opening_id
    where r.event_id = ${eventId}`);
  await db.execute(sql`set local enable_nestloop = default`);

  const youthLists = compress(unpack(youthEntries.rows[0]), youthRows.length);
  const openingLists = compress(unpack(openingEntries.rows[0]), openingRows.length);
  return {
    youthIds: youthRows.map((row) => row.id),
    openingIds: openingRows.map((row) => row.id),
    instance: {
      youthCount: youthRows.length,
      openingCount: openingRows.length,
      capacities: Int32Array.from(openingRows, (row) => row.capacity),
      youthListStart: youthLists.starts,
      youthLists: youthLists.entries,
      openingListStart: openingLists.starts,
      openingLists: openingLists.entries,
    },
  };
}

/**
 * Every ranking row as three 32-bit integers (whose list, whom it names, at which rank), packed by
 * the database into one bytea, in no particular order. 100,000 rows sent as rows are parsed on the
 * event loop in batches of up to 2 MB at a time, which stalled other requests for 150 ms (measured);
 * one 1.2 MB value is decoded natively in a few milliseconds.
 */
function packed(owner: SQL, item: SQL): SQL {
  return sql`coalesce(string_agg(int4send(${owner}) || int4send(${item}) || int4send(r.rank), ''::bytea), ''::bytea)`;
}

interface Rankings {
  owners: Int32Array;
  items: Int32Array;
  ranks: Int32Array;
}

/** The packed rows back as three arrays; node-postgres hands a bytea over as a Buffer. */
function unpack(row: Record<string, unknown> | undefined): Rankings {
  const bytes = row?.packed;
  if (!Buffer.isBuffer(bytes) || bytes.byteLength % 12 !== 0)
    throw new Error("rankings were not packed as expected");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.byteLength / 12;
  const rankings = {
    owners: new Int32Array(count),
    items: new Int32Array(count),
    ranks: new Int32Array(count),
  };
  for (let i = 0; i < count; i++) {
    rankings.owners[i] = view.getInt32(12 * i);
    rankings.items[i] = view.getInt32(12 * i + 4);
    rankings.ranks[i] = view.getInt32(12 * i + 8);
  }
  return rankings;
}

/**
 * Rankings in any order as compressed lists (starts of length count + 1, entries), each list in
 * rank order: a counting sort by owner, then each owner's short list sorted by rank.
 */
function compress(rankings: Rankings, count: number): { starts: Int32Array; entries: Int32Array } {
  const { owners, items } = rankings;
  const starts = new Int32Array(count + 1);
  for (const owner of owners) starts[owner + 1] = (starts[owner + 1] ?? 0) + 1;
  for (let o = 0; o < count; o++) starts[o + 1] = (starts[o + 1] ?? 0) + (starts[o] ?? 0);
  const next = starts.slice(0, count);
  const entries = new Int32Array(owners.length);
  const ranks = new Int32Array(owners.length);
  for (let i = 0; i < owners.length; i++) {
    const owner = owners[i] ?? 0;
    const at = next[owner] ?? 0;
    entries[at] = items[i] ?? 0;
    ranks[at] = rankings.ranks[i] ?? 0;
    next[owner] = at + 1;
  }
  for (let o = 0; o < count; o++) sortByRank(entries, ranks, starts[o] ?? 0, starts[o + 1] ?? 0);
  return { starts, entries };
}

/** Insertion sort of one list by rank: lists are short, and mostly arrive in order already. */
function sortByRank(entries: Int32Array, ranks: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const entry = entries[i] ?? 0;
    const rank = ranks[i] ?? 0;
    let j = i - 1;
    while (j >= from && (ranks[j] ?? 0) > rank) {
      entries[j + 1] = entries[j] ?? 0;
      ranks[j + 1] = ranks[j] ?? 0;
      j--;
    }
    entries[j + 1] = entry;
    ranks[j + 1] = rank;
  }
}

/** How many young people take part: whether a worker thread will assign, known before the rest is read. */
export async function countEventYouth(db: Executor, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(matchmakingEventYouth)
    .where(eq(matchmakingEventYouth.eventId, eventId));
  return row?.n ?? 0;
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
