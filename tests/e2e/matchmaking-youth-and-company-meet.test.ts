import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { meetings, users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../support/domain-factories.js";
import { createMunicipality, login } from "../support/factories.js";
import { createMatch } from "../support/matching-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/**
 * A municipality of the journey's own with one young person who loves animals and one company with
 * one fitting opening, so the recommendation is there whatever the demo data holds.
 */
async function buildNetwork(
  server: RunningServer,
  names: { youth: string; company: string; opening: string },
) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const young = await createYouth(db, {
    municipality,
    consented: true,
    contactable: true,
    postalCode: "4000",
    profile: {
      interests: ["animals-nature"],
      strengths: ["reliable", "curious"],
      hoursPerWeek: 25,
      maxTravelKm: 20,
      wantsToLearn: "Hundetræning og pasning af dyr",
    },
  });
  await db.update(users).set({ displayName: names.youth }).where(eq(users.id, young.user.id));
  const company = await createCompany(db, { municipality, name: names.company });
  const contact = await createCompanyContact(db, company);
  const opening = await createOpening(db, company, {
    title: names.opening,
    occupationField: "animals-nature",
    hoursPerWeek: 20,
    workplacePostalCode: "4030",
    mentorName: "Lise Hansen",
    qualitiesWanted: ["reliable"],
    learning: "Hundetræning, hygiejne og kundekontakt",
    status: "open",
  });
  return {
    fixtures: { young, company, contact, opening },
    youth: { ...young.user, youthId: young.id, firstName: names.youth.split(" ")[0] ?? names.youth },
    contact,
    companyName: names.company,
    openingId: opening.id,
    openingTitle: names.opening,
  };
}

/** Nothing wider than the phone: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.content).toBeLessThanOrEqual(widths.viewport);
}

async function expectThumbSized(page: Page, name: string | RegExp): Promise<void> {
  const box = await page.getByRole("button", { name }).first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

it("a young person on a phone sees a recommendation with its reasons, hides it and takes that back, marks interest and withdraws it", {
  timeout: 180_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server, {
    youth: "Ida Dyreven",
    company: "Hundeskolen Poter ApS",
    opening: "Hvalpetræner i hundeskolen",
  });
  const page = await logIn(browser, server.baseUrl, network.youth, 360);
  try {
    await navigateTo(page, "Til dig");
    await page.getByRole("heading", { level: 1, name: "Til dig" }).waitFor();
    const card = page.getByRole("article", { name: network.openingTitle });
    await card.waitFor();
    await card.getByText(network.companyName).waitFor();

    // The reasons as sentences in Danish, worded for the young person, and from the vocabulary.
    await card.getByRole("heading", { name: "Derfor passer den til dig" }).waitFor();
    await card.getByText("Du er interesseret i Dyr og natur").waitFor();
    await card.getByText("8 km hjemmefra").waitFor();
    await card.getByText("20 timer om ugen passer dig").waitFor();
    await card.getByText("Mentor på stedet").waitFor();
    await card.getByText("De søger det, du er god til: Pålidelig").waitFor();
    await expectNoSidewaysScroll(page);
    await expectThumbSized(page, /^Jeg er interesseret/);
    await expectThumbSized(page, /^Ikke for mig/);
    await expectAccessible(page);

    // "Ikke for mig" hides it in place, and it can be taken back.
    await card.getByRole("button", { name: /^Ikke for mig/ }).click();
    await page.getByText(`Skjult: ${network.openingTitle}`).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: /^Fortryd/ }).click();
    await card.getByRole("button", { name: /^Jeg er interesseret/ }).waitFor();

    // Interest with a short greeting.
    await card.getByRole("button", { name: /^Jeg er interesseret/ }).click();
    await card
      .getByLabel("Besked til virksomheden (frivilligt)")
      .fill("Jeg elsker hunde og vil gerne lære at træne dem.");
    await expectAccessible(page);
    await card.getByRole("button", { name: "Send min interesse" }).click();
    await card.getByText("Sendt! Virksomheden kan nu se, at du er interesseret.", { exact: false }).waitFor();
    await expectNoSidewaysScroll(page);

    // It is remembered, and can be taken back while there is no match.
    await page.reload();
    const remembered = page.getByRole("article", { name: network.openingTitle });
    await remembered.getByText("Du har vist interesse.", { exact: false }).waitFor();
    await expectAccessible(page);
    await remembered.getByRole("button", { name: /^Træk interessen tilbage/ }).click();
    await page
      .getByRole("heading", { name: `Vil du trække din interesse for ${network.openingTitle} tilbage?` })
      .waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, træk den tilbage" }).click();
    await remembered.getByText("Din interesse er trukket tilbage.").waitFor();
    await remembered.getByRole("button", { name: /^Jeg er interesseret/ }).waitFor();
  } finally {
    await closePage(page);
  }
});

it("the company contact answers the interest, they write to each other and agree a first meeting", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server, {
    youth: "Oscar Hestepige",
    company: "Rideskolen Galop ApS",
    opening: "Staldhjælper i rideskolen",
  });
  // The young person's interest, through the API as the first journey made it through the page.
  const youthSession = await login(server.t.app, network.youth);
  const marked = await youthSession.request("POST", "/api/interests", {
    openingId: network.openingId,
    message: "Jeg har redet i fem år og vil gerne hjælpe i stalden.",
  });
  expect(marked.statusCode, marked.body).toBe(201);

  const contact = await logIn(browser, server.baseUrl, network.contact, 1280);
  const young = await logIn(browser, server.baseUrl, network.youth, 360);
  const youngName = network.youth.firstName;
  try {
    // The contact finds the interest from the opening.
    await navigateTo(contact, "Praktikpladser");
    await contact.getByRole("heading", { level: 1, name: "Vores praktikpladser" }).waitFor();
    await contact
      .getByRole("link", { name: new RegExp(`^Anbefalede unge\\W+${network.openingTitle}$`) })
      .click();
    await contact
      .getByRole("heading", { level: 1, name: `Anbefalede unge til ${network.openingTitle}` })
      .waitFor();
    const incoming = contact.getByRole("region", { name: "Unge, der har vist interesse", exact: true });
    await incoming.getByRole("link", { name: new RegExp(`^${youngName}, \\d+ år$`) }).waitFor();
    await incoming.getByText("Jeg har redet i fem år og vil gerne hjælpe i stalden.").waitFor();
    // The same young person among the recommendations, with reasons worded for the company.
    const recommended = contact.getByRole("region", { name: "Anbefalede unge", exact: true });
    await recommended.getByText("Interesseret i Dyr og natur").first().waitFor();
    await recommended.getByText(`${youngName} har vist interesse for praktikpladsen.`).waitFor();
    await expectAccessible(contact);

    await incoming.getByRole("button", { name: /^Vi er også interesserede/ }).click();
    await incoming.getByLabel("Besked til den unge (frivilligt)").fill("Velkommen! Kom og hils på hestene.");
    await incoming.getByRole("button", { name: "Send vores interesse" }).click();
    await incoming.getByText(`Det er et match! I og ${youngName} kan nu skrive sammen.`).waitFor();
    await incoming.getByRole("link", { name: `Gå til samtalen med ${youngName}` }).click();
    await contact
      .getByRole("heading", { level: 1, name: `${youngName} – ${network.openingTitle}` })
      .waitFor();
    await expectAccessible(contact);

    // The contact writes first.
    await contact.getByLabel("Skriv en besked").fill("Hej! Har du lyst til at komme forbi til en kop kaffe?");
    await contact.getByRole("button", { name: "Send", exact: true }).click();
    await contact.getByText("Hej! Har du lyst til at komme forbi til en kop kaffe?").waitFor();
    await contact.getByText("Sendt – ikke læst endnu").waitFor();

    // The young person finds the match on the phone, reads it and answers; text stays text.
    await navigateTo(young, "Mine match");
    await young.getByRole("heading", { level: 1, name: "Mine match" }).waitFor();
    await young.getByText("1 ny besked").waitFor();
    await expectAccessible(young);
    await young.getByRole("link", { name: `${network.openingTitle} hos ${network.companyName}` }).click();
    await young
      .getByRole("heading", { level: 1, name: `${network.openingTitle} hos ${network.companyName}` })
      .waitFor();
    await young.getByText("Hej! Har du lyst til at komme forbi til en kop kaffe?").waitFor();
    const reply = "Ja tak! <b>Tirsdag</b> passer mig godt.";
    await young.getByLabel("Skriv en besked").fill(reply);
    await young.getByText("Du kan skrive 3961 tegn mere").waitFor();
    await young.getByRole("button", { name: "Send", exact: true }).click();
    await young.getByText(reply).waitFor();
    await expectNoSidewaysScroll(young);
    await expectAccessible(young);

    // The contact sees the answer and that their own message was read, then proposes a meeting.
    await contact.reload();
    await contact.getByText(reply).waitFor();
    await contact.getByText("Læst", { exact: true }).waitFor();
    await contact.getByRole("button", { name: "Foreslå et møde" }).click();
    await contact.getByLabel("Tidspunkt", { exact: true }).fill("2026-12-08T10:00");
    await contact.getByLabel("Tidspunkt 2 (frivilligt)").fill("2026-12-09T14:30");
    await contact.getByLabel("Sted", { exact: true }).fill("Rideskolen, Havnevej 3, Roskilde");
    await expectAccessible(contact);
    await contact.getByRole("button", { name: "Send forslaget" }).click();
    await contact.getByText(`Dit forslag er sendt. ${youngName} vælger et af tidspunkterne.`).waitFor();
    await contact
      .getByText(`Nu venter vi på, at ${youngName} vælger et tidspunkt.`, { exact: false })
      .waitFor();

    // The young person accepts one of the times and can take it to their calendar.
    await young.reload();
    const meeting = young.getByRole("region", { name: "Første møde", exact: true });
    await meeting.getByText(`${network.companyName} foreslår, at I mødes.`, { exact: false }).waitFor();
    await meeting.getByRole("radio").first().check();
    await expectAccessible(young);
    await meeting.getByRole("button", { name: "Sig ja til tidspunktet" }).click();
    await meeting.getByText("Aftalt! I mødes", { exact: false }).first().waitFor();
    const download = meeting.getByRole("link", { name: "Hent mødet til din kalender (.ics)" });
    await download.waitFor();
    const href = await download.getAttribute("href");
    const calendar = await young.request.get(`${server.baseUrl}${href}`);
    expect(calendar.status()).toBe(200);
    expect(await calendar.text()).toContain("BEGIN:VCALENDAR");
    await expectNoSidewaysScroll(young);
    await expectAccessible(young);

    // The contact sees the agreed meeting.
    await contact.reload();
    await contact
      .getByRole("region", { name: "Første møde", exact: true })
      .getByText("I mødes", { exact: false })
      .first()
      .waitFor();
    await expectAccessible(contact);
  } finally {
    await closePage(young);
    await closePage(contact);
  }
});

it("after the first meeting the young person answers 'did the chemistry work?' and ends the match politely", {
  timeout: 180_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server, {
    youth: "Sara Kattekær",
    company: "Kattehjemmet Mis ApS",
    opening: "Kattepasser",
  });
  const { young, company, contact, opening } = network.fixtures;
  const match = await createMatch(server.t.db, { young, opening, company, contact });
  // A meeting that was agreed and held a week before the journey's day.
  const held = new Date("2026-11-20T10:00:00.000Z");
  await server.t.db.insert(meetings).values({
    municipalityId: young.municipalityId,
    matchId: match.id,
    proposedByUserId: contact.id,
    proposedBySide: "company",
    place: "Kattehjemmet, Algade 1",
    proposedTimes: [held],
    acceptedTime: held,
    respondedByUserId: young.user.id,
    status: "accepted",
  });

  const page = await logIn(browser, server.baseUrl, network.youth, 360);
  try {
    await page.goto(`${server.baseUrl}/matches/${match.id}`);
    await page
      .getByRole("heading", { level: 1, name: `${network.openingTitle} hos ${network.companyName}` })
      .waitFor();
    const meeting = page.getByRole("region", { name: "Første møde", exact: true });
    await meeting.getByText("I mødtes", { exact: false }).waitFor();
    await meeting.getByRole("heading", { name: "Fungerede kemien?" }).waitFor();
    await expectAccessible(page);
    await meeting.getByRole("radio", { name: "Ja" }).check();
    await meeting.getByLabel("Kommentar (frivilligt)").fill("Rart sted, og kattene var søde.");
    await meeting.getByRole("button", { name: "Send svar" }).click();
    await meeting.getByText("Tak for dit svar.").waitFor();
    await meeting.getByText("Dit svar: Ja").waitFor();

    // Ending asks for a reason first, then tells the company kindly.
    await page.getByRole("button", { name: "Afslut matchet" }).click();
    await page.getByRole("heading", { name: "Vil du afslutte matchet?" }).waitFor();
    await page.getByRole("button", { name: "Ja, afslut matchet" }).click();
    await page.getByText("Vælg en grund.").first().waitFor();
    await page.getByRole("radio", { name: "Jeg har fundet en anden praktikplads" }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, afslut matchet" }).click();
    await page.getByText(`Matchet er afsluttet. Vi har givet ${network.companyName} besked.`).waitFor();
    await page.getByText("Grund: Har fundet en anden praktikplads.", { exact: false }).waitFor();
    await page.getByText("Matchet er afsluttet, så I kan ikke skrive mere.", { exact: false }).waitFor();
    expect(await page.getByLabel("Skriv en besked").count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }

  // The company finds it among its ended matches, with the reason.
  const contactPage = await logIn(browser, server.baseUrl, contact, 1280);
  try {
    await navigateTo(contactPage, "Match");
    await contactPage.getByRole("heading", { level: 1, name: "Vores match" }).waitFor();
    await contactPage.getByRole("link", { name: "Afsluttede" }).click();
    await contactPage
      .getByRole("link", { name: `${network.youth.firstName} – ${network.openingTitle}` })
      .click();
    await contactPage.getByText("Grund: Har fundet en anden praktikplads.", { exact: false }).waitFor();
    await expectAccessible(contactPage);
  } finally {
    await closePage(contactPage);
  }
});
