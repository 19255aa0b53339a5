import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import type { MunicipalityScope } from "./companies.repository.js";
import { companyContacts } from "./companies.tables.js";

/** The company a company contact speaks for; undefined for a user who is no contact. */
export async function findCompanyIdOfContact(db: Executor, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ companyId: companyContacts.companyId })
    .from(companyContacts)
    .where(eq(companyContacts.userId, userId))
    .limit(1);
  return row?.companyId;
}

export type CompanyContactRow = Awaited<ReturnType<typeof listContactsOfCompany>>[number];

/** The contact persons of a company of the municipality, oldest first. */
export async function listContactsOfCompany(db: Executor, scope: MunicipalityScope, companyId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      status: users.status,
      jobTitle: companyContacts.jobTitle,
      createdAt: companyContacts.createdAt,
    })
    .from(companyContacts)
    .innerJoin(users, eq(users.id, companyContacts.userId))
    .where(
      and(eq(companyContacts.companyId, companyId), eq(companyContacts.municipalityId, scope.municipalityId)),
    )
    .orderBy(asc(companyContacts.createdAt), asc(users.id));
}

export async function insertCompanyContact(
  db: Executor,
  scope: MunicipalityScope,
  values: { userId: string; companyId: string; jobTitle: string | null; now: Date },
): Promise<void> {
  await db.insert(companyContacts).values({
    userId: values.userId,
    companyId: values.companyId,
    municipalityId: scope.municipalityId,
    jobTitle: values.jobTitle,
    createdAt: values.now,
  });
}
