import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import {
  companyReferrals,
  networkMeetings,
} from "../../src/server/company-network/company-network.tables.js";
import { users } from "../../src/server/db/schema.js";
import { queueMeetingChangeReminders } from "../../src/server/reminders/reminders.service.js";
import { reminders } from "../../src/server/reminders/reminders.tables.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { createMatch } from "../support/matching-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/**
 * A municipality of the journey's own: a young person who lets companies see their profile, matched
 * with a riding school, and a vet clinic with an open opening the riding school can point them to.
 */
async function buildNetwork(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const young = await createYouth(db, { municipality, contactable: true });
  await db.update(users).set({ displayName: "Liva Stald" }).where(eq(users.id, young.user.id));
  const school = await createCompany(db, { municipality, name: "Rideskolen Hestehoved ApS" });
  const contact = await createCompanyContact(db, school);
  const opening = await createOpening(db, school, { title: "Staldhjælper" });
  const match = await createMatch(db, { young, opening, company: school, contact });
  const clinic = await createCompany(db, { municipality, name: "Dyreklinikken Solsikke ApS" });
  const clinicOpening = await createOpening(db, clinic, { title: "Dyrepasser i praktik" });
  return { youth: young.user, youthId: young.id, contact, match, clinic, clinicOpening };
}

it("a company contact recommends their matched young person to another company, who sees it and opens its opening", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server);
  const note = "Liva er stabil og god med dyr.\nHun møder altid til tiden.";

  // The riding school recommends Liva from the match; an empty form says what is missing.
  const contact = await logIn(browser, server.baseUrl, network.contact, 1280);
  try {
    await contact.goto(`${server.baseUrl}/matches/${network.match.id}`);
    await contact.getByRole("link", { name: "Anbefal til en anden virksomhed" }).click();
    await contact.getByRole("heading", { level: 1, name: "Anbefal til en anden virksomhed" }).waitFor();
    await contact.getByText("Anbefal Liva til en anden virksomhed i netværket.", { exact: false }).waitFor();
    await expectAccessible(contact);

    await contact.getByRole("button", { name: "Send anbefalingen" }).click();
    await contact.getByRole("link", { name: "Vælg den virksomhed, du anbefaler til." }).waitFor();
    await contact.getByRole("link", { name: "Skriv en note." }).waitFor();
    await expectAccessible(contact);
    expect(
      await server.t.db.select().from(companyReferrals).where(eq(companyReferrals.youthId, network.youthId)),
    ).toEqual([]);

    // The riding school's own company is not offered.
    const companyField = contact.getByLabel("Virksomhed", { exact: true });
    expect(await companyField.locator("option", { hasText: "Rideskolen Hestehoved ApS" }).count()).toBe(0);
    await companyField.selectOption(network.clinic.id);
    await contact.getByLabel("Note").fill(note);
    await contact.getByText(`${note.length} af 1000 tegn`).waitFor();
    await contact.getByRole("button", { name: "Send anbefalingen" }).click();
    await contact.getByText("Anbefalingen af Liva er sendt til Dyreklinikken Solsikke ApS.").waitFor();
    await contact.getByRole("heading", { level: 1, name: "Anbefalinger" }).waitFor();
    await contact
      .getByRole("heading", { level: 3, name: "Liva anbefalet til Dyreklinikken Solsikke ApS" })
      .waitFor();
    await expectAccessible(contact);
  } finally {
    await closePage(contact);
  }

  const [stored] = await server.t.db
    .select({ toCompanyId: companyReferrals.toCompanyId, note: companyReferrals.note })
    .from(companyReferrals)
    .where(eq(companyReferrals.youthId, network.youthId));
  expect(stored).toEqual({ toCompanyId: network.clinic.id, note });

  // Liva sees it on her phone: on the home page, then under "Anbefalinger" with the clinic's opening.
  const young = await logIn(browser, server.baseUrl, network.youth, 360);
  try {
    const home = young.getByRole("region", { name: "Nye anbefalinger" });
    await home
      .getByRole("heading", {
        name: "Rideskolen Hestehoved ApS anbefaler dig til Dyreklinikken Solsikke ApS",
      })
      .waitFor();
    await expectAccessible(young);

    await navigateTo(young, "Anbefalinger");
    await young.getByRole("heading", { level: 1, name: "Anbefalinger" }).waitFor();
    await young.getByText("Liva er stabil og god med dyr.", { exact: false }).waitFor();
    await young.getByRole("heading", { name: "Ledige opslag hos Dyreklinikken Solsikke ApS" }).waitFor();
    await expectAccessible(young);

    await young.getByRole("link", { name: "Dyrepasser i praktik" }).click();
    await young.getByRole("heading", { level: 1, name: "Dyrepasser i praktik" }).waitFor();
    await expectAccessible(young);

    // Back on the list she puts it aside for now, after saying so once more.
    await young.goto(`${server.baseUrl}/referrals`);
    await young.getByRole("button", { name: "Ikke nu" }).click();
    await young.getByRole("heading", { name: "Vil du lægge anbefalingen til side?" }).waitFor();
    await expectAccessible(young);
    await young.getByRole("button", { name: "Ja, ikke nu" }).click();
    await young.getByText("Anbefalingen til Dyreklinikken Solsikke ApS er lagt til side.").waitFor();
    await young.getByText("Du har ingen anbefalinger lige nu.").waitFor();
    await young.getByText("Lagt til side (1)").waitFor();
    await expectAccessible(young);
  } finally {
    await closePage(young);
  }

  const [dismissed] = await server.t.db
    .select({ at: companyReferrals.youthDismissedAt })
    .from(companyReferrals)
    .where(eq(companyReferrals.youthId, network.youthId));
  expect(dismissed?.at).toBeInstanceOf(Date);
});

it("the account page makes, renews and turns off a personal calendar link", {
  timeout: 120_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server);
  const page = await logIn(browser, server.baseUrl, network.contact, 360);
  try {
    await page.goto(`${server.baseUrl}/account`);
    const section = page.getByRole("region", { name: "Kalender", exact: true });
    await section.getByRole("button", { name: "Lav mit kalenderlink" }).click();
    const link = section.getByLabel("Dit kalenderlink");
    await expect.poll(() => link.inputValue()).toMatch(/\/api\/calendar\/[^/]+\.ics$/);
    const first = await link.inputValue();
    await section.getByRole("heading", { name: "Sådan tilføjer du kalenderen" }).waitFor();
    await expectAccessible(page);

    // The link names the public host; the journey's server answers the same path.
    const served = (url: string) => fetch(`${server.baseUrl}${new URL(url).pathname}`);
    const calendar = await served(first);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get("content-type")).toContain("text/calendar");

    await section.getByRole("button", { name: "Forny linket" }).click();
    await section.getByRole("heading", { name: "Vil du forny kalenderlinket?" }).waitFor();
    await expectAccessible(page);
    await section.getByRole("button", { name: "Ja, forny linket" }).click();
    await expect.poll(() => link.inputValue()).not.toBe(first);
    expect((await served(first)).status).toBe(404);

    await section.getByRole("button", { name: "Slå kalenderlinket fra" }).click();
    await section.getByRole("button", { name: "Ja, slå det fra" }).click();
    await section.getByRole("button", { name: "Lav mit kalenderlink" }).waitFor();
    await section.getByText("Du har ikke lavet et kalenderlink endnu.").waitFor();
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }
});

it("a moved network meeting shows as a reminder on the company's home page until it is removed", {
  timeout: 120_000,
}, async () => {
  const { server, browser } = journey;
  const db = server.t.db;
  const network = await buildNetwork(server);
  const [contactRow] = await db
    .select({ municipalityId: users.municipalityId })
    .from(users)
    .where(eq(users.id, network.contact.id));
  const municipalityId = contactRow?.municipalityId;
  if (!municipalityId) throw new Error("no municipality");
  const staff = await createUser(db, { role: "staff", municipality: { id: municipalityId } });
  // Two days after the server's clock (09:00 UTC): 10:00 in Copenhagen.
  const startsAt = new Date(server.t.clock.now().getTime() + 2 * 86_400_000);
  const [meeting] = await db
    .insert(networkMeetings)
    .values({
      municipalityId,
      title: "Netværksmøde om praktik",
      startsAt,
      durationMinutes: 120,
      place: "Rådhuset, mødesal 2",
      sequence: 1,
      createdByUserId: staff.id,
    })
    .returning({ id: networkMeetings.id });
  if (!meeting) throw new Error("no meeting");
  await queueMeetingChangeReminders(db, {
    municipalityId,
    subjectType: "network_meeting",
    subjectId: meeting.id,
    kind: "meeting_moved",
    sequence: 1,
    userIds: [network.contact.id],
    details: {
      title: "Netværksmøde om praktik",
      startsAt: startsAt.toISOString(),
      place: "Rådhuset, mødesal 2",
      reason: null,
    },
    now: server.t.clock.now(),
  });

  const page = await logIn(browser, server.baseUrl, network.contact, 360);
  try {
    const section = page.getByRole("region", { name: "Påmindelser" });
    await section.getByText("Flyttet: Netværksmøde om praktik er nu", { exact: false }).waitFor();
    await section.getByText("kl. 10.00, Rådhuset, mødesal 2", { exact: false }).waitFor();
    expect(await section.getByRole("link", { name: "Se mødet" }).getAttribute("href")).toBe(
      `/network-meetings/${meeting.id}`,
    );
    await expectAccessible(page);
    await section.getByRole("button", { name: "OK, fjern" }).click();
    await section.waitFor({ state: "detached" });
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }
  const [stored] = await db
    .select({ dismissedAt: reminders.dismissedAt })
    .from(reminders)
    .where(eq(reminders.userId, network.contact.id));
  expect(stored?.dismissedAt).toBeInstanceOf(Date);
});
