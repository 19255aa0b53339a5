import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../support/domain-factories.js";
import { createMunicipality, createUser, login } from "../support/factories.js";
import { setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

const HOUR = 60 * 60_000;

/**
 * Logs in through the form in a browser of its own. The browser's clock zone is UTC, so the window
 * typed into the event form is the window the server's test clock (2026-11-28 09:00 UTC) is inside.
 */

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.content).toBeLessThanOrEqual(widths.viewport);
}

async function expectThumbSized(page: Page, name: string): Promise<void> {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  expect(box?.height ?? 0, name).toBeGreaterThanOrEqual(44);
  expect(box?.width ?? 0, name).toBeGreaterThanOrEqual(44);
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label"));

/** The headings of a ranked list's items, in order, without the screen-reader-only "Nr. n:". */
async function rankedNames(page: Page, listName: RegExp): Promise<string[]> {
  const names = await page.getByRole("list", { name: listName }).getByRole("heading").allTextContents();
  return names.map((name) => name.replace(/^Nr\. \d+: /, ""));
}

it("staff set up an event, a young person and a company rank each other, staff run the assignment and publish, and the young person finds the match", {
  timeout: 300_000,
}, async () => {
  const { server, browser } = journey;
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality, displayName: "Karen Koordinator" });
  const ida = await createYouth(db, { municipality, contactable: true });
  const noah = await createYouth(db, {
    municipality,
    contactable: true,
    profile: { strengths: ["creative"] },
  });
  await db.update(users).set({ displayName: "Ida Eventsen" }).where(eq(users.id, ida.user.id));
  await db.update(users).set({ displayName: "Noah Eventsen" }).where(eq(users.id, noah.user.id));
  const company = await createCompany(db, { municipality, name: "Dyreklinikken Pote ApS" });
  const contact = await createCompanyContact(db, company);
  const vet = "Hjælper i dyreklinikken";
  const stable = "Staldhjælper hos dyrlægen";
  const vetOpening = await createOpening(db, company, { title: vet, status: "open", seats: 1 });
  await createOpening(db, company, { title: stable, status: "open", seats: 1 });
  const title = "Speeddating i Roskilde Hallerne";

  // Staff create the event; the form says what is missing first.
  const staffPage = await logIn(browser, server.baseUrl, staff, 1280, { timezoneId: "UTC" });
  let eventUrl = "";
  try {
    await navigateTo(staffPage, "Arrangementer");
    await staffPage.getByRole("heading", { level: 1, name: "Matchmaking-arrangementer" }).waitFor();
    await staffPage.getByText("Der er ingen arrangementer endnu.", { exact: false }).waitFor();
    await expectAccessible(staffPage);
    await staffPage.getByRole("button", { name: "Nyt arrangement" }).click();
    await staffPage.getByRole("button", { name: "Opret arrangementet" }).click();
    const summary = staffPage.getByRole("alert").filter({ hasText: "Der er et problem" });
    await summary.getByRole("link", { name: "Skriv et navn på arrangementet." }).waitFor();
    await summary.getByRole("link", { name: "Vælg, hvornår rangeringen lukker." }).waitFor();
    await expectAccessible(staffPage);
    await staffPage.getByLabel("Navn på arrangementet").fill(title);
    await staffPage.getByLabel("Dato for arrangementet").fill("2026-12-10");
    await staffPage.getByLabel("Sted", { exact: true }).fill("Roskilde Hallerne, Møllehusvej 15");
    await staffPage.getByLabel("Rangeringen åbner").fill("2026-11-28T08:00");
    await staffPage.getByLabel("Rangeringen lukker").fill("2026-11-28T07:00");
    await staffPage.getByRole("button", { name: "Opret arrangementet" }).click();
    await summary.getByRole("link", { name: "Rangeringen skal lukke efter, at den åbner." }).waitFor();
    await staffPage.getByLabel("Rangeringen lukker").fill("2026-11-28T12:00");
    await staffPage.getByRole("button", { name: "Opret arrangementet" }).click();
    await staffPage.getByRole("heading", { level: 1, name: title }).waitFor();
    eventUrl = staffPage.url();
    await staffPage.getByText("Arrangementet er oprettet.", { exact: false }).waitFor();
    await staffPage.getByText("Rangeringen er åben til", { exact: false }).waitFor();

    // The young people and openings taking part.
    await staffPage.getByRole("button", { name: "Vælg deltagere" }).click();
    await staffPage.getByLabel("Navn", { exact: true }).fill("Eventsen");
    await staffPage.getByRole("button", { name: "Søg", exact: true }).click();
    await staffPage.getByRole("checkbox", { name: /^Ida Eventsen, \d+ år/ }).check();
    await staffPage.getByRole("checkbox", { name: /^Noah Eventsen, \d+ år/ }).check();
    await staffPage.getByRole("checkbox", { name: new RegExp(`^${vet} – ${company.name}`) }).check();
    await staffPage.getByRole("checkbox", { name: new RegExp(`^${stable} – ${company.name}`) }).check();
    await staffPage.getByText("Valgt: 2 unge og 2 praktikpladser.").waitFor();
    await expectAccessible(staffPage);
    await staffPage.getByRole("button", { name: "Gem deltagerne" }).click();
    await staffPage.getByText("Deltagerne er gemt.").waitFor();
    await staffPage.getByRole("cell", { name: "Noah Eventsen" }).waitFor();
    await staffPage.getByRole("cell", { name: vet }).waitFor();
    await staffPage.getByText("0 af 2 unge har rangeret.").waitFor();
    await expectAccessible(staffPage);
  } finally {
    await closePage(staffPage);
  }

  // Ida ranks on her phone, reordering by keyboard.
  const young = await logIn(browser, server.baseUrl, ida.user, 360, { timezoneId: "UTC" });
  try {
    await navigateTo(young, "Arrangementer");
    await young.getByRole("heading", { level: 1, name: "Mine arrangementer" }).waitFor();
    await expectAccessible(young);
    await young.getByRole("link", { name: `Vælg dine praktikpladser til ${title}` }).click();
    await young.getByRole("heading", { level: 1, name: `Dine valg til ${title}` }).waitFor();
    await young.getByText("Rangeringen er åben til", { exact: false }).waitFor();
    await young.getByText("Du har ikke valgt nogen endnu.", { exact: false }).waitFor();
    await expectAccessible(young);

    await young.getByRole("button", { name: `Vælg ${stable}` }).click();
    await young.getByRole("button", { name: `Vælg ${vet}` }).click();
    await young.getByRole("heading", { name: "Din liste (2 af 10)" }).waitFor();
    expect(await rankedNames(young, /^Din liste/)).toEqual([stable, vet]);

    await young.getByRole("button", { name: `Flyt ${vet} op` }).focus();
    await young.keyboard.press("Enter");
    expect(await rankedNames(young, /^Din liste/)).toEqual([vet, stable]);
    // Focus stays on the moved item's button, and the new place is announced.
    await expect.poll(() => focusedLabel(young)).toBe(`Flyt ${vet} op`);
    await young
      .getByRole("status")
      .filter({ hasText: `${vet} er nu nr. 1 af 2.` })
      .waitFor();
    // At the top, "up" keeps focus and says so instead of dropping focus.
    await young.keyboard.press("Enter");
    await young
      .getByRole("status")
      .filter({ hasText: `${vet} er allerede nr. 1.` })
      .waitFor();
    await expect.poll(() => focusedLabel(young)).toBe(`Flyt ${vet} op`);

    await expectThumbSized(young, `Flyt ${vet} op`);
    await expectThumbSized(young, `Flyt ${stable} ned`);
    await expectThumbSized(young, `Fjern ${vet} fra listen`);
    await young.getByText("Du har ændringer, der ikke er gemt.").waitFor();
    await expectNoSidewaysScroll(young);
    await expectAccessible(young);
    await young.getByRole("button", { name: "Gem listen" }).click();
    await young.getByText("Listen er gemt.").waitFor();
    await young.reload();
    await young.getByRole("heading", { name: "Din liste (2 af 10)" }).waitFor();
    expect(await rankedNames(young, /^Din liste/)).toEqual([vet, stable]);
  } finally {
    await closePage(young);
  }

  // Noah wants the same opening first; he ranks through the API as Ida did through the page.
  const eventId = eventUrl.split("/").pop() ?? "";
  const noahSession = await login(server.t.app, noah.user);
  const noahRanking = await noahSession.request("PUT", `/api/matchmaking-events/${eventId}/my-ranking`, {
    openingIds: [vetOpening.id],
  });
  expect(noahRanking.statusCode, noahRanking.body).toBe(200);

  // The company contact welcomes Ida, and not Noah, for the vet opening.
  const contactPage = await logIn(browser, server.baseUrl, contact, 1280, { timezoneId: "UTC" });
  try {
    await navigateTo(contactPage, "Arrangementer");
    await contactPage.getByRole("heading", { level: 1, name: "Vores arrangementer" }).waitFor();
    await expectAccessible(contactPage);
    await contactPage.getByRole("link", { name: `Vælg unge til ${vet}` }).click();
    await contactPage.getByRole("heading", { level: 1, name: `Unge til ${vet}` }).waitFor();
    await contactPage.getByText("Unge, I ikke vælger, kan ikke få pladsen").waitFor();
    await contactPage.getByRole("heading", { name: "Ida", exact: true }).waitFor();
    await contactPage.getByText("Pålidelig, Nysgerrig").first().waitFor();
    await expectAccessible(contactPage);
    await contactPage.getByRole("button", { name: "Vælg Ida" }).click();
    await contactPage.getByRole("heading", { name: "Jeres liste (1 ung)" }).waitFor();
    await contactPage.getByRole("button", { name: "Gem listen" }).click();
    await contactPage.getByText("Listen er gemt.").waitFor();
    await expectAccessible(contactPage);
  } finally {
    await closePage(contactPage);
  }

  // The window closes.
  server.t.clock.advance(4 * HOUR);

  // Staff run the assignment, read the figures, leave nothing out and publish.
  const staffAgain = await logIn(browser, server.baseUrl, staff, 1280, { timezoneId: "UTC" });
  try {
    await staffAgain.goto(eventUrl);
    await staffAgain.getByRole("heading", { level: 1, name: title }).waitFor();
    await staffAgain.getByText("2 af 2 unge har rangeret.").waitFor();
    await staffAgain.getByText("1 af 2 praktikpladser har rangeret.").waitFor();
    await staffAgain.getByText("Rangeringen lukkede", { exact: false }).waitFor();
    await expectAccessible(staffAgain);
    await staffAgain.getByRole("button", { name: "Kør fordeling" }).click();
    await staffAgain.getByText("Fordelingen er klar. Se forslaget herunder.").waitFor();

    const figures = staffAgain.getByRole("list", { name: "Tal", exact: true });
    const figure = async (label: string) =>
      (await figures.getByRole("listitem").filter({ hasText: label }).textContent())?.trim();
    expect(await figure("fik deres 1. valg")).toBe("1 fik deres 1. valg");
    expect(await figure("fik deres 2. valg")).toBe("0 fik deres 2. valg");
    expect(await figure("fik ingen plads")).toBe("1 fik ingen plads");
    expect(await figure("ledige pladser tilbage")).toBe("1 ledige pladser tilbage");

    const pairs = staffAgain.getByRole("region", { name: "Forslag: 1 par" });
    const pair = pairs.getByRole("row").filter({ hasText: "Ida Eventsen" });
    await pair.getByRole("cell", { name: vet, exact: true }).waitFor();
    await pair.getByRole("cell", { name: "1. valg", exact: true }).waitFor();
    const leaveOut = pair.getByRole("checkbox", { name: `Udelad Ida Eventsen – ${vet}` });
    expect(await leaveOut.isChecked()).toBe(false);
    // Leaving the pair out is counted, and taking that back leaves nothing out.
    await leaveOut.check();
    await staffAgain.getByRole("status").filter({ hasText: "Ida Eventsen er udeladt." }).waitFor();
    await expect.poll(() => figure("par er udeladt")).toBe("1 par er udeladt");
    await leaveOut.uncheck();
    await staffAgain.getByRole("status").filter({ hasText: "Ida Eventsen er med igen." }).waitFor();
    await expect.poll(() => figure("par er udeladt")).toBe("0 par er udeladt");
    expect(await leaveOut.isChecked()).toBe(false);
    await staffAgain
      .getByRole("list", { name: "1 ung uden plads" })
      .getByRole("listitem")
      .filter({ hasText: "Noah Eventsen" })
      .waitFor();
    await expectAccessible(staffAgain);

    await staffAgain.getByRole("button", { name: "Offentliggør" }).click();
    await staffAgain.getByRole("heading", { name: "Vil du offentliggøre fordelingen?" }).waitFor();
    await staffAgain.getByText("Det kan ikke gøres om.", { exact: false }).waitFor();
    await expectAccessible(staffAgain);
    await staffAgain.getByRole("button", { name: "Ja, offentliggør" }).click();
    await staffAgain.getByRole("heading", { name: "Fordelingen er offentliggjort" }).waitFor();
    await pair.getByRole("cell", { name: "Match oprettet", exact: true }).waitFor();
    expect(await staffAgain.getByRole("button", { name: "Offentliggør" }).count()).toBe(0);
    expect(await staffAgain.getByRole("button", { name: "Kør fordelingen igen" }).count()).toBe(0);
    await expectAccessible(staffAgain);
  } finally {
    await closePage(staffAgain);
  }

  // Ida finds her new match, and her list is now read-only.
  const youngAgain = await logIn(browser, server.baseUrl, ida.user, 360, { timezoneId: "UTC" });
  try {
    await navigateTo(youngAgain, "Mine match");
    await youngAgain.getByRole("heading", { level: 1, name: "Mine match" }).waitFor();
    await youngAgain.getByRole("link", { name: `${vet} hos ${company.name}` }).waitFor();
    await expectAccessible(youngAgain);
    await youngAgain.goto(`${eventUrl}/rank`);
    await youngAgain.getByRole("heading", { level: 1, name: `Dine valg til ${title}` }).waitFor();
    await youngAgain.getByText("Fordelingen er offentliggjort.", { exact: false }).waitFor();
    expect(await youngAgain.getByRole("button", { name: "Gem listen" }).count()).toBe(0);
    expect(await rankedNames(youngAgain, /^Din liste/)).toEqual([vet, stable]);
    await expectAccessible(youngAgain);
  } finally {
    await closePage(youngAgain);
  }
});
