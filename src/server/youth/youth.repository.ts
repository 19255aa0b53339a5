import { and, arrayContains, asc, eq, gt, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../db/database.js";
import { municipalities, users } from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";
import { hasCurrentConsent } from "./consents.repository.js";
import {
  youth,
  youthProgressScores,
  youthResourceProfiles,
  youthSensitiveInformation,
  type youthStatuses,
} from "./youth.tables.js";

const counsellors = alias(users, "counsellor");
const progressRecorders = alias(users, "progress_recorder");

/** The resource profile's columns, as profile.ts reads them (ProfileRow). */
export const profileColumns = {
  aboutMe: youthResourceProfiles.aboutMe,
  strengths: youthResourceProfiles.strengths,
  interests: youthResourceProfiles.interests,
  experiences: youthResourceProfiles.experiences,
  wantsToLearn: youthResourceProfiles.wantsToLearn,
  hoursPerWeek: youthResourceProfiles.hoursPerWeek,
  weekdays: youthResourceProfiles.weekdays,
  maxTravelKm: youthResourceProfiles.maxTravelKm,
  drivingLicence: youthResourceProfiles.drivingLicence,
  languages: youthResourceProfiles.languages,
  earliestStart: youthResourceProfiles.earliestStart,
  visibility: youthResourceProfiles.visibility,
};

const visibleToCompanies = hasCurrentConsent(youth.id, "profile_visible_to_companies");

function selectYouth(db: Executor) {
  return db
    .select({
      id: youth.id,
      userId: youth.userId,
      municipalityId: youth.municipalityId,
      birthDate: youth.birthDate,
      phone: youth.phone,
      postalCode: youth.postalCode,
      cprEncrypted: youth.cprEncrypted,
      status: youth.status,
      readiness: youth.readiness,
      enrolledOn: youth.enrolledOn,
      displayName: users.displayName,
      email: users.email,
      counsellorId: youth.counsellorUserId,
      counsellorName: counsellors.displayName,
      municipality: { id: municipalities.id, slug: municipalities.slug, name: municipalities.name },
      profile: profileColumns,
      visibleToCompanies: sql<boolean>`${visibleToCompanies}`,
    })
    .from(youth)
    .innerJoin(users, eq(users.id, youth.userId))
    .innerJoin(municipalities, eq(municipalities.id, youth.municipalityId))
    .innerJoin(youthResourceProfiles, eq(youthResourceProfiles.youthId, youth.id))
    .leftJoin(counsellors, eq(counsellors.id, youth.counsellorUserId));
}

export type YouthRow = Awaited<ReturnType<typeof findYouthById>> & {};

function scopeCondition(scope: TenantScope): SQL | undefined {
  return scope.kind === "municipality" ? eq(youth.municipalityId, scope.municipalityId) : undefined;
}

/** A young person within reach; undefined both when absent and when in another municipality. */
export async function findYouthById(db: Executor, scope: TenantScope, id: string) {
  const [row] = await selectYouth(db)
    .where(and(eq(youth.id, id), scopeCondition(scope)))
    .limit(1);
  return row;
}

export async function findYouthByUserId(db: Executor, userId: string) {
  const [row] = await selectYouth(db).where(eq(youth.userId, userId)).limit(1);
  return row;
}

/** A young person as companies may find them: same municipality and consenting, else undefined. */
export async function findYouthVisibleToCompanies(db: Executor, municipalityId: string, id: string) {
  const [row] = await selectYouth(db)
    .where(and(eq(youth.id, id), eq(youth.municipalityId, municipalityId), visibleToCompanies))
    .limit(1);
  return row;
}

export interface YouthListFilter {
  q?: string | undefined;
  status?: (typeof youthStatuses)[number] | undefined;
  counsellorId?: string | undefined;
  field?: string | undefined;
  /** Companies see only young people who consent to it. */
  onlyVisibleToCompanies: boolean;
}

export async function listYouth(
  db: Executor,
  scope: TenantScope,
  filter: YouthListFilter,
  page: { limit: number; after?: string | undefined },
) {
  const search = filter.q ? `%${filter.q.replace(/[\\%_]/g, "\\$&")}%` : undefined;
  return selectYouth(db)
    .where(
      and(
        scopeCondition(scope),
        filter.onlyVisibleToCompanies ? visibleToCompanies : undefined,
        search ? or(ilike(users.displayName, search), ilike(users.email, search)) : undefined,
        filter.status ? eq(youth.status, filter.status) : undefined,
        filter.counsellorId ? eq(youth.counsellorUserId, filter.counsellorId) : undefined,
        filter.field ? arrayContains(youthResourceProfiles.interests, [filter.field]) : undefined,
        page.after ? gt(youth.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(youth.id))
    .limit(page.limit + 1);
}

export async function findYouthIdByCprHash(db: Executor, cprLookupHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: youth.id })
    .from(youth)
    .where(eq(youth.cprLookupHash, cprLookupHash))
    .limit(1);
  return row?.id;
}

export async function insertYouth(db: Executor, values: typeof youth.$inferInsert): Promise<string> {
  const [row] = await db.insert(youth).values(values).returning({ id: youth.id });
  if (!row) throw new Error("youth insert returned nothing");
  await db.insert(youthResourceProfiles).values({ youthId: row.id, municipalityId: values.municipalityId });
  return row.id;
}

export async function updateYouth(
  db: Executor,
  id: string,
  changes: Partial<
    Pick<typeof youth.$inferInsert, "phone" | "postalCode" | "counsellorUserId" | "status" | "readiness">
  >,
  now: Date,
): Promise<void> {
  await db
    .update(youth)
    .set({ ...changes, updatedAt: now })
    .where(eq(youth.id, id));
}

export async function updateResourceProfile(
  db: Executor,
  youthId: string,
  changes: Partial<Omit<typeof youthResourceProfiles.$inferInsert, "youthId" | "municipalityId">>,
  now: Date,
): Promise<void> {
  await db
    .update(youthResourceProfiles)
    .set({ ...changes, updatedAt: now })
    .where(eq(youthResourceProfiles.youthId, youthId));
}

export async function insertProgressScore(db: Executor, values: typeof youthProgressScores.$inferInsert) {
  await db.insert(youthProgressScores).values(values);
}

export async function listProgressScores(db: Executor, youthId: string) {
  return db
    .select({
      id: youthProgressScores.id,
      recordedOn: youthProgressScores.recordedOn,
      direction: youthProgressScores.direction,
      persistence: youthProgressScores.persistence,
      curiosity: youthProgressScores.curiosity,
      resilience: youthProgressScores.resilience,
      selfEsteem: youthProgressScores.selfEsteem,
      recordedById: progressRecorders.id,
      recordedByName: progressRecorders.displayName,
    })
    .from(youthProgressScores)
    .leftJoin(progressRecorders, eq(progressRecorders.id, youthProgressScores.recordedByUserId))
    .where(eq(youthProgressScores.youthId, youthId))
    .orderBy(asc(youthProgressScores.recordedOn), asc(youthProgressScores.id));
}

export async function findSensitiveInformation(db: Executor, youthId: string) {
  const [row] = await db
    .select()
    .from(youthSensitiveInformation)
    .where(eq(youthSensitiveInformation.youthId, youthId))
    .limit(1);
  return row;
}

export async function saveSensitiveInformation(
  db: Executor,
  values: typeof youthSensitiveInformation.$inferInsert,
) {
  const { youthId: _youthId, municipalityId: _municipalityId, ...changes } = values;
  await db.insert(youthSensitiveInformation).values(values).onConflictDoUpdate({
    target: youthSensitiveInformation.youthId,
    set: changes,
  });
}

/** The youth record of a signed-in young person, within reach. */
export async function findYouthIdOfUser(db: Executor, scope: TenantScope, userId: string) {
  const [row] = await db
    .select({ id: youth.id })
    .from(youth)
    .where(
      and(
        eq(youth.userId, userId),
        scope.kind === "municipality" ? eq(youth.municipalityId, scope.municipalityId) : undefined,
      ),
    )
    .limit(1);
  return row?.id;
}

/** Where and how to tell a young person something: their user's email, name and language. */
export async function findYouthRecipient(db: Executor, scope: TenantScope, youthId: string) {
  const [row] = await db
    .select({ email: users.email, displayName: users.displayName, locale: users.locale })
    .from(youth)
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        eq(youth.id, youthId),
        scope.kind === "municipality" ? eq(youth.municipalityId, scope.municipalityId) : undefined,
      ),
    )
    .limit(1);
  return row;
}
