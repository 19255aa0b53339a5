import { and, asc, desc, eq, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { matches } from "../matching/matching.tables.js";
import { openings } from "../openings/openings.tables.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { youth } from "../youth/youth.tables.js";
import { companyReferrals } from "./company-network.tables.js";

/** Referrals of young people between the network's companies: the only SQL for them. */

const fromCompanies = alias(companies, "from_company");
const toCompanies = alias(companies, "to_company");
const youthUsers = alias(users, "youth_user");

/**
 * A young person a company may refer: of the municipality, currently letting companies see their
 * profile, and with a match (active or ended) with the company. Undefined otherwise.
 */
export async function findReferableYouth(
  db: Executor,
  municipalityId: string,
  youthId: string,
  companyId: string,
) {
  const [row] = await db
    .select({ id: youth.id, municipalityId: youth.municipalityId })
    .from(youth)
    .where(
      and(
        eq(youth.id, youthId),
        eq(youth.municipalityId, municipalityId),
        hasCurrentConsent(youth.id, "profile_visible_to_companies"),
        sql`exists (select 1 from ${matches} where ${matches.youthId} = ${youth.id} and ${matches.companyId} = ${companyId})`,
      ),
    )
    .limit(1);
  return row;
}

export async function findCompany(db: Executor, municipalityId: string, id: string) {
  const [row] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.id, id), eq(companies.municipalityId, municipalityId)))
    .limit(1);
  return row;
}

export async function insertReferral(db: Executor, values: typeof companyReferrals.$inferInsert) {
  const [row] = await db.insert(companyReferrals).values(values).returning({ id: companyReferrals.id });
  if (!row) throw new Error("referral insert returned nothing");
  return row;
}

export type ReferralFilter =
  | { kind: "from_company"; companyId: string }
  | { kind: "to_company"; companyId: string }
  | { kind: "youth"; youthId: string }
  | { kind: "municipality" }
  | { kind: "id"; id: string };

function filterCondition(filter: ReferralFilter): SQL {
  switch (filter.kind) {
    case "from_company":
      return eq(companyReferrals.fromCompanyId, filter.companyId);
    case "to_company":
      return eq(companyReferrals.toCompanyId, filter.companyId);
    case "youth":
      return eq(companyReferrals.youthId, filter.youthId);
    case "municipality":
      return sql`true`;
    case "id":
      return eq(companyReferrals.id, filter.id);
  }
}

/**
 * Referrals of the municipality, newest first. `onlyVisibleToCompanies`: a company sees a referral
 * only while the young person still lets companies see them.
 */
export async function listReferrals(
  db: Executor,
  municipalityId: string,
  filter: ReferralFilter,
  options: { onlyVisibleToCompanies: boolean; limit: number },
) {
  return db
    .select({
      id: companyReferrals.id,
      youthId: companyReferrals.youthId,
      youthUserId: youth.userId,
      youthDisplayName: youthUsers.displayName,
      fromCompanyId: companyReferrals.fromCompanyId,
      fromCompanyName: fromCompanies.name,
      toCompanyId: companyReferrals.toCompanyId,
      toCompanyName: toCompanies.name,
      note: companyReferrals.note,
      createdAt: companyReferrals.createdAt,
      youthDismissedAt: companyReferrals.youthDismissedAt,
    })
    .from(companyReferrals)
    .innerJoin(youth, eq(youth.id, companyReferrals.youthId))
    .innerJoin(youthUsers, eq(youthUsers.id, youth.userId))
    .innerJoin(fromCompanies, eq(fromCompanies.id, companyReferrals.fromCompanyId))
    .innerJoin(toCompanies, eq(toCompanies.id, companyReferrals.toCompanyId))
    .where(
      and(
        eq(companyReferrals.municipalityId, municipalityId),
        filterCondition(filter),
        options.onlyVisibleToCompanies
          ? hasCurrentConsent(companyReferrals.youthId, "profile_visible_to_companies")
          : undefined,
      ),
    )
    .orderBy(desc(companyReferrals.createdAt), desc(companyReferrals.id))
    .limit(options.limit);
}

export type ReferralRow = Awaited<ReturnType<typeof listReferrals>>[number];

/** Up to `perCompany` open openings of each company, newest first. */
export async function listOpenOpenings(db: Executor, companyIds: readonly string[], perCompany: number) {
  if (companyIds.length === 0) return [];
  const ranked = db
    .select({
      id: openings.id,
      title: openings.title,
      companyId: openings.companyId,
      rank: sql<number>`row_number() over (partition by ${openings.companyId} order by ${openings.createdAt} desc, ${openings.id} desc)`.as(
        "rank",
      ),
    })
    .from(openings)
    .where(and(inArray(openings.companyId, [...companyIds]), eq(openings.status, "open")))
    .as("ranked");
  return db
    .select({ id: ranked.id, title: ranked.title, companyId: ranked.companyId })
    .from(ranked)
    .where(lte(ranked.rank, perCompany))
    .orderBy(asc(ranked.companyId), asc(ranked.rank));
}

/** Marks the young person's own referral dismissed; false when it is not theirs (or absent). */
export async function dismissReferral(db: Executor, id: string, youthId: string, at: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: companyReferrals.id, dismissedAt: companyReferrals.youthDismissedAt })
    .from(companyReferrals)
    .where(and(eq(companyReferrals.id, id), eq(companyReferrals.youthId, youthId)))
    .limit(1);
  if (!row) return false;
  await db
    .update(companyReferrals)
    .set({ youthDismissedAt: at })
    .where(and(eq(companyReferrals.id, id), isNull(companyReferrals.youthDismissedAt)));
  return true;
}
