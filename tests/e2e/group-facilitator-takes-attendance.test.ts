import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { groupMeetingAttendance, groupMeetingNotices, users } from "../../src/server/db/schema.js";
import { closePage, expectAccessible, logIn, navigateTo } from "../support/browser.js";
import { createYouth } from "../support/domain-factories.js";
import { createMunicipality, createUser } from "../support/factories.js";
import { addGroupMember, createGroupMeeting, createNetworkGroup } from "../support/group-factories.js";
import { type RunningServer, setUpJourney } from "../support/web-server.js";

const journey = setUpJourney();

/**
 * A municipality of the journey's own: a facilitator, a group of three young people and a meeting
 * that began the evening before the journey's day (the server's clock: 28 November 2026, 09:00Z),
 * for which one of them said they could not come.
 */
async function buildGroup(server: RunningServer) {
  const db = server.t.db;
  const municipality = await createMunicipality(db);
  const facilitator = await createUser(db, { role: "staff", municipality, displayName: "Mette Facilitator" });
  const group = await createNetworkGroup(db, { municipality, facilitators: [facilitator] });
  const members = [];
  for (const name of ["Asta Holm", "Bo Lind", "Carl Dam"]) {
    const young = await createYouth(db, { municipality });
    await db.update(users).set({ displayName: name }).where(eq(users.id, young.user.id));
    await addGroupMember(db, group, young);
    members.push(young);
  }
  const meeting = await createGroupMeeting(db, group, new Date("2026-11-27T17:00:00Z"));
  const [asta, bo, carl] = members;
  if (!asta || !bo || !carl) throw new Error("three members");
  await db.insert(groupMeetingNotices).values({
    meetingId: meeting.id,
    youthId: bo.id,
    municipalityId: municipality.id,
    reason: "Til tandlæge",
  });
  return { facilitator, meeting, asta, bo, carl };
}

/** The browser's clock stands where the server's test clock does, so "this week" and "today" agree. */

const pressed = (page: Page, member: string, mark: string) =>
  page.getByRole("group", { name: member }).getByRole("button", { name: mark }).getAttribute("aria-pressed");

it("a facilitator on a phone records who came to a meeting in a few taps, and it is saved", {
  timeout: 240_000,
}, async () => {
  const { server, browser } = journey;
  const setting = await buildGroup(server);

  const phone = await logIn(browser, server.baseUrl, setting.facilitator, 360, {
    fixedTime: journey.server.t.clock.now(),
  });
  try {
    // Home tells her the meeting of last night still needs its attendance.
    const home = phone.getByRole("region", { name: "Netværksgrupper", exact: true });
    const item = home.getByRole("listitem").filter({ hasText: "Tirsdagsgruppen" });
    await item.getByText("Fremmøde mangler").waitFor();
    await expectAccessible(phone);
    await item.getByRole("link", { name: "Tirsdagsgruppen: fredag den 27. november 2026 kl. 18.00" }).click();
    await phone.getByRole("heading", { level: 1, name: "Møde i Tirsdagsgruppen" }).waitFor();
    const attendance = phone.getByRole("region", { name: "Fremmøde", exact: true });
    await attendance.getByRole("group", { name: "Asta Holm" }).waitFor();
    // Bo said he could not come: "Afbud" is chosen already, with his reason beside it.
    expect(await pressed(phone, "Bo Lind", "Afbud")).toBe("true");
    await attendance.getByText("Har meldt afbud: Til tandlæge").waitFor();
    expect(await pressed(phone, "Asta Holm", "Mødt")).toBe("false");
    await expectAccessible(phone);

    // Big enough for a thumb: every toggle at least 44 px tall, and the row fits the 360 px screen.
    const toggle = await phone
      .getByRole("group", { name: "Asta Holm" })
      .getByRole("button", { name: "Udeblevet" })
      .boundingBox();
    expect(toggle?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect((toggle?.x ?? 0) + (toggle?.width ?? 0)).toBeLessThanOrEqual(360);

    // Three taps and Save.
    await phone.getByRole("group", { name: "Asta Holm" }).getByRole("button", { name: "Mødt" }).click();
    await phone.getByRole("group", { name: "Carl Dam" }).getByRole("button", { name: "Udeblevet" }).click();
    expect(await pressed(phone, "Asta Holm", "Mødt")).toBe("true");
    await phone.getByRole("button", { name: "Gem fremmøde" }).click();
    await attendance.getByText("Fremmødet er gemt for 3 medlemmer.").waitFor();
    await expectAccessible(phone);

    // After a reload the page shows what was saved.
    await phone.reload();
    await phone.getByRole("group", { name: "Carl Dam" }).waitFor();
    await phone.getByText("Fremmødet er registreret. Du kan rette det og gemme igen.").waitFor();
    expect(await pressed(phone, "Asta Holm", "Mødt")).toBe("true");
    expect(await pressed(phone, "Bo Lind", "Afbud")).toBe("true");
    expect(await pressed(phone, "Carl Dam", "Udeblevet")).toBe("true");
    expect(await pressed(phone, "Carl Dam", "Mødt")).toBe("false");

    await navigateTo(phone, "Hjem");
    await home.getByText("Fremmøde er registreret").waitFor();
    expect(await home.getByText("Fremmøde mangler").count()).toBe(0);
  } finally {
    await closePage(phone);
  }

  const rows = await server.t.db
    .select({ youthId: groupMeetingAttendance.youthId, status: groupMeetingAttendance.status })
    .from(groupMeetingAttendance)
    .where(eq(groupMeetingAttendance.meetingId, setting.meeting.id));
  const statusOf = (youthId: string) => rows.find((row) => row.youthId === youthId)?.status;
  expect(rows).toHaveLength(3);
  expect(statusOf(setting.asta.id)).toBe("present");
  expect(statusOf(setting.bo.id)).toBe("absent_with_notice");
  expect(statusOf(setting.carl.id)).toBe("absent");
});
