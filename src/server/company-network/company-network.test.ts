import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNetworkMeeting,
  markNetworkAttendance,
} from "../../../tests/support/company-network-factories.js";
import { createCompany, createCompanyContact, createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, networkMeetingResponses, outboxMails, reminders, users } from "../db/schema.js";

let t: TestApp;
let foreign: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  foreign = await createMunicipality(t.db);
});
afterAll(() => t.close());

const days = (n: number) => n * 86_400_000;
/** The test clock stands at Saturday 28 November 2026, 09:00Z, and is never moved in this file. */
const ahead = (d: number) => new Date(t.clock.now().getTime() + days(d));
const ago = (d: number) => new Date(t.clock.now().getTime() - days(d));

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));
const remindersOf = (meetingId: string) =>
  t.db.select().from(reminders).where(eq(reminders.subjectId, meetingId));

/** A municipality of its own per test, so "every company" means the companies this test made. */
async function network() {
  const municipality = await createMunicipality(t.db);
  const staff = await loggedInUser(t.app, t.db, "staff", municipality);
  const alpha = await companyWithContact(municipality, "Alfa Bageri ApS");
  const beta = await companyWithContact(municipality, "Beta Byg A/S");
  return { municipality, staff, alpha, beta };
}

async function companyWithContact(municipality: MunicipalityFixture, name: string) {
  const company = await createCompany(t.db, { municipality, name });
  const contact = await createCompanyContact(t.db, company);
  return { company, contact, session: await login(t.app, contact) };
}

const meetingBody = (overrides: object = {}) => ({
  title: "Netværksmøde om praktik",
  startsAt: "2026-12-10T14:00:00+01:00",
  place: "Erhvervshuset, Algade 2, 4000 Roskilde",
  agenda: "1. Velkomst\n2. Erfaringer med praktik",
  ...overrides,
});

describe("planning network meetings", () => {
  it("staff plan a meeting: every company of the municipality is invited and its active contacts emailed", async () => {
    const { staff, alpha, beta } = await network();
    const disabled = await createCompanyContact(t.db, alpha.company);
    await t.db.update(users).set({ status: "disabled" }).where(eq(users.id, disabled.id));
    await createCompany(t.db, { municipality: foreign });

    const created = await staff.session.request("POST", "/api/network-meetings", meetingBody());
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({
      title: "Netværksmøde om praktik",
      startsAt: "2026-12-10T13:00:00.000Z",
      durationMinutes: 120,
      place: "Erhvervshuset, Algade 2, 4000 Roskilde",
      host: null,
      status: "planned",
      sequence: 0,
      past: false,
      myAnswer: null,
      companyAttended: null,
      counts: { invited: 2, yes: 0, no: 0, maybe: 0, attended: 0 },
    });

    for (const contact of [alpha.contact, beta.contact]) {
      const [mail] = await mailsTo(contact.email);
      expect(mail?.subject).toContain("Netværksmøde om praktik");
      expect(mail?.text).toContain("torsdag den 10. december 2026");
      expect(mail?.links).toEqual([`http://nextwork.test/network-meetings/${meeting.id}`]);
    }
    expect(await mailsTo(disabled.email)).toEqual([]);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "network_meeting.created"), eq(auditEvents.subjectId, meeting.id)));
    expect(audit?.actorUserId).toBe(staff.user.id);
  });

  it("invites only the named companies, at a host company without a place", async () => {
    const { staff, alpha, beta } = await network();
    const created = await staff.session.request(
      "POST",
      "/api/network-meetings",
      meetingBody({ place: null, hostCompanyId: alpha.company.id, invitedCompanyIds: [alpha.company.id] }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json().host).toEqual({ companyId: alpha.company.id, name: "Alfa Bageri ApS" });
    expect(created.json().counts.invited).toBe(1);
    expect((await mailsTo(alpha.contact.email)).length).toBe(1);
    expect(await mailsTo(beta.contact.email)).toEqual([]);
  });

  it("enters a meeting already held without inviting anyone to it", async () => {
    const { staff, alpha } = await network();
    const created = await staff.session.request(
      "POST",
      "/api/network-meetings",
      meetingBody({ startsAt: "2026-11-02T14:00:00+01:00" }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ past: true, counts: { invited: 2 } });
    expect(await mailsTo(alpha.contact.email)).toEqual([]);
  });

  it("answers 400 with field errors for invalid meetings", async () => {
    const { staff } = await network();
    const otherCompany = await createCompany(t.db, { municipality: foreign });
    const cases: [object, string][] = [
      [meetingBody({ place: null }), "place"],
      [meetingBody({ hostCompanyId: otherCompany.id }), "hostCompanyId"],
      [meetingBody({ invitedCompanyIds: [otherCompany.id] }), "invitedCompanyIds"],
      [meetingBody({ title: "To\nlinjer" }), "title"],
      [meetingBody({ title: "" }), "title"],
      [meetingBody({ durationMinutes: 10 }), "durationMinutes"],
      [meetingBody({ startsAt: "10. december" }), "startsAt"],
      [meetingBody({ agenda: "x".repeat(4001) }), "agenda"],
      [meetingBody({ colour: "red" }), ""],
    ];
    for (const [body, path] of cases) {
      const response = await staff.session.request("POST", "/api/network-meetings", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      if (path) expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("lets only staff plan and change meetings", async () => {
    const { municipality, staff, alpha } = await network();
    const young = await createYouth(t.db, { municipality });
    const youthSession = await login(t.app, young.user);
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(10),
      invited: [alpha.company],
    });
    expect((await alpha.session.request("POST", "/api/network-meetings", meetingBody())).statusCode).toBe(
      403,
    );
    expect((await youthSession.request("POST", "/api/network-meetings", meetingBody())).statusCode).toBe(403);
    expect((await youthSession.request("GET", "/api/network-meetings")).statusCode).toBe(403);
    expect((await youthSession.request("GET", `/api/network-meetings/${meeting.id}`)).statusCode).toBe(403);
    expect(
      (await alpha.session.request("PATCH", `/api/network-meetings/${meeting.id}`, { title: "Nyt" }))
        .statusCode,
    ).toBe(403);
    expect(
      (await alpha.session.request("POST", `/api/network-meetings/${meeting.id}/cancel`, { reason: "Nej" }))
        .statusCode,
    ).toBe(403);
    const admin = await loggedInUser(t.app, t.db, "municipality_admin", municipality);
    expect((await admin.session.request("GET", `/api/network-meetings/${meeting.id}`)).statusCode).toBe(200);
  });
});

describe("reading network meetings", () => {
  it("staff see the year's meetings of their municipality with counts; other municipalities get 404", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const later = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(20),
      invited: [alpha.company, beta.company],
    });
    const earlier = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ago(30),
      invited: [alpha.company],
    });
    await markNetworkAttendance(t.db, earlier, alpha.company, true);
    const nextYear = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: new Date("2027-02-01T12:00:00Z"),
    });

    const list = await staff.session.request("GET", "/api/network-meetings");
    expect(list.statusCode).toBe(200);
    expect(list.json().year).toBe(2026);
    expect(list.json().attendance).toBeNull();
    expect(list.json().items.map((m: { id: string }) => m.id)).toEqual([earlier.id, later.id]);
    expect(list.json().items[0]).toMatchObject({
      past: true,
      counts: { invited: 1, attended: 1 },
      myAnswer: null,
    });
    const in2027 = await staff.session.request("GET", "/api/network-meetings?year=2027");
    expect(in2027.json().items.map((m: { id: string }) => m.id)).toEqual([nextYear.id]);
    expect((await staff.session.request("GET", "/api/network-meetings?year=tjue")).statusCode).toBe(400);

    const foreignStaff = await loggedInUser(t.app, t.db, "staff", foreign);
    expect((await foreignStaff.session.request("GET", `/api/network-meetings/${later.id}`)).statusCode).toBe(
      404,
    );
    expect((await foreignStaff.session.request("GET", "/api/network-meetings")).json().items).toEqual([]);
    expect(
      (await foreignStaff.session.request("PATCH", `/api/network-meetings/${later.id}`, { title: "X" }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await foreignStaff.session.request("POST", `/api/network-meetings/${later.id}/cancel`, {
          reason: "Ikke jeres",
        })
      ).statusCode,
    ).toBe(404);
    for (const [path, body] of [
      ["attendance", { entries: [{ companyId: alpha.company.id, attended: true }] }],
      ["minutes", { minutes: "Ikke jeres" }],
    ] as const) {
      const response = await foreignStaff.session.request(
        "PUT",
        `/api/network-meetings/${earlier.id}/${path}`,
        body,
      );
      expect(response.statusCode, path).toBe(404);
    }
    const foreignCompanies = (await foreignStaff.session.request("GET", "/api/network-companies")).json()
      .items;
    expect(foreignCompanies.some((c: { id: string }) => c.id === alpha.company.id)).toBe(false);
    const foreignCompany = await companyWithContact(foreign, "Fremmed ApS");
    expect(
      (await foreignCompany.session.request("GET", `/api/network-meetings/${later.id}`)).statusCode,
    ).toBe(404);
  });

  it("counts the year in Copenhagen time: 00:30 local on New Year's Day is the new year", async () => {
    const { municipality, staff } = await network();
    const newYear = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: new Date("2026-12-31T23:30:00Z"),
    });
    const in2026 = (await staff.session.request("GET", "/api/network-meetings?year=2026")).json().items;
    const in2027 = (await staff.session.request("GET", "/api/network-meetings?year=2027")).json().items;
    expect(in2026.map((m: { id: string }) => m.id)).not.toContain(newYear.id);
    expect(in2027.map((m: { id: string }) => m.id)).toEqual([newYear.id]);
  });

  it("a company contact sees the meetings their company is invited to, only their own invitation, and 404 for others", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const both = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(5),
      invited: [alpha.company, beta.company],
    });
    const betaOnly = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(6),
      invited: [beta.company],
    });
    expect(
      (await beta.session.request("PUT", `/api/network-meetings/${both.id}/response`, { answer: "no" }))
        .statusCode,
    ).toBe(200);

    const list = (await alpha.session.request("GET", "/api/network-meetings")).json();
    expect(list.items.map((m: { id: string }) => m.id)).toEqual([both.id]);
    expect(list.items[0]).toMatchObject({ counts: null, myAnswer: null, companyAttended: null });
    const detail = await alpha.session.request("GET", `/api/network-meetings/${both.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().invitations).toEqual([
      { company: { id: alpha.company.id, name: "Alfa Bageri ApS" }, answers: [], attended: null },
    ]);
    expect((await alpha.session.request("GET", `/api/network-meetings/${betaOnly.id}`)).statusCode).toBe(404);
    expect(
      (await alpha.session.request("PUT", `/api/network-meetings/${betaOnly.id}/response`, { answer: "yes" }))
        .statusCode,
    ).toBe(404);
  });
});

describe("answering invitations", () => {
  it("contacts answer yes, no or maybe and may change their mind; staff see counts and names", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const colleague = await createCompanyContact(t.db, alpha.company);
    const colleagueSession = await login(t.app, colleague);
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(7),
      invited: [alpha.company, beta.company],
    });
    const url = `/api/network-meetings/${meeting.id}/response`;
    const first = await alpha.session.request("PUT", url, { answer: "maybe" });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ myAnswer: "maybe", counts: null });
    expect((await alpha.session.request("PUT", url, { answer: "yes" })).json().myAnswer).toBe("yes");
    await colleagueSession.request("PUT", url, { answer: "no" });
    await beta.session.request("PUT", url, { answer: "yes" });
    expect((await alpha.session.request("PUT", url, { answer: "perhaps" })).statusCode).toBe(400);
    expect((await staff.session.request("PUT", url, { answer: "yes" })).statusCode).toBe(403);

    const detail = (await staff.session.request("GET", `/api/network-meetings/${meeting.id}`)).json();
    expect(detail.counts).toEqual({ invited: 2, yes: 2, no: 1, maybe: 0, attended: 0 });
    const alphaEntry = detail.invitations.find(
      (i: { company: { id: string } }) => i.company.id === alpha.company.id,
    );
    expect(alphaEntry.answers).toEqual(
      expect.arrayContaining([
        { name: alpha.contact.displayName, answer: "yes" },
        { name: colleague.displayName, answer: "no" },
      ]),
    );
    expect(alphaEntry.answers).toHaveLength(2);
    const ownView = (await alpha.session.request("GET", `/api/network-meetings/${meeting.id}`)).json();
    expect(ownView.invitations).toHaveLength(1);
    expect(ownView.myAnswer).toBe("yes");
  });

  it("answers 409 once the meeting has started or is cancelled", async () => {
    const { municipality, staff, alpha } = await network();
    const started = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ago(0.01),
      invited: [alpha.company],
    });
    const cancelled = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(3),
      invited: [alpha.company],
      status: "cancelled",
    });
    for (const meeting of [started, cancelled]) {
      const response = await alpha.session.request("PUT", `/api/network-meetings/${meeting.id}/response`, {
        answer: "yes",
      });
      expect(response.statusCode).toBe(409);
    }
  });
});

describe("changing and cancelling", () => {
  it("moving a meeting raises its sequence and queues 'moved' reminders to the invited companies' contacts", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(10),
      invited: [alpha.company],
    });
    const moved = await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, {
      startsAt: "2026-12-15T10:00:00+01:00",
      place: "Beta Byg, Havnevej 4",
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      startsAt: "2026-12-15T09:00:00.000Z",
      place: "Beta Byg, Havnevej 4",
      sequence: 1,
    });
    const queued = await remindersOf(meeting.id);
    expect(queued.map((r) => [r.userId, r.kind, r.subjectType])).toEqual([
      [alpha.contact.id, "meeting_moved", "network_meeting"],
    ]);
    expect(queued[0]?.details).toMatchObject({
      title: "Netværksmøde",
      startsAt: "2026-12-15T09:00:00.000Z",
      place: "Beta Byg, Havnevej 4",
    });
    expect(queued[0]?.dueAt.toISOString()).toBe(t.clock.now().toISOString());
    expect(await remindersOf(meeting.id).then((rows) => rows.some((r) => r.userId === beta.contact.id))).toBe(
      false,
    );

    const renamed = await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, {
      title: "Julemøde i netværket",
    });
    expect(renamed.json()).toMatchObject({ title: "Julemøde i netværket", sequence: 2 });
    expect(await remindersOf(meeting.id)).toHaveLength(1);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "network_meeting.updated"), eq(auditEvents.subjectId, meeting.id)));
    expect(audit?.actorUserId).toBe(staff.user.id);
  });

  it("replacing the invited set drops the removed company's answers and emails the added one", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(10),
      invited: [alpha.company],
    });
    await alpha.session.request("PUT", `/api/network-meetings/${meeting.id}/response`, { answer: "yes" });
    const replaced = await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, {
      invitedCompanyIds: [beta.company.id],
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().invitations.map((i: { company: { id: string } }) => i.company.id)).toEqual([
      beta.company.id,
    ]);
    expect(replaced.json().counts).toEqual({ invited: 1, yes: 0, no: 0, maybe: 0, attended: 0 });
    expect(replaced.json().sequence).toBe(0);
    expect(
      await t.db
        .select()
        .from(networkMeetingResponses)
        .where(eq(networkMeetingResponses.meetingId, meeting.id)),
    ).toEqual([]);
    expect((await alpha.session.request("GET", `/api/network-meetings/${meeting.id}`)).statusCode).toBe(404);
    const [invitation] = await mailsTo(beta.contact.email);
    expect(invitation?.links).toEqual([`http://nextwork.test/network-meetings/${meeting.id}`]);
    expect(await remindersOf(meeting.id)).toEqual([]);
  });

  it("refuses a change without place or host, and an unknown host", async () => {
    const { municipality, staff } = await network();
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(4),
    });
    const noPlace = await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, {
      place: null,
    });
    expect(noPlace.statusCode).toBe(400);
    expect(noPlace.json().errors).toEqual([
      { path: "place", message: "A place or a host company is needed" },
    ]);
    const foreignCompany = await createCompany(t.db, { municipality: foreign });
    const badHost = await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, {
      hostCompanyId: foreignCompany.id,
    });
    expect(badHost.statusCode).toBe(400);
    expect(badHost.json().errors[0].path).toBe("hostCompanyId");
    const unknownField = await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, {
      status: "cancelled",
    });
    expect(unknownField.statusCode).toBe(400);
  });

  it("cancelling raises the sequence, queues 'cancelled' reminders, and a second cancel or a change is 409", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(9),
      invited: [alpha.company, beta.company],
    });
    expect(
      (await staff.session.request("POST", `/api/network-meetings/${meeting.id}/cancel`, { reason: "" }))
        .statusCode,
    ).toBe(400);
    const cancelled = await staff.session.request("POST", `/api/network-meetings/${meeting.id}/cancel`, {
      reason: "For få tilmeldte",
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: "cancelled",
      cancelReason: "For få tilmeldte",
      sequence: 1,
    });
    const queued = await remindersOf(meeting.id);
    expect(queued.map((r) => r.userId).sort()).toEqual([alpha.contact.id, beta.contact.id].sort());
    expect(queued.every((r) => r.kind === "meeting_cancelled")).toBe(true);
    expect(queued[0]?.details).toMatchObject({ title: "Netværksmøde", reason: "For få tilmeldte" });

    const again = await staff.session.request("POST", `/api/network-meetings/${meeting.id}/cancel`, {
      reason: "Igen",
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await staff.session.request("PATCH", `/api/network-meetings/${meeting.id}`, { title: "Alligevel" }))
        .statusCode,
    ).toBe(409);
    expect(await remindersOf(meeting.id)).toHaveLength(2);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "network_meeting.cancelled"), eq(auditEvents.subjectId, meeting.id)));
    expect(audit?.actorUserId).toBe(staff.user.id);
  });
});

describe("attendance and minutes", () => {
  it("records attendance only after the start and only for invited companies", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const outsider = await createCompany(t.db, { municipality });
    const upcoming = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(1),
      invited: [alpha.company],
    });
    const held = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ago(2),
      invited: [alpha.company, beta.company],
    });
    const entries = [{ companyId: alpha.company.id, attended: true }];
    expect(
      (await staff.session.request("PUT", `/api/network-meetings/${upcoming.id}/attendance`, { entries }))
        .statusCode,
    ).toBe(409);
    const stranger = await staff.session.request("PUT", `/api/network-meetings/${held.id}/attendance`, {
      entries: [{ companyId: outsider.id, attended: true }],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0].path).toBe("entries");
    expect(
      (await staff.session.request("PUT", `/api/network-meetings/${held.id}/attendance`, { entries: [] }))
        .statusCode,
    ).toBe(400);
    expect(
      (await alpha.session.request("PUT", `/api/network-meetings/${held.id}/attendance`, { entries }))
        .statusCode,
    ).toBe(403);

    const recorded = await staff.session.request("PUT", `/api/network-meetings/${held.id}/attendance`, {
      entries: [...entries, { companyId: beta.company.id, attended: false }],
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().counts.attended).toBe(1);
    expect(
      recorded
        .json()
        .invitations.map((i: { company: { id: string }; attended: boolean }) => [i.company.id, i.attended]),
    ).toEqual([
      [alpha.company.id, true],
      [beta.company.id, false],
    ]);
    const own = (await alpha.session.request("GET", `/api/network-meetings/${held.id}`)).json();
    expect(own.companyAttended).toBe(true);
    expect(own.past).toBe(true);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "network_meeting.attendance_recorded"),
          eq(auditEvents.subjectId, held.id),
        ),
      );
    expect(audit?.actorUserId).toBe(staff.user.id);
  });

  it("a company sees the year's attendance against the 5-6 target; staff see every company's", async () => {
    const { municipality, staff, alpha, beta } = await network();
    const idle = await createCompany(t.db, { municipality, name: "Cirkus Cafe ApS" });
    for (const [index, startsAt] of [ago(200), ago(150), ago(100), ago(50)].entries()) {
      const meeting = await createNetworkMeeting(t.db, {
        municipality,
        createdBy: staff.user,
        startsAt,
        invited: [alpha.company, beta.company],
      });
      await markNetworkAttendance(t.db, meeting, alpha.company, true);
      await markNetworkAttendance(t.db, meeting, beta.company, index === 0);
    }
    const lastYear = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: new Date("2025-06-01T10:00:00Z"),
      invited: [alpha.company],
    });
    await markNetworkAttendance(t.db, lastYear, alpha.company, true);
    await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ahead(10),
      invited: [alpha.company],
      status: "cancelled",
    });

    const alphaList = (await alpha.session.request("GET", "/api/network-meetings")).json();
    expect(alphaList.attendance).toEqual({ attended: 4, target: { min: 5, max: 6 } });
    expect((await beta.session.request("GET", "/api/network-meetings")).json().attendance.attended).toBe(1);
    expect(
      (await alpha.session.request("GET", "/api/network-meetings?year=2025")).json().attendance.attended,
    ).toBe(1);

    const summary = await staff.session.request("GET", "/api/network-attendance");
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toEqual({
      year: 2026,
      target: { min: 5, max: 6 },
      items: [
        { company: { id: alpha.company.id, name: "Alfa Bageri ApS" }, invited: 4, attended: 4 },
        { company: { id: beta.company.id, name: "Beta Byg A/S" }, invited: 4, attended: 1 },
        { company: { id: idle.id, name: "Cirkus Cafe ApS" }, invited: 0, attended: 0 },
      ],
    });
    expect((await alpha.session.request("GET", "/api/network-attendance")).statusCode).toBe(403);
    const young = await createYouth(t.db, { municipality });
    expect(
      (await (await login(t.app, young.user)).request("GET", "/api/network-attendance")).statusCode,
    ).toBe(403);
    const foreignStaff = await loggedInUser(t.app, t.db, "staff", foreign);
    const foreignSummary = (await foreignStaff.session.request("GET", "/api/network-attendance")).json();
    expect(
      foreignSummary.items.some((i: { company: { id: string } }) => i.company.id === alpha.company.id),
    ).toBe(false);
  });

  it("staff save minutes the invited companies read, and can remove them", async () => {
    const { municipality, staff, alpha } = await network();
    const meeting = await createNetworkMeeting(t.db, {
      municipality,
      createdBy: staff.user,
      startsAt: ago(1),
      invited: [alpha.company],
    });
    const url = `/api/network-meetings/${meeting.id}/minutes`;
    const saved = await staff.session.request("PUT", url, {
      minutes: "Vi aftalte:\n- to nye praktikpladser",
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ minutes: "Vi aftalte:\n- to nye praktikpladser", sequence: 0 });
    expect((await alpha.session.request("GET", `/api/network-meetings/${meeting.id}`)).json().minutes).toBe(
      "Vi aftalte:\n- to nye praktikpladser",
    );
    expect((await staff.session.request("PUT", url, { minutes: "x".repeat(4001) })).statusCode).toBe(400);
    expect((await staff.session.request("PUT", url, {})).statusCode).toBe(400);
    expect((await alpha.session.request("PUT", url, { minutes: "Hej" })).statusCode).toBe(403);
    expect((await staff.session.request("PUT", url, { minutes: null })).json().minutes).toBeNull();
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "network_meeting.minutes_saved"), eq(auditEvents.subjectId, meeting.id)),
      );
    expect(audit?.actorUserId).toBe(staff.user.id);
  });
});

describe("network companies", () => {
  it("lists the municipality's companies; a contact's own company is left out", async () => {
    const { municipality, staff, alpha, beta } = await network();
    await createCompany(t.db, { municipality: foreign });
    const byStaff = (await staff.session.request("GET", "/api/network-companies")).json().items;
    expect(byStaff).toEqual([
      { id: alpha.company.id, name: "Alfa Bageri ApS", industry: "Detailhandel" },
      { id: beta.company.id, name: "Beta Byg A/S", industry: "Detailhandel" },
    ]);
    const byAlpha = (await alpha.session.request("GET", "/api/network-companies")).json().items;
    expect(byAlpha.map((c: { id: string }) => c.id)).toEqual([beta.company.id]);
    const young = await createYouth(t.db, { municipality });
    expect((await (await login(t.app, young.user)).request("GET", "/api/network-companies")).statusCode).toBe(
      403,
    );
  });
});
