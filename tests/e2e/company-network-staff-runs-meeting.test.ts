import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { networkMeetings, users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn } from "../support/browser.js";
import { createNetworkMeeting } from "../support/company-network-factories.js";
import { createCompany, createCompanyContact } from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/**
 * A municipality of the journey's own (the journey's day is 28 November 2026): a counsellor, two
 * companies, a meeting last week both were invited to, and one ahead that will be cancelled.
 */
async function buildNetwork(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality, displayName: "Sofie Rådgiver" });
  const bakery = await createCompany(db, { municipality, name: "Bageriet Kornet ApS" });
  const garage = await createCompany(db, { municipality, name: "Autoværkstedet Hjulet" });
  const contact = await createCompanyContact(db, bakery);
  await db.update(users).set({ displayName: "Mette Bager" }).where(eq(users.id, contact.id));
  const held = await createNetworkMeeting(db, {
    municipality,
    createdBy: staff,
    startsAt: new Date("2026-11-20T13:00:00Z"),
    title: "Netværksmøde om fastholdelse",
    invited: [bakery, garage],
  });
  const ahead = await createNetworkMeeting(db, {
    municipality,
    createdBy: staff,
    startsAt: new Date("2026-12-03T13:00:00Z"),
    title: "Julemøde i netværket",
    invited: [bakery, garage],
  });
  return { staff, contact, held, ahead };
}

it("staff plan a network meeting on the phone, move it, cancel another with a reason and record who came to the last one", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server);
  const programmeUrl = `${server.baseUrl}/network-meetings?year=2026`;

  const staff = await logIn(browser, server.baseUrl, network.staff, 360);
  try {
    await staff.goto(programmeUrl);
    await staff.getByRole("heading", { level: 1, name: "Virksomhedsnetværk" }).waitFor();
    await staff.getByRole("link", { name: "Julemøde i netværket" }).waitFor();
    await expectAccessible(staff);

    await staff.getByRole("button", { name: "Planlæg netværksmøde" }).click();
    await staff.getByRole("button", { name: "Planlæg mødet" }).click();
    await staff.getByRole("link", { name: "Skriv en titel." }).waitFor();
    await staff.getByRole("link", { name: "Vælg en gyldig dato." }).waitFor();
    await staff.getByRole("link", { name: "Skriv klokkeslættet som tt.mm, fx 10.00." }).waitFor();
    await staff.getByRole("link", { name: "Skriv et sted, eller vælg en værtsvirksomhed." }).waitFor();
    await expectAccessible(staff);

    await staff.getByLabel("Titel").fill("Netværksmøde om mentorer");
    await staff.getByLabel("Dato").fill("2026-12-15");
    await staff.getByLabel("Klokkeslæt").fill("10.00");
    await staff.getByLabel("Værtsvirksomhed (frivilligt, hvis der er et sted)").selectOption({
      label: "Bageriet Kornet ApS",
    });
    await staff.getByLabel("Dagsorden (frivilligt)").fill("1. Velkomst\n2. Mentorer i praksis");
    await staff.getByRole("radio", { name: "Vælg virksomheder" }).check();
    await staff.getByRole("button", { name: "Planlæg mødet" }).click();
    await staff.getByRole("link", { name: "Vælg mindst én virksomhed." }).waitFor();
    await staff.getByRole("checkbox", { name: "Bageriet Kornet ApS" }).check();
    // A control character slips past the browser; the server's field error lands on the agenda.
    await staff.getByLabel("Dagsorden (frivilligt)").fill("1. Velkomst\u0007");
    await staff.getByRole("button", { name: "Planlæg mødet" }).click();
    await staff.getByRole("link", { name: "Must not contain control characters" }).click();
    await expect.poll(() => staff.evaluate(() => document.activeElement?.id)).toBe("nm-agenda");
    await staff.getByLabel("Dagsorden (frivilligt)").fill("1. Velkomst\n2. Mentorer i praksis");
    await staff.getByRole("button", { name: "Planlæg mødet" }).click();

    await staff.getByText("Mødet er planlagt, og de inviterede virksomheder får en invitation.").waitFor();
    await staff.getByRole("heading", { level: 1, name: "Netværksmøde om mentorer" }).waitFor();
    await staff.getByText("tirsdag den 15. december 2026 kl. 10.00–12.00").waitFor();
    await staff.getByText("2. Mentorer i praksis", { exact: false }).waitFor();
    const invited = staff.getByRole("region", { name: "Inviterede virksomheder og svar" });
    await invited.getByRole("heading", { name: "Bageriet Kornet ApS" }).waitFor();
    expect(await invited.getByRole("heading", { name: "Autoværkstedet Hjulet" }).count()).toBe(0);
    await expectAccessible(staff);

    // Moved an hour later: stored as Copenhagen's 11.00, i.e. 10.00 UTC in winter.
    await staff.getByRole("button", { name: "Ret mødet" }).click();
    await staff.getByLabel("Klokkeslæt").fill("11.00");
    await staff.getByRole("button", { name: "Gem ændringer" }).click();
    await staff.getByText("Ændringerne er gemt.", { exact: false }).waitFor();
    await staff.getByText("tirsdag den 15. december 2026 kl. 11.00–13.00").waitFor();
    const [planned] = await server.t.db
      .select({ startsAt: networkMeetings.startsAt })
      .from(networkMeetings)
      .where(eq(networkMeetings.title, "Netværksmøde om mentorer"));
    expect(planned?.startsAt.toISOString()).toBe("2026-12-15T10:00:00.000Z");

    // Cancelling asks first, and wants a reason.
    await staff.goto(`${server.baseUrl}/network-meetings/${network.ahead.id}`);
    await staff.getByRole("button", { name: "Aflys mødet" }).click();
    await staff.getByRole("heading", { name: "Vil du aflyse Julemøde i netværket?" }).waitFor();
    await staff.getByRole("button", { name: "Ja, aflys mødet" }).click();
    await staff.getByText("Skriv en begrundelse.").waitFor();
    await expectAccessible(staff);
    await staff.getByLabel("Begrundelse").fill("For få har tilmeldt sig.");
    await staff.getByRole("button", { name: "Ja, aflys mødet" }).click();
    await staff.getByText("Mødet er aflyst, og virksomhederne får besked.").waitFor();
    await staff.getByText("Begrundelse: For få har tilmeldt sig.").waitFor();
    expect(await staff.getByRole("button", { name: "Ret mødet" }).count()).toBe(0);
    await expectAccessible(staff);

    // Last week's meeting: who came, and the minutes.
    await staff.goto(`${server.baseUrl}/network-meetings/${network.held.id}`);
    const attendance = staff.getByRole("region", { name: "Fremmøde" });
    await attendance.getByText("Fremmødet er ikke registreret endnu.").waitFor();
    await attendance.getByRole("checkbox", { name: "Bageriet Kornet ApS" }).check();
    await attendance.getByRole("button", { name: "Gem fremmøde" }).click();
    await attendance.getByText("Fremmødet er gemt: 1 virksomhed deltog.").waitFor();
    await staff.getByText("1 af 2 virksomheder").waitFor();
    const minutes = staff.getByRole("region", { name: "Referat" });
    await minutes.getByLabel("Kort referat").fill("Vi talte om, hvordan en mentor holder fast i de unge.");
    await minutes.getByRole("button", { name: "Gem referat" }).click();
    await minutes.getByText("Referatet er gemt.").waitFor();
    await expectAccessible(staff);

    await staff.goto(programmeUrl);
    const summary = staff.getByRole("region", { name: "Virksomhedernes deltagelse i 2026" });
    await summary
      .getByRole("row", { name: /Bageriet Kornet ApS/ })
      .getByText("Under målet (4 møder mangler)")
      .waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }

  // The company sees the cancellation with its reason, and the minutes of the meeting it came to.
  const contact = await logIn(browser, server.baseUrl, network.contact, 360);
  try {
    await contact.goto(programmeUrl);
    await contact.getByText("I har deltaget i 1 af de 5-6 møder, vi sigter mod i år.").waitFor();
    const cancelled = contact.getByRole("listitem").filter({
      has: contact.getByRole("heading", { name: "Julemøde i netværket" }),
    });
    await cancelled.getByText("Mødet er aflyst").waitFor();
    await cancelled.getByText("Begrundelse: For få har tilmeldt sig.").waitFor();
    expect(await cancelled.getByRole("button", { name: "Ja", exact: true }).count()).toBe(0);
    await expectAccessible(contact);

    await contact.getByRole("link", { name: "Netværksmøde om fastholdelse" }).click();
    await contact.getByRole("heading", { level: 1, name: "Netværksmøde om fastholdelse" }).waitFor();
    await contact.getByText("Kommunen har registreret, at I deltog.").waitFor();
    await contact.getByText("Vi talte om, hvordan en mentor holder fast i de unge.").waitFor();
    await expectAccessible(contact);
  } finally {
    await closePage(contact);
  }
});
