import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
} from "../../../tests/support/factories.js";
import { createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import { auditEvents, matches, outboxMails } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

const days = (n: number) => n * 24 * 60 * 60_000;
/** A whole minute some days from the test clock's now, as the web UI would send it. */
const inDays = (n: number, hour = 10) => {
  const time = new Date(t.clock.now().getTime() + days(n));
  time.setUTCHours(hour, 0, 0, 0);
  return time.toISOString();
};

async function matchIn(municipality: MunicipalityFixture) {
  const young = await createYouth(t.db, { municipality, contactable: true });
  const company = await createCompany(t.db, { municipality, name: "Gården ApS" });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { title: "Praktik på gården" });
  const match = await createMatch(t.db, { young, opening, company, contact });
  return {
    young,
    company,
    contact,
    match,
    youth: await login(t.app, young.user),
    employer: await login(t.app, contact),
  };
}

const proposal = (overrides: object = {}) => ({
  times: [inDays(2), inDays(3), inDays(4)],
  place: "Gårdbutikken, Møllevej 3, 4000 Roskilde",
  ...overrides,
});

const mailsTo = (email: string) =>
  t.db.select().from(outboxMails).where(eq(outboxMails.to, email)).orderBy(outboxMails.createdAt);

/** Reads a calendar with an independent parser, as a calendar app would. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    location: event.location,
    summary: event.summary,
  };
}

describe("access", () => {
  it("answers 401 without a session and 403 to roles that take no part", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    const routes = [
      ["GET", `/api/matches/${id}/meetings`],
      ["POST", `/api/matches/${id}/meetings`],
      ["POST", `/api/meetings/${id}/accept`],
      ["POST", `/api/meetings/${id}/decline`],
      ["POST", `/api/meetings/${id}/cancel`],
      ["GET", `/api/meetings/${id}/calendar.ics`],
      ["POST", `/api/meetings/${id}/feedback`],
    ] as const;
    for (const [method, url] of routes) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    for (const [method, url] of routes.slice(1)) {
      expect((await staff.request(method, url, method === "GET" ? undefined : {})).statusCode).toBe(403);
    }
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    expect((await researcher.request("GET", routes[0][1])).statusCode).toBe(403);
  });

  it("shows a match's meetings to its participants and its municipality's staff, nobody else", async () => {
    const { match, youth, employer } = await matchIn(roskilde);
    const meeting = (await youth.request("POST", `/api/matches/${match.id}/meetings`, proposal())).json();
    const listUrl = `/api/matches/${match.id}/meetings`;
    expect((await employer.request("GET", listUrl)).json().items.map((m: { id: string }) => m.id)).toEqual([
      meeting.id,
    ]);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const seenByStaff = await staff.request("GET", listUrl);
    expect(seenByStaff.statusCode).toBe(200);
    expect(seenByStaff.json().items[0]).toMatchObject({ id: meeting.id, mine: false, calendarUrl: null });

    const otherCompany = await createCompany(t.db, { municipality: roskilde });
    const outsider = await login(t.app, await createCompanyContact(t.db, otherCompany));
    const otherYoung = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    for (const session of [outsider, otherYoung, foreignStaff]) {
      expect((await session.request("GET", listUrl)).statusCode).toBe(404);
    }
    for (const session of [outsider, otherYoung]) {
      expect((await session.request("POST", listUrl, proposal())).statusCode).toBe(404);
      expect(
        (
          await session.request("POST", `/api/meetings/${meeting.id}/accept`, {
            time: meeting.proposedTimes[0],
          })
        ).statusCode,
      ).toBe(404);
      expect((await session.request("POST", `/api/meetings/${meeting.id}/decline`)).statusCode).toBe(404);
      expect((await session.request("POST", `/api/meetings/${meeting.id}/cancel`)).statusCode).toBe(404);
      expect((await session.request("GET", `/api/meetings/${meeting.id}/calendar.ics`)).statusCode).toBe(404);
      expect(
        (await session.request("POST", `/api/meetings/${meeting.id}/feedback`, { chemistry: "yes" }))
          .statusCode,
      ).toBe(404);
    }
  });
});

describe("proposing a meeting", () => {
  it("takes one to three different future times, a one-line place and a duration", async () => {
    const { match, employer } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/meetings`;
    for (const body of [
      proposal({ times: [] }),
      proposal({ times: [inDays(1), inDays(2), inDays(3), inDays(4)] }),
      proposal({ times: [inDays(1), inDays(1)] }),
      proposal({ times: ["next tuesday"] }),
      proposal({ times: [new Date(t.clock.now().getTime() - minutes(1)).toISOString()] }),
      proposal({ place: "  " }),
      proposal({ place: "x".repeat(301) }),
      proposal({ place: "Linje 1\nLinje 2" }),
      proposal({ durationMinutes: 14 }),
      proposal({ durationMinutes: 481 }),
      proposal({ durationMinutes: 30.5 }),
      proposal({ agenda: "kaffe" }),
    ]) {
      const response = await employer.request("POST", url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const created = await employer.request(
      "POST",
      url,
      proposal({ times: [inDays(3), inDays(1, 9)], place: "x".repeat(300) }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      matchId: match.id,
      status: "proposed",
      proposedTimes: [inDays(1, 9), inDays(3)],
      durationMinutes: 60,
      acceptedTime: null,
      proposedBySide: "company",
      mine: true,
      feedback: { mine: null, otherSideAnswered: false },
      calendarUrl: null,
    });
    expect(created.json().feedback.answers).toBeUndefined();
  });

  it("allows one open or upcoming meeting at a time, and none once the match has ended", async () => {
    const { match, youth, employer } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/meetings`;
    const first = (await youth.request("POST", url, proposal({ durationMinutes: 30 }))).json();
    expect((await employer.request("POST", url, proposal())).statusCode).toBe(409);
    expect((await employer.request("POST", `/api/meetings/${first.id}/decline`)).statusCode).toBe(200);

    const second = (await employer.request("POST", url, proposal())).json();
    await youth.request("POST", `/api/meetings/${second.id}/accept`, { time: second.proposedTimes[0] });
    expect((await youth.request("POST", url, proposal())).statusCode).toBe(409);

    await t.db
      .update(matches)
      .set({ status: "ended", endedAt: t.clock.now(), endReason: "timing" })
      .where(eq(matches.id, match.id));
    expect((await youth.request("POST", `/api/meetings/${second.id}/cancel`)).statusCode).toBe(200);
    const ended = await youth.request("POST", url, proposal());
    expect(ended.statusCode).toBe(409);
    expect(ended.json().detail).toContain("ended");
  });

  it("tells the other side by email, and moves the match's last activity", async () => {
    const { match, youth, contact, young } = await matchIn(roskilde);
    t.clock.advance(minutes(1));
    expect((await youth.request("POST", `/api/matches/${match.id}/meetings`, proposal())).statusCode).toBe(
      201,
    );
    const [mail] = await mailsTo(contact.email);
    expect(mail?.subject).toContain("første møde");
    expect(mail?.text).toContain("Gårdbutikken, Møllevej 3, 4000 Roskilde");
    expect(mail?.links).toEqual([`http://nextwork.test/matches/${match.id}`]);
    expect(await mailsTo(young.user.email)).toHaveLength(0);
    const [row] = await t.db
      .select({ lastActivityAt: matches.lastActivityAt })
      .from(matches)
      .where(eq(matches.id, match.id));
    expect(row?.lastActivityAt.toISOString()).toBe(t.clock.now().toISOString());
  });
});

describe("answering a proposal", () => {
  it("declines: only the other side, only while proposed; the proposer is told", async () => {
    const { match, youth, employer, young } = await matchIn(roskilde);
    const meeting = (await employer.request("POST", `/api/matches/${match.id}/meetings`, proposal())).json();
    const own = await employer.request("POST", `/api/meetings/${meeting.id}/decline`);
    expect(own.statusCode).toBe(403);
    const declined = await youth.request("POST", `/api/meetings/${meeting.id}/decline`);
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: "declined", mine: false, calendarUrl: null });
    expect((await youth.request("POST", `/api/meetings/${meeting.id}/decline`)).statusCode).toBe(409);
    expect(
      (await youth.request("POST", `/api/meetings/${meeting.id}/accept`, { time: meeting.proposedTimes[0] }))
        .statusCode,
    ).toBe(409);
    expect((await youth.request("GET", `/api/meetings/${meeting.id}/calendar.ics`)).statusCode).toBe(409);
    const youthMails = await mailsTo(young.user.email);
    expect(youthMails).toHaveLength(1);
  });

  it("cancels a proposal: the other side is told, no calendar is involved", async () => {
    const { match, youth, contact, young } = await matchIn(roskilde);
    const meeting = (await youth.request("POST", `/api/matches/${match.id}/meetings`, proposal())).json();
    const cancelled = await youth.request("POST", `/api/meetings/${meeting.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: "cancelled", calendarUrl: null });
    const mails = await mailsTo(contact.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Forslag til et første møde / A first meeting is proposed",
      "Mødet er aflyst / The meeting has been cancelled",
    ]);
    expect(mails[1]?.attachments).toEqual([]);
    expect(await mailsTo(young.user.email)).toHaveLength(0);
    expect((await youth.request("GET", `/api/meetings/${meeting.id}/calendar.ics`)).statusCode).toBe(409);
    expect((await youth.request("POST", `/api/meetings/${meeting.id}/cancel`)).statusCode).toBe(409);
  });
});

describe("a first meeting from proposal to feedback", () => {
  it("is proposed, accepted by the other side, invited by calendar, held, answered and audited", async () => {
    const { match, youth, employer, young, contact, company } = await matchIn(roskilde);
    const times = [inDays(2), inDays(3), inDays(4)];
    const proposed = await youth.request(
      "POST",
      `/api/matches/${match.id}/meetings`,
      proposal({ times, durationMinutes: 45 }),
    );
    const meeting = proposed.json();
    expect(meeting.proposedTimes).toEqual(times);

    // The side that proposed cannot accept its own proposal.
    const selfAccept = await youth.request("POST", `/api/meetings/${meeting.id}/accept`, { time: times[1] });
    expect(selfAccept.statusCode).toBe(403);
    const wrongTime = await employer.request("POST", `/api/meetings/${meeting.id}/accept`, {
      time: inDays(5),
    });
    expect(wrongTime.statusCode).toBe(400);
    expect(wrongTime.json().errors[0].path).toBe("time");

    const accepted = await employer.request("POST", `/api/meetings/${meeting.id}/accept`, { time: times[1] });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: "accepted",
      acceptedTime: times[1],
      mine: false,
      calendarUrl: `/api/meetings/${meeting.id}/calendar.ics`,
    });
    expect(
      (await employer.request("POST", `/api/meetings/${meeting.id}/accept`, { time: times[1] })).statusCode,
    ).toBe(409);

    // Both sides get the invitation as an attachment, with a link to download it again.
    for (const email of [young.user.email, contact.email]) {
      const invitation = (await mailsTo(email)).find((mail) => mail.attachments.length > 0);
      expect(invitation?.links).toContain(`http://nextwork.test/api/meetings/${meeting.id}/calendar.ics`);
      const [attachment] = invitation?.attachments ?? [];
      expect(attachment).toMatchObject({
        filename: `meeting-${meeting.id}.ics`,
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
      });
      expect(parseCalendar(attachment?.content ?? "")).toMatchObject({
        method: "REQUEST",
        uid: `meeting-${meeting.id}@nextwork`,
        sequence: 1,
        status: "CONFIRMED",
        start: times[1],
        end: new Date(Date.parse(times[1] ?? "") + minutes(45)).toISOString(),
        location: "Gårdbutikken, Møllevej 3, 4000 Roskilde",
        summary: "Første møde / First meeting: Praktik på gården – Gården ApS",
      });
    }

    const download = await youth.request("GET", `/api/meetings/${meeting.id}/calendar.ics`);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(download.headers["content-disposition"]).toBe(`attachment; filename="meeting-${meeting.id}.ics"`);
    expect(parseCalendar(download.body)).toMatchObject({
      uid: `meeting-${meeting.id}@nextwork`,
      start: times[1],
    });

    // Before the meeting there is nothing to say about the chemistry.
    const early = await youth.request("POST", `/api/meetings/${meeting.id}/feedback`, { chemistry: "yes" });
    expect(early.statusCode).toBe(409);

    t.clock.advance(days(3) + minutes(60));
    // The earlier sessions expired while the clock moved on three days.
    const youthAfter = await login(t.app, young.user);
    const employerAfter = await login(t.app, contact);
    const colleague = await login(t.app, await createCompanyContact(t.db, company));
    expect((await youthAfter.request("POST", `/api/meetings/${meeting.id}/cancel`)).statusCode).toBe(409);

    const answered = await youthAfter.request("POST", `/api/meetings/${meeting.id}/feedback`, {
      chemistry: "yes",
      comment: "Rart sted, søde dyr",
    });
    expect(answered.statusCode).toBe(201);
    expect(answered.json().feedback).toEqual({
      mine: { chemistry: "yes", comment: "Rart sted, søde dyr" },
      otherSideAnswered: false,
    });
    expect(
      (await youthAfter.request("POST", `/api/meetings/${meeting.id}/feedback`, { chemistry: "no" }))
        .statusCode,
    ).toBe(409);

    expect(
      (
        await employerAfter.request("POST", `/api/meetings/${meeting.id}/feedback`, {
          chemistry: "maybe",
          comment: "",
        })
      ).statusCode,
    ).toBe(201);
    // One answer per side: a colleague cannot answer again for the company.
    expect(
      (await colleague.request("POST", `/api/meetings/${meeting.id}/feedback`, { chemistry: "no" }))
        .statusCode,
    ).toBe(409);
    expect(
      (await colleague.request("POST", `/api/meetings/${meeting.id}/feedback`, { chemistry: "perhaps" }))
        .statusCode,
    ).toBe(400);

    const [seenByCompany] = (await colleague.request("GET", `/api/matches/${match.id}/meetings`)).json()
      .items;
    expect(seenByCompany.feedback).toEqual({
      mine: { chemistry: "maybe", comment: null },
      otherSideAnswered: true,
    });

    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const seenByStaff = await staff.request("GET", `/api/matches/${match.id}/meetings`);
    expect(seenByStaff.json().items[0].feedback).toEqual({
      mine: null,
      otherSideAnswered: false,
      answers: { youth: "yes", company: "maybe" },
    });
    expect(seenByStaff.body).not.toContain("søde dyr");

    const actions = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, meeting.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      "meeting.accepted",
      "meeting.feedback_given",
      "meeting.feedback_given",
      "meeting.proposed",
    ]);
  });

  it("cancels an agreed meeting in both sides' calendars: same UID, higher SEQUENCE, STATUS:CANCELLED", async () => {
    const { match, youth, employer, young, contact } = await matchIn(roskilde);
    const meeting = (await employer.request("POST", `/api/matches/${match.id}/meetings`, proposal())).json();
    await youth.request("POST", `/api/meetings/${meeting.id}/accept`, { time: meeting.proposedTimes[2] });
    const invitation = parseCalendar(
      (await employer.request("GET", `/api/meetings/${meeting.id}/calendar.ics`)).body,
    );

    const cancelled = await employer.request("POST", `/api/meetings/${meeting.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: "cancelled",
      acceptedTime: meeting.proposedTimes[2],
      calendarUrl: `/api/meetings/${meeting.id}/calendar.ics`,
    });
    for (const email of [young.user.email, contact.email]) {
      const mail = (await mailsTo(email)).at(-1);
      expect(mail?.subject).toBe("Mødet er aflyst / The meeting has been cancelled");
      const [attachment] = mail?.attachments ?? [];
      expect(attachment?.contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
      const cancellation = parseCalendar(attachment?.content ?? "");
      expect(cancellation).toMatchObject({ method: "CANCEL", uid: invitation.uid, status: "CANCELLED" });
      expect(cancellation.sequence).toBeGreaterThan(invitation.sequence);
    }
    const download = parseCalendar(
      (await youth.request("GET", `/api/meetings/${meeting.id}/calendar.ics`)).body,
    );
    expect(download).toMatchObject({
      method: "CANCEL",
      uid: invitation.uid,
      status: "CANCELLED",
      sequence: 2,
    });
    expect((await youth.request("POST", `/api/meetings/${meeting.id}/cancel`)).statusCode).toBe(409);
    expect(
      (await youth.request("POST", `/api/meetings/${meeting.id}/feedback`, { chemistry: "yes" })).statusCode,
    ).toBe(409);
    // A new meeting can be proposed once the agreed one is cancelled.
    expect((await youth.request("POST", `/api/matches/${match.id}/meetings`, proposal())).statusCode).toBe(
      201,
    );
  });

  it("leaves out those who switched meeting emails off", async () => {
    const { match, youth, employer, contact } = await matchIn(roskilde);
    await employer.request("PUT", "/api/me/notification-preferences", { meeting: false });
    expect((await youth.request("POST", `/api/matches/${match.id}/meetings`, proposal())).statusCode).toBe(
      201,
    );
    expect(await mailsTo(contact.email)).toHaveLength(0);
  });
});
