import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import autocannon from "autocannon";

/** What the HTTP benchmarks share: the real server as a child process, and autocannon. */

export const CONNECTIONS = 20;
export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export async function freePort(): Promise<number> {
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

export interface RunningServer {
  base: string;
  stop(): Promise<void>;
}

/**
 * `src/server/main.ts` on the embedded database in `dataDir`, never on a configured DATABASE_URL:
 * a benchmark must not write into someone's database.
 */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
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
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForReady(base, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

/** Logs in over HTTP and answers the session cookie. */
export async function loginCookie(base: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
  return cookie;
}

export interface Measurement {
  route: string;
  "requests/s": number;
  "p50 ms": number;
  "p99 ms": number;
  requests: number;
}

/** CONNECTIONS concurrent clients for DURATION_SECONDS; any non-2xx answer fails the benchmark. */
export async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${title}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    route: title,
    "requests/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
  } satisfies Measurement;
}
