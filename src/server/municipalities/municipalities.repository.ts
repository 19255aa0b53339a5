import { and, asc, eq, gt, or } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { municipalities } from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";

const columns = {
  id: municipalities.id,
  name: municipalities.name,
  slug: municipalities.slug,
  code: municipalities.code,
};

export type MunicipalityRow = { id: string; name: string; slug: string; code: string };

function scopeCondition(scope: TenantScope) {
  return scope.kind === "municipality" ? eq(municipalities.id, scope.municipalityId) : undefined;
}

export async function findMunicipalityById(
  db: Executor,
  scope: TenantScope,
  id: string,
): Promise<MunicipalityRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(municipalities)
    .where(and(eq(municipalities.id, id), scopeCondition(scope)))
    .limit(1);
  return row;
}

export async function findMunicipalityBySlug(
  db: Executor,
  slug: string,
): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select(columns).from(municipalities).where(eq(municipalities.slug, slug)).limit(1);
  return row;
}

export async function findMunicipalityBySlugOrCode(db: Executor, slug: string, code: string) {
  return db
    .select(columns)
    .from(municipalities)
    .where(or(eq(municipalities.slug, slug), eq(municipalities.code, code)));
}

export async function listMunicipalities(
  db: Executor,
  scope: TenantScope,
  page: { limit: number; after?: string | undefined },
) {
  return db
    .select(columns)
    .from(municipalities)
    .where(and(scopeCondition(scope), page.after ? gt(municipalities.id, page.after) : undefined))
    .orderBy(asc(municipalities.id))
    .limit(page.limit + 1);
}

export async function insertMunicipality(
  db: Executor,
  values: { name: string; slug: string; code: string; now: Date },
): Promise<MunicipalityRow> {
  const [row] = await db
    .insert(municipalities)
    .values({ name: values.name, slug: values.slug, code: values.code, createdAt: values.now })
    .returning(columns);
  if (!row) throw new Error("municipality insert returned nothing");
  return row;
}
