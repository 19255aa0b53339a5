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

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

/** The test clock stands at Saturday 28 November 2026, 09:00Z. */
const at = (iso: string) => new Date(iso);

interface Item {
  id: string;
  groupName: string;
  attendanceTaken: boolean;
  myNotice: boolean;
  started: boolean;
}

async function setting() {
  const facilitator = await loggedInUser(t.app, t.db, "staff", roskilde);
  const colleague = await loggedInUser(t.app, t.db, "staff", roskilde);
  const group = await createNetworkGroup(t.db, { municipality: roskilde, facilitators: [facilitator.user] });
  const otherGroup = await createNetworkGroup(t.db, {
    municipality: roskilde,
    facilitators: [colleague.user],
  });
  const young = await createYouth(t.db, { municipality: roskilde });
  await addGroupMember(t.db, group, young, { joinedOn: "2026-11-01" });
  const held = await createGroupMeeting(t.db, group, at("2026-11-24T18:00:00Z"));
  const heldNoAttendance = await createGroupMeeting(t.db, group, at("2026-11-27T18:00:00Z"));
  const next = await createGroupMeeting(t.db, group, at("2026-12-01T18:00:00Z"));
  const beforeJoining = await createGroupMeeting(t.db, group, at("2026-10-27T18:00:00Z"));
  const notMine = await createGroupMeeting(t.db, otherGroup, at("2026-12-01T18:00:00Z"));
  await recordAttendance(t.db, held, group, young, "present", facilitator.user);
  return {
    facilitator,
    colleague,
    group,
    young,
    youngSession: await login(t.app, young.user),
    meetings: { held, heldNoAttendance, next, beforeJoining, notMine },
  };
}

describe("GET /api/me/group-meetings", () => {
  it("gives a facilitator the meetings of the groups they facilitate, with whether attendance is taken", async () => {
    const { facilitator, meetings } = await setting();
    const response = await facilitator.session.request(
      "GET",
      "/api/me/group-meetings?from=2026-11-23&to=2026-12-06",
    );
    expect(response.statusCode).toBe(200);
    const items: Item[] = response.json().items;
    expect(items.map((item) => item.id)).toEqual([
      meetings.held.id,
      meetings.heldNoAttendance.id,
      meetings.next.id,
    ]);
    expect(items.map((item) => item.attendanceTaken)).toEqual([true, false, false]);
    expect(items.map((item) => item.started)).toEqual([true, true, false]);
    expect(items.every((item) => item.groupName === "Tirsdagsgruppen" && item.myNotice === false)).toBe(true);
  });

  it("defaults to today and 8 weeks on", async () => {
    const { facilitator, meetings } = await setting();
    const items: Item[] = (await facilitator.session.request("GET", "/api/me/group-meetings")).json().items;
    expect(items.map((item) => item.id)).toEqual([meetings.next.id]);
  });

  it("gives a young person their group's meetings since they joined, with their notice", async () => {
    const { youngSession, meetings } = await setting();
    const notice = await youngSession.request("POST", `/api/group-meetings/${meetings.next.id}/notice`, {
      reason: "Tandlæge",
    });
    expect(notice.statusCode).toBe(200);
    const items: Item[] = (
      await youngSession.request("GET", "/api/me/group-meetings?from=2026-10-01&to=2026-12-31")
    ).json().items;
    expect(items.map((item) => item.id)).toEqual([
      meetings.held.id,
      meetings.heldNoAttendance.id,
      meetings.next.id,
    ]);
    expect(items.map((item) => item.myNotice)).toEqual([false, false, true]);
    expect(items.every((item) => item.attendanceTaken === false)).toBe(true);
  });

  it("gives a young person without a group and staff facilitating nothing an empty list", async () => {
    const loner = await createYouth(t.db, { municipality: roskilde });
    const session = await login(t.app, loner.user);
    expect((await session.request("GET", "/api/me/group-meetings")).json()).toEqual({ items: [] });
    const staff = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await staff.session.request("GET", "/api/me/group-meetings")).json()).toEqual({ items: [] });
  });

  it("refuses a range that ends before it starts or is longer than 400 days", async () => {
    const { facilitator } = await setting();
    const backwards = await facilitator.session.request(
      "GET",
      "/api/me/group-meetings?from=2026-12-01&to=2026-11-01",
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ path: "to", message: "Before from" }]);
    const tooLong = await facilitator.session.request(
      "GET",
      "/api/me/group-meetings?from=2026-01-01&to=2027-06-01",
    );
    expect(tooLong.statusCode).toBe(400);
    const malformed = await facilitator.session.request("GET", "/api/me/group-meetings?from=tomorrow");
    expect(malformed.statusCode).toBe(400);
  });

  it("is not for company contacts", async () => {
    const contact = await loggedInUser(t.app, t.db, "company_contact", roskilde);
    expect((await contact.session.request("GET", "/api/me/group-meetings")).statusCode).toBe(403);
  });
});

describe("GET /api/group-meetings/:id", () => {
  it("shows staff of the municipality a meeting with its group name and attendance state", async () => {
    const { facilitator, colleague, meetings } = await setting();
    const held = await facilitator.session.request("GET", `/api/group-meetings/${meetings.held.id}`);
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({
      id: meetings.held.id,
      groupName: "Tirsdagsgruppen",
      attendanceTaken: true,
      myNotice: false,
      started: true,
      status: "planned",
    });
    const byColleague = await colleague.session.request("GET", `/api/group-meetings/${meetings.next.id}`);
    expect(byColleague.json()).toMatchObject({ id: meetings.next.id, attendanceTaken: false });
  });

  it("shows a member the meeting with their notice, and answers 404 to a meeting before they joined", async () => {
    const { youngSession, meetings } = await setting();
    await youngSession.request("POST", `/api/group-meetings/${meetings.next.id}/notice`, {});
    const next = await youngSession.request("GET", `/api/group-meetings/${meetings.next.id}`);
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ myNotice: true, attendanceTaken: false, started: false });
    const before = await youngSession.request("GET", `/api/group-meetings/${meetings.beforeJoining.id}`);
    expect(before.statusCode).toBe(404);
  });

  it("answers 404 to another group's member, another municipality's staff and an unknown id", async () => {
    const { meetings } = await setting();
    const stranger = await createYouth(t.db, { municipality: roskilde });
    const strangerSession = await login(t.app, stranger.user);
    expect((await strangerSession.request("GET", `/api/group-meetings/${meetings.next.id}`)).statusCode).toBe(
      404,
    );
    const elsewhere = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect(
      (await elsewhere.session.request("GET", `/api/group-meetings/${meetings.next.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await elsewhere.session.request("GET", "/api/group-meetings/00000000-0000-4000-8000-000000000000"))
        .statusCode,
    ).toBe(404);
  });
});
