import { and, asc, eq, inArray, isNull, lt, notExists, sql } from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import type { youthStatuses } from "../youth/youth.tables.js";
import { youth } from "../youth/youth.tables.js";
import { interests, matches, meetings } from "./matching.tables.js";

type YouthStatus = (typeof youthStatuses)[number];

export const pipelineStages = ["noInterest", "interest", "match", "meetingHeld"] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/**
 * How many of the municipality's young people (with one of the statuses) are at each furthest
 * stage: a held meeting (accepted, its time passed) in any match, else a match, else a live
 * interest from either side, else none. One row per stage that has anyone.
 */
export async function countYoungPeopleByStage(
  db: Executor,
  municipalityId: string,
  statuses: readonly YouthStatus[],
  now: Date,
): Promise<{ stage: PipelineStage; count: number }[]> {
  // One statement, not the query builder: in a one-table select list drizzle leaves column names
  // unqualified, which would make the correlated subqueries ambiguous.
  const result = await db.execute(sql`
    select stage, count(*)::int as count from (
      select case
        when exists (
          select 1 from ${matches} inner join ${meetings} on ${meetings.matchId} = ${matches.id}
          where ${matches.youthId} = ${youth.id}
            and ${meetings.status} = 'accepted' and ${meetings.acceptedTime} < ${now}
        ) then 'meetingHeld'
        when exists (select 1 from ${matches} where ${matches.youthId} = ${youth.id}) then 'match'
        when exists (
          select 1 from ${interests}
          where ${interests.youthId} = ${youth.id} and ${interests.withdrawnAt} is null
        ) then 'interest'
        else 'noInterest'
      end as stage
      from ${youth}
      where ${youth.municipalityId} = ${municipalityId}
        and ${inArray(youth.status, [...statuses])}
    ) as per_young_person
    group by stage`);
  return result.rows.flatMap((row) => {
    const stage = pipelineStages.find((known) => known === row.stage);
    return stage ? [{ stage, count: Number(row.count) }] : [];
  });
}

const pairDetails = {
  youthId: youth.id,
  youthDisplayName: users.displayName,
  openingId: openings.id,
  openingTitle: openings.title,
  companyId: companies.id,
  companyName: companies.name,
};

/** Live interests created before `before` whose pair has no match: the other side has not answered. */
export async function listStuckInterests(
  db: Executor,
  municipalityId: string,
  statuses: readonly YouthStatus[],
  before: Date,
  limit: number,
) {
  return db
    .select({ id: interests.id, side: interests.side, since: interests.createdAt, ...pairDetails })
    .from(interests)
    .innerJoin(youth, eq(youth.id, interests.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .innerJoin(openings, eq(openings.id, interests.openingId))
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .where(
      and(
        eq(interests.municipalityId, municipalityId),
        isNull(interests.withdrawnAt),
        lt(interests.createdAt, before),
        inArray(youth.status, [...statuses]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(matches)
            .where(and(eq(matches.openingId, interests.openingId), eq(matches.youthId, interests.youthId))),
        ),
      ),
    )
    .orderBy(asc(interests.createdAt), asc(interests.id))
    .limit(limit);
}

/** Active matches created before `before` with no accepted meeting, past or planned. */
export async function listStuckMatches(
  db: Executor,
  municipalityId: string,
  statuses: readonly YouthStatus[],
  before: Date,
  limit: number,
) {
  return db
    .select({ id: matches.id, since: matches.createdAt, ...pairDetails })
    .from(matches)
    .innerJoin(youth, eq(youth.id, matches.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .innerJoin(openings, eq(openings.id, matches.openingId))
    .innerJoin(companies, eq(companies.id, matches.companyId))
    .where(
      and(
        eq(matches.municipalityId, municipalityId),
        eq(matches.status, "active"),
        lt(matches.createdAt, before),
        inArray(youth.status, [...statuses]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(meetings)
            .where(and(eq(meetings.matchId, matches.id), eq(meetings.status, "accepted"))),
        ),
      ),
    )
    .orderBy(asc(matches.createdAt), asc(matches.id))
    .limit(limit);
}
