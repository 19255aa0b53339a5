import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

/**
 * `npm run bench`: starts the real server on a fresh embedded database, logs in as a demo user and
 * measures requests per second and latency with 20 concurrent clients.
 */
const CONNECTIONS = 20;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForReady(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the server exited during start-up");
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not become ready");
}

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    route: title,
    "requests/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-bench-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const { DATABASE_URL: _external, ...environment } = process.env;
const server = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
  env: {
    ...environment,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    NEXTWORK_DEMO: "true",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
try {
  await waitForReady(base, server);
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email: "staff@roskilde.demo",
      password: process.env.DEMO_PASSWORD ?? "nextwork-demo",
    }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);

  const rows = [
    await measure("GET /healthz", `${base}/healthz`),
    await measure("GET /api/me (session)", `${base}/api/me`, { cookie }),
  ];
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION_SECONDS} s each, ${os.cpus().length} cores, Node ${process.version}`,
  );
  console.table(rows);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
