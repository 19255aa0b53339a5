import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import { createNetworkMeeting } from "../support/company-network-factories.js";
import { createCompany, createCompanyContact } from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/**
 * A municipality of the journey's own: a counsellor, two companies with a contact each, and a network
 * meeting after the journey's day (28 November 2026) to which both are invited.
 */
async function buildNetwork(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality, displayName: "Sofie Rådgiver" });
  const bakery = await createCompany(db, { municipality, name: "Bageriet Kornet ApS" });
  const garage = await createCompany(db, { municipality, name: "Autoværkstedet Hjulet" });
  const contact = await createCompanyContact(db, bakery);
  await db.update(users).set({ displayName: "Mette Bager" }).where(eq(users.id, contact.id));
  await createCompanyContact(db, garage);
  const meeting = await createNetworkMeeting(db, {
    municipality,
    createdBy: staff,
    startsAt: new Date("2026-12-10T09:00:00Z"),
    title: "Netværksmøde om mentorer",
    place: "Erhvervshuset, Algade 2",
    invited: [bakery, garage],
  });
  return { staff, contact, meeting };
}

it("a company contact answers a network meeting's invitation on the phone, changes the answer, and staff see it", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const network = await buildNetwork(server);
  const programmeUrl = `${server.baseUrl}/network-meetings?year=2026`;

  const contact = await logIn(browser, server.baseUrl, network.contact, 360);
  try {
    // The home page shows the next meeting, still unanswered.
    const home = contact.getByRole("region", { name: "Næste netværksmøde" });
    await home.getByRole("link", { name: "Netværksmøde om mentorer" }).waitFor();
    await home.getByText("Kommer I til Netværksmøde om mentorer?").waitFor();
    await expectAccessible(contact);

    await navigateTo(contact, "Virksomhedsnetværk");
    await contact.getByRole("heading", { level: 1, name: "Virksomhedsnetværk" }).waitFor();
    await contact.goto(programmeUrl);
    await contact.getByRole("heading", { level: 2, name: "Programmet for 2026" }).waitFor();
    await contact.getByText("I har deltaget i 0 af de 5-6 møder, vi sigter mod i år.").waitFor();
    const invitation = contact.getByRole("listitem").filter({
      has: contact.getByRole("heading", { name: "Netværksmøde om mentorer" }),
    });
    await invitation.getByText("Erhvervshuset, Algade 2").waitFor();
    await expectAccessible(contact);

    const yes = invitation.getByRole("button", { name: "Ja", exact: true });
    expect(await yes.getAttribute("aria-pressed")).toBe("false");
    await yes.click();
    await invitation.getByRole("status").filter({ hasText: "Jeres svar er gemt: Ja." }).waitFor();
    await expect.poll(() => yes.getAttribute("aria-pressed")).toBe("true");
    await expectAccessible(contact);

    // The answer is the server's, not only the page's.
    await contact.reload();
    const reloaded = contact.getByRole("listitem").filter({
      has: contact.getByRole("heading", { name: "Netværksmøde om mentorer" }),
    });
    await reloaded.getByText("Jeres svar til Netværksmøde om mentorer: Ja.", { exact: false }).waitFor();
    expect(await reloaded.getByRole("button", { name: "Ja", exact: true }).getAttribute("aria-pressed")).toBe(
      "true",
    );

    const maybe = reloaded.getByRole("button", { name: "Måske", exact: true });
    await maybe.click();
    await reloaded.getByRole("status").filter({ hasText: "Jeres svar er gemt: Måske." }).waitFor();
    await expect.poll(() => maybe.getAttribute("aria-pressed")).toBe("true");
    expect(await reloaded.getByRole("button", { name: "Ja", exact: true }).getAttribute("aria-pressed")).toBe(
      "false",
    );

    // The meeting's own page says the same.
    await reloaded.getByRole("link", { name: "Netværksmøde om mentorer" }).click();
    await contact.getByRole("heading", { level: 1, name: "Netværksmøde om mentorer" }).waitFor();
    const answer = contact.getByRole("region", { name: "Jeres svar" });
    expect(
      await answer.getByRole("button", { name: "Måske", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");
    await expectAccessible(contact);
  } finally {
    await closePage(contact);
  }

  const staff = await logIn(browser, server.baseUrl, network.staff, 1280);
  try {
    await navigateTo(staff, "Virksomhedsnetværk");
    await staff.getByRole("heading", { level: 1, name: "Virksomhedsnetværk" }).waitFor();
    await staff.goto(programmeUrl);
    await staff.getByText("0 ja, 1 måske, 0 nej – 2 virksomheder inviteret").waitFor();
    await staff.getByRole("cell", { name: "Under målet (5 møder mangler)" }).first().waitFor();
    await expectAccessible(staff);

    await staff.getByRole("link", { name: "Netværksmøde om mentorer" }).click();
    await staff.getByRole("heading", { level: 1, name: "Netværksmøde om mentorer" }).waitFor();
    const invitations = staff.getByRole("region", { name: "Inviterede virksomheder og svar" });
    const bakery = invitations.getByRole("listitem").filter({
      has: staff.getByRole("heading", { name: "Bageriet Kornet ApS" }),
    });
    await bakery.getByText("Mette Bager: Måske").waitFor();
    const garage = invitations.getByRole("listitem").filter({
      has: staff.getByRole("heading", { name: "Autoværkstedet Hjulet" }),
    });
    await garage.getByText("Har ikke svaret.").waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }
});
