import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import type { TenantScope } from "../platform/tenant.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { wishes, type wishStatuses } from "./wishes.tables.js";

type WishStatus = (typeof wishStatuses)[number];

function scopeCondition(scope: TenantScope): SQL | undefined {
  return scope.kind === "municipality" ? eq(wishes.municipalityId, scope.municipalityId) : undefined;
}

/** What part of the tenant's wishes a caller may see (see wishes.policy.ts). */
export type WishVisibility = { ownerYouthId: string } | { consentedAndOpen: true } | { everything: true };

function visibilityCondition(visibility: WishVisibility): SQL | undefined {
  if ("ownerYouthId" in visibility) return eq(wishes.youthId, visibility.ownerYouthId);
  if ("consentedAndOpen" in visibility) {
    // Consent is read at query time, so withdrawing it hides the wishes at once.
    return and(eq(wishes.status, "open"), hasCurrentConsent(wishes.youthId, "profile_visible_to_companies"));
  }
  return undefined;
}

const wishColumns = {
  id: wishes.id,
  municipalityId: wishes.municipalityId,
  youthId: wishes.youthId,
  occupationField: wishes.occupationField,
  description: wishes.description,
  hoursPerWeek: wishes.hoursPerWeek,
  areaPostalCode: wishes.areaPostalCode,
  status: wishes.status,
  createdAt: wishes.createdAt,
  updatedAt: wishes.updatedAt,
};

export type WishRow = Awaited<ReturnType<typeof listWishes>>[number];

export async function listWishes(
  db: Executor,
  scope: TenantScope,
  visibility: WishVisibility,
  filter: { status?: WishStatus | undefined; occupationField?: string | undefined },
  page: { limit: number; after?: string | undefined },
) {
  return db
    .select(wishColumns)
    .from(wishes)
    .where(
      and(
        scopeCondition(scope),
        visibilityCondition(visibility),
        filter.status ? eq(wishes.status, filter.status) : undefined,
        filter.occupationField ? eq(wishes.occupationField, filter.occupationField) : undefined,
        page.after ? gt(wishes.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(wishes.id))
    .limit(page.limit + 1);
}

/** A wish within the caller's reach; undefined both when absent and when out of reach. */
export async function findWishById(
  db: Executor,
  scope: TenantScope,
  visibility: WishVisibility,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<WishRow | undefined> {
  const query = db
    .select(wishColumns)
    .from(wishes)
    .where(and(eq(wishes.id, id), scopeCondition(scope), visibilityCondition(visibility)))
    .limit(1);
  // Locked so that two companies answering, or an answer and a withdrawal, run one at a time.
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertWish(
  db: Executor,
  values: {
    municipalityId: string;
    youthId: string;
    occupationField: string;
    description: string;
    hoursPerWeek: number | null;
    areaPostalCode: string | null;
    now: Date;
  },
): Promise<WishRow> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(wishes)
    .values({ ...columns, status: "open", createdAt: now, updatedAt: now })
    .returning(wishColumns);
  if (!row) throw new Error("wish insert returned nothing");
  return row;
}

export async function updateWish(
  db: Executor,
  scope: TenantScope,
  id: string,
  changes: Partial<{
    occupationField: string;
    description: string;
    hoursPerWeek: number | null;
    areaPostalCode: string | null;
    status: WishStatus;
  }>,
  now: Date,
): Promise<WishRow> {
  const [row] = await db
    .update(wishes)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(wishes.id, id), scopeCondition(scope)))
    .returning(wishColumns);
  if (!row) throw new Error("wish update returned nothing");
  return row;
}
