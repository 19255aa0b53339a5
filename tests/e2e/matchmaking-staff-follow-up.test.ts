import { eq } from "drizzle-orm";
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
import { createInterest, createMatch } from "../support/matching-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A municipality of the journey's own: a company that marked interest in Freja 8 days ago without
 * an answer, and a match with Karl from 20 days ago without a meeting, in which the company asked
 * for his CPR number.
 */
async function buildFollowUp(server: RunningServer) {
  const db = server.t.db;
  const now = server.t.clock.now().getTime();
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality, displayName: "Sofie Rådgiver" });
  const company = await createCompany(db, { municipality, name: "Dyreklinikken Solsikken ApS" });
  const contact = await createCompanyContact(db, company);
  const opening = await createOpening(db, company, { title: "Hjælper på dyreklinikken", status: "open" });

  const freja = await createYouth(db, { municipality, consented: true, contactable: true });
  await db.update(users).set({ displayName: "Freja Fjord" }).where(eq(users.id, freja.user.id));
  await createInterest(db, {
    young: freja,
    opening,
    side: "company",
    contact,
    createdAt: new Date(now - 8 * DAY_MS),
  });

  const karl = await createYouth(db, { municipality, consented: true, contactable: true });
  await db.update(users).set({ displayName: "Karl Kvist" }).where(eq(users.id, karl.user.id));
  const match = await createMatch(db, {
    young: karl,
    opening,
    company,
    contact,
    createdAt: new Date(now - 20 * DAY_MS),
  });
  const contactSession = await login(server.t.app, contact);
  const posted = await contactSession.request("POST", `/api/matches/${match.id}/messages`, {
    body: "Send mig dit CPR-nummer, så jeg kan oprette dig.",
  });
  expect(posted.statusCode, posted.body).toBe(201);
  return { staff, freja: freja.user, karl: karl.user, matchId: match.id, companyName: company.name };
}

it("a young person reports a message; staff see who is stuck in the pipeline and resolve the report; a young person asks to be told of interest and sees it", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const followUp = await buildFollowUp(server);

  // Karl reports the message from his phone.
  const karl = await logIn(browser, server.baseUrl, followUp.karl, 360);
  try {
    await karl.goto(`${server.baseUrl}/matches/${followUp.matchId}`);
    await karl.getByText("Send mig dit CPR-nummer, så jeg kan oprette dig.").waitFor();
    await karl.getByRole("button", { name: /^Anmeld beskeden/ }).click();
    await karl.getByRole("button", { name: "Send anmeldelsen" }).click();
    await karl.getByText("Skriv, hvorfor du anmelder beskeden.").first().waitFor();
    await karl
      .getByLabel("Hvorfor anmelder du beskeden?")
      .fill("Jeg vil ikke give mit CPR-nummer i en besked.");
    await expectAccessible(karl);
    await karl.getByRole("button", { name: "Send anmeldelsen" }).click();
    await karl.getByText("Tak. Beskeden er anmeldt", { exact: false }).waitFor();
    await expectAccessible(karl);
  } finally {
    await closePage(karl);
  }

  const staff = await logIn(browser, server.baseUrl, followUp.staff, 1280);
  try {
    await navigateTo(staff, "Matchmaking");
    await staff.getByRole("heading", { level: 1, name: "Matchmaking" }).waitFor();
    await staff.getByText("Interesse fra en af siderne, men intet match endnu.").waitFor();
    const stuckInterests = staff.getByRole("region", { name: /^Interesse uden svar i 7 dage/ });
    await stuckInterests.getByRole("link", { name: "Freja Fjord" }).waitFor();
    await stuckInterests.getByText("Virksomheden", { exact: true }).waitFor();
    const stuckMatches = staff.getByRole("region", { name: /^Match uden møde i 14 dage/ });
    await stuckMatches.getByRole("link", { name: "Karl Kvist" }).waitFor();
    await stuckMatches.getByText("(20 dage)", { exact: false }).waitFor();
    // Every match with its last activity, but never the text of the conversation.
    const allMatches = staff.getByRole("region", { name: "Alle match" });
    await allMatches.getByRole("link", { name: "Karl Kvist" }).waitFor();
    expect(await staff.locator("main").textContent()).not.toContain("CPR-nummer, så jeg kan oprette dig");
    await expectAccessible(staff);

    // The reported message, read in full, and resolved with a note.
    await staff.getByRole("link", { name: "Se anmeldte beskeder" }).click();
    await staff.getByRole("heading", { level: 1, name: "Anmeldte beskeder" }).waitFor();
    await staff.getByText("Send mig dit CPR-nummer, så jeg kan oprette dig.").waitFor();
    await staff.getByText("Jeg vil ikke give mit CPR-nummer i en besked.").waitFor();
    await expectAccessible(staff);
    await staff.getByRole("button", { name: "Marker som behandlet" }).click();
    await staff.getByText("Skriv, hvad du har gjort.").first().waitFor();
    await staff
      .getByLabel("Hvad har du gjort?")
      .fill("Ringet til virksomheden: CPR-numre hører ikke hjemme i beskeder.");
    await staff.getByRole("button", { name: "Marker som behandlet" }).click();
    await staff.getByText("Anmeldelsen er behandlet.").waitFor();
    await staff.getByRole("link", { name: "Behandlede" }).click();
    await staff.getByText("Ringet til virksomheden: CPR-numre hører ikke hjemme i beskeder.").waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }

  // Freja hears of a company's interest only once she asks to; she never learns which company.
  const young = await logIn(browser, server.baseUrl, followUp.freja, 360);
  try {
    await navigateTo(young, "Til dig");
    await young.getByRole("heading", { level: 1, name: "Til dig" }).waitFor();
    await young.getByText("Vil du have besked, når en virksomhed er interesseret i dig?").waitFor();
    await young.getByRole("link", { name: "Slå det til under Konto" }).click();
    await young.getByRole("heading", { level: 1, name: "Din konto" }).waitFor();
    const toggle = young.getByRole("switch", {
      name: /^Fortæl mig, når en virksomhed er interesseret i mig/,
    });
    expect(await toggle.getAttribute("aria-checked")).toBe("false");
    await expectAccessible(young);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");

    await navigateTo(young, "Til dig");
    const notice = young.getByRole("status").filter({ hasText: "En virksomhed er interesseret i dig" });
    await notice.waitFor();
    expect(await notice.textContent()).not.toContain(followUp.companyName);
    await expectAccessible(young);
  } finally {
    await closePage(young);
  }
});
