import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

export const migrationsFolder = path.resolve(import.meta.dirname, "migrations");

/** Any constant shared by every instance; two servers starting at once serialise on it. */
const MIGRATION_LOCK_KEY = 7_463_201_905;

/** Applies pending migrations. Idempotent, and safe when several instances start at the same time. */
export async function runMigrations(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      // Quiet the NOTICEs PostgreSQL sends for "schema already exists" on every start.
      await client.query("set client_min_messages = warning");
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
