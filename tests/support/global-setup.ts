import type { TestProject } from "vitest/node";
import { runMigrations } from "../../src/server/db/migrate.js";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  startTestServer,
  withAdminClient,
} from "./test-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseAdminUrl: string;
    testDatabaseTemplate: string;
    testDatabasePrefix: string;
  }
}

/** Migrates one template database per run; each test file clones it (see test-app.ts). */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const prefix = `nextwork_test_${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;
  await createDatabase(server.adminUrl, template);
  await runMigrations(databaseUrl(server.adminUrl, template));
  project.provide("testDatabaseAdminUrl", server.adminUrl);
  project.provide("testDatabaseTemplate", template);
  project.provide("testDatabasePrefix", prefix);

  return async () => {
    const leftovers = await withAdminClient(server.adminUrl, async (client) => {
      const result = await client.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        [`${prefix}%`],
      );
      return result.rows.map((row) => row.datname);
    });
    for (const name of leftovers) await dropDatabase(server.adminUrl, name);
    await server.stop();
  };
}
