import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawCompanyVisibility } from "../../../tests/support/company-network-factories.js";
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
import { auditEvents, companyReferrals, matches, outboxMails, users } from "../db/schema.js";

let t: TestApp;
let foreign: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  foreign = await createMunicipality(t.db);
});
afterAll(() => t.close());

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));

async function companyWithContact(municipality: MunicipalityFixture, name: string) {
  const company = await createCompany(t.db, { municipality, name });
  const contact = await createCompanyContact(t.db, company);
  return { company, contact, session: await login(t.app, contact) };
}

/**
 * A young person who knows the referring company from a match, and a second company to refer
 * them to, with one open and one paused opening.
 */
async function scene(options: { consented?: boolean; matched?: boolean } = {}) {
  const municipality = await createMunicipality(t.db);
  const from = await companyWithContact(municipality, "Fra Gården ApS");
  const to = await companyWithContact(municipality, "Til Stalden A/S");
  const young = await createYouth(t.db, { municipality, consented: options.consented ?? true });
  await t.db.update(users).set({ displayName: "Freja Nielsen" }).where(eq(users.id, young.user.id));
  if (options.matched !== false) {
    const opening = await createOpening(t.db, from.company);
    await createMatch(t.db, { young, opening, company: from.company, contact: from.contact });
  }
  const openOpening = await createOpening(t.db, to.company, { title: "Staldhjælper" });
  await createOpening(t.db, to.company, { title: "Sat på pause", status: "paused" });
  return { municipality, from, to, young, openOpening };
}

const referralBody = (youthId: string, toCompanyId: string, overrides: object = {}) => ({
  youthId,
  toCompanyId,
  note: "Freja var stabil og glad for dyrene.\nHun vil gerne prøve en større stald.",
  ...overrides,
});

describe("referring a young person", () => {
  it("a company refers a young person it knows from a match; the other company and the young person are told", async () => {
    const { from, to, young, openOpening } = await scene();
    const created = await from.session.request(
      "POST",
      "/api/referrals",
      referralBody(young.id, to.company.id),
    );
    expect(created.statusCode).toBe(201);
    const referral = created.json();
    expect(referral).toMatchObject({
      youth: { id: young.id, firstName: "Freja" },
      fromCompany: { id: from.company.id, name: "Fra Gården ApS" },
      toCompany: { id: to.company.id, name: "Til Stalden A/S" },
      note: "Freja var stabil og glad for dyrene.\nHun vil gerne prøve en større stald.",
      createdAt: t.clock.now().toISOString(),
      dismissed: false,
      toCompanyOpenings: [{ id: openOpening.id, title: "Staldhjælper" }],
    });
    expect(JSON.stringify(referral)).not.toContain("Nielsen");

    const [toMail] = await mailsTo(to.contact.email);
    expect(toMail?.text).toContain("Fra Gården ApS har henvist Freja");
    expect(toMail?.links).toEqual(["http://nextwork.test/referrals"]);
    const [youthMail] = await mailsTo(young.user.email);
    expect(youthMail?.text).toContain("Til Stalden A/S");
    expect(youthMail?.links).toEqual(["http://nextwork.test/referrals"]);
    expect(await mailsTo(from.contact.email)).toEqual([]);
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referral.created"), eq(auditEvents.subjectId, referral.id)));
    expect(audit).toMatchObject({ actorUserId: from.contact.id, subjectType: "company_referral" });
  });

  it("counts an ended match too", async () => {
    const { from, to, young } = await scene();
    await t.db
      .update(matches)
      .set({ status: "ended", endedAt: t.clock.now() })
      .where(eq(matches.youthId, young.id));
    const created = await from.session.request(
      "POST",
      "/api/referrals",
      referralBody(young.id, to.company.id),
    );
    expect(created.statusCode).toBe(201);
  });

  it("answers 404 when the young person does not let companies see them, or the company has no match with them", async () => {
    const noConsent = await scene({ consented: false });
    expect(
      (
        await noConsent.from.session.request(
          "POST",
          "/api/referrals",
          referralBody(noConsent.young.id, noConsent.to.company.id),
        )
      ).statusCode,
    ).toBe(404);

    const withdrawn = await scene();
    await withdrawCompanyVisibility(t.db, withdrawn.young);
    expect(
      (
        await withdrawn.from.session.request(
          "POST",
          "/api/referrals",
          referralBody(withdrawn.young.id, withdrawn.to.company.id),
        )
      ).statusCode,
    ).toBe(404);

    const unmatched = await scene({ matched: false });
    expect(
      (
        await unmatched.from.session.request(
          "POST",
          "/api/referrals",
          referralBody(unmatched.young.id, unmatched.to.company.id),
        )
      ).statusCode,
    ).toBe(404);
    // The company the young person matched with elsewhere does not make them referable by this one.
    const matchedElsewhere = await scene();
    const bystander = await companyWithContact(matchedElsewhere.municipality, "Tredje ApS");
    expect(
      (
        await bystander.session.request(
          "POST",
          "/api/referrals",
          referralBody(matchedElsewhere.young.id, matchedElsewhere.to.company.id),
        )
      ).statusCode,
    ).toBe(404);
    expect(
      await t.db.select().from(companyReferrals).where(eq(companyReferrals.youthId, unmatched.young.id)),
    ).toEqual([]);
    expect(await mailsTo(noConsent.young.user.email)).toEqual([]);
  });

  it("answers 400 on toCompanyId for the own company or one outside the municipality, and on a bad note", async () => {
    const { from, to, young } = await scene();
    const foreignCompany = await createCompany(t.db, { municipality: foreign });
    const cases: [object, string][] = [
      [referralBody(young.id, from.company.id), "toCompanyId"],
      [referralBody(young.id, foreignCompany.id), "toCompanyId"],
      [referralBody(young.id, "0192f7c6-0000-7000-8000-000000000000"), "toCompanyId"],
      [referralBody(young.id, to.company.id, { note: "   " }), "note"],
      [referralBody(young.id, to.company.id, { note: "x".repeat(1001) }), "note"],
      [referralBody("ikke-et-id", to.company.id), "youthId"],
    ];
    for (const [body, path] of cases) {
      const response = await from.session.request("POST", "/api/referrals", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("lets only company contacts refer", async () => {
    const { municipality, to, young } = await scene();
    const staff = await loggedInUser(t.app, t.db, "staff", municipality);
    const youthSession = await login(t.app, young.user);
    for (const session of [staff.session, youthSession]) {
      expect(
        (await session.request("POST", "/api/referrals", referralBody(young.id, to.company.id))).statusCode,
      ).toBe(403);
    }
  });

  it("a young person of another municipality is out of reach", async () => {
    const { from, to } = await scene();
    const stranger = await createYouth(t.db, { municipality: foreign });
    expect(
      (await from.session.request("POST", "/api/referrals", referralBody(stranger.id, to.company.id)))
        .statusCode,
    ).toBe(404);
  });
});

describe("reading and dismissing referrals", () => {
  it("each reader sees their side: sender, receiver, the young person and staff; other municipalities nothing", async () => {
    const { municipality, from, to, young } = await scene();
    const id = (
      await from.session.request("POST", "/api/referrals", referralBody(young.id, to.company.id))
    ).json().id;
    const ids = (list: { id: string }[]) => list.map((referral) => referral.id);

    const fromView = (await from.session.request("GET", "/api/referrals")).json();
    expect([ids(fromView.sent), ids(fromView.received)]).toEqual([[id], []]);
    const toView = (await to.session.request("GET", "/api/referrals")).json();
    expect([ids(toView.sent), ids(toView.received)]).toEqual([[], [id]]);
    const youthSession = await login(t.app, young.user);
    const youthView = (await youthSession.request("GET", "/api/referrals")).json();
    expect([ids(youthView.sent), ids(youthView.received)]).toEqual([[], [id]]);
    const staff = await loggedInUser(t.app, t.db, "staff", municipality);
    const staffView = (await staff.session.request("GET", "/api/referrals")).json();
    expect([ids(staffView.sent), ids(staffView.received)]).toEqual([[id], []]);

    const foreignStaff = await loggedInUser(t.app, t.db, "staff", foreign);
    expect(ids((await foreignStaff.session.request("GET", "/api/referrals")).json().sent)).not.toContain(id);
    const bystander = await companyWithContact(municipality, "Tredje ApS");
    expect((await bystander.session.request("GET", "/api/referrals")).json()).toEqual({
      sent: [],
      received: [],
    });

    // Once the young person stops letting companies see them, the companies no longer see the referral.
    await withdrawCompanyVisibility(t.db, young);
    expect((await to.session.request("GET", "/api/referrals")).json().received).toEqual([]);
    expect(ids((await youthSession.request("GET", "/api/referrals")).json().received)).toEqual([id]);
  });

  it("the young person puts a referral aside; anyone else gets 404", async () => {
    const { municipality, from, to, young } = await scene();
    const id = (
      await from.session.request("POST", "/api/referrals", referralBody(young.id, to.company.id))
    ).json().id;
    const otherYoung = await createYouth(t.db, { municipality });
    const staff = await loggedInUser(t.app, t.db, "staff", municipality);
    for (const session of [await login(t.app, otherYoung.user), to.session, from.session, staff.session]) {
      expect((await session.request("POST", `/api/referrals/${id}/dismiss`)).statusCode).toBe(404);
    }
    const youthSession = await login(t.app, young.user);
    expect((await youthSession.request("POST", `/api/referrals/${id}/dismiss`)).statusCode).toBe(204);
    expect((await youthSession.request("POST", `/api/referrals/${id}/dismiss`)).statusCode).toBe(204);
    const [received] = (await youthSession.request("GET", "/api/referrals")).json().received;
    expect(received).toMatchObject({ id, dismissed: true });
    expect((await to.session.request("GET", "/api/referrals")).json().received[0].dismissed).toBe(true);
    expect(
      (await youthSession.request("POST", "/api/referrals/0192f7c6-0000-7000-8000-000000000000/dismiss"))
        .statusCode,
    ).toBe(404);
  });
});
