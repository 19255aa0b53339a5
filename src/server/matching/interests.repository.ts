import { and, countDistinct, desc, eq, isNull, lt, notExists, or, type SQL, sql } from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import type { TenantScope } from "../platform/tenant.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { youth } from "../youth/youth.tables.js";
import { interests, matches } from "./matching.tables.js";
import type { MatchSide } from "./participants.js";

const scopeCondition = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(interests.municipalityId, scope.municipalityId) : undefined;

const interestColumns = {
  id: interests.id,
  municipalityId: interests.municipalityId,
  openingId: interests.openingId,
  youthId: interests.youthId,
  side: interests.side,
  message: interests.message,
  createdAt: interests.createdAt,
  withdrawnAt: interests.withdrawnAt,
};

export type InterestRow = Awaited<ReturnType<typeof insertInterest>>;

/**
 * Serialises everything that can create a match for one young person x opening pair (both sides'
 * interest, withdrawals) until the transaction ends. Taken before reading the other side's
 * interest, so two simultaneous requests see each other: the second waits, then reads the first.
 */
export async function lockPair(db: Executor, openingId: string, youthId: string): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${openingId}::text || ${youthId}::text, 0))`,
  );
}

/** The opening as interest needs it, within the tenant; undefined when absent or out of reach. */
export async function findOpeningForInterest(db: Executor, municipalityId: string, openingId: string) {
  const [row] = await db
    .select({
      id: openings.id,
      municipalityId: openings.municipalityId,
      companyId: openings.companyId,
      companyName: companies.name,
      title: openings.title,
      status: openings.status,
    })
    .from(openings)
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .where(and(eq(openings.id, openingId), eq(openings.municipalityId, municipalityId)))
    .limit(1);
  return row;
}

export type OpeningForInterest = NonNullable<Awaited<ReturnType<typeof findOpeningForInterest>>>;

/** A young person of the municipality with the two consents interest depends on, read now. */
export async function findYouthForInterest(db: Executor, municipalityId: string, youthId: string) {
  const [row] = await db
    .select({
      id: youth.id,
      status: youth.status,
      displayName: users.displayName,
      visibleToCompanies: sql<boolean>`${hasCurrentConsent(youth.id, "profile_visible_to_companies")}`,
      contactableByCompanies: sql<boolean>`${hasCurrentConsent(youth.id, "contact_by_companies")}`,
    })
    .from(youth)
    .innerJoin(users, eq(users.id, youth.userId))
    .where(and(eq(youth.id, youthId), eq(youth.municipalityId, municipalityId)))
    .limit(1);
  return row;
}

export async function findLiveInterest(db: Executor, openingId: string, youthId: string, side: MatchSide) {
  const [row] = await db
    .select(interestColumns)
    .from(interests)
    .where(
      and(
        eq(interests.openingId, openingId),
        eq(interests.youthId, youthId),
        eq(interests.side, side),
        isNull(interests.withdrawnAt),
      ),
    )
    .limit(1);
  return row;
}

export async function insertInterest(
  db: Executor,
  values: {
    municipalityId: string;
    openingId: string;
    youthId: string;
    side: MatchSide;
    message: string | null;
    createdByUserId: string;
    createdAt: Date;
  },
) {
  const [row] = await db.insert(interests).values(values).returning(interestColumns);
  if (!row) throw new Error("interest insert returned nothing");
  return row;
}

/** Whose interest a caller may withdraw: their own side's, as the young person or the company. */
export type InterestOwner = { side: "youth"; youthId: string } | { side: "company"; companyId: string };

function ownerCondition(owner: InterestOwner): SQL | undefined {
  if (owner.side === "youth") return and(eq(interests.side, "youth"), eq(interests.youthId, owner.youthId));
  return and(
    eq(interests.side, "company"),
    sql`exists (select 1 from ${openings} where ${openings.id} = ${interests.openingId} and ${openings.companyId} = ${owner.companyId})`,
  );
}

export async function findOwnInterest(
  db: Executor,
  scope: TenantScope,
  owner: InterestOwner,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select(interestColumns)
    .from(interests)
    .where(and(eq(interests.id, id), scopeCondition(scope), ownerCondition(owner)))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function markWithdrawn(db: Executor, id: string, now: Date) {
  const [row] = await db
    .update(interests)
    .set({ withdrawnAt: now })
    .where(eq(interests.id, id))
    .returning(interestColumns);
  if (!row) throw new Error("interest update returned nothing");
  return row;
}

/** What part of the tenant's interests a caller sees (interests.policy.ts InterestReach). */
export type InterestVisibility = { youthId: string } | { companyId: string } | { everything: true };

function visibilityCondition(visibility: InterestVisibility): SQL | undefined {
  if ("youthId" in visibility) {
    return and(eq(interests.youthId, visibility.youthId), eq(interests.side, "youth"));
  }
  if ("companyId" in visibility) {
    return and(
      eq(openings.companyId, visibility.companyId),
      // Consent is read at query time: withdrawing it hides the young person from the company at once.
      hasCurrentConsent(interests.youthId, "profile_visible_to_companies"),
      // A young person's withdrawn interest is gone for the company; the company's own stays listed.
      or(eq(interests.side, "company"), isNull(interests.withdrawnAt)),
    );
  }
  return undefined;
}

export async function listInterests(
  db: Executor,
  scope: TenantScope,
  visibility: InterestVisibility,
  filter: { openingId?: string | undefined; side?: MatchSide | undefined },
  page: { limit: number; before?: string | undefined },
) {
  return db
    .select({
      ...interestColumns,
      openingTitle: openings.title,
      companyId: companies.id,
      companyName: companies.name,
      youthDisplayName: users.displayName,
      youthBirthDate: youth.birthDate,
    })
    .from(interests)
    .innerJoin(openings, eq(openings.id, interests.openingId))
    .innerJoin(companies, eq(companies.id, openings.companyId))
    .innerJoin(youth, eq(youth.id, interests.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        scopeCondition(scope),
        visibilityCondition(visibility),
        filter.openingId ? eq(interests.openingId, filter.openingId) : undefined,
        filter.side ? eq(interests.side, filter.side) : undefined,
        page.before ? lt(interests.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(interests.id))
    .limit(page.limit + 1);
}

export type InterestListRow = Awaited<ReturnType<typeof listInterests>>[number];

/** How many companies have a live interest in the young person that has not become a match. */
export async function countInterestedCompanies(db: Executor, youthId: string): Promise<number> {
  const [row] = await db
    .select({ count: countDistinct(openings.companyId) })
    .from(interests)
    .innerJoin(openings, eq(openings.id, interests.openingId))
    .where(
      and(
        eq(interests.youthId, youthId),
        eq(interests.side, "company"),
        isNull(interests.withdrawnAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(matches)
            .where(and(eq(matches.openingId, interests.openingId), eq(matches.youthId, interests.youthId))),
        ),
      ),
    );
  return row?.count ?? 0;
}
