import { and, eq } from "drizzle-orm";
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
import { createInterest, createMatch } from "../../../tests/support/matching-factories.js";
import { recordProfileConsent } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, interests, matches, outboxMails, youthConsents } from "../db/schema.js";

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

async function youngIn(
  municipality: MunicipalityFixture,
  options: { consented?: boolean; contactable?: boolean } = {},
) {
  const young = await createYouth(t.db, { municipality, contactable: true, ...options });
  return { young, session: await login(t.app, young.user) };
}

interface CompanySide {
  company: CompanyFixture;
  contact: UserFixture;
  session: Session;
  opening: { id: string; title: string };
}

async function companyIn(
  municipality: MunicipalityFixture,
  status: "open" | "paused" = "open",
): Promise<CompanySide> {
  const company = await createCompany(t.db, { municipality });
  const contact = await createCompanyContact(t.db, company);
  const title = `Dyrepasser ${company.cvr}`;
  const opening = await createOpening(t.db, company, { title, status });
  return { company, contact, session: await login(t.app, contact), opening: { id: opening.id, title } };
}

async function mailsTo(email: string) {
  return t.db.select().from(outboxMails).where(eq(outboxMails.to, email));
}

async function auditActionsOf(subjectId: string) {
  const rows = await t.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, subjectId));
  return rows.map((row) => row.action);
}

async function withdrawConsent(
  young: YouthFixture,
  kind: "profile_visible_to_companies" | "contact_by_companies",
) {
  await t.db.insert(youthConsents).values({
    youthId: young.id,
    municipalityId: young.municipalityId,
    kind,
    granted: false,
    textVersion: "test",
    recordedAt: new Date(Date.now() + 1000),
    recordedByUserId: young.user.id,
  });
}

const ids = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => item.id);

describe("access", () => {
  it("answers 401 on every route without a session", async () => {
    for (const [method, url] of [
      ["POST", "/api/interests"],
      ["POST", `/api/interests/${someId}/withdraw`],
      ["GET", "/api/interests"],
      ["GET", "/api/me/incoming-interest"],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("answers 403 to roles that do not take part", async () => {
    const { opening } = await companyIn(roskilde);
    const { young } = await youngIn(roskilde);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    const { session: contact } = await companyIn(roskilde);
    for (const [name, session] of [
      ["staff", staff],
      ["admin", admin],
    ] as const) {
      const mark = await session.request("POST", "/api/interests", {
        openingId: opening.id,
        youthId: young.id,
      });
      expect(mark.statusCode, name).toBe(403);
      expect((await session.request("POST", `/api/interests/${someId}/withdraw`)).statusCode, name).toBe(403);
      expect((await session.request("GET", "/api/me/incoming-interest")).statusCode, name).toBe(403);
    }
    expect((await contact.request("GET", "/api/me/incoming-interest")).statusCode).toBe(403);
    expect((await researcher.request("GET", "/api/interests")).statusCode).toBe(403);
    expect(await t.db.select().from(interests).where(eq(interests.youthId, young.id))).toEqual([]);
  });

  it("describes every route of interests, matches and the pipeline in the OpenAPI document", async () => {
    const paths = Object.keys((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/interests",
        "/api/interests/{id}/withdraw",
        "/api/me/incoming-interest",
        "/api/matches",
        "/api/matches/{id}",
        "/api/matches/{id}/end",
        "/api/matching/pipeline",
      ]),
    );
  });
});

describe("a young person's interest", () => {
  it("marks interest in an open opening, audited, and the company's contacts are told", async () => {
    const side = await companyIn(roskilde);
    const second = await createCompanyContact(t.db, side.company);
    const { young, session } = await youngIn(roskilde);
    const response = await session.request("POST", "/api/interests", {
      openingId: side.opening.id,
      message: "  Jeg elsker dyr.  ",
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.match).toBeNull();
    expect(body.interest).toMatchObject({
      side: "youth",
      openingId: side.opening.id,
      youthId: young.id,
      message: "Jeg elsker dyr.",
      createdAt: t.clock.now().toISOString(),
      withdrawnAt: null,
    });
    expect(await auditActionsOf(body.interest.id)).toEqual(["interest.created"]);

    const firstName = young.user.displayName.split(" ")[0];
    for (const contact of [side.contact, second]) {
      const [mail, ...more] = await mailsTo(contact.email);
      expect(more).toEqual([]);
      expect(mail?.subject).toContain("Ny interesse");
      expect(mail?.text).toContain(side.opening.title);
      expect(mail?.text).toContain(`${firstName}, en ung i netværket`);
      expect(mail?.text.indexOf("Hej")).toBe(0);
      expect(mail?.text).toContain("is interested in the internship");
      expect(mail?.links).toEqual([
        `http://nextwork.test/company/openings/${side.opening.id}/recommendations`,
      ]);
    }
  });

  it("needs the young person's own consent to be seen by companies (409), and works once given", async () => {
    const { opening } = await companyIn(roskilde);
    const { young, session } = await youngIn(roskilde, { consented: false });
    const refused = await session.request("POST", "/api/interests", { openingId: opening.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain("consent");
    await recordProfileConsent(t.db, young, true);
    expect((await session.request("POST", "/api/interests", { openingId: opening.id })).statusCode).toBe(201);
    await withdrawConsent(young, "profile_visible_to_companies");
    const { opening: another } = await companyIn(roskilde);
    expect((await session.request("POST", "/api/interests", { openingId: another.id })).statusCode).toBe(409);
  });

  it("cannot mark interest in a paused opening, another municipality's, or on someone else's behalf", async () => {
    const { opening: paused } = await companyIn(roskilde, "paused");
    const { opening: elsewhere } = await companyIn(sonderborg);
    const { opening } = await companyIn(roskilde);
    const { young: other } = await youngIn(roskilde);
    const { session } = await youngIn(roskilde);
    expect((await session.request("POST", "/api/interests", { openingId: paused.id })).statusCode).toBe(404);
    expect((await session.request("POST", "/api/interests", { openingId: elsewhere.id })).statusCode).toBe(
      404,
    );
    expect((await session.request("POST", "/api/interests", { openingId: someId })).statusCode).toBe(404);
    const onBehalf = await session.request("POST", "/api/interests", {
      openingId: opening.id,
      youthId: other.id,
    });
    expect(onBehalf.statusCode).toBe(400);
    expect(onBehalf.json().errors).toEqual([{ path: "youthId", message: expect.any(String) }]);
  });

  it("rejects a second live interest (409), a too long message and unknown fields (400)", async () => {
    const { opening } = await companyIn(roskilde);
    const { session } = await youngIn(roskilde);
    const tooLong = await session.request("POST", "/api/interests", {
      openingId: opening.id,
      message: "x".repeat(1001),
    });
    expect(tooLong.statusCode).toBe(400);
    const unknown = await session.request("POST", "/api/interests", {
      openingId: opening.id,
      side: "company",
    });
    expect(unknown.statusCode).toBe(400);
    expect((await session.request("POST", "/api/interests", { openingId: opening.id })).statusCode).toBe(201);
    expect((await session.request("POST", "/api/interests", { openingId: opening.id })).statusCode).toBe(409);
  });

  it("refuses a youth user without a youth record", async () => {
    const { opening } = await companyIn(roskilde);
    const { session } = await loggedInUser(t.app, t.db, "youth", roskilde);
    expect((await session.request("POST", "/api/interests", { openingId: opening.id })).statusCode).toBe(403);
    expect(ids(await session.request("GET", "/api/interests"))).toEqual([]);
  });
});

describe("a company's interest", () => {
  it("marks interest for its own opening in a young person who consents to both, told anonymously if they chose it", async () => {
    const side = await companyIn(roskilde);
    const { young, session: youngSession } = await youngIn(roskilde);
    const response = await side.session.request("POST", "/api/interests", {
      openingId: side.opening.id,
      youthId: young.id,
      message: "Vi tror, du vil passe godt ind.",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().interest).toMatchObject({
      side: "company",
      youthId: young.id,
      openingId: side.opening.id,
    });
    expect(response.json().match).toBeNull();
    // Off by default for young people: a company cannot push.
    expect(await mailsTo(young.user.email)).toEqual([]);

    const put = await youngSession.request("PUT", "/api/me/notification-preferences", { interest: true });
    expect(put.statusCode).toBe(200);
    const second = await companyIn(roskilde);
    await second.session.request("POST", "/api/interests", {
      openingId: second.opening.id,
      youthId: young.id,
    });
    const [mail, ...more] = await mailsTo(young.user.email);
    expect(more).toEqual([]);
    expect(mail?.text).toContain("En virksomhed i netværket er interesseret i dig");
    expect(mail?.text).toContain("A company in the network is interested in you");
    for (const secret of [second.company.name, second.opening.title, side.company.name]) {
      expect(mail?.text).not.toContain(secret);
      expect(mail?.subject).not.toContain(secret);
    }
  });

  it("answers 404 for a young person who does not consent to both, or is elsewhere, as if they did not exist", async () => {
    const side = await companyIn(roskilde);
    const { young: hidden } = await youngIn(roskilde, { consented: false });
    const { young: notContactable } = await youngIn(roskilde, { contactable: false });
    const { young: withdrawn } = await youngIn(roskilde);
    await withdrawConsent(withdrawn, "contact_by_companies");
    const { young: elsewhere } = await youngIn(sonderborg);
    for (const young of [hidden, notContactable, withdrawn, elsewhere]) {
      const response = await side.session.request("POST", "/api/interests", {
        openingId: side.opening.id,
        youthId: young.id,
      });
      expect(response.statusCode).toBe(404);
    }
    expect(await t.db.select().from(interests).where(eq(interests.openingId, side.opening.id))).toEqual([]);
  });

  it("answers a young person's own interest even when they have not let companies contact them first", async () => {
    const side = await companyIn(roskilde);
    const { young, session } = await youngIn(roskilde, { contactable: false });
    const theirs = await session.request("POST", "/api/interests", { openingId: side.opening.id });
    expect(theirs.statusCode).toBe(201);
    const ours = await side.session.request("POST", "/api/interests", {
      openingId: side.opening.id,
      youthId: young.id,
    });
    expect(ours.statusCode).toBe(201);
    expect(ours.json().match).not.toBeNull();
  });

  it("marks interest only for its own company's openings, needs youthId, and not for a paused opening", async () => {
    const side = await companyIn(roskilde);
    const other = await companyIn(roskilde);
    const { young } = await youngIn(roskilde);
    const foreign = await side.session.request("POST", "/api/interests", {
      openingId: other.opening.id,
      youthId: young.id,
    });
    expect(foreign.statusCode).toBe(404);
    const missing = await side.session.request("POST", "/api/interests", { openingId: side.opening.id });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe("youthId");
    const paused = await createOpening(t.db, side.company, { status: "paused" });
    const onPaused = await side.session.request("POST", "/api/interests", {
      openingId: paused.id,
      youthId: young.id,
    });
    expect(onPaused.statusCode).toBe(409);
  });

  it("does not email contacts who switched interest emails off", async () => {
    const side = await companyIn(roskilde);
    await side.session.request("PUT", "/api/me/notification-preferences", { interest: false });
    const { session } = await youngIn(roskilde);
    expect((await session.request("POST", "/api/interests", { openingId: side.opening.id })).statusCode).toBe(
      201,
    );
    expect(await mailsTo(side.contact.email)).toEqual([]);
  });
});

describe("a match", () => {
  it("is made when the second side marks interest, announced to both sides and audited", async () => {
    const side = await companyIn(roskilde);
    const { young, session } = await youngIn(roskilde);
    const first = await session.request("POST", "/api/interests", { openingId: side.opening.id });
    const second = await side.session.request("POST", "/api/interests", {
      openingId: side.opening.id,
      youthId: young.id,
    });
    expect(first.json().match).toBeNull();
    expect(second.statusCode).toBe(201);
    const matchId = second.json().match.id;
    const [row] = await t.db.select().from(matches).where(eq(matches.id, matchId));
    expect(row).toMatchObject({
      openingId: side.opening.id,
      youthId: young.id,
      companyId: side.company.id,
      status: "active",
      municipalityId: roskilde.id,
    });
    expect(await auditActionsOf(matchId)).toEqual(["match.created"]);
    const link = `http://nextwork.test/matches/${matchId}`;
    const youthMails = await mailsTo(young.user.email);
    expect(youthMails.map((mail) => mail.links)).toEqual([[link]]);
    expect(youthMails[0]?.text).toContain(side.company.name);
    const contactMails = await mailsTo(side.contact.email);
    // The young person's interest first, then the match.
    expect(contactMails.map((mail) => mail.links.at(0))).toEqual([
      `http://nextwork.test/company/openings/${side.opening.id}/recommendations`,
      link,
    ]);

    // Withdrawing is over once there is a match.
    expect(
      (await session.request("POST", `/api/interests/${first.json().interest.id}/withdraw`)).statusCode,
    ).toBe(409);
    expect(
      (await side.session.request("POST", `/api/interests/${second.json().interest.id}/withdraw`)).statusCode,
    ).toBe(409);
  });

  it("is made exactly once when both sides click at the same moment", async () => {
    const side = await companyIn(roskilde);
    const pairs = [];
    for (let i = 0; i < 25; i += 1) {
      const opening = await createOpening(t.db, side.company);
      pairs.push({ opening, ...(await youngIn(roskilde)) });
    }
    for (const pair of pairs) {
      const [fromYoung, fromCompany] = await Promise.all([
        pair.session.request("POST", "/api/interests", { openingId: pair.opening.id }),
        side.session.request("POST", "/api/interests", {
          openingId: pair.opening.id,
          youthId: pair.young.id,
        }),
      ]);
      expect(fromYoung?.statusCode).toBe(201);
      expect(fromCompany?.statusCode).toBe(201);
      const reported = [fromYoung?.json().match, fromCompany?.json().match].filter((match) => match !== null);
      expect(reported).toHaveLength(1);
      const rows = await t.db
        .select({ id: matches.id })
        .from(matches)
        .where(and(eq(matches.openingId, pair.opening.id), eq(matches.youthId, pair.young.id)));
      expect(rows).toEqual([{ id: reported[0].id }]);
    }
  });

  it("cannot be made again for a pair whose match was ended (409)", async () => {
    const side = await companyIn(roskilde);
    const { young, session } = await youngIn(roskilde);
    const match = await createMatch(t.db, {
      young,
      opening: side.opening,
      company: side.company,
      contact: side.contact,
    });
    expect((await session.request("POST", "/api/interests", { openingId: side.opening.id })).statusCode).toBe(
      409,
    );
    await t.db.update(matches).set({ status: "ended", endReason: "timing" }).where(eq(matches.id, match.id));
    await t.db.update(interests).set({ withdrawnAt: new Date() }).where(eq(interests.youthId, young.id));
    const again = await session.request("POST", "/api/interests", { openingId: side.opening.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain("ended");
    const fromCompany = await side.session.request("POST", "/api/interests", {
      openingId: side.opening.id,
      youthId: young.id,
    });
    expect(fromCompany.statusCode).toBe(409);
  });
});

describe("withdrawing", () => {
  it("withdraws one's own live interest once, audited, and it can be marked again", async () => {
    const side = await companyIn(roskilde);
    const { young, session } = await youngIn(roskilde);
    const interest = (await session.request("POST", "/api/interests", { openingId: side.opening.id })).json()
      .interest;
    t.clock.advance(60_000);
    const withdrawn = await session.request("POST", `/api/interests/${interest.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ id: interest.id, withdrawnAt: t.clock.now().toISOString() });
    expect((await session.request("POST", `/api/interests/${interest.id}/withdraw`)).statusCode).toBe(409);
    expect((await auditActionsOf(interest.id)).sort()).toEqual(["interest.created", "interest.withdrawn"]);
    // The company's answer now makes no match.
    const answer = await side.session.request("POST", "/api/interests", {
      openingId: side.opening.id,
      youthId: young.id,
    });
    expect(answer.json().match).toBeNull();
    const again = await session.request("POST", "/api/interests", { openingId: side.opening.id });
    expect(again.statusCode).toBe(201);
    expect(again.json().match).not.toBeNull();
  });

  it("withdraws only one's own side's interest (404 for the other side's or another company's)", async () => {
    const side = await companyIn(roskilde);
    const other = await companyIn(roskilde);
    const { young, session } = await youngIn(roskilde);
    const fromCompany = await createInterest(t.db, {
      young,
      opening: side.opening,
      side: "company",
      contact: side.contact,
    });
    const fromYoung = await createInterest(t.db, { young, opening: other.opening, side: "youth" });
    const { session: stranger } = await youngIn(roskilde);
    expect((await session.request("POST", `/api/interests/${fromCompany.id}/withdraw`)).statusCode).toBe(404);
    expect((await stranger.request("POST", `/api/interests/${fromYoung.id}/withdraw`)).statusCode).toBe(404);
    expect((await side.session.request("POST", `/api/interests/${fromYoung.id}/withdraw`)).statusCode).toBe(
      404,
    );
    expect(
      (await other.session.request("POST", `/api/interests/${fromCompany.id}/withdraw`)).statusCode,
    ).toBe(404);
    // A colleague at the same company may withdraw the company's interest.
    const colleague = await login(t.app, await createCompanyContact(t.db, side.company));
    expect((await colleague.request("POST", `/api/interests/${fromCompany.id}/withdraw`)).statusCode).toBe(
      200,
    );
  });
});

describe("lists", () => {
  it("shows each side what it may see and staff everything of their municipality", async () => {
    const municipality = await createMunicipality(t.db);
    const side = await companyIn(municipality);
    const other = await companyIn(municipality);
    const { young, session } = await youngIn(municipality);
    const { young: quiet } = await youngIn(municipality);
    const ownInterest = await createInterest(t.db, { young, opening: side.opening, side: "youth" });
    const companyInterest = await createInterest(t.db, {
      young: quiet,
      opening: side.opening,
      side: "company",
      contact: side.contact,
    });
    const toOther = await createInterest(t.db, { young, opening: other.opening, side: "youth" });
    const companyToYoung = await createInterest(t.db, {
      young,
      opening: other.opening,
      side: "company",
      contact: other.contact,
    });

    const own = await session.request("GET", "/api/interests");
    expect(own.statusCode).toBe(200);
    expect(ids(own)).toEqual([toOther.id, ownInterest.id]);
    expect(own.json().items[1]).toEqual({
      id: ownInterest.id,
      side: "youth",
      openingId: side.opening.id,
      youthId: young.id,
      message: null,
      createdAt: expect.any(String),
      withdrawnAt: null,
      opening: {
        id: side.opening.id,
        title: side.opening.title,
        company: { id: side.company.id, name: side.company.name },
      },
    });
    expect(ids(await session.request("GET", "/api/interests?side=company"))).toEqual([]);

    const company = await side.session.request("GET", "/api/interests");
    expect(ids(company)).toEqual([companyInterest.id, ownInterest.id]);
    const item = company.json().items[1];
    expect(item.opening).toEqual({ id: side.opening.id, title: side.opening.title });
    expect(item.youth).toEqual({
      id: young.id,
      firstName: young.user.displayName.split(" ")[0],
      age: expect.any(Number),
    });
    expect(ids(await side.session.request("GET", "/api/interests?side=youth"))).toEqual([ownInterest.id]);
    expect(ids(await side.session.request("GET", `/api/interests?openingId=${other.opening.id}`))).toEqual(
      [],
    );

    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    const all = await staff.request("GET", "/api/interests");
    expect(ids(all)).toEqual([companyToYoung.id, toOther.id, companyInterest.id, ownInterest.id]);
    expect(all.json().items[3].youth).toEqual({ id: young.id, displayName: young.user.displayName });
    const { session: elsewhere } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect(ids(await elsewhere.request("GET", "/api/interests"))).not.toContain(ownInterest.id);

    const firstPage = await staff.request("GET", "/api/interests?limit=3");
    expect(ids(firstPage)).toHaveLength(3);
    const rest = await staff.request("GET", `/api/interests?limit=3&cursor=${firstPage.json().nextCursor}`);
    expect(ids(rest)).toEqual([ownInterest.id]);
    expect(rest.json().nextCursor).toBeNull();
  });

  it("hides a young person from the company when they withdraw consent or their interest", async () => {
    const side = await companyIn(roskilde);
    const { young } = await youngIn(roskilde);
    const { young: leaving } = await youngIn(roskilde);
    const mine = await createInterest(t.db, {
      young,
      opening: side.opening,
      side: "company",
      contact: side.contact,
    });
    const theirs = await createInterest(t.db, { young: leaving, opening: side.opening, side: "youth" });
    const listed = async () =>
      ids(await side.session.request("GET", `/api/interests?openingId=${side.opening.id}`));
    expect((await listed()).sort()).toEqual([mine.id, theirs.id].sort());

    await withdrawConsent(young, "profile_visible_to_companies");
    expect(await listed()).toEqual([theirs.id]);
    await t.db.update(interests).set({ withdrawnAt: new Date() }).where(eq(interests.id, theirs.id));
    expect(await listed()).toEqual([]);
    await recordProfileConsent(t.db, young, true, new Date(Date.now() + 5000));
    expect(await listed()).toEqual([mine.id]);
  });
});

describe("incoming interest", () => {
  it("shows the young person a count of interested companies only when they chose to hear of it", async () => {
    const { young, session } = await youngIn(roskilde);
    const a = await companyIn(roskilde);
    const b = await companyIn(roskilde);
    const matched = await companyIn(roskilde);
    const withdrawn = await companyIn(roskilde);
    const secondOpening = await createOpening(t.db, a.company);
    await createInterest(t.db, { young, opening: a.opening, side: "company", contact: a.contact });
    await createInterest(t.db, { young, opening: secondOpening, side: "company", contact: a.contact });
    await createInterest(t.db, { young, opening: b.opening, side: "company", contact: b.contact });
    await createMatch(t.db, {
      young,
      opening: matched.opening,
      company: matched.company,
      contact: matched.contact,
    });
    const gone = await createInterest(t.db, {
      young,
      opening: withdrawn.opening,
      side: "company",
      contact: withdrawn.contact,
    });
    await t.db.update(interests).set({ withdrawnAt: new Date() }).where(eq(interests.id, gone.id));

    const hidden = await session.request("GET", "/api/me/incoming-interest");
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toEqual({ visible: false, count: null });
    await session.request("PUT", "/api/me/notification-preferences", { interest: true });
    expect((await session.request("GET", "/api/me/incoming-interest")).json()).toEqual({
      visible: true,
      count: 2,
    });

    const { session: nobody } = await youngIn(roskilde);
    await nobody.request("PUT", "/api/me/notification-preferences", { interest: true });
    expect((await nobody.request("GET", "/api/me/incoming-interest")).json()).toEqual({
      visible: true,
      count: 0,
    });
  });
});
