import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectAccessible, launchBrowser } from "../support/browser.js";
import { DEMO_PASSWORD, type RunningServer, startWebServer } from "../support/web-server.js";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.locator("main").getByRole("button", { name: "Log ind" }).click();
  await expect.poll(() => page.url()).toBe(`${server.baseUrl}/home`);
}

it("an admin invites a colleague, who follows the link from the outbox, sets a password and lands at home", async () => {
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await logIn(adminPage, "admin@roskilde.demo");
  const invite = adminPage.locator("form").filter({ has: adminPage.getByLabel("Navn") });
  await invite.getByLabel("E-mail").fill("ny.kollega@roskilde.demo");
  await invite.getByLabel("Navn").fill("Nina Nykollega");
  await invite.getByLabel("Rolle").selectOption("staff");
  await invite.getByRole("button").click();
  await adminPage.getByText("ny.kollega@roskilde.demo").first().waitFor();
  await expectAccessible(adminPage);
  await admin.close();

  const operator = await browser.newContext();
  const operatorPage = await operator.newPage();
  await logIn(operatorPage, "admin@nextwork.demo");
  const link = operatorPage.locator("a[href*='/invitation/']").first();
  await link.waitFor();
  const href = await link.getAttribute("href");
  await expectAccessible(operatorPage);
  await operator.close();
  if (!href) throw new Error("no invitation link in the outbox");

  const invited = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await invited.newPage();
  await page.goto(`${server.baseUrl}${new URL(href).pathname}`);
  await page.getByRole("heading", { level: 1, name: /Nina Nykollega/ }).waitFor();
  await expectAccessible(page);
  await page.getByLabel("Ny adgangskode").fill("nina-vaelger-sin-egen-kode");
  await page.getByLabel("Gentag adgangskoden").fill("nina-vaelger-sin-egen-kode");
  await page.getByRole("button", { name: "Opret konto" }).click();
  await expect.poll(() => page.url()).toBe(`${server.baseUrl}/home`);
  await page.getByRole("heading", { level: 1, name: /Nina Nykollega/ }).waitFor();
  await invited.close();
});
