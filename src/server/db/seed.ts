import { count, eq } from "drizzle-orm";
import { hashPassword } from "../accounts/passwords.js";
import { insertKnownPostalCodes } from "../reference/known-postal-codes.js";
import type { Database } from "./database.js";
import { insertDemoNetwork } from "./demo-network.js";
import { municipalities, type Role, users } from "./schema.js";

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  municipalitySlug: string | null;
}

export const demoMunicipalities = [
  { name: "Roskilde Kommune", slug: "roskilde", code: "265" },
  { name: "Sønderborg Kommune", slug: "sonderborg", code: "540" },
] as const;

export const demoAccounts: DemoAccount[] = [
  { email: "admin@nextwork.demo", displayName: "Drift Admin", role: "system_admin", municipalitySlug: null },
  {
    email: "forsker@nextwork.demo",
    displayName: "Freja Forsker",
    role: "researcher",
    municipalitySlug: null,
  },
  {
    email: "admin@roskilde.demo",
    displayName: "Rasmus Roskilde-admin",
    role: "municipality_admin",
    municipalitySlug: "roskilde",
  },
  { email: "staff@roskilde.demo", displayName: "Sara Rådgiver", role: "staff", municipalitySlug: "roskilde" },
  { email: "ung@roskilde.demo", displayName: "Noah Ung", role: "youth", municipalitySlug: "roskilde" },
  {
    email: "virksomhed@roskilde.demo",
    displayName: "Vera Virksomhed",
    role: "company_contact",
    municipalitySlug: "roskilde",
  },
  {
    email: "admin@sonderborg.demo",
    displayName: "Søren Sønderborg-admin",
    role: "municipality_admin",
    municipalitySlug: "sonderborg",
  },
  {
    email: "staff@sonderborg.demo",
    displayName: "Sofie Koordinator",
    role: "staff",
    municipalitySlug: "sonderborg",
  },
];

/**
 * Fills an empty database with demo data and tells whether it did. A database that has any
 * municipality or user is left alone, so real data is never mixed with demo data.
 */
export async function seedDemoData(db: Database, demoPassword: string, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    // Two instances starting at once must not both seed.
    await tx.execute("select pg_advisory_xact_lock(7463201906)");
    const [existingMunicipalities] = await tx.select({ n: count() }).from(municipalities);
    const [existingUsers] = await tx.select({ n: count() }).from(users);
    if ((existingMunicipalities?.n ?? 0) > 0 || (existingUsers?.n ?? 0) > 0) return false;
    const inserted = await tx
      .insert(municipalities)
      .values([...demoMunicipalities])
      .returning();
    const idBySlug = new Map(inserted.map((m) => [m.slug, m.id]));
    const insertedUsers = await tx
      .insert(users)
      .values(
        demoAccounts.map((account) => ({
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          municipalityId: account.municipalitySlug ? (idBySlug.get(account.municipalitySlug) ?? null) : null,
          status: "active" as const,
          passwordHash,
        })),
      )
      .returning({ id: users.id, email: users.email });
    await insertKnownPostalCodes(tx);
    await insertDemoNetwork(tx, {
      passwordHash,
      municipalityIdBySlug: idBySlug,
      userIdByEmail: new Map(insertedUsers.map((user) => [user.email, user.id])),
      now,
    });
    return true;
  });
}

/** Whether the demo accounts are still there (so that start-up can list them). */
export async function hasDemoAccounts(db: Database): Promise<boolean> {
  const [firstDemoAccount] = demoAccounts;
  if (!firstDemoAccount) return false;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, firstDemoAccount.email))
    .limit(1);
  return row !== undefined;
}
