import { seedDemoData } from "../../src/server/db/seed.js";
import { createTestApp, type TestApp } from "./test-app.js";

export const DEMO_PASSWORD = "nextwork-demo";

export interface RunningServer {
  baseUrl: string;
  t: TestApp;
  close(): Promise<void>;
}

/** The real app with the built web UI on a free port, on its own database with the demo data. */
export async function startWebServer(): Promise<RunningServer> {
  const t = await createTestApp();
  await seedDemoData(t.db, DEMO_PASSWORD);
  await t.app.listen({ host: "127.0.0.1", port: 0 });
  const address = t.app.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { baseUrl: `http://127.0.0.1:${address.port}`, t, close: () => t.close() };
}
