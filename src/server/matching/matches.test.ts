import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CompanyFixture,
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
  type YouthFixture,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
  type UserFixture,
} from "../../../tests/support/factories.js";
import { createMatch } from "../../../tests/support/matching-factories.js";
import { recordProfileConsent } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import {
  auditEvents,
  matches,
  matchParticipantMarks,
  meetings,
  messages,
  outboxMails,
} from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

const someId = "0192f7c6-0000-7000-8000-000000000000";

interface Matched {
  young: YouthFixture;
  youngSession: Session;
  company: CompanyFixture;
  contact: UserFixture;
  contactSession: Session;
  opening: { id: string; title: string };
  match: { id: string };
}

/** A young person and a company contact of one municipality with a match between them. */
async function matched(municipality: MunicipalityFixture, createdAt?: Date): Promise<Matched> {
  const young = await createYouth(t.db, { municipality, contactable: true });
  const company = await createCompany(t.db, { municipality });
  const contact = await createCompanyContact(t.db, company);
  const title = `Lagerpraktik ${company.cvr}`;
  const opening = { id: (await createOpening(t.db, company, { title })).id, title };
  const match = await createMatch(t.db, {
    young,
    opening,
    company,
    contact,
    ...(createdAt ? { createdAt } : {}),
  });
  return {
    young,
    youngSession: await login(t.app, young.user),
    company,
    contact,
    contactSession: await login(t.app, contact),
    opening,
    match,
  };
}

async function mailsTo(email: string) {
  return t.db.select().from(outboxMails).where(eq(outboxMails.to, email));
}

async function writeMessage(
  matchId: string,
  municipalityId: string,
  author: { id: string },
  createdAt: Date,
) {
  await t.db
    .insert(messages)
    .values({ matchId, municipalityId, authorUserId: author.id, body: "Hej, hvornår kan du?", createdAt });
}

const ids = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => item.id);

const firstNameOf = (young: YouthFixture) => young.user.displayName.split(" ")[0];

describe("access", () => {
  it("answers 401 on every route without a session", async () => {
    for (const [method, url] of [
      ["GET", "/api/matches"],
      ["GET", `/api/matches/${someId}`],
      ["POST", `/api/matches/${someId}/end`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("lets staff see but not end a match (403), and keeps researchers out", async () => {
    const { match } = await matched(roskilde);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    for (const session of [staff, admin]) {
      expect((await session.request("GET", `/api/matches/${match.id}`)).statusCode).toBe(200);
      expect(
        (await session.request("POST", `/api/matches/${match.id}/end`, { reason: "timing" })).statusCode,
      ).toBe(403);
    }
    expect((await researcher.request("GET", "/api/matches")).statusCode).toBe(403);
    const [row] = await t.db.select().from(matches).where(eq(matches.id, match.id));
    expect(row?.status).toBe("active");
  });
});

describe("reading matches", () => {
  it("shows the young person, the company's contacts and staff the match, each as they may see it", async () => {
    const municipality = await createMunicipality(t.db);
    const m = await matched(municipality);
    const other = await matched(municipality);
    const colleague = await login(t.app, await createCompanyContact(t.db, m.company));
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);

    const own = await m.youngSession.request("GET", "/api/matches");
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({
      items: [
        {
          id: m.match.id,
          status: "active",
          createdAt: expect.any(String),
          lastActivityAt: expect.any(String),
          endedAt: null,
          endReason: null,
          opening: m.opening,
          company: { id: m.company.id, name: m.company.name },
          youth: { id: m.young.id, firstName: firstNameOf(m.young) },
          unreadCount: 0,
          meeting: null,
        },
      ],
      nextCursor: null,
    });
    expect(ids(await m.contactSession.request("GET", "/api/matches"))).toEqual([m.match.id]);
    expect(ids(await colleague.request("GET", "/api/matches"))).toEqual([m.match.id]);
    const forStaff = await staff.request("GET", "/api/matches");
    expect(ids(forStaff)).toEqual([other.match.id, m.match.id]);
    expect(forStaff.json().items[1].youth).toEqual({
      id: m.young.id,
      firstName: firstNameOf(m.young),
      displayName: m.young.user.displayName,
    });

    const one = await m.contactSession.request("GET", `/api/matches/${m.match.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().youth).toEqual({ id: m.young.id, firstName: firstNameOf(m.young) });
    for (const session of [other.youngSession, other.contactSession]) {
      expect((await session.request("GET", `/api/matches/${m.match.id}`)).statusCode).toBe(404);
    }
  });

  it("keeps other municipalities' matches out of reach (404, not listed)", async () => {
    const { match } = await matched(sonderborg);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    expect((await staff.request("GET", `/api/matches/${match.id}`)).statusCode).toBe(404);
    expect(ids(await staff.request("GET", "/api/matches"))).not.toContain(match.id);
    const { youngSession } = await matched(roskilde);
    expect((await youngSession.request("GET", `/api/matches/${match.id}`)).statusCode).toBe(404);
  });

  it("hides the young person's name from the company once they withdraw consent, not from staff", async () => {
    const m = await matched(roskilde);
    await recordProfileConsent(t.db, m.young, false, new Date(Date.now() + 1000));
    const listed = await m.contactSession.request("GET", "/api/matches");
    expect(listed.json().items[0].youth).toEqual({ id: m.young.id, firstName: null });
    expect(
      (await m.contactSession.request("GET", `/api/matches/${m.match.id}`)).json().youth.firstName,
    ).toBeNull();
    expect((await m.youngSession.request("GET", `/api/matches/${m.match.id}`)).json().youth.firstName).toBe(
      firstNameOf(m.young),
    );
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    expect((await staff.request("GET", `/api/matches/${m.match.id}`)).json().youth.displayName).toBe(
      m.young.user.displayName,
    );
  });

  it("counts the messages by others that the caller has not read; staff always 0", async () => {
    const m = await matched(roskilde);
    const colleague = await createCompanyContact(t.db, m.company);
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 12, minutes));
    await writeMessage(m.match.id, roskilde.id, m.contact, at(1));
    await writeMessage(m.match.id, roskilde.id, colleague, at(2));
    await writeMessage(m.match.id, roskilde.id, m.young.user, at(3));
    await writeMessage(m.match.id, roskilde.id, m.contact, at(4));
    const unread = async (session: Session) =>
      (await session.request("GET", `/api/matches/${m.match.id}`)).json().unreadCount;

    expect(await unread(m.youngSession)).toBe(3);
    expect(await unread(m.contactSession)).toBe(2);
    await t.db
      .insert(matchParticipantMarks)
      .values({ matchId: m.match.id, userId: m.young.user.id, readUpTo: at(2) });
    expect(await unread(m.youngSession)).toBe(1);
    expect(ids(await m.youngSession.request("GET", "/api/matches"))).toEqual([m.match.id]);
    expect((await m.youngSession.request("GET", "/api/matches")).json().items[0].unreadCount).toBe(1);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const forStaff = (await staff.request("GET", `/api/matches/${m.match.id}`)).json();
    expect(forStaff.unreadCount).toBe(0);
    expect(JSON.stringify(forStaff)).not.toContain("hvornår");
  });

  it("shows the latest meeting of the match", async () => {
    const m = await matched(roskilde);
    const times = [new Date("2026-12-02T10:00:00Z"), new Date("2026-12-03T10:00:00Z")];
    await t.db.insert(meetings).values({
      municipalityId: roskilde.id,
      matchId: m.match.id,
      proposedByUserId: m.contact.id,
      proposedBySide: "company",
      place: "Algade 1",
      proposedTimes: times,
      status: "declined",
      createdAt: new Date("2026-11-20T10:00:00Z"),
    });
    const [latest] = await t.db
      .insert(meetings)
      .values({
        municipalityId: roskilde.id,
        matchId: m.match.id,
        proposedByUserId: m.young.user.id,
        proposedBySide: "youth",
        place: "Café Korn",
        proposedTimes: times,
        acceptedTime: times[1],
        status: "accepted",
        createdAt: new Date("2026-11-21T10:00:00Z"),
      })
      .returning({ id: meetings.id });
    const response = await m.youngSession.request("GET", `/api/matches/${m.match.id}`);
    expect(response.json().meeting).toEqual({
      id: latest?.id,
      status: "accepted",
      time: "2026-12-03T10:00:00.000Z",
    });
  });

  it("filters by status and pages newest first", async () => {
    const municipality = await createMunicipality(t.db);
    const a = await matched(municipality);
    const b = await matched(municipality);
    const c = await matched(municipality);
    await t.db
      .update(matches)
      .set({ status: "ended", endReason: "timing" })
      .where(eq(matches.id, b.match.id));
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    expect(ids(await staff.request("GET", "/api/matches?status=ended"))).toEqual([b.match.id]);
    expect(ids(await staff.request("GET", "/api/matches?status=active"))).toEqual([c.match.id, a.match.id]);
    const first = await staff.request("GET", "/api/matches?limit=2");
    expect(ids(first)).toEqual([c.match.id, b.match.id]);
    const rest = await staff.request("GET", `/api/matches?limit=2&cursor=${first.json().nextCursor}`);
    expect(ids(rest)).toEqual([a.match.id]);
    expect((await staff.request("GET", "/api/matches?status=over")).statusCode).toBe(400);
    expect(ids(await staff.request("GET", `/api/matches?openingId=${b.opening.id}`))).toEqual([b.match.id]);
  });
});

describe("ending a match", () => {
  it("lets the young person end it with a reason; the company is told kindly, audited", async () => {
    const m = await matched(roskilde);
    t.clock.advance(60_000);
    const response = await m.youngSession.request("POST", `/api/matches/${m.match.id}/end`, {
      reason: "found_other_internship",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: m.match.id,
      status: "ended",
      endReason: "found_other_internship",
      endedAt: t.clock.now().toISOString(),
      lastActivityAt: t.clock.now().toISOString(),
    });
    const [mail, ...more] = await mailsTo(m.contact.email);
    expect(more).toEqual([]);
    expect(mail?.text).toContain(
      `${firstNameOf(m.young)} har valgt at afslutte kontakten om praktikken "${m.opening.title}"`,
    );
    expect(mail?.text).toContain("has chosen to end the contact");
    expect(mail?.links).toEqual([`http://nextwork.test/matches/${m.match.id}`]);
    expect(await mailsTo(m.young.user.email)).toEqual([]);
    const audit = await t.db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, m.match.id));
    expect(audit).toEqual([{ action: "match.ended", actor: m.young.user.id }]);

    const again = await m.contactSession.request("POST", `/api/matches/${m.match.id}/end`, {
      reason: "timing",
    });
    expect(again.statusCode).toBe(409);
    // Still readable by both sides.
    expect((await m.contactSession.request("GET", `/api/matches/${m.match.id}`)).json().status).toBe("ended");
  });

  it("lets the company end it; the young person is told kindly, without the company's name", async () => {
    const m = await matched(roskilde);
    const response = await m.contactSession.request("POST", `/api/matches/${m.match.id}/end`, {
      reason: "opening_filled",
    });
    expect(response.statusCode).toBe(200);
    const [mail, ...more] = await mailsTo(m.young.user.email);
    expect(more).toEqual([]);
    expect(mail?.text).toContain(
      `Virksomheden har valgt at afslutte kontakten om praktikken "${m.opening.title}". Pladsen er blevet besat. Det er helt i orden – der er mange andre muligheder i netværket.`,
    );
    expect(mail?.text).toContain("The company has chosen to end the contact");
    expect(mail?.text).not.toContain(m.company.name);
    expect(await mailsTo(m.contact.email)).toEqual([]);
  });

  it("sends nothing to a side that switched match emails off", async () => {
    const m = await matched(roskilde);
    await m.youngSession.request("PUT", "/api/me/notification-preferences", { match: false });
    const response = await m.contactSession.request("POST", `/api/matches/${m.match.id}/end`, {
      reason: "timing",
    });
    expect(response.statusCode).toBe(200);
    expect(await mailsTo(m.young.user.email)).toEqual([]);
  });

  it("takes a reason from the list only, and only from a participant of the match", async () => {
    const m = await matched(roskilde);
    const other = await matched(roskilde);
    expect(
      (await m.youngSession.request("POST", `/api/matches/${m.match.id}/end`, { reason: "bored" }))
        .statusCode,
    ).toBe(400);
    expect((await m.youngSession.request("POST", `/api/matches/${m.match.id}/end`, {})).statusCode).toBe(400);
    for (const session of [other.youngSession, other.contactSession]) {
      expect(
        (await session.request("POST", `/api/matches/${m.match.id}/end`, { reason: "timing" })).statusCode,
      ).toBe(404);
    }
    const elsewhere = await matched(sonderborg);
    expect(
      (await elsewhere.contactSession.request("POST", `/api/matches/${m.match.id}/end`, { reason: "timing" }))
        .statusCode,
    ).toBe(404);
    const [row] = await t.db.select().from(matches).where(eq(matches.id, m.match.id));
    expect(row?.status).toBe("active");
  });
});
