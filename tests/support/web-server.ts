import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { seedDemoData } from "../../src/server/db/seed.js";
import { launchBrowser } from "./browser.js";
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

/**
 * For a browser journey file: a server and a browser for all its tests, closed afterwards.
 * Read `journey.server` and `journey.browser` inside tests (they exist once beforeAll has run).
 */
export function setUpJourney(): { server: RunningServer; browser: Browser } {
  const journey = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    journey.server = await startWebServer();
    journey.browser = await launchBrowser();
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.server?.close();
  });
  return journey;
}

/** Logs a demo user in through the login form and waits for their home page. */
export async function logInAsDemoUser(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.locator("main").getByRole("button", { name: "Log ind" }).click();
  await expect.poll(() => page.url()).toBe(`${baseUrl}/home`);
}
