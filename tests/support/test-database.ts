import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../src/server/db/embedded-postgres.js";

/** The server tests run against: TEST_DATABASE_URL when set, otherwise a throwaway embedded PostgreSQL. */
export interface TestServer {
  /** Connection string to a maintenance database on that server, for CREATE/DROP DATABASE. */
  adminUrl: string;
  stop(): Promise<void>;
}

const quietLogger = { info: () => {}, warn: () => {} };

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => {} };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-test-db-"));
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, logger: quietLogger });
  return {
    adminUrl: embedded.adminConnectionString,
    async stop() {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, databaseName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

export async function withAdminClient<T>(
  adminUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withAdminClient(adminUrl, async (client) => {
    const from = template ? ` template ${client.escapeIdentifier(template)}` : "";
    // Two files cloning the template at the same moment can collide; one retry settles it.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
      }
    }
  });
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );
}
