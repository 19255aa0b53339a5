import { expect, it } from "vitest";
import { closePage, expectAccessible, logIn } from "../support/browser.js";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { addGroupMember, createGroupMeeting, createNetworkGroup } from "../support/group-factories.js";
import { createInternship } from "../support/internship-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";
import { createEvaluation, createReflection } from "../support/work-identity-factories.js";

const journey = setUpJourney();

const REFLECTION = "Jeg lærte, at jeg <b>godt</b> kan sige min mening i en gruppe.";
const COMPANY_SAW = "Ansvarlighed, og at du altid spurgte, når du var i tvivl.";
const COMPANY_WENT_WELL = "Du mødte til tiden hver eneste dag.";
const I_SHOWED = "At jeg kan lære nyt hurtigt.";

/** A young person of the journey's own municipality with a reflection and an evaluated internship, and one with nothing yet. */
async function buildWorkIdentity(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const facilitator = await createUser(db, { role: "staff", municipality });
  const young = await createYouth(db, { municipality, profile: { strengths: ["reliable", "curious"] } });
  const group = await createNetworkGroup(db, {
    municipality,
    facilitators: [facilitator],
    name: "Onsdagsgruppen",
  });
  await addGroupMember(db, group, young);
  const meeting = await createGroupMeeting(
    db,
    group,
    new Date(server.t.clock.now().getTime() - 7 * 24 * 60 * 60 * 1000),
    { theme: "Hvad er jeg god til?" },
  );
  await createReflection(db, young, meeting, { text: REFLECTION });

  const company = await createCompany(db, { municipality, name: "Dyrehospitalet ApS" });
  const contact = await createCompanyContact(db, company);
  const opening = await createOpening(db, company, { title: "Dyrepasser-praktik" });
  const internship = await createInternship(db, {
    young,
    company,
    opening,
    contact,
    status: "completed",
    startDate: "2026-09-07",
    plannedEndDate: "2026-10-30",
  });
  await createEvaluation(db, internship, young, {
    side: "company",
    author: contact,
    wentWell: COMPANY_WENT_WELL,
    showed: COMPANY_SAW,
  });
  await createEvaluation(db, internship, young, {
    side: "youth",
    author: young.user,
    wentWell: "Kollegerne tog godt imod mig.",
    showed: I_SHOWED,
  });

  const newcomer = await createYouth(db, { municipality, profile: { strengths: [] } });
  return { young, newcomer };
}

it("a young person opens their work identity from home and sees their strengths, what others saw and what they learned", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const setting = await buildWorkIdentity(server);

  const page = await logIn(browser, server.baseUrl, setting.young.user, 360, {
    fixedTime: server.t.clock.now(),
    timezoneId: "Europe/Copenhagen",
  });
  try {
    await page.getByRole("link", { name: "Min arbejdsidentitet" }).click();
    await page.getByRole("heading", { level: 1, name: "Min arbejdsidentitet" }).waitFor();

    const strengths = page.getByRole("region", { name: "Mine styrker" });
    await strengths.getByText("Pålidelig", { exact: true }).waitFor();
    await strengths.getByText("Nysgerrig", { exact: true }).waitFor();

    const seen = page.getByRole("region", { name: "Det har andre set i mig" });
    await seen.getByRole("heading", { name: "Dyrepasser-praktik hos Dyrehospitalet ApS" }).waitFor();
    await seen.getByRole("heading", { name: "Det så Dyrehospitalet ApS i mig" }).waitFor();
    await seen.getByText(COMPANY_SAW).waitFor();
    await seen.getByText(COMPANY_WENT_WELL).waitFor();
    await seen.getByText(I_SHOWED).waitFor();

    const learned = page.getByRole("region", { name: "Det har jeg lært om mig selv" });
    // Shown as the text it was written as: the angle brackets are text, not markup.
    await learned.getByText(REFLECTION).waitFor();
    expect(await learned.locator("b").count()).toBe(0);
    await learned.getByText("Tema: Hvad er jeg god til?").waitFor();
    await learned.getByText("Kun for dig").waitFor();

    // Nothing spills sideways on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);

    await learned.getByRole("link", { name: "Se alle mine refleksioner" }).click();
    await page.getByRole("heading", { level: 1, name: "Mine refleksioner" }).waitFor();
    await page.getByText(REFLECTION).waitFor();
  } finally {
    await closePage(page);
  }

  // Someone who has just started meets encouragement, not blank space.
  const newcomer = await logIn(browser, server.baseUrl, setting.newcomer.user, 360, {
    fixedTime: server.t.clock.now(),
  });
  try {
    await newcomer.getByRole("link", { name: "Min arbejdsidentitet" }).click();
    await newcomer.getByRole("heading", { level: 1, name: "Min arbejdsidentitet" }).waitFor();
    await newcomer.getByText("Du har ikke valgt dine styrker endnu.", { exact: false }).waitFor();
    await newcomer
      .getByText("Når en virksomhed har evalueret din praktik, kan du læse her, hvad de så i dig.")
      .waitFor();
    await newcomer
      .getByText("Når du har skrevet en refleksion efter et gruppemøde, kommer den her.")
      .waitFor();
    await expectAccessible(newcomer);
  } finally {
    await closePage(newcomer);
  }
});
