import { and, asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { groupMeetings, networkGroupMemberships, networkGroups, users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import { createYouth } from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
  recordAttendance,
} from "../support/group-factories.js";
import { setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/** The browser's clock stands where the server's test clock does, so "this week" and "today" agree. */

it("staff create a group, add a young person, move one from another group, remove one, and plan and cancel a meeting", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const staff = await createUser(db, { role: "staff", municipality, displayName: "Mette Facilitator" });
  const colleague = await createUser(db, { role: "staff", municipality, displayName: "Jonas Kollega" });
  const oldGroup = await createNetworkGroup(db, { municipality, facilitators: [colleague] });
  const named = async (name: string) => {
    const young = await createYouth(db, { municipality });
    await db.update(users).set({ displayName: name }).where(eq(users.id, young.user.id));
    return young;
  };
  const asta = await named("Asta Holm");
  const bo = await named("Bo Lind");
  await addGroupMember(db, oldGroup, bo);

  const page = await logIn(browser, server.baseUrl, staff, 1280, { fixedTime: journey.server.t.clock.now() });
  try {
    await navigateTo(page, "Netværksgrupper");
    await page.getByRole("heading", { level: 1, name: "Netværksgrupper" }).waitFor();
    await page.getByRole("button", { name: "Opret netværksgruppe" }).click();
    await page.getByRole("button", { name: "Opret gruppen" }).click();
    await page.getByRole("link", { name: "Skriv gruppens navn." }).waitFor();
    await expectAccessible(page);

    await page.getByLabel("Navn").fill("Onsdagsholdet");
    await page.getByRole("checkbox", { name: "Jonas Kollega" }).check();
    await page.getByLabel("Ugedag").selectOption("3");
    await page.getByLabel("Starttidspunkt").fill("16:30");
    await page.getByLabel("Sted (frivilligt)").fill("Ungdommens Hus, Algade 1");
    await page.getByLabel("Første mulige mødedag").fill("2026-11-30");
    await page.getByRole("button", { name: "Opret gruppen" }).click();
    await page.getByRole("heading", { level: 1, name: "Onsdagsholdet" }).waitFor();
    await page.getByText("Gruppen er oprettet, og møderne de næste 8 uger er lagt ind.").waitFor();
    await page.getByText("Jonas Kollega, Mette Facilitator").first().waitFor();
    await expectAccessible(page);

    const members = page.getByRole("region", { name: "Medlemmer", exact: true });
    await members.getByLabel("Søg efter en ung").fill("Asta Holm");
    await members.getByRole("button", { name: "Søg", exact: true }).click();
    await members.getByRole("button", { name: "Tilføj Asta Holm" }).click();
    await members.getByText("Asta Holm er tilføjet til gruppen.").waitFor();

    // Bo is in Jonas's group: staff are asked before he is moved.
    await members.getByLabel("Søg efter en ung").fill("Bo Lind");
    await members.getByRole("button", { name: "Søg", exact: true }).click();
    await members.getByRole("button", { name: "Tilføj Bo Lind" }).click();
    await members.getByRole("heading", { name: "Bo Lind er med i en anden gruppe" }).waitFor();
    await expectAccessible(page);
    await members.getByRole("button", { name: "Ja, flyt til denne gruppe" }).click();
    await members.getByText("Bo Lind er flyttet til gruppen.").waitFor();

    await members.getByRole("button", { name: "Fjern Asta Holm fra gruppen" }).click();
    await members.getByRole("heading", { name: "Vil du fjerne Asta Holm fra gruppen?" }).waitFor();
    await members.getByRole("button", { name: "Ja, fjern" }).click();
    await members.getByText("Asta Holm er fjernet fra gruppen.").waitFor();
    await members.getByRole("link", { name: "Bo Lind" }).waitFor();
    expect(await members.getByRole("link", { name: "Asta Holm" }).count()).toBe(0);
    await expectAccessible(page);

    const [group] = await db
      .select({ id: networkGroups.id })
      .from(networkGroups)
      .where(and(eq(networkGroups.municipalityId, municipality.id), eq(networkGroups.name, "Onsdagsholdet")));
    if (!group) throw new Error("no group");
    const memberships = await db
      .select({ groupId: networkGroupMemberships.groupId, leftOn: networkGroupMemberships.leftOn })
      .from(networkGroupMemberships)
      .where(eq(networkGroupMemberships.youthId, bo.id));
    expect(memberships.find((m) => m.groupId === oldGroup.id)?.leftOn).not.toBeNull();
    expect(memberships.find((m) => m.groupId === group.id)?.leftOn).toBeNull();
    const [astaMembership] = await db
      .select({ groupId: networkGroupMemberships.groupId, leftOn: networkGroupMemberships.leftOn })
      .from(networkGroupMemberships)
      .where(eq(networkGroupMemberships.youthId, asta.id));
    expect(astaMembership?.groupId).toBe(group.id);
    expect(astaMembership?.leftOn).not.toBeNull();

    // The first generated meeting: a theme and agenda, then cancelled with a reason.
    const [first] = await db
      .select({ id: groupMeetings.id })
      .from(groupMeetings)
      .where(eq(groupMeetings.groupId, group.id))
      .orderBy(asc(groupMeetings.startsAt))
      .limit(1);
    if (!first) throw new Error("no meeting generated");
    await page.goto(`${server.baseUrl}/group-meetings/${first.id}`);
    await page.getByRole("heading", { level: 1, name: "Møde i Onsdagsholdet" }).waitFor();
    await page.getByRole("textbox", { name: "Tema", exact: true }).fill("Jobsamtaler");
    await page.getByRole("textbox", { name: "Dagsorden", exact: true }).fill("1. Runde\n2. Øvelse i par");
    await page.getByRole("button", { name: "Gem tema og dagsorden" }).click();
    await page.getByText("Tema og dagsorden er gemt.").waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Aflys mødet" }).click();
    await page.getByRole("heading", { name: "Vil du aflyse mødet?" }).waitFor();
    await page.getByRole("button", { name: "Ja, aflys mødet" }).click();
    await page.getByText("Skriv, hvorfor mødet aflyses.").waitFor();
    await page.getByLabel("Hvorfor aflyses mødet?").fill("Lokalet er optaget.");
    await page.getByRole("button", { name: "Ja, aflys mødet" }).click();
    await page.getByText("Mødet er aflyst.").waitFor();
    await page.getByText("Lokalet er optaget.").waitFor();
    await expectAccessible(page);
  } finally {
    await closePage(page);
  }
});

it("a member says they can't come and takes it back, writes a reflection, and their counsellor sees the signal", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const counsellor = await createUser(db, { role: "staff", municipality, displayName: "Sofie Rådgiver" });
  const group = await createNetworkGroup(db, { municipality, facilitators: [counsellor] });
  const carl = await createYouth(db, { municipality, counsellor });
  await db.update(users).set({ displayName: "Carl Dam" }).where(eq(users.id, carl.user.id));
  await addGroupMember(db, group, carl);
  // The server's clock stands at Saturday 28 November 2026, 09:00Z.
  const earlier = await createGroupMeeting(db, group, new Date("2026-11-17T18:00:00Z"));
  const last = await createGroupMeeting(db, group, new Date("2026-11-24T18:00:00Z"));
  await createGroupMeeting(db, group, new Date("2026-12-01T18:00:00Z"));
  await recordAttendance(db, earlier, group, carl, "absent", counsellor);
  await recordAttendance(db, last, group, carl, "absent", counsellor);

  const phone = await logIn(browser, server.baseUrl, carl.user, 360, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    await navigateTo(phone, "Min gruppe");
    await phone.getByRole("heading", { level: 1, name: "Min gruppe: Tirsdagsgruppen" }).waitFor();
    const upcoming = phone.getByRole("region", { name: "Kommende møder", exact: true });
    await upcoming.getByRole("button", { name: "Jeg kan ikke komme" }).click();
    await upcoming.getByLabel("Begrundelse (frivilligt)").fill("Jeg skal til samtale på et lager.");
    await upcoming.getByRole("button", { name: "Send afbud" }).click();
    await upcoming.getByText("Du har meldt afbud.").waitFor();
    await expectAccessible(phone);
    await upcoming.getByRole("button", { name: "Fortryd afbud" }).click();
    await upcoming.getByRole("button", { name: "Jeg kan ikke komme" }).waitFor();

    const recent = phone.getByRole("region", { name: "Seneste møder", exact: true });
    await recent
      .getByRole("link", { name: /^Refleksion:/ })
      .first()
      .click();
    await phone.getByRole("heading", { level: 1, name: "Møde i Tirsdagsgruppen" }).waitFor();
    const reflection = phone.getByRole("region", { name: "Min refleksion", exact: true });
    await reflection
      .getByLabel("Hvad lærte jeg om mig selv?")
      .fill("At jeg godt kan sige noget i en gruppe.");
    await reflection.getByRole("checkbox", { name: "Del med min rådgiver" }).check();
    await reflection.getByRole("button", { name: "Gem refleksion" }).click();
    await reflection.getByText("Din refleksion er gemt og delt med din rådgiver.").waitFor();
    await expectAccessible(phone);

    await phone.goto(`${server.baseUrl}/reflections`);
    await phone.getByRole("heading", { level: 1, name: "Mine refleksioner" }).waitFor();
    await phone.getByText("At jeg godt kan sige noget i en gruppe.").waitFor();
    await phone.getByText("Delt med din rådgiver").waitFor();
    await expectAccessible(phone);
  } finally {
    await closePage(phone);
  }

  // Two meetings missed without notice: the counsellor sees it at home and on Carl's page.
  const staff = await logIn(browser, server.baseUrl, counsellor, 1280, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    const home = staff.getByRole("region", { name: "Netværksgrupper", exact: true });
    await home.getByRole("heading", { name: "Unge der er udeblevet" }).waitFor();
    await home.getByText("0 af 2 (0 %)").waitFor();
    await expectAccessible(staff);
    await home.getByRole("link", { name: "Carl Dam" }).click();
    const section = staff.getByRole("region", { name: "Fremmøde i netværksgruppe", exact: true });
    await section.getByText("Den unge er udeblevet fra de to seneste møder uden at melde afbud.").waitFor();
    await section.getByText("0 af 2 (0 %)").waitFor();
    await expectAccessible(staff);
  } finally {
    await closePage(staff);
  }
});
