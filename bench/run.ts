import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CONNECTIONS, DURATION_SECONDS, loginCookie, measure, startServer } from "./server.js";

/**
 * Starts the real server on a fresh embedded database with the demo data, logs in as a demo user
 * and measures requests per second and latency with 20 concurrent clients (`npm run bench`).
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-bench-"));
try {
  const server = await startServer(dataDir, { NEXTWORK_DEMO: "true" });
  try {
    const cookie = await loginCookie(
      server.base,
      "staff@roskilde.demo",
      process.env.DEMO_PASSWORD ?? "nextwork-demo",
    );
    const rows = [
      await measure("GET /healthz", `${server.base}/healthz`),
      await measure("GET /api/me (session)", `${server.base}/api/me`, { cookie }),
    ];
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION_SECONDS} s each, ${os.cpus().length} cores, Node ${process.version}`,
    );
    console.table(rows);
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
