import { expect, it } from "vitest";
import { expectAccessible } from "../support/browser.js";
import { logInAsDemoUser, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

it("an admin invites a colleague, who follows the link from the outbox, sets a password and lands at home", async () => {
  const admin = await journey.browser.newContext();
  const adminPage = await admin.newPage();
  await logInAsDemoUser(adminPage, journey.server.baseUrl, "admin@roskilde.demo");
  const invite = adminPage.locator("form").filter({ has: adminPage.getByLabel("Navn") });
  await invite.getByLabel("E-mail").fill("ny.kollega@roskilde.demo");
  await invite.getByLabel("Navn").fill("Nina Nykollega");
  await invite.getByLabel("Rolle").selectOption("staff");
  await invite.getByRole("button").click();
  await adminPage.getByText("ny.kollega@roskilde.demo").first().waitFor();
  await expectAccessible(adminPage);
  await admin.close();

  const operator = await journey.browser.newContext();
  const operatorPage = await operator.newPage();
  await logInAsDemoUser(operatorPage, journey.server.baseUrl, "admin@nextwork.demo");
  const link = operatorPage.locator("a[href*='/invitation/']").first();
  await link.waitFor();
  const href = await link.getAttribute("href");
  await expectAccessible(operatorPage);
  await operator.close();
  if (!href) throw new Error("no invitation link in the outbox");

  const invited = await journey.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await invited.newPage();
  await page.goto(`${journey.server.baseUrl}${new URL(href).pathname}`);
  await page.getByRole("heading", { level: 1, name: /Nina Nykollega/ }).waitFor();
  await expectAccessible(page);
  await page.getByLabel("Ny adgangskode").fill("nina-vaelger-sin-egen-kode");
  await page.getByLabel("Gentag adgangskoden").fill("nina-vaelger-sin-egen-kode");
  await page.getByRole("button", { name: "Opret konto" }).click();
  await expect.poll(() => page.url()).toBe(`${journey.server.baseUrl}/home`);
  await page.getByRole("heading", { level: 1, name: /Nina Nykollega/ }).waitFor();
  await invited.close();
});
