import { describe, expect, it } from "vitest";
import { demoAccounts } from "../../src/server/db/seed.js";
import { closePage, expectAccessible, newPage } from "../support/browser.js";
import { logInAsDemoUser, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

describe("a demo user of each role logs in and sees their home page", () => {
  for (const account of demoAccounts) {
    it(`${account.role}: ${account.email}`, async () => {
      const context = await journey.browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      try {
        await logInAsDemoUser(page, journey.server.baseUrl, account.email);
        await page.getByRole("heading", { level: 1, name: new RegExp(account.displayName) }).waitFor();
        await expectAccessible(page);

        await page.goto(`${journey.server.baseUrl}/account`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await expectAccessible(page);
      } finally {
        await context.close();
      }
    });
  }

  it("a municipality admin sees the municipality's users and the invitation form", async () => {
    const page = await newPage(journey.browser);
    try {
      await logInAsDemoUser(page, journey.server.baseUrl, "admin@roskilde.demo");
      await expect.poll(() => page.locator("main").textContent()).toContain("staff@roskilde.demo");
      expect(await page.locator("main").textContent()).not.toContain("sonderborg.demo");
      // The audit log speaks Danish, not action codes.
      await page.getByRole("cell", { name: "Logget ind" }).first().waitFor();
    } finally {
      await closePage(page);
    }
  });

  it("shows the visitor pages without barriers, and a 404 page", async () => {
    const page = await newPage(journey.browser);
    try {
      for (const path of ["/", "/login", "/forgot-password", "/no-such-page"]) {
        await page.goto(`${journey.server.baseUrl}${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await expectAccessible(page);
      }
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBeTruthy();
    } finally {
      await closePage(page);
    }
  });

  it("turns away a wrong password with a message", async () => {
    const page = await newPage(journey.browser);
    try {
      await page.goto(`${journey.server.baseUrl}/login`);
      await page.getByLabel("E-mail").fill("staff@roskilde.demo");
      await page.getByLabel("Adgangskode").fill("not-the-password");
      await page.locator("main").getByRole("button", { name: "Log ind" }).click();
      await page.getByText("E-mailadressen eller adgangskoden er forkert.").first().waitFor();
      expect(page.url()).toBe(`${journey.server.baseUrl}/login`);
      await expectAccessible(page);
    } finally {
      await closePage(page);
    }
  });
});
