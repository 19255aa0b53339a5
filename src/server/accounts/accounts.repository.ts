import { and, asc, count, eq, gt, isNull, min, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import {
  accountTokens,
  loginFailures,
  municipalities,
  type Role,
  type UserStatus,
  users,
} from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";

const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  status: users.status,
  locale: users.locale,
  passwordHash: users.passwordHash,
  createdAt: users.createdAt,
  municipalityId: users.municipalityId,
  municipality: { id: municipalities.id, slug: municipalities.slug, name: municipalities.name },
};

export type UserRow = Awaited<ReturnType<typeof findUserByEmail>> & {};

function scopeCondition(scope: TenantScope): SQL | undefined {
  return scope.kind === "municipality" ? eq(users.municipalityId, scope.municipalityId) : undefined;
}

function selectUsers(db: Executor) {
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(municipalities, eq(municipalities.id, users.municipalityId));
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await selectUsers(db)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row;
}

/** A user within the caller's reach; undefined both when absent and when in another municipality. */
export async function findUserById(db: Executor, scope: TenantScope, id: string) {
  const [row] = await selectUsers(db)
    .where(and(eq(users.id, id), scopeCondition(scope)))
    .limit(1);
  return row;
}

export async function listUsers(
  db: Executor,
  scope: TenantScope,
  filter: { role?: Role | undefined; status?: UserStatus | undefined },
  page: { limit: number; after?: string | undefined },
) {
  return selectUsers(db)
    .where(
      and(
        scopeCondition(scope),
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.status ? eq(users.status, filter.status) : undefined,
        page.after ? gt(users.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(users.id))
    .limit(page.limit + 1);
}

export async function insertUser(
  db: Executor,
  values: {
    email: string;
    displayName: string;
    role: Role;
    municipalityId: string | null;
    status: UserStatus;
    passwordHash: string | null;
    now: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({
      email: values.email,
      displayName: values.displayName,
      role: values.role,
      municipalityId: values.municipalityId,
      status: values.status,
      passwordHash: values.passwordHash,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning({ id: users.id });
  if (!row) throw new Error("user insert returned nothing");
  return row.id;
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: Partial<{ status: UserStatus; passwordHash: string; locale: "da" | "en" }>,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ ...changes, updatedAt: now })
    .where(eq(users.id, id));
}

export async function insertAccountToken(
  db: Executor,
  values: {
    userId: string;
    purpose: "invitation" | "password_reset";
    tokenHash: string;
    expiresAt: Date;
    now: Date;
  },
): Promise<void> {
  await db.insert(accountTokens).values({ ...values, createdAt: values.now });
}

/** An unused, unexpired token of the given purpose, locked for the rest of the transaction. */
export async function findUsableAccountToken(
  db: Executor,
  purpose: "invitation" | "password_reset",
  tokenHash: string,
  now: Date,
) {
  const [row] = await db
    .select({ id: accountTokens.id, userId: accountTokens.userId })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .for("update")
    .limit(1);
  return row;
}

/** Spends every open token of the purpose, so only the newest link can ever have worked. */
export async function spendAccountTokens(
  db: Executor,
  userId: string,
  purpose: "invitation" | "password_reset",
  now: Date,
): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)),
    );
}

export async function insertLoginFailure(
  db: Executor,
  values: { email: string; ip: string; occurredAt: Date },
) {
  await db.insert(loginFailures).values(values);
}

/** Failures since a moment, with the oldest one's time so a Retry-After can be computed. */
export async function countLoginFailures(db: Executor, by: { email: string } | { ip: string }, since: Date) {
  const key = "email" in by ? eq(loginFailures.email, by.email) : eq(loginFailures.ip, by.ip);
  const [row] = await db
    .select({ failures: count(), oldest: min(loginFailures.occurredAt) })
    .from(loginFailures)
    .where(and(key, gt(loginFailures.occurredAt, since)));
  return { failures: row?.failures ?? 0, oldest: row?.oldest ?? null };
}

export async function clearLoginFailures(db: Executor, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}

export async function countRecentAccountTokens(
  db: Executor,
  userId: string,
  purpose: "invitation" | "password_reset",
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ tokens: count() })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, purpose),
        gt(accountTokens.createdAt, since),
      ),
    );
  return row?.tokens ?? 0;
}
