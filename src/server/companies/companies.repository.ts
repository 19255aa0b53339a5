import { and, asc, eq, gt, ilike, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../db/database.js";
import { companies, users } from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";

const coordinators = alias(users, "coordinator");

const companyColumns = {
  id: companies.id,
  municipalityId: companies.municipalityId,
  cvr: companies.cvr,
  pNumbers: companies.pNumbers,
  name: companies.name,
  industry: companies.industry,
  address: companies.address,
  postalCode: companies.postalCode,
  employeeCount: companies.employeeCount,
  description: companies.description,
  offers: companies.offers,
  networkMemberSince: companies.networkMemberSince,
  createdAt: companies.createdAt,
  updatedAt: companies.updatedAt,
  coordinatorId: coordinators.id,
  coordinatorDisplayName: coordinators.displayName,
};

export type CompanyRow = Awaited<ReturnType<typeof findCompanyById>> & {};

/** The values a company row is written with; the municipality comes from the caller's scope. */
export interface CompanyValues {
  cvr: string;
  pNumbers: string[];
  name: string;
  industry: string | null;
  address: string | null;
  postalCode: string | null;
  employeeCount: number | null;
  description: string | null;
  offers: string | null;
  coordinatorUserId: string | null;
  networkMemberSince: string | null;
}

/** Company rows always belong to one municipality, so writing needs a municipality scope, never "all". */
export type MunicipalityScope = Extract<TenantScope, { kind: "municipality" }>;

function scopeCondition(scope: TenantScope): SQL | undefined {
  return scope.kind === "municipality" ? eq(companies.municipalityId, scope.municipalityId) : undefined;
}

function selectCompanies(db: Executor) {
  return db
    .select(companyColumns)
    .from(companies)
    .leftJoin(coordinators, eq(coordinators.id, companies.coordinatorUserId));
}

/** A company within the scope; undefined both when absent and when in another municipality. */
export async function findCompanyById(db: Executor, scope: TenantScope, id: string) {
  const [row] = await selectCompanies(db)
    .where(and(eq(companies.id, id), scopeCondition(scope)))
    .limit(1);
  return row;
}

/** `%` and `_` in a search are letters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export async function listCompanies(
  db: Executor,
  scope: TenantScope,
  filter: { q?: string | undefined; coordinatorId?: string | undefined; industry?: string | undefined },
  page: { limit: number; after?: string | undefined },
) {
  const digits = filter.q?.replace(/\s+/g, "");
  const search = filter.q
    ? or(
        ilike(companies.name, `%${escapeLike(filter.q)}%`),
        digits && /^\d+$/.test(digits) ? ilike(companies.cvr, `${digits}%`) : undefined,
      )
    : undefined;
  return selectCompanies(db)
    .where(
      and(
        scopeCondition(scope),
        search,
        filter.coordinatorId ? eq(companies.coordinatorUserId, filter.coordinatorId) : undefined,
        filter.industry ? eq(sql`lower(${companies.industry})`, filter.industry.toLowerCase()) : undefined,
        page.after ? gt(companies.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(companies.id))
    .limit(page.limit + 1);
}

/** Whether another company of the municipality has the CVR number (the one being edited excepted). */
export async function cvrTaken(
  db: Executor,
  scope: MunicipalityScope,
  cvr: string,
  exceptCompanyId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        scopeCondition(scope),
        eq(companies.cvr, cvr),
        exceptCompanyId ? ne(companies.id, exceptCompanyId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Which of the CVR numbers the municipality already has. */
export async function findExistingCvrs(
  db: Executor,
  scope: MunicipalityScope,
  cvrs: string[],
): Promise<Set<string>> {
  if (cvrs.length === 0) return new Set();
  const rows = await db
    .select({ cvr: companies.cvr })
    .from(companies)
    .where(and(scopeCondition(scope), inArray(companies.cvr, cvrs)));
  return new Set(rows.map((row) => row.cvr));
}

/** Staff users of the municipality (not disabled) with one of the emails, by lower-case email. */
export async function findStaffIdsByEmail(
  db: Executor,
  scope: MunicipalityScope,
  emails: string[],
): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(
      and(
        eq(users.municipalityId, scope.municipalityId),
        eq(users.role, "staff"),
        ne(users.status, "disabled"),
        inArray(sql`lower(${users.email})`, emails),
      ),
    );
  return new Map(rows.map((row) => [row.email, row.id]));
}

export async function insertCompany(
  db: Executor,
  scope: MunicipalityScope,
  values: CompanyValues,
  now: Date,
): Promise<string> {
  const [row] = await db
    .insert(companies)
    .values({ ...values, municipalityId: scope.municipalityId, createdAt: now, updatedAt: now })
    .returning({ id: companies.id });
  if (!row) throw new Error("company insert returned nothing");
  return row.id;
}

/** Rows per INSERT: 11 values a row stays far below PostgreSQL's 65,535 parameters per statement. */
const INSERT_BATCH = 1_000;

/** Inserts many companies with multi-row INSERTs; the caller's transaction makes it all or nothing. */
export async function insertCompanies(
  db: Executor,
  scope: MunicipalityScope,
  rows: CompanyValues[],
  now: Date,
): Promise<number> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await db.insert(companies).values(
      rows.slice(start, start + INSERT_BATCH).map((values) => ({
        ...values,
        municipalityId: scope.municipalityId,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  return rows.length;
}

export async function updateCompany(
  db: Executor,
  scope: MunicipalityScope,
  id: string,
  changes: Partial<CompanyValues>,
  now: Date,
): Promise<void> {
  await db
    .update(companies)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(companies.id, id), scopeCondition(scope)));
}

/** Whether an error is PostgreSQL refusing a second company with the same CVR in a municipality. */
export function isDuplicateCvrError(error: unknown): boolean {
  const cause = error instanceof Error && "cause" in error ? error.cause : undefined;
  return [error, cause].some(
    (candidate) =>
      typeof candidate === "object" &&
      candidate !== null &&
      "constraint" in candidate &&
      candidate.constraint === "companies_municipality_cvr_unique",
  );
}
