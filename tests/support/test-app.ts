import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { inject } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { type Config, loadConfig } from "../../src/server/config.js";
import { connectDatabase, type Database, type DatabaseHandle } from "../../src/server/db/database.js";
import { TestClock } from "./test-clock.js";
import { createDatabase, dropDatabase } from "./test-database.js";

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  database: DatabaseHandle;
  clock: TestClock;
  config: Config;
  databaseUrl: string;
  close(): Promise<void>;
}

/** A fixed key, so tests can decrypt what the app stored and check it is not the plaintext. */
export const TEST_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");

export const silentLogger = { error: () => {} };

/** A database of this file's own, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = inject("testDatabaseAdminUrl");
  const name = `${inject("testDatabasePrefix")}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = await createDatabase(adminUrl, name, inject("testDatabaseTemplate"));
  return { url, name, drop: () => dropDatabase(adminUrl, name) };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PUBLIC_URL: "http://nextwork.test",
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    // Tests run jobs by hand, at the time they choose.
    BACKGROUND_JOBS: "off",
    ...overrides,
  });
}

/** An app on its own fresh database, with a hand-moved clock. One per test file (beforeAll). */
export async function createTestApp(
  options: { env?: Record<string, string>; clock?: TestClock } = {},
): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const config = testConfig(options.env);
  const database = connectDatabase(testDatabase.url, silentLogger, 5);
  const clock = options.clock ?? new TestClock();
  const app = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    clock,
    config,
    databaseUrl: testDatabase.url,
    async close() {
      await app.close();
      await database.close();
      await testDatabase.drop();
    },
  };
}
