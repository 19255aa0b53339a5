import { and, eq, type SQL } from "drizzle-orm";
import { companyContacts } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth } from "../youth/youth.tables.js";
import { matches } from "./matching.tables.js";

const scopeCondition = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(matches.municipalityId, scope.municipalityId) : undefined;

const matchColumns = {
  id: matches.id,
  municipalityId: matches.municipalityId,
  openingId: matches.openingId,
  youthId: matches.youthId,
  companyId: matches.companyId,
  status: matches.status,
  createdAt: matches.createdAt,
  lastActivityAt: matches.lastActivityAt,
  endedAt: matches.endedAt,
  endedByUserId: matches.endedByUserId,
  endReason: matches.endReason,
};

export type MatchRow = NonNullable<Awaited<ReturnType<typeof findMatchById>>>;

export async function findMatchById(
  db: Executor,
  scope: TenantScope,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select(matchColumns)
    .from(matches)
    .where(and(eq(matches.id, id), scopeCondition(scope)))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

/** The user behind a young person, and the company a user speaks for, in one round trip. */
export async function findSidesOfUser(db: Executor, userId: string) {
  const [row] = await db
    .select({ youthId: youth.id, companyId: companyContacts.companyId })
    .from(users)
    .leftJoin(youth, eq(youth.userId, users.id))
    .leftJoin(companyContacts, eq(companyContacts.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  return { youthId: row?.youthId ?? undefined, companyId: row?.companyId ?? undefined };
}

const recipientColumns = {
  userId: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
};

export async function findYouthUser(db: Executor, youthId: string) {
  return db
    .select(recipientColumns)
    .from(youth)
    .innerJoin(users, eq(users.id, youth.userId))
    .where(and(eq(youth.id, youthId), eq(users.status, "active")));
}

export async function findCompanyContactUsers(db: Executor, companyId: string) {
  return db
    .select(recipientColumns)
    .from(companyContacts)
    .innerJoin(users, eq(users.id, companyContacts.userId))
    .where(and(eq(companyContacts.companyId, companyId), eq(users.status, "active")));
}
