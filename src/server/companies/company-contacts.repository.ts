import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
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
