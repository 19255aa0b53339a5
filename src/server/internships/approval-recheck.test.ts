import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  login,
  type MunicipalityFixture,
  type Session,
} from "../../../tests/support/factories.js";
import { createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, internships, openings, outboxMails } from "../db/schema.js";

/**
 * The rules judged again when an approval completes (decision 0009). Proposals hold no seat, so
 * two proposals at a company with room for one trainee each keep the ratio alone; the second to be
 * approved must not slip past it.
 */

let t: TestApp;
let roskilde: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
});
afterAll(() => t.close());

/** Four weeks from Monday 7 December 2026: within every rule on its own. */
const plan = (matchId: string) => ({
  matchId,
  startDate: "2026-12-07",
  plannedEndDate: "2027-01-03",
  hoursPerWeek: 20,
  purpose: "At lære at passe butikken og at møde stabilt.",
});

/**
 * A company of 4 employees (room for 1 trainee at a time) with an opening of two seats, so the
 * seats never decide; two young people each proposed for the same weeks, everyone logged in.
 */
async function twoProposalsAtSmallCompany() {
  const counsellor = await createUser(t.db, { role: "staff", municipality: roskilde });
  const colleague = await createUser(t.db, { role: "staff", municipality: roskilde });
  const company = await createCompany(t.db, { municipality: roskilde, employeeCount: 4 });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { seats: 2 });
  const employer = await login(t.app, contact);
  const proposals = [];
  for (let i = 0; i < 2; i++) {
    const young = await createYouth(t.db, { municipality: roskilde, contactable: true, counsellor });
    const match = await createMatch(t.db, { young, opening, company, contact });
    const proposed = await employer.request("POST", "/api/internships", plan(match.id));
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json().ruleFindings).toEqual([]);
    const id: string = proposed.json().id;
    proposals.push({ id, url: `/api/internships/${id}/approve`, youth: await login(t.app, young.user) });
  }
  const [first, second] = proposals;
  if (!first || !second) throw new Error("two proposals");
  return {
    first,
    second,
    company,
    contact,
    opening,
    counsellor,
    staff: await login(t.app, counsellor),
    colleague: await login(t.app, colleague),
    colleagueUser: colleague,
  };
}

const rowOf = async (id: string) => {
  const [row] = await t.db.select().from(internships).where(eq(internships.id, id));
  return row;
};

const seatsTaken = async (openingId: string) => {
  const [row] = await t.db
    .select({ seatsTaken: openings.seatsTaken })
    .from(openings)
    .where(eq(openings.id, openingId));
  return row?.seatsTaken;
};

const overridesAudited = async (id: string) =>
  (
    await t.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, "internship.rule_overridden")))
  ).length;

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));

const ratioBreach = expect.objectContaining({
  rule: "company_ratio",
  severity: "breach",
  limit: 1,
  actual: 2,
});

async function approve(session: Session, url: string, body?: object) {
  return session.request("POST", url, body);
}

describe("staff completing an approval", () => {
  it("answer 422 with the ratio finding when the company's one place was taken since; nothing changes", async () => {
    const { first, second, opening, staff } = await twoProposalsAtSmallCompany();
    for (const proposal of [first, second])
      expect((await approve(proposal.youth, proposal.url)).statusCode).toBe(200);
    const approved = await approve(staff, first.url);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe("approved");

    const refused = await approve(staff, second.url);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().findings).toEqual([ratioBreach]);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "company" })]);
    expect(await rowOf(second.id)).toMatchObject({
      status: "proposed",
      staffApprovedAt: null,
      overrideReason: null,
      ruleFindings: [],
    });
    expect(await seatsTaken(opening.id)).toBe(1);
  });

  it("go ahead with a written reason, which is stored with the new findings and audited", async () => {
    const { first, second, opening, staff, counsellor } = await twoProposalsAtSmallCompany();
    for (const proposal of [first, second]) await approve(proposal.youth, proposal.url);
    await approve(staff, first.url);

    // Only staff override; a young person who sends a reason is refused as on a proposal.
    expect((await approve(second.youth, second.url, { overrideReason: "Jeg vil gerne" })).statusCode).toBe(
      403,
    );
    const reason = "Virksomheden har en ekstra mentor i december.";
    const overridden = await approve(staff, second.url, { overrideReason: reason });
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect(overridden.json()).toMatchObject({ status: "approved", overrideReason: reason });
    expect(await rowOf(second.id)).toMatchObject({
      status: "approved",
      ruleSetId: "lab-2020",
      ruleFindings: [ratioBreach],
      overrideReason: reason,
      overriddenByUserId: counsellor.id,
    });
    expect(await overridesAudited(second.id)).toBe(1);
    expect(await overridesAudited(first.id)).toBe(0);
    expect(await seatsTaken(opening.id)).toBe(2);
  });

  it("are not asked again when an override at the proposal answered the same breach", async () => {
    const { first, company, contact, opening, staff } = await twoProposalsAtSmallCompany();
    await approve(first.youth, first.url);
    await approve(staff, first.url);
    // A third young person for the same weeks: now the proposal itself breaches the ratio.
    const young = await createYouth(t.db, { municipality: roskilde, contactable: true });
    const match = await createMatch(t.db, { young, opening, company, contact });
    const proposed = await staff.request("POST", "/api/internships", {
      ...plan(match.id),
      overrideReason: "Aftalt med virksomheden.",
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const url = `/api/internships/${proposed.json().id}/approve`;
    expect((await approve(await login(t.app, young.user), url)).statusCode).toBe(200);
    const approved = await approve(staff, url);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe("approved");
    expect(await overridesAudited(proposed.json().id)).toBe(1);
  });
});

describe("the young person completing an approval", () => {
  it("is kept, while the municipality's approval is taken back and staff are told", async () => {
    const { first, second, opening, staff, colleague, colleagueUser, counsellor } =
      await twoProposalsAtSmallCompany();
    // Staff approve the second first; then the first is approved in full and takes the one place.
    expect((await approve(colleague, second.url)).json().status).toBe("proposed");
    await approve(first.youth, first.url);
    expect((await approve(staff, first.url)).json().status).toBe("approved");

    const byYouth = await approve(second.youth, second.url);
    expect(byYouth.statusCode, byYouth.body).toBe(200);
    expect(byYouth.json()).toMatchObject({
      status: "proposed",
      approvals: { youthApprovedAt: expect.any(String), staffApprovedAt: null },
    });
    expect(await rowOf(second.id)).toMatchObject({
      status: "proposed",
      staffApprovedAt: null,
      staffApprovedByUserId: null,
      ruleFindings: [ratioBreach],
      overrideReason: null,
    });
    expect(await seatsTaken(opening.id)).toBe(1);
    for (const email of [colleagueUser.email, counsellor.email])
      expect((await mailsTo(email)).map((mail) => mail.subject)).toContain(
        "Godkend praktikforløbet igen / Approve the internship again",
      );

    // Staff decide again, now in front of the breach.
    const again = await approve(colleague, second.url);
    expect(again.statusCode, again.body).toBe(422);
    expect(again.json().findings).toEqual([ratioBreach]);
    const overridden = await approve(colleague, second.url, { overrideReason: "Ekstra mentor." });
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect(overridden.json().status).toBe("approved");
    expect(await seatsTaken(opening.id)).toBe(2);
  });
});

describe("concurrent completing approvals at one company", () => {
  it("let at most one through without an override; the other gets 422", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 5; round++) {
      const { first, second, opening, staff, colleague } = await twoProposalsAtSmallCompany();
      for (const proposal of [first, second]) await approve(proposal.youth, proposal.url);
      await t.app.changes.heardOwnChanges();
      const responses = await Promise.all(
        [
          [staff, first.url],
          [colleague, second.url],
        ].map(([session, url]) => {
          const { cookie, csrfToken } = session as Session;
          return t.app.inject({
            method: "POST",
            url: url as string,
            headers: { cookie, "x-csrf-token": csrfToken },
          });
        }),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 422]);
      const statuses = [(await rowOf(first.id))?.status, (await rowOf(second.id))?.status].sort();
      expect(statuses).toEqual(["approved", "proposed"]);
      expect(await seatsTaken(opening.id)).toBe(1);
    }
  });
});
