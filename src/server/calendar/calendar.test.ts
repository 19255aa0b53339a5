import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgreedFirstMeeting } from "../../../tests/support/calendar-factories.js";
import { createNetworkMeeting } from "../../../tests/support/company-network-factories.js";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
} from "../../../tests/support/group-factories.js";
import { createInternship } from "../../../tests/support/internship-factories.js";
import { createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, calendarFeeds, networkGroupMemberships, users } from "../db/schema.js";

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
const fromNow = (ms: number) => new Date(t.clock.now().getTime() + ms);

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string | null;
  start: string;
  end: string;
  allDay: boolean;
}

/** Reads the feed back with an independent parser, as a calendar app would. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const allDay = event.startDate.isDate;
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue("status")),
      summary: event.summary,
      location: event.location || null,
      start: allDay ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: allDay ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
      allDay,
    };
  });
}

/** The path of a feed URL, for inject. */
const feedPath = (url: string) => url.replace("http://nextwork.test", "");

async function makeFeed(session: Session): Promise<string> {
  const response = await session.request("POST", "/api/me/calendar-feed");
  expect(response.statusCode).toBe(201);
  return response.json().url;
}

async function fetchFeed(url: string) {
  return t.app.inject({ method: "GET", url: feedPath(url) });
}

async function feedEvents(url: string) {
  const response = await fetchFeed(url);
  expect(response.statusCode, response.body).toBe(200);
  return parseFeed(response.body);
}

const byUid = (events: ParsedEvent[], uid: string) => events.find((event) => event.uid === uid);

/**
 * A municipality's small world: a group with a facilitator and a young member, a company with a
 * contact who matched the young person, a first meeting, an internship and network meetings.
 */
async function network(municipality: MunicipalityFixture) {
  const facilitator = await loggedInUser(t.app, t.db, "staff", municipality);
  const group = await createNetworkGroup(t.db, { municipality, facilitators: [facilitator.user] });
  const young = await createYouth(t.db, { municipality });
  await addGroupMember(t.db, group, young);
  const nextMeeting = await createGroupMeeting(t.db, group, fromNow(days(3)));
  const cancelledMeeting = await createGroupMeeting(t.db, group, fromNow(days(10)), { status: "cancelled" });
  const longAgo = await createGroupMeeting(t.db, group, fromNow(-days(90)));

  const company = await createCompany(t.db, { municipality, name: "Dyr & Co ApS" });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { title: "Praktik i dyrehandel" });
  const match = await createMatch(t.db, { young, opening, company, contact });
  const firstMeeting = await createAgreedFirstMeeting(t.db, {
    young,
    match,
    proposedBy: contact,
    acceptedTime: fromNow(days(5)),
  });
  const internship = await createInternship(t.db, {
    young,
    company,
    opening,
    contact,
    match,
    status: "approved",
    startDate: "2026-12-07",
    plannedEndDate: "2027-02-26",
  });
  const otherOpening = await createOpening(t.db, company);
  const proposed = await createInternship(t.db, {
    young,
    company,
    opening: otherOpening,
    contact,
    startDate: "2027-01-04",
    plannedEndDate: "2027-03-26",
  });

  const invited = await createNetworkMeeting(t.db, {
    municipality,
    createdBy: facilitator.user,
    startsAt: fromNow(days(14)),
    invited: [company],
    title: "Mentorer i praksis",
  });
  const notInvited = await createNetworkMeeting(t.db, {
    municipality,
    createdBy: facilitator.user,
    startsAt: fromNow(days(21)),
    invited: [],
    title: "Kun for andre",
  });
  return {
    facilitator,
    group,
    young,
    nextMeeting,
    cancelledMeeting,
    longAgo,
    company,
    contact,
    firstMeeting,
    internship,
    proposed,
    invited,
    notInvited,
  };
}

describe("the calendar feed's address", () => {
  it("is none at first, made once, shown again, and the secret is stored only hashed and encrypted", async () => {
    const { session, user } = await loggedInUser(t.app, t.db, "youth", roskilde);
    expect((await session.request("GET", "/api/me/calendar-feed")).json()).toEqual({ url: null });

    const url = await makeFeed(session);
    expect(url).toMatch(/^http:\/\/nextwork\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await session.request("GET", "/api/me/calendar-feed")).json()).toEqual({ url });

    const token = url.slice(url.lastIndexOf("/") + 1, -".ics".length);
    const [stored] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, user.id));
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.tokenEncrypted).not.toContain(token);
    // Making it the first time is not a renewal.
    const renewals = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar_feed.renewed"), eq(auditEvents.actorUserId, user.id)));
    expect(renewals).toEqual([]);
  });

  it("is renewed: the old address stops working at once, the new one works, and it is audited", async () => {
    const { session, user } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const first = await makeFeed(session);
    expect((await fetchFeed(first)).statusCode).toBe(200);

    const second = await makeFeed(session);
    expect(second).not.toBe(first);
    const old = await fetchFeed(first);
    expect(old.statusCode).toBe(404);
    expect(old.headers["content-type"]).toContain("application/problem+json");
    expect((await fetchFeed(second)).statusCode).toBe(200);
    expect((await session.request("GET", "/api/me/calendar-feed")).json()).toEqual({ url: second });
    const renewals = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "calendar_feed.renewed"), eq(auditEvents.actorUserId, user.id)));
    expect(renewals).toHaveLength(1);
  });

  it("is turned off with DELETE: the address answers 404 and none is shown", async () => {
    const { session } = await loggedInUser(t.app, t.db, "company_contact", roskilde);
    const url = await makeFeed(session);
    expect((await session.request("DELETE", "/api/me/calendar-feed")).statusCode).toBe(204);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await session.request("GET", "/api/me/calendar-feed")).json()).toEqual({ url: null });
    expect((await session.request("DELETE", "/api/me/calendar-feed")).statusCode).toBe(204);
  });

  it("is only for users of a municipality, and needs a session", async () => {
    const researcher = await loggedInUser(t.app, t.db, "researcher");
    expect((await researcher.session.request("GET", "/api/me/calendar-feed")).statusCode).toBe(403);
    expect((await researcher.session.request("POST", "/api/me/calendar-feed")).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/me/calendar-feed" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "POST", url: "/api/me/calendar-feed" })).statusCode).toBe(401);
  });
});

describe("GET /api/calendar/:file", () => {
  it("answers the same 404 for an unknown, a malformed and a disabled user's address", async () => {
    const unknown = await t.app.inject({
      method: "GET",
      url: `/api/calendar/${"A".repeat(43)}.ics`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
    const malformed = await t.app.inject({ method: "GET", url: "/api/calendar/not-a-feed" });
    expect(malformed.statusCode).toBe(404);
    expect(malformed.json().detail).toBe(unknown.json().detail);

    const { session, user } = await loggedInUser(t.app, t.db, "youth", roskilde);
    const url = await makeFeed(session);
    await t.db.update(users).set({ status: "disabled" }).where(eq(users.id, user.id));
    const disabled = await fetchFeed(url);
    expect(disabled.statusCode).toBe(404);
    expect(disabled.json().detail).toBe(unknown.json().detail);
  });

  it("is a valid iCalendar file, inline, never cached, without a session", async () => {
    const { session } = await loggedInUser(t.app, t.db, "youth", roskilde);
    const response = await fetchFeed(await makeFeed(session));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe('inline; filename="nextwork.ics"');
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).toContain("BEGIN:VCALENDAR");
    expect(parseFeed(response.body)).toEqual([]);
  });
});

describe("what each feed shows", () => {
  it("a young person: their groups' meetings while a member, agreed first meetings and internship dates", async () => {
    const here = await network(roskilde);
    const there = await network(sonderborg);
    // A group they left: meetings while they were in it count, later ones do not.
    const formerGroup = await createNetworkGroup(t.db, {
      municipality: roskilde,
      facilitators: [here.facilitator.user],
    });
    await t.db.insert(networkGroupMemberships).values({
      municipalityId: roskilde.id,
      groupId: formerGroup.id,
      youthId: here.young.id,
      joinedOn: "2026-09-01",
      leftOn: "2026-11-01",
    });
    const whileMember = await createGroupMeeting(t.db, formerGroup, new Date("2026-10-20T17:00:00Z"));
    const afterLeaving = await createGroupMeeting(t.db, formerGroup, new Date("2026-11-24T18:00:00Z"));

    const session = await login(t.app, here.young.user);
    const events = await feedEvents(await makeFeed(session));
    expect(events.map((event) => event.uid).sort()).toEqual(
      [
        `group-meeting-${here.nextMeeting.id}@nextwork`,
        `group-meeting-${here.cancelledMeeting.id}@nextwork`,
        `group-meeting-${whileMember.id}@nextwork`,
        `meeting-${here.firstMeeting.id}@nextwork`,
        `internship-${here.internship.id}-start@nextwork`,
        `internship-${here.internship.id}-end@nextwork`,
      ].sort(),
    );
    expect(events.some((event) => event.uid.includes(afterLeaving.id))).toBe(false);
    expect(events.some((event) => event.uid.includes(there.nextMeeting.id))).toBe(false);

    expect(byUid(events, `group-meeting-${here.nextMeeting.id}@nextwork`)).toMatchObject({
      status: "CONFIRMED",
      summary: "Netværksgruppe: Tirsdagsgruppen",
      location: "Ungdommens Hus",
      start: fromNow(days(3)).toISOString(),
      end: new Date(fromNow(days(3)).getTime() + 90 * 60_000).toISOString(),
      allDay: false,
    });
    expect(byUid(events, `group-meeting-${here.cancelledMeeting.id}@nextwork`)?.status).toBe("CANCELLED");
    expect(byUid(events, `meeting-${here.firstMeeting.id}@nextwork`)).toMatchObject({
      summary: "Første møde: Praktik i dyrehandel – Dyr & Co ApS",
      location: "Café Korn, Algade 3",
      sequence: 1,
    });
    expect(byUid(events, `internship-${here.internship.id}-start@nextwork`)).toMatchObject({
      summary: "Praktikken starter: Praktik i dyrehandel – Dyr & Co ApS",
      start: "2026-12-07",
      end: "2026-12-08",
      allDay: true,
    });
    expect(byUid(events, `internship-${here.internship.id}-end@nextwork`)).toMatchObject({
      start: "2027-02-26",
      allDay: true,
    });
  });

  it("a company contact: invited network meetings, their company's first meetings and trainees' dates", async () => {
    const here = await network(roskilde);
    const there = await network(sonderborg);
    const otherCompany = await createCompany(t.db, { municipality: roskilde });
    const otherContact = await createCompanyContact(t.db, otherCompany);
    const session = await login(t.app, here.contact);
    const events = await feedEvents(await makeFeed(session));
    expect(events.map((event) => event.uid).sort()).toEqual(
      [
        `network-meeting-${here.invited.id}@nextwork`,
        `meeting-${here.firstMeeting.id}@nextwork`,
        `internship-${here.internship.id}-start@nextwork`,
        `internship-${here.internship.id}-end@nextwork`,
      ].sort(),
    );
    expect(events.some((event) => event.uid.includes(there.invited.id))).toBe(false);
    expect(byUid(events, `network-meeting-${here.invited.id}@nextwork`)).toMatchObject({
      summary: "Netværksmøde: Mentorer i praksis",
      location: "Erhvervshuset, Algade 2",
      start: fromNow(days(14)).toISOString(),
    });
    const firstName = here.young.user.displayName.split(" ")[0];
    expect(byUid(events, `internship-${here.internship.id}-start@nextwork`)?.summary).toBe(
      `Praktikken starter: ${firstName} – Praktik i dyrehandel`,
    );
    // The first meeting names no young person: whether the company may see the name is theirs to say.
    expect(byUid(events, `meeting-${here.firstMeeting.id}@nextwork`)?.summary).toBe(
      "Første møde: Praktik i dyrehandel",
    );
    expect(JSON.stringify(events)).not.toContain(here.young.user.displayName);

    const otherEvents = await feedEvents(await makeFeed(await login(t.app, otherContact)));
    expect(otherEvents).toEqual([]);
  });

  it("staff: meetings of the groups they facilitate and every network meeting of their municipality", async () => {
    const here = await network(roskilde);
    const there = await network(sonderborg);
    const colleague = await network(roskilde);
    const events = await feedEvents(await makeFeed(here.facilitator.session));
    const uids = events.map((event) => event.uid);
    expect(uids).toEqual(
      expect.arrayContaining([
        `group-meeting-${here.nextMeeting.id}@nextwork`,
        `group-meeting-${here.cancelledMeeting.id}@nextwork`,
        `network-meeting-${here.invited.id}@nextwork`,
        `network-meeting-${here.notInvited.id}@nextwork`,
        `network-meeting-${colleague.invited.id}@nextwork`,
      ]),
    );
    for (const hidden of [
      colleague.nextMeeting.id,
      there.nextMeeting.id,
      there.invited.id,
      here.longAgo.id,
      here.firstMeeting.id,
      here.internship.id,
    ]) {
      expect(
        uids.some((uid) => uid.includes(hidden)),
        hidden,
      ).toBe(false);
    }
  });

  it("keeps each event's UID across fetches and raises its SEQUENCE when the meeting changes", async () => {
    const here = await network(roskilde);
    const session = await login(t.app, here.young.user);
    const url = await makeFeed(session);
    const uid = `group-meeting-${here.nextMeeting.id}@nextwork`;
    const first = await feedEvents(url);
    const second = await feedEvents(url);
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));

    const moved = await here.facilitator.session.request(
      "PATCH",
      `/api/group-meetings/${here.nextMeeting.id}`,
      {
        startsAt: fromNow(days(4)).toISOString(),
        place: "Biblioteket",
      },
    );
    expect(moved.statusCode).toBe(200);
    const after = byUid(await feedEvents(url), uid);
    expect(after).toMatchObject({ start: fromNow(days(4)).toISOString(), location: "Biblioteket" });
    expect(after?.sequence).toBeGreaterThan(byUid(first, uid)?.sequence ?? Number.POSITIVE_INFINITY);

    const cancelled = await here.facilitator.session.request(
      "POST",
      `/api/group-meetings/${here.nextMeeting.id}/cancel`,
      { reason: "Sygdom" },
    );
    expect(cancelled.statusCode).toBe(200);
    const gone = byUid(await feedEvents(url), uid);
    expect(gone?.status).toBe("CANCELLED");
    expect(gone?.sequence).toBeGreaterThan(after?.sequence ?? Number.POSITIVE_INFINITY);
  });

  it("shows an internship ended early on the day it ended, and a first meeting called off as cancelled", async () => {
    const here = await network(roskilde);
    const opening = await createOpening(t.db, here.company);
    const endedEarly = await createInternship(t.db, {
      young: here.young,
      company: here.company,
      opening,
      contact: here.contact,
      status: "ended_early",
      startDate: "2026-10-05",
      plannedEndDate: "2027-01-29",
    });
    const calledOff = await createAgreedFirstMeeting(t.db, {
      young: here.young,
      match: { id: endedEarly.matchId },
      proposedBy: here.contact,
      acceptedTime: fromNow(days(2)),
      status: "cancelled",
      sequence: 2,
    });
    const events = await feedEvents(await makeFeed(await login(t.app, here.young.user)));
    // The factory ends it on 1 November 2026 (Copenhagen time).
    expect(byUid(events, `internship-${endedEarly.id}-end@nextwork`)).toMatchObject({
      start: "2026-11-01",
      sequence: 1,
      allDay: true,
    });
    expect(byUid(events, `internship-${endedEarly.id}-start@nextwork`)?.start).toBe("2026-10-05");
    expect(byUid(events, `meeting-${calledOff.id}@nextwork`)).toMatchObject({
      status: "CANCELLED",
      sequence: 2,
    });
    expect(events.some((event) => event.uid.includes(here.proposed.id))).toBe(false);
  });

  it("speaks English to a user who chose it", async () => {
    const here = await network(roskilde);
    await t.db.update(users).set({ locale: "en" }).where(eq(users.id, here.young.user.id));
    const events = await feedEvents(await makeFeed(await login(t.app, here.young.user)));
    expect(byUid(events, `group-meeting-${here.nextMeeting.id}@nextwork`)?.summary).toBe(
      "Network group: Tirsdagsgruppen",
    );
  });
});
