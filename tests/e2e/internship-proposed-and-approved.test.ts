import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { internships, openings, users } from "../../src/server/db/schema.js";
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
 * A municipality of the journey's own: a counsellor, a young person matched with a stable's one
 * opening, and the stable's contact, so the journey does not depend on the demo data.
 */
async function buildMatch(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality, displayName: "Sofie Rådgiver" });
  const young = await createYouth(db, { municipality, contactable: true, counsellor: staff });
  await db.update(users).set({ displayName: "Liva Stald" }).where(eq(users.id, young.user.id));
  const company = await createCompany(db, {
    municipality,
    name: "Rideskolen Hestehoved ApS",
    employeeCount: 12,
  });
  const contact = await createCompanyContact(db, company);
  const opening = await createOpening(db, company, { title: "Staldhjælper", seats: 1 });
  const match = await createMatch(db, { young, opening, company, contact });
  return {
    staff,
    youth: young.user,
    youthId: young.id,
    contact,
    opening: { ...opening, municipalityId: municipality.id, companyId: company.id },
    match,
  };
}

it("a company contact proposes an internship from a match, the young person says yes and staff approve it", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildMatch(server);

  // The company proposes from the match; the rules are asked before anything is sent.
  const contact = await logIn(browser, server.baseUrl, network.contact, 1280);
  try {
    await contact.goto(`${server.baseUrl}/matches/${network.match.id}`);
    const section = contact.getByRole("region", { name: "Praktik", exact: true });
    await section.getByRole("link", { name: "Foreslå praktik" }).click();
    await contact.getByRole("heading", { level: 1, name: "Foreslå praktik" }).waitFor();
    await contact.getByText("Et praktikforløb for Liva på Staldhjælper", { exact: false }).waitFor();
    await expectAccessible(contact);

    await contact.getByRole("button", { name: "Send forslaget" }).click();
    await contact.getByRole("link", { name: "Vælg første dag." }).waitFor();
    await contact.getByRole("link", { name: "Skriv formålet." }).waitFor();
    await expectAccessible(contact);

    await contact.getByLabel("Første dag").fill("2026-12-07");
    await contact.getByLabel("Sidste dag").fill("2027-01-03");
    await contact.getByLabel("Timer om ugen").fill("10");
    await contact.getByLabel("Formål").fill("At lære staldens rutiner og at møde stabilt.");
    await contact.getByLabel("Mentor (frivilligt)").fill("Lise Hansen");
    await contact.getByRole("button", { name: "Send forslaget" }).click();
    // Ten hours breaks the rules: the company is told why, in Danish, and cannot send it.
    await contact.getByRole("heading", { name: "Reglerne er ikke overholdt" }).waitFor();
    await contact.getByRole("link", { name: "Mindst 15 timer om ugen (her: 10)." }).waitFor();
    await expectAccessible(contact);
    expect(
      await server.t.db.select().from(internships).where(eq(internships.matchId, network.match.id)),
    ).toEqual([]);

    await contact.getByLabel("Timer om ugen").fill("20");
    await contact.getByRole("button", { name: "Send forslaget" }).click();
    await contact.getByText("Forslaget er sendt. Den unge og kommunen skal nu godkende det.").waitFor();
    await contact.getByRole("heading", { level: 1, name: "Liva hos Rideskolen Hestehoved ApS" }).waitFor();
    await contact.getByText("Venter på, at den unge siger ja.").waitFor();
    await expectAccessible(contact);
  } finally {
    await closePage(contact);
  }

  // The young person finds it under "Min praktik" on the phone and says yes.
  const young = await logIn(browser, server.baseUrl, network.youth, 360);
  try {
    await navigateTo(young, "Min praktik");
    await young.getByRole("heading", { level: 1, name: "Min praktik" }).waitFor();
    await expectAccessible(young);
    await young.getByRole("link", { name: "Staldhjælper hos Rideskolen Hestehoved ApS" }).click();
    await young
      .getByRole("heading", { level: 1, name: "Praktik: Staldhjælper hos Rideskolen Hestehoved ApS" })
      .waitFor();
    await young.getByText("Lise Hansen").waitFor();
    await expectAccessible(young);
    await young.getByRole("button", { name: "Ja, jeg vil gerne i praktik" }).click();
    await young.getByText("Tak. Godkendelsen er gemt.").waitFor();
    await young.getByText("Venter på kommunens godkendelse.").waitFor();
    await expectAccessible(young);
  } finally {
    await closePage(young);
  }

  // Staff see it among the municipality's internships, read the rules' verdict and approve it.
  const staff = await logIn(browser, server.baseUrl, network.staff, 1280);
  try {
    await navigateTo(staff, "Praktikforløb");
    await staff.getByRole("heading", { level: 1, name: "Praktikforløb" }).waitFor();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: "Liva Stald", exact: true }).click();
    await staff
      .getByRole("heading", { level: 1, name: "Liva Stald hos Rideskolen Hestehoved ApS" })
      .waitFor();
    const approval = staff.getByRole("region", { name: "Godkendelse", exact: true });
    await approval.getByText("Forslaget overholder reglerne for virksomhedspraktik.").waitFor();
    await expectAccessible(staff);
    await approval.getByRole("button", { name: "Godkend praktikforløbet" }).click();
    await staff.getByText("Praktikforløbet er godkendt, og pladsen er taget.").waitFor();
    await staff.getByText("Godkendt", { exact: true }).first().waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }

  const [opening] = await server.t.db
    .select({ seatsTaken: openings.seatsTaken, status: openings.status })
    .from(openings)
    .where(eq(openings.id, network.opening.id));
  expect(opening).toEqual({ seatsTaken: 1, status: "filled" });
});

it("while it runs, the young person checks in and reports a sick day; staff see the warning, extend it and complete it", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildMatch(server);
  // Started three weeks before the journey's day, without a check-in from either side.
  const [row] = await server.t.db
    .insert(internships)
    .values({
      municipalityId: network.opening.municipalityId,
      matchId: network.match.id,
      openingId: network.opening.id,
      youthId: network.youthId,
      companyId: network.opening.companyId,
      status: "active",
      startDate: "2026-11-09",
      originalEndDate: "2026-12-06",
      plannedEndDate: "2026-12-06",
      hoursPerWeek: 20,
      purpose: "At lære staldens rutiner og at møde stabilt.",
      ruleSetId: "lab-2020",
      proposedByUserId: network.contact.id,
      youthApprovedAt: new Date("2026-11-01T10:00:00Z"),
      staffApprovedAt: new Date("2026-11-02T10:00:00Z"),
    })
    .returning({ id: internships.id });
  if (!row) throw new Error("no internship");
  const url = `${server.baseUrl}/internships/${row.id}`;

  const phone = await logIn(browser, server.baseUrl, network.youth, 360);
  try {
    await phone.goto(url);
    const checkIn = phone.getByRole("region", { name: "Ugentlig status", exact: true });
    await checkIn.getByRole("button", { name: "Send status" }).click();
    await checkIn.getByRole("link", { name: "Vælg, hvordan det går." }).waitFor();
    await expectAccessible(phone);
    await checkIn.getByRole("radio", { name: "4 – Godt" }).check();
    await checkIn.getByLabel("Kommentar (frivilligt)").fill("Jeg har fået min egen hest at passe.");
    await checkIn.getByRole("button", { name: "Send status" }).click();
    await checkIn.getByText("Tak for din status.").waitFor();
    await checkIn.getByText("Jeg har fået min egen hest at passe.").waitFor();

    const absence = phone.getByRole("region", { name: "Fravær", exact: true });
    await absence.getByRole("radio", { name: "Syg" }).check();
    await absence.getByLabel("Første dag").fill("2026-11-24");
    await absence.getByLabel("Sidste dag").fill("2026-11-24");
    await absence.getByRole("button", { name: "Meld fravær" }).click();
    await absence.getByText("Fraværet er meldt.").waitFor();
    await absence.getByText("Meldt af den unge").waitFor();
    await expectAccessible(phone);
  } finally {
    await closePage(phone);
  }

  const staff = await logIn(browser, server.baseUrl, network.staff, 1280);
  try {
    await staff.goto(`${server.baseUrl}/internships?ending=soon`);
    await staff
      .getByRole("heading", { level: 2, name: "Praktikforløb der slutter inden for 14 dage" })
      .waitFor();
    await staff.getByText("Virksomheden har ikke givet status i 2 uger i træk").first().waitFor();
    await expectAccessible(staff);

    await staff.goto(url);
    await staff.getByRole("heading", { name: "Advarsler" }).waitFor();
    await staff.getByRole("button", { name: "Forlæng praktikforløbet" }).click();
    await staff.getByRole("button", { name: "Forlæng", exact: true }).click();
    await staff.getByRole("link", { name: "Skriv vurderingen." }).waitFor();
    await expectAccessible(staff);
    await staff.getByLabel("Ny sidste dag").fill("2026-12-20");
    await staff.getByLabel("Vurdering").fill("Har brug for to uger mere for at blive tryg ved hestene.");
    await staff.getByRole("button", { name: "Forlæng", exact: true }).click();
    await staff.getByText("Praktikforløbet er forlænget til", { exact: false }).waitFor();
    await staff.getByText("Har brug for to uger mere for at blive tryg ved hestene.").waitFor();

    await staff.getByRole("button", { name: "Afslut praktikforløbet" }).click();
    await staff.getByRole("heading", { name: "Vil du afslutte praktikforløbet?" }).waitFor();
    await expectAccessible(staff);
    await staff.getByRole("button", { name: "Ja, afslut" }).click();
    await staff.getByText("Praktikforløbet er afsluttet.").waitFor();
    await staff.getByRole("heading", { name: "Evaluering" }).waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }
});
