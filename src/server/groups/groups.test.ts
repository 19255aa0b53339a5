import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
  recordAttendance,
} from "../../../tests/support/group-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, groupMeetingNotices, groupMeetings, reminders } from "../db/schema.js";
import { generateUpcomingMeetings } from "./groups.service.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

const days = (n: number) => n * 86_400_000;
/** The test clock starts Saturday 28 November 2026, 09:00Z. */
const ago = (d: number) => new Date(t.clock.now().getTime() - days(d));
const ahead = (d: number) => new Date(t.clock.now().getTime() + days(d));

const slot = (facilitatorUserIds: string[], overrides: object = {}) => ({
  name: "Tirsdagsgruppen",
  facilitatorUserIds,
  weekday: 2,
  startTime: "19:00",
  durationMinutes: 90,
  place: "Ungdommens Hus, Algade 1, 4000 Roskilde",
  startsOn: "2026-12-01",
  ...overrides,
});

async function team(municipality: MunicipalityFixture) {
  const facilitator = await loggedInUser(t.app, t.db, "staff", municipality);
  const otherStaff = await loggedInUser(t.app, t.db, "staff", municipality);
  const admin = await loggedInUser(t.app, t.db, "municipality_admin", municipality);
  return { facilitator, otherStaff, admin };
}

async function youngPerson(municipality: MunicipalityFixture, counsellor?: { id: string }) {
  const young = await createYouth(t.db, { municipality, counsellor });
  return { young, session: await login(t.app, young.user) };
}

describe("groups", () => {
  it("staff create a group whose Tuesday 19:00 meetings exist 8 weeks ahead, and generating again adds none", async () => {
    const { facilitator } = await team(roskilde);
    const created = await facilitator.session.request("POST", "/api/groups", slot([facilitator.user.id]));
    expect(created.statusCode).toBe(201);
    const group = created.json();
    expect(group.facilitators.map((f: { userId: string }) => f.userId)).toEqual([facilitator.user.id]);

    const meetings = (await facilitator.session.request("GET", `/api/groups/${group.id}/meetings`)).json()
      .items;
    expect(meetings.map((m: { slotDate: string }) => m.slotDate)).toEqual([
      "2026-12-01",
      "2026-12-08",
      "2026-12-15",
      "2026-12-22",
      "2026-12-29",
      "2027-01-05",
      "2027-01-12",
      "2027-01-19",
    ]);
    expect(meetings.every((m: { startsAt: string }) => m.startsAt.endsWith("T18:00:00.000Z"))).toBe(true);

    const again = await facilitator.session.request("POST", `/api/groups/${group.id}/meetings/generate`);
    expect(again.json()).toEqual({ generated: 0 });
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "group.created"), eq(auditEvents.subjectId, group.id)));
    expect(audit?.actorUserId).toBe(facilitator.user.id);
  });

  it("refuses facilitators from another municipality and callers who are not staff", async () => {
    const { facilitator } = await team(roskilde);
    const stranger = await loggedInUser(t.app, t.db, "staff", sonderborg);
    const refused = await facilitator.session.request("POST", "/api/groups", slot([stranger.user.id]));
    expect(refused.statusCode).toBe(400);
    const noPlace = await facilitator.session.request(
      "POST",
      "/api/groups",
      slot([facilitator.user.id], { place: null }),
    );
    expect(noPlace.statusCode).toBe(400);
    const { session } = await youngPerson(roskilde);
    expect((await session.request("POST", "/api/groups", slot([facilitator.user.id]))).statusCode).toBe(403);
    const company = await loggedInUser(t.app, t.db, "company_contact", roskilde);
    expect((await company.session.request("GET", "/api/groups")).statusCode).toBe(403);
  });

  it("shows a group to staff of its municipality and its members only (404 to others)", async () => {
    const { facilitator } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const member = await youngPerson(roskilde);
    const outsider = await youngPerson(roskilde);
    await addGroupMember(t.db, group, member.young);
    const foreignStaff = await loggedInUser(t.app, t.db, "staff", sonderborg);

    expect((await facilitator.session.request("GET", `/api/groups/${group.id}`)).statusCode).toBe(200);
    expect((await member.session.request("GET", `/api/groups/${group.id}`)).statusCode).toBe(200);
    expect((await outsider.session.request("GET", `/api/groups/${group.id}`)).statusCode).toBe(404);
    expect((await foreignStaff.session.request("GET", `/api/groups/${group.id}`)).statusCode).toBe(404);
    expect(
      (await foreignStaff.session.request("PATCH", `/api/groups/${group.id}`, { name: "X" })).statusCode,
    ).toBe(404);
    expect(
      (await member.session.request("GET", "/api/groups")).json().items.map((g: { id: string }) => g.id),
    ).toEqual([group.id]);
    expect((await outsider.session.request("GET", "/api/groups")).json().items).toEqual([]);
    const foreignList = (await foreignStaff.session.request("GET", "/api/groups")).json().items;
    expect(foreignList.some((g: { id: string }) => g.id === group.id)).toBe(false);
  });

  it("changing the slot regenerates the untouched future meetings at the new time", async () => {
    const { facilitator } = await team(roskilde);
    const group = (
      await facilitator.session.request("POST", "/api/groups", slot([facilitator.user.id]))
    ).json();
    const patched = await facilitator.session.request("PATCH", `/api/groups/${group.id}`, {
      weekday: 4,
      startTime: "16:30",
    });
    expect(patched.statusCode).toBe(200);
    const meetings = (await facilitator.session.request("GET", `/api/groups/${group.id}/meetings`)).json()
      .items;
    expect(meetings[0]).toMatchObject({ slotDate: "2026-12-03", startsAt: "2026-12-03T15:30:00.000Z" });
    expect(meetings).toHaveLength(8);
  });
  it("closing a group cancels its meetings still ahead and generates no more", async () => {
    const { facilitator } = await team(roskilde);
    const group = (
      await facilitator.session.request("POST", "/api/groups", slot([facilitator.user.id]))
    ).json();
    const closed = await facilitator.session.request("PATCH", `/api/groups/${group.id}`, {
      status: "closed",
    });
    expect(closed.json().status).toBe("closed");
    const meetings = (await facilitator.session.request("GET", `/api/groups/${group.id}/meetings`)).json()
      .items;
    expect(meetings).toHaveLength(8);
    expect(
      meetings.every(
        (m: { status: string; sequence: number }) => m.status === "cancelled" && m.sequence === 1,
      ),
    ).toBe(true);
    const generated = await facilitator.session.request("POST", `/api/groups/${group.id}/meetings/generate`);
    expect(generated.json()).toEqual({ generated: 0 });
  });

  it("closing a group tells its members of the coming week's meeting, not of every one ahead", async () => {
    const { facilitator } = await team(roskilde);
    const group = (
      await facilitator.session.request("POST", "/api/groups", slot([facilitator.user.id]))
    ).json();
    const member = await createYouth(t.db, { municipality: roskilde });
    await facilitator.session.request("POST", `/api/groups/${group.id}/members`, { youthId: member.id });
    await facilitator.session.request("PATCH", `/api/groups/${group.id}`, { status: "closed" });

    const meetings = (await facilitator.session.request("GET", `/api/groups/${group.id}/meetings`)).json()
      .items;
    const queued = await t.db.select().from(reminders).where(eq(reminders.userId, member.user.id));
    const weekAhead = t.clock.now().getTime() + 7 * 24 * 60 * 60 * 1000;
    const comingWeek = meetings.filter((m: { startsAt: string }) => Date.parse(m.startsAt) <= weekAhead);
    expect(comingWeek).toHaveLength(1);
    expect(queued).toEqual([
      expect.objectContaining({ kind: "meeting_cancelled", subjectId: comingWeek[0].id }),
    ]);
    expect(queued[0]?.details.reason).toBe("Gruppen er lukket / The group is closed");
    // The facilitator who closed it is not told of their own act.
    expect(await t.db.select().from(reminders).where(eq(reminders.userId, facilitator.user.id))).toEqual([]);
  });
});

describe("membership", () => {
  it("refuses a young person already in another active group (409) and moves them with move: true, keeping history", async () => {
    const { facilitator } = await team(roskilde);
    const first = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const second = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const { young, session } = await youngPerson(roskilde);

    const added = await facilitator.session.request("POST", `/api/groups/${first.id}/members`, {
      youthId: young.id,
    });
    expect(added.statusCode).toBe(201);
    const twice = await facilitator.session.request("POST", `/api/groups/${second.id}/members`, {
      youthId: young.id,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already in an active group/);

    const moved = await facilitator.session.request("POST", `/api/groups/${second.id}/members`, {
      youthId: young.id,
      move: true,
    });
    expect(moved.statusCode).toBe(201);
    const history = (await facilitator.session.request("GET", `/api/groups/${first.id}/members`)).json()
      .items;
    expect(history).toEqual([
      expect.objectContaining({ youthId: young.id, joinedOn: "2026-11-28", leftOn: "2026-11-28" }),
    ]);
    expect((await session.request("GET", "/api/groups")).json().items[0].id).toBe(second.id);

    const removed = await facilitator.session.request(
      "DELETE",
      `/api/groups/${second.id}/members/${young.id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect(
      (await facilitator.session.request("DELETE", `/api/groups/${second.id}/members/${young.id}`))
        .statusCode,
    ).toBe(404);
    expect((await session.request("GET", "/api/groups")).json().items).toEqual([]);
  });

  it("two staff adding the same young person to two groups at once: one wins, the other gets 409", async () => {
    const { facilitator, otherStaff } = await team(roskilde);
    const first = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const second = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const { young } = await youngPerson(roskilde);
    const responses = await Promise.all([
      facilitator.session.request("POST", `/api/groups/${first.id}/members`, { youthId: young.id }),
      otherStaff.session.request("POST", `/api/groups/${second.id}/members`, { youthId: young.id }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
  });

  it("a member sees who is in the group without dates; once removed, the group is 404 to them", async () => {
    const { facilitator } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const member = await youngPerson(roskilde);
    await addGroupMember(t.db, group, member.young);
    const seen = (await member.session.request("GET", `/api/groups/${group.id}/members`)).json().items;
    // First name only, as on the board; staff see the full name.
    expect(seen).toEqual([
      { youthId: member.young.id, displayName: member.young.user.displayName.split(" ")[0] },
    ]);
    expect(member.young.user.displayName).toContain(" ");
    await facilitator.session.request("DELETE", `/api/groups/${group.id}/members/${member.young.id}`);
    expect((await member.session.request("GET", `/api/groups/${group.id}/meetings`)).statusCode).toBe(404);
  });

  it("adds only young people of the group's municipality, by staff only", async () => {
    const { facilitator } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const foreign = await youngPerson(sonderborg);
    const local = await youngPerson(roskilde);
    const url = `/api/groups/${group.id}/members`;
    expect((await facilitator.session.request("POST", url, { youthId: foreign.young.id })).statusCode).toBe(
      404,
    );
    expect((await local.session.request("POST", url, { youthId: local.young.id })).statusCode).toBe(403);
  });
});

describe("meetings", () => {
  it("facilitators change and cancel a meeting, raising its sequence; members see it, cannot change it", async () => {
    const { facilitator } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const member = await youngPerson(roskilde);
    await addGroupMember(t.db, group, member.young);
    const meeting = await createGroupMeeting(t.db, group, ahead(3));

    const changed = await facilitator.session.request("PATCH", `/api/group-meetings/${meeting.id}`, {
      theme: "Jobsamtaler",
      durationMinutes: 120,
    });
    expect(changed.json()).toMatchObject({ theme: "Jobsamtaler", durationMinutes: 120, sequence: 1 });
    expect(
      (await member.session.request("PATCH", `/api/group-meetings/${meeting.id}`, { theme: "x" })).statusCode,
    ).toBe(403);
    const cancelUrl = `/api/group-meetings/${meeting.id}/cancel`;
    expect((await facilitator.session.request("POST", cancelUrl, {})).statusCode).toBe(400);
    const cancelled = await facilitator.session.request("POST", cancelUrl, { reason: "Sygdom" });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancelReason: "Sygdom", sequence: 2 });
    expect((await facilitator.session.request("POST", cancelUrl, { reason: "igen" })).statusCode).toBe(409);

    const foreignStaff = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await foreignStaff.session.request("POST", cancelUrl, { reason: "x" })).statusCode).toBe(404);

    const seen = (await member.session.request("GET", `/api/groups/${group.id}/meetings`)).json().items;
    expect(seen.map((m: { id: string }) => m.id)).toContain(meeting.id);
  });

  it("members see only meetings not over yet; staff see the past too; staff add a meeting by hand", async () => {
    const { facilitator } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const member = await youngPerson(roskilde);
    await addGroupMember(t.db, group, member.young);
    const past = await createGroupMeeting(t.db, group, ago(7));
    const added = await facilitator.session.request("POST", `/api/groups/${group.id}/meetings`, {
      startsAt: ahead(5).toISOString(),
    });
    expect(added.statusCode).toBe(201);
    const url = `/api/groups/${group.id}/meetings`;
    const mine = (await member.session.request("GET", url)).json().items.map((m: { id: string }) => m.id);
    expect(mine).toEqual([added.json().id]);
    const all = (await facilitator.session.request("GET", url)).json().items.map((m: { id: string }) => m.id);
    expect(all).toEqual([past.id, added.json().id]);
    const ranged = (await facilitator.session.request("GET", `${url}?from=2026-11-29&to=2026-12-31`)).json()
      .items;
    expect(ranged.map((m: { id: string }) => m.id)).toEqual([added.json().id]);
  });

  it("generation through the service keeps a Sunday 19:00 meeting at 19:00 local across the 2027 spring change, idempotently", async () => {
    const { facilitator } = await team(sonderborg);
    const group = await createNetworkGroup(t.db, {
      municipality: sonderborg,
      facilitators: [facilitator.user],
      weekday: 7,
      startsOn: "2027-03-01",
    });
    const now = new Date("2027-03-10T12:00:00Z");
    expect(await generateUpcomingMeetings(t.db, now)).toBeGreaterThan(0);
    expect(await generateUpcomingMeetings(t.db, now)).toBe(0);
    const rows = await t.db.select().from(groupMeetings).where(eq(groupMeetings.groupId, group.id));
    const byDate = new Map(rows.map((row) => [row.slotDate, row.startsAt.toISOString()]));
    expect(byDate.get("2027-03-21")).toBe("2027-03-21T18:00:00.000Z");
    expect(byDate.get("2027-03-28")).toBe("2027-03-28T17:00:00.000Z");
    // Wednesday 10 March to Wednesday 5 May: eight Sundays.
    expect(rows).toHaveLength(8);
  });
});

describe("notices and attendance", () => {
  it("a member gives notice before the meeting and takes it back; after the start it is 409", async () => {
    const { facilitator } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const member = await youngPerson(roskilde);
    const outsider = await youngPerson(roskilde);
    await addGroupMember(t.db, group, member.young);
    const future = await createGroupMeeting(t.db, group, ahead(2));
    const started = await createGroupMeeting(t.db, group, ago(0.01));

    const url = `/api/group-meetings/${future.id}/notice`;
    expect((await member.session.request("POST", url, { reason: "Tandlæge" })).statusCode).toBe(200);
    expect((await outsider.session.request("POST", url, {})).statusCode).toBe(404);
    expect((await member.session.request("DELETE", url)).statusCode).toBe(204);
    expect((await member.session.request("DELETE", url)).statusCode).toBe(404);
    expect(
      (await member.session.request("POST", `/api/group-meetings/${started.id}/notice`, {})).statusCode,
    ).toBe(409);
  });

  it("facilitators and the admin take attendance after the start; other staff 403, other municipalities 404", async () => {
    const { facilitator, otherStaff, admin } = await team(roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const present = await youngPerson(roskilde);
    const noticed = await youngPerson(roskilde);
    const outsider = await youngPerson(roskilde);
    await addGroupMember(t.db, group, present.young);
    await addGroupMember(t.db, group, noticed.young);
    const held = await createGroupMeeting(t.db, group, ago(1));
    const future = await createGroupMeeting(t.db, group, ahead(1));
    await t.db
      .insert(groupMeetingNotices)
      .values({ meetingId: held.id, youthId: noticed.young.id, municipalityId: roskilde.id, reason: "Syg" });

    const url = `/api/group-meetings/${held.id}/attendance`;
    const prefill = (await facilitator.session.request("GET", url)).json().items;
    expect(prefill).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          youthId: noticed.young.id,
          suggestedStatus: "absent_with_notice",
          status: null,
        }),
        expect.objectContaining({ youthId: present.young.id, suggestedStatus: null, notice: null }),
      ]),
    );
    expect(prefill).toHaveLength(2);

    const entries = [
      { youthId: present.young.id, status: "present" },
      { youthId: noticed.young.id, status: "absent_with_notice" },
    ];
    const taken = await facilitator.session.request("PUT", url, { entries });
    expect(taken.statusCode).toBe(200);
    expect(
      taken
        .json()
        .items.map((i: { status: string }) => i.status)
        .sort(),
    ).toEqual(["absent_with_notice", "present"]);
    expect((await admin.session.request("PUT", url, { entries })).statusCode).toBe(200);
    expect((await otherStaff.session.request("PUT", url, { entries })).statusCode).toBe(403);
    const foreign = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await foreign.session.request("PUT", url, { entries })).statusCode).toBe(404);
    expect((await present.session.request("PUT", url, { entries })).statusCode).toBe(403);
    const stranger = [{ youthId: outsider.young.id, status: "present" }];
    expect((await facilitator.session.request("PUT", url, { entries: stranger })).statusCode).toBe(400);
    const early = await facilitator.session.request("PUT", `/api/group-meetings/${future.id}/attendance`, {
      entries,
    });
    expect(early.statusCode).toBe(409);
  });

  it("signals a young person who missed the last two meetings without notice, to their municipality's staff", async () => {
    const { facilitator, otherStaff } = await team(roskilde);
    const counsellor = await loggedInUser(t.app, t.db, "staff", roskilde);
    const group = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [facilitator.user],
    });
    const slipping = await youngPerson(roskilde, counsellor.user);
    const steady = await youngPerson(roskilde, counsellor.user);
    await addGroupMember(t.db, group, slipping.young);
    await addGroupMember(t.db, group, steady.young);
    const marks = [
      ["present", "present"],
      ["absent", "absent_with_notice"],
      ["absent", "absent"],
    ] as const;
    for (const [index, [slippingMark, steadyMark]] of marks.entries()) {
      const meeting = await createGroupMeeting(t.db, group, ago(21 - index * 7));
      await recordAttendance(t.db, meeting, group, slipping.young, slippingMark, facilitator.user);
      await recordAttendance(
        t.db,
        meeting,
        group,
        steady.young,
        steadyMark === "absent" ? "present" : steadyMark,
        facilitator.user,
      );
    }
    // A cancelled meeting and one not yet held do not count.
    await createGroupMeeting(t.db, group, ago(3), { status: "cancelled" });

    const mine = (await counsellor.session.request("GET", "/api/attendance-signals?counsellor=me")).json()
      .items;
    expect(mine.map((i: { youthId: string }) => i.youthId)).toEqual([slipping.young.id]);
    expect(mine[0]).toMatchObject({ heldMeetings: 3, attended: 1, missedInARow: 2, signal: true });
    expect(
      (await otherStaff.session.request("GET", "/api/attendance-signals?counsellor=me")).json().items,
    ).toEqual([]);
    const all = (await otherStaff.session.request("GET", "/api/attendance-signals")).json().items;
    expect(all.map((i: { youthId: string }) => i.youthId)).toContain(slipping.young.id);
    const foreign = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await foreign.session.request("GET", "/api/attendance-signals")).json().items).toEqual([]);

    const youthUrl = `/api/youth/${slipping.young.id}/attendance-stability`;
    expect((await counsellor.session.request("GET", youthUrl)).json()).toMatchObject({
      signal: true,
      attended: 1,
    });
    expect((await foreign.session.request("GET", youthUrl)).statusCode).toBe(404);
    expect((await slipping.session.request("GET", youthUrl)).statusCode).toBe(403);

    const groupStability = (
      await facilitator.session.request("GET", `/api/groups/${group.id}/attendance-stability`)
    ).json();
    const steadyFigures = groupStability.items.find(
      (i: { youthId: string }) => i.youthId === steady.young.id,
    );
    expect(steadyFigures).toMatchObject({ heldMeetings: 3, attended: 2, missedInARow: 0, signal: false });
  });
});
