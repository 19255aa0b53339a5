import { and, desc, eq, isNotNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { internshipEvaluations, internships } from "../internships/internships.tables.js";
import { openings } from "../openings/openings.tables.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth, youthResourceProfiles } from "../youth/youth.tables.js";

export { listReflections, type ReflectionRow } from "../groups/reflections.repository.js";

/**
 * The signed-in young person's record and the strengths they chose in their resource profile. A
 * young person without a profile yet still has a work identity: their strengths are just empty.
 */
export async function findOwnYouth(db: Executor, scope: TenantScope, userId: string) {
  const [row] = await db
    .select({
      id: youth.id,
      municipalityId: youth.municipalityId,
      strengths: sql<string[]>`coalesce(${youthResourceProfiles.strengths}, '{}'::text[])`,
    })
    .from(youth)
    .leftJoin(youthResourceProfiles, eq(youthResourceProfiles.youthId, youth.id))
    .where(
      and(
        eq(youth.userId, userId),
        scope.kind === "municipality" ? eq(youth.municipalityId, scope.municipalityId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

const fromCompany = alias(internshipEvaluations, "from_company");
const fromYouth = alias(internshipEvaluations, "from_youth");

export type EvaluatedInternshipRow = Awaited<ReturnType<typeof listEvaluatedInternships>>[number];

/**
 * The young person's internships that at least one side has evaluated, newest first, with both
 * evaluations side by side (there is at most one per side). The end is the day it ended, in
 * Copenhagen, when it has ended; otherwise the planned end.
 */
export async function listEvaluatedInternships(db: Executor, youthId: string, municipalityId: string) {
  return db
    .select({
      id: internships.id,
      companyName: companies.name,
      openingTitle: openings.title,
      startDate: internships.startDate,
      endDate: sql<string>`coalesce(to_char(${internships.endedAt} at time zone 'Europe/Copenhagen', 'YYYY-MM-DD'), ${internships.plannedEndDate}::text)`,
      companyWentWell: fromCompany.wentWell,
      companyShowed: fromCompany.showed,
      youthWentWell: fromYouth.wentWell,
      youthShowed: fromYouth.showed,
    })
    .from(internships)
    .innerJoin(openings, eq(openings.id, internships.openingId))
    .innerJoin(companies, eq(companies.id, internships.companyId))
    .leftJoin(fromCompany, and(eq(fromCompany.internshipId, internships.id), eq(fromCompany.side, "company")))
    .leftJoin(fromYouth, and(eq(fromYouth.internshipId, internships.id), eq(fromYouth.side, "youth")))
    .where(
      and(
        eq(internships.youthId, youthId),
        eq(internships.municipalityId, municipalityId),
        or(isNotNull(fromCompany.id), isNotNull(fromYouth.id)),
      ),
    )
    .orderBy(desc(internships.startDate), desc(internships.createdAt), desc(internships.id));
}
