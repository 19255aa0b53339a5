import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closePage, expectAccessible, launchBrowser, newPage } from "../support/browser.js";
import { type RunningServer, startWebServer } from "../support/web-server.js";

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

it("switches between Danish and English and remembers the choice", async () => {
  const page = await newPage(browser);
  try {
    await page.goto(`${server.baseUrl}/login`);
    expect(await page.locator("html").getAttribute("lang")).toBe("da");
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expectAccessible(page);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
  } finally {
    await closePage(page);
  }
});
