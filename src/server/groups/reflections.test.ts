import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompany, createCompanyContact, createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
} from "../../../tests/support/group-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import { auditEvents } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
});
afterAll(() => t.close());

const hours = (n: number) => minutes(60 * n);
const ago = (ms: number) => new Date(t.clock.now().getTime() - ms);

/** A young person with a counsellor, in a group with a meeting that began an hour ago. */
async function memberWithMeeting() {
  const counsellorUser = await createUser(t.db, { role: "staff", municipality: roskilde });
  const young = await createYouth(t.db, { municipality: roskilde, counsellor: counsellorUser });
  const facilitatorUser = await createUser(t.db, { role: "staff", municipality: roskilde });
  const group = await createNetworkGroup(t.db, { municipality: roskilde, facilitators: [facilitatorUser] });
  await addGroupMember(t.db, group, young);
  const meeting = await createGroupMeeting(t.db, group, ago(hours(1)));
  return {
    young,
    group,
    meeting,
    member: await login(t.app, young.user),
    counsellor: await login(t.app, counsellorUser),
    facilitator: await login(t.app, facilitatorUser),
  };
}

const reflectionUrl = (meeting: { id: string }) => `/api/group-meetings/${meeting.id}/reflection`;
const counsellorUrl = (young: { id: string }) => `/api/youth/${young.id}/reflections`;
const reflection = (text: string, sharedWithCounsellor = false) => ({ text, sharedWithCounsellor });

describe("access", () => {
  it("answers 401 without a session and 403 to staff writing or listing their own", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    for (const [method, url] of [
      ["PUT", `/api/group-meetings/${id}/reflection`],
      ["GET", "/api/me/reflections"],
      ["GET", `/api/youth/${id}/reflections`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    expect(
      (await staff.request("PUT", `/api/group-meetings/${id}/reflection`, reflection("x"))).statusCode,
    ).toBe(403);
    expect((await staff.request("GET", "/api/me/reflections")).statusCode).toBe(403);
  });
});

describe("writing", () => {
  it("keeps one reflection per meeting, editable, listed newest first to the young person", async () => {
    const world = await memberWithMeeting();
    const created = await world.member.request(
      "PUT",
      reflectionUrl(world.meeting),
      reflection("Jeg tør mere end jeg troede."),
    );
    expect(created.statusCode, created.body).toBe(200);
    t.clock.advance(minutes(5));
    const edited = await world.member.request(
      "PUT",
      reflectionUrl(world.meeting),
      reflection("Jeg tør mere end jeg troede, og jeg er god til at lytte.", true),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      id: created.json().id,
      text: "Jeg tør mere end jeg troede, og jeg er god til at lytte.",
      sharedWithCounsellor: true,
      meeting: { id: world.meeting.id, groupId: world.group.id },
    });
    expect(edited.json().updatedAt > edited.json().createdAt).toBe(true);

    t.clock.advance(minutes(5));
    const later = await createGroupMeeting(t.db, world.group, ago(minutes(1)));
    const second = await world.member.request("PUT", reflectionUrl(later), reflection("Anden gang."));
    expect(second.statusCode).toBe(200);

    const mine = (await world.member.request("GET", "/api/me/reflections")).json();
    expect(mine.items.map((item: { id: string }) => item.id)).toEqual([second.json().id, created.json().id]);
    const firstPage = (await world.member.request("GET", "/api/me/reflections?limit=1")).json();
    expect(firstPage.items).toHaveLength(1);
    const nextPage = (
      await world.member.request("GET", `/api/me/reflections?limit=1&cursor=${firstPage.nextCursor}`)
    ).json();
    expect(nextPage.items.map((item: { id: string }) => item.id)).toEqual([created.json().id]);
    expect(nextPage.nextCursor).toBeNull();
  });

  it("refuses a reflection before the meeting has started (409) and on a cancelled meeting", async () => {
    const world = await memberWithMeeting();
    const upcoming = await createGroupMeeting(
      t.db,
      world.group,
      new Date(t.clock.now().getTime() + hours(2)),
    );
    expect(
      (await world.member.request("PUT", reflectionUrl(upcoming), reflection("For tidligt"))).statusCode,
    ).toBe(409);
    const cancelled = await createGroupMeeting(t.db, world.group, ago(hours(3)), { status: "cancelled" });
    expect(
      (await world.member.request("PUT", reflectionUrl(cancelled), reflection("Aflyst"))).statusCode,
    ).toBe(409);
    expect((await world.member.request("GET", "/api/me/reflections")).json().items).toEqual([]);
  });

  it("refuses empty or too long text", async () => {
    const world = await memberWithMeeting();
    expect(
      (await world.member.request("PUT", reflectionUrl(world.meeting), reflection("  "))).statusCode,
    ).toBe(400);
    expect(
      (await world.member.request("PUT", reflectionUrl(world.meeting), reflection("x".repeat(4001))))
        .statusCode,
    ).toBe(400);
    expect(
      (await world.member.request("PUT", reflectionUrl(world.meeting), reflection("x".repeat(4000))))
        .statusCode,
    ).toBe(200);
  });

  it("answers 404 for a meeting of a group the young person was not in on its date", async () => {
    const world = await memberWithMeeting();
    const other = await memberWithMeeting();
    expect(
      (await world.member.request("PUT", reflectionUrl(other.meeting), reflection("Ikke min"))).statusCode,
    ).toBe(404);

    // Joined after the meeting: not a member on its date.
    const newcomer = await createYouth(t.db, { municipality: roskilde });
    const meetingDay = ago(hours(1)).toISOString().slice(0, 10);
    const oldMeeting = await createGroupMeeting(t.db, world.group, ago(hours(24 * 14)));
    await addGroupMember(t.db, world.group, newcomer, { joinedOn: meetingDay });
    const newcomerSession = await login(t.app, newcomer.user);
    expect(
      (await newcomerSession.request("PUT", reflectionUrl(oldMeeting), reflection("Før min tid"))).statusCode,
    ).toBe(404);

    // Left the group since: a meeting from their time still takes a reflection.
    const leaver = await createYouth(t.db, { municipality: roskilde });
    await addGroupMember(t.db, world.group, leaver, { joinedOn: "2026-09-01", leftOn: meetingDay });
    const leaverSession = await login(t.app, leaver.user);
    expect(
      (await leaverSession.request("PUT", reflectionUrl(oldMeeting), reflection("Fra min tid"))).statusCode,
    ).toBe(200);
  });
});

describe("the counsellor", () => {
  const reads = (youthId: string) =>
    t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "youth.reflections_read"), eq(auditEvents.subjectId, youthId)));

  it("sees nothing until the young person shares, then only the shared ones, every read audited", async () => {
    const world = await memberWithMeeting();
    await world.member.request("PUT", reflectionUrl(world.meeting), reflection("Privat tanke"));
    const nothing = await world.counsellor.request("GET", counsellorUrl(world.young));
    expect(nothing.statusCode).toBe(200);
    expect(nothing.json().items).toEqual([]);

    t.clock.advance(minutes(1));
    const later = await createGroupMeeting(t.db, world.group, ago(minutes(1)));
    await world.member.request("PUT", reflectionUrl(later), reflection("Delt tanke", true));
    const shared = (await world.counsellor.request("GET", counsellorUrl(world.young))).json();
    expect(shared.items.map((item: { text: string }) => item.text)).toEqual(["Delt tanke"]);

    const audits = await reads(world.young.id);
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ subjectType: "youth", municipalityId: roskilde.id });
  });

  it("answers 404 to anyone but the young person's own counsellor", async () => {
    const world = await memberWithMeeting();
    await world.member.request("PUT", reflectionUrl(world.meeting), reflection("Delt tanke", true));
    const { session: otherStaff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const { session: elsewhere } = await loggedInUser(t.app, t.db, "staff");
    const company = await createCompany(t.db, { municipality: roskilde });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const { session: systemAdmin } = await loggedInUser(t.app, t.db, "system_admin");
    const outsiders = {
      "another staff member": otherStaff,
      "the group's facilitator": world.facilitator,
      "a municipality admin": admin,
      "staff of another municipality": elsewhere,
      "a company contact": contact,
      "the young person themself": world.member,
      "a system admin": systemAdmin,
    };
    for (const [who, session] of Object.entries(outsiders)) {
      expect((await session.request("GET", counsellorUrl(world.young))).statusCode, who).toBe(404);
    }
    expect(await reads(world.young.id)).toEqual([]);
  });
});
