import { and, asc, eq, gt, gte, inArray, lte, type SQL, sum } from "drizzle-orm";
import { companies } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import type { TenantScope } from "../platform/tenant.js";
import type { Coordinates } from "../reference/distance.js";
import { postalCodes } from "../reference/reference.tables.js";
import type { OpeningStatus } from "./opening-status.js";
import { openings } from "./openings.tables.js";

function scopeCondition(scope: TenantScope): SQL | undefined {
  return scope.kind === "municipality" ? eq(openings.municipalityId, scope.municipalityId) : undefined;
}

const openingColumns = {
  id: openings.id,
  municipalityId: openings.municipalityId,
  companyId: openings.companyId,
  companyName: companies.name,
  companyEmployeeCount: companies.employeeCount,
  title: openings.title,
  occupationField: openings.occupationField,
  description: openings.description,
  tasks: openings.tasks,
  learning: openings.learning,
  qualitiesWanted: openings.qualitiesWanted,
  hoursPerWeek: openings.hoursPerWeek,
  durationWeeks: openings.durationWeeks,
  seats: openings.seats,
  seatsTaken: openings.seatsTaken,
  earliestStart: openings.earliestStart,
  workplacePostalCode: openings.workplacePostalCode,
  mentorName: openings.mentorName,
  supportOffered: openings.supportOffered,
  requiresDrivingLicence: openings.requiresDrivingLicence,
  languagesRequired: openings.languagesRequired,
  status: openings.status,
  wishId: openings.wishId,
  createdByUserId: openings.createdByUserId,
  createdAt: openings.createdAt,
  updatedAt: openings.updatedAt,
};

function selectOpenings(db: Executor) {
  return db.select(openingColumns).from(openings).innerJoin(companies, eq(companies.id, openings.companyId));
}

export type OpeningRow = Awaited<ReturnType<typeof findOpeningById>> & {};

/** What part of the tenant's openings a caller may see (see openings.policy.ts). */
export interface OpeningVisibility {
  onlyStatus?: OpeningStatus;
  onlyCompanyId?: string;
}

function visibilityCondition(visibility: OpeningVisibility): SQL | undefined {
  return and(
    visibility.onlyStatus ? eq(openings.status, visibility.onlyStatus) : undefined,
    visibility.onlyCompanyId ? eq(openings.companyId, visibility.onlyCompanyId) : undefined,
  );
}

/** An opening within the caller's reach; undefined both when absent and when out of reach. */
export async function findOpeningById(
  db: Executor,
  scope: TenantScope,
  visibility: OpeningVisibility,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = selectOpenings(db)
    .where(and(eq(openings.id, id), scopeCondition(scope), visibilityCondition(visibility)))
    .limit(1);
  // Locks the opening row only, so a status change and an edit of the same opening run one at a time.
  const [row] = await (options.forUpdate ? query.for("update", { of: openings }) : query);
  return row;
}

export interface OpeningFilter {
  companyId?: string | undefined;
  status?: OpeningStatus | undefined;
  occupationField?: string | undefined;
  minHours?: number | undefined;
  maxHours?: number | undefined;
  /** Only openings whose workplace has one of these postal codes (the distance filter). */
  workplacePostalCodes?: string[] | undefined;
}

export async function listOpenings(
  db: Executor,
  scope: TenantScope,
  visibility: OpeningVisibility,
  filter: OpeningFilter,
  page: { limit: number; after?: string | undefined },
) {
  return selectOpenings(db)
    .where(
      and(
        scopeCondition(scope),
        visibilityCondition(visibility),
        filter.companyId ? eq(openings.companyId, filter.companyId) : undefined,
        filter.status ? eq(openings.status, filter.status) : undefined,
        filter.occupationField ? eq(openings.occupationField, filter.occupationField) : undefined,
        filter.minHours !== undefined ? gte(openings.hoursPerWeek, filter.minHours) : undefined,
        filter.maxHours !== undefined ? lte(openings.hoursPerWeek, filter.maxHours) : undefined,
        filter.workplacePostalCodes
          ? inArray(openings.workplacePostalCode, filter.workplacePostalCodes)
          : undefined,
        page.after ? gt(openings.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(openings.id))
    .limit(page.limit + 1);
}

/**
 * Every postal code with its town-centre coordinate. Denmark has about 1,100, few enough to measure
 * distances in code with the shared haversine and filter openings by the codes that are near.
 */
export async function allPostalCodeCoordinates(db: Executor): Promise<Map<string, Coordinates>> {
  const rows = await db
    .select({ code: postalCodes.code, latitude: postalCodes.latitude, longitude: postalCodes.longitude })
    .from(postalCodes);
  return new Map(rows.map(({ code, ...coordinates }) => [code, coordinates]));
}

/** A company of the tenant, for posting an opening on its behalf. */
export async function findCompany(db: Executor, scope: TenantScope, companyId: string) {
  const [row] = await db
    .select({ id: companies.id, municipalityId: companies.municipalityId, name: companies.name })
    .from(companies)
    .where(
      and(
        eq(companies.id, companyId),
        scope.kind === "municipality" ? eq(companies.municipalityId, scope.municipalityId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** Seats across each company's open openings, for the rimelighedskrav; companies without any are absent. */
export async function openSeatsOfCompanies(
  db: Executor,
  scope: TenantScope,
  companyIds: string[],
): Promise<Map<string, number>> {
  if (companyIds.length === 0) return new Map();
  const rows = await db
    .select({ companyId: openings.companyId, seats: sum(openings.seats).mapWith(Number) })
    .from(openings)
    .where(and(scopeCondition(scope), inArray(openings.companyId, companyIds), eq(openings.status, "open")))
    .groupBy(openings.companyId);
  return new Map(rows.map((row) => [row.companyId, row.seats]));
}

export type OpeningValues = Omit<
  typeof openings.$inferInsert,
  "id" | "status" | "createdAt" | "updatedAt" | "municipalityId" | "companyId"
>;

export async function insertOpening(
  db: Executor,
  values: OpeningValues & { municipalityId: string; companyId: string; now: Date },
): Promise<string> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(openings)
    .values({ ...columns, status: "open", createdAt: now, updatedAt: now })
    .returning({ id: openings.id });
  if (!row) throw new Error("opening insert returned nothing");
  return row.id;
}

export async function updateOpening(
  db: Executor,
  scope: TenantScope,
  id: string,
  changes: Partial<OpeningValues> & { status?: OpeningStatus },
  now: Date,
): Promise<void> {
  await db
    .update(openings)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(openings.id, id), scopeCondition(scope)));
}
