import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "../src/server/accounts/passwords.js";
import { buildApp } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";
import { municipalities, users } from "../src/server/db/schema.js";
import { startDatabase } from "../src/server/db/start-database.js";
import { companyImportCsv } from "../tests/support/company-factories.js";

/**
 * `npx tsx bench/company-import.ts`: imports a CSV file of 5,000 companies through the real routes
 * (app.inject, no port) into a fresh embedded PostgreSQL, and prints how long the preview and the
 * import take. The target from issue 3 is an import under 10 seconds. BENCH_ROWS changes the size.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 5_000);
const TARGET_MS = 10_000;
const PASSWORD = "bench-password-horse-battery";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-bench-import-"));
// A fresh embedded database always: a benchmark must not write 5,000 companies into a configured one.
const config = loadConfig({
  NODE_ENV: "development",
  LOG_LEVEL: "warn",
  DATA_DIR: dataDir,
  ENCRYPTION_KEY: randomBytes(32).toString("base64"),
});
const quiet = { info: () => {}, warn: (m: string) => console.warn(m), error: () => {} };
const database = await startDatabase(config, quiet);
const app = await buildApp({ config, database }).catch(async (error: unknown) => {
  await database.shutdown();
  throw error;
});
try {
  const [municipality] = await database.db
    .insert(municipalities)
    .values({ name: "Benchmark Kommune", slug: "benchmark", code: "999" })
    .returning({ id: municipalities.id });
  if (!municipality) throw new Error("no municipality");
  const email = "staff@benchmark.test";
  await database.db.insert(users).values({
    email,
    displayName: "Benchmark Staff",
    role: "staff",
    municipalityId: municipality.id,
    status: "active",
    passwordHash: await hashPassword(PASSWORD),
  });
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name.endsWith("nextwork_session"));
  if (login.statusCode !== 200 || !cookie) throw new Error(`login failed: ${login.statusCode}`);
  const headers = {
    cookie: `${cookie.name}=${cookie.value}`,
    "x-csrf-token": String(login.json().csrfToken),
    "content-type": "text/csv; charset=utf-8",
  };

  const csv = companyImportCsv(ROWS, { coordinatorEmail: email });
  const timed = async (url: string) => {
    const started = performance.now();
    const response = await app.inject({ method: "POST", url, headers, payload: csv });
    const ms = performance.now() - started;
    if (response.statusCode >= 300)
      throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return { ms, body: response.json() };
  };
  const preview = await timed("/api/companies/import/preview");
  const imported = await timed("/api/companies/import");
  console.table([
    {
      step: "preview",
      rows: preview.body.validRowCount,
      ms: Math.round(preview.ms),
    },
    { step: "import", rows: imported.body.imported, ms: Math.round(imported.ms) },
  ]);
  console.log(
    `${ROWS} rows, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KiB: import ${(imported.ms / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s) ${imported.ms < TARGET_MS ? "OK" : "TOO SLOW"}`,
  );
  if (imported.ms >= TARGET_MS) process.exitCode = 1;
} finally {
  await app.close();
  await database.shutdown();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
