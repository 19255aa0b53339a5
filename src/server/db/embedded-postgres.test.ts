import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { testConfig } from "../../../tests/support/test-app.js";
import { buildApp } from "../app.js";
import { connectDatabase } from "./database.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { runMigrations } from "./migrate.js";

const quiet = { info: () => {}, warn: () => {} };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function temporaryDataDir(parent = os.tmpdir()): string {
  const dir = fs.mkdtempSync(path.join(parent, "nextwork-embedded-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Where the cluster of a data directory lives (it may be relocated when run as root). */
function clusterDirOf(dataDir: string): string {
  const marker = path.join(dataDir, "postgres-location");
  return fs.existsSync(marker) ? fs.readFileSync(marker, "utf8").trim() : path.join(dataDir, "postgres");
}

async function query(connectionString: string, sql: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("starts from scratch, keeps data across restarts and leaves no lock behind", async () => {
    const dataDir = temporaryDataDir();
    const first = await startEmbeddedPostgres({ dataDir, logger: quiet });
    await runMigrations(first.connectionString);
    await query(
      first.connectionString,
      "insert into municipalities (id, name, slug, code) values (gen_random_uuid(), 'Roskilde', 'roskilde', '265')",
    );
    await first.stop();
    expect(fs.existsSync(path.join(clusterDirOf(dataDir), "postmaster.pid"))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "server.pid"))).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, logger: quiet });
    cleanups.push(() => second.stop());
    const rows = await query(second.connectionString, "select slug from municipalities");
    expect(rows.rows).toEqual([{ slug: "roskilde" }]);
  });

  it("recovers by itself after the process that started it was killed", async () => {
    const dataDir = temporaryDataDir();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/support/embedded-postgres-child.ts", dataDir],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        const match = /ready (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      child.once("exit", (code) => reject(new Error(`child exited with ${code}`)));
    });
    expect(port).toBeGreaterThan(0);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const restarted = await startEmbeddedPostgres({ dataDir, logger: quiet });
    cleanups.push(() => restarted.stop());
    expect((await query(restarted.connectionString, "select 1 as ok")).rows).toEqual([{ ok: 1 }]);
  });

  it.runIf(process.getuid?.() === 0)("works as root when the data directory is private to root", async () => {
    const privateParent = temporaryDataDir();
    fs.chmodSync(privateParent, 0o700);
    const dataDir = path.join(privateParent, "data");
    const server = await startEmbeddedPostgres({ dataDir, logger: quiet });
    cleanups.push(() => fs.rmSync(clusterDirOf(dataDir), { recursive: true, force: true }));
    cleanups.push(() => server.stop());
    expect((await query(server.connectionString, "select 1 as ok")).rows).toEqual([{ ok: 1 }]);
    expect(clusterDirOf(dataDir)).not.toContain(privateParent);
  });

  it("makes /readyz answer 503 while the database is away and 200 when it is back", async () => {
    const dataDir = temporaryDataDir();
    const first = await startEmbeddedPostgres({ dataDir, logger: quiet });
    await runMigrations(first.connectionString);
    const database = connectDatabase(first.connectionString, { error: () => {} }, 2);
    const app = await buildApp({ config: testConfig(), database });
    cleanups.push(() => database.close());
    cleanups.push(() => app.close());
    expect((await app.inject({ method: "GET", url: "/readyz" })).json()).toEqual({ status: "ready" });

    await first.stop();
    const away = await app.inject({ method: "GET", url: "/readyz" });
    expect(away.statusCode).toBe(503);
    expect(away.headers["content-type"]).toContain("application/problem+json");
    expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);

    const back = await startEmbeddedPostgres({ dataDir, logger: quiet, port: first.port });
    cleanups.push(() => back.stop());
    expect((await app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
  });
});
