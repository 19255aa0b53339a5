import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
  type YouthFixture,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import { createInternship } from "../../../tests/support/internship-factories.js";
import { createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import {
  auditEvents,
  companies,
  internships,
  matches,
  openings,
  outboxMails,
  youth as youthTable,
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

/** A young person with a counsellor, matched with a company's opening; everyone logged in. */
async function network(
  municipality: MunicipalityFixture,
  options: { employeeCount?: number; seats?: number } = {},
) {
  const counsellor = await createUser(t.db, { role: "staff", municipality });
  const young = await createYouth(t.db, { municipality, contactable: true, counsellor });
  const company = await createCompany(t.db, {
    municipality,
    employeeCount: options.employeeCount ?? 12,
    name: "Gården ApS",
  });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, {
    title: "Praktik på gården",
    seats: options.seats ?? 1,
  });
  const match = await createMatch(t.db, { young, opening, company, contact });
  return {
    counsellor,
    young,
    company,
    contact,
    opening,
    match,
    youth: await login(t.app, young.user),
    employer: await login(t.app, contact),
    staff: await login(t.app, counsellor),
  };
}

/** Four weeks from Monday 7 December 2026: within every rule for a company of 12. */
const plan = (matchId: string, overrides: object = {}) => ({
  matchId,
  startDate: "2026-12-07",
  plannedEndDate: "2027-01-03",
  hoursPerWeek: 20,
  purpose: "At lære at passe dyrene og at møde stabilt.",
  tasks: "Fodring og rengøring",
  mentorName: "Lise Hansen",
  ...overrides,
});

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));

const auditOf = async (internshipId: string) =>
  (
    await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, "internship"), eq(auditEvents.subjectId, internshipId)))
      .orderBy(auditEvents.occurredAt, auditEvents.id)
  ).map((row) => row.action);

const seatsOf = async (openingId: string) => {
  const [row] = await t.db
    .select({ seatsTaken: openings.seatsTaken, status: openings.status })
    .from(openings)
    .where(eq(openings.id, openingId));
  return row;
};

async function setReadiness(young: YouthFixture, readiness: "job_ready" | "education_ready" | "other") {
  await t.db.update(youthTable).set({ readiness }).where(eq(youthTable.id, young.id));
}

const id = "0192f7c6-0000-7000-8000-000000000000";

describe("access", () => {
  const routes = [
    ["GET", "/api/internships"],
    ["GET", `/api/internships/${id}`],
    ["POST", "/api/internships"],
    ["POST", "/api/internships/rule-check"],
    ["POST", `/api/internships/${id}/extension-check`],
    ["POST", `/api/internships/${id}/approve`],
    ["POST", `/api/internships/${id}/start`],
    ["POST", `/api/internships/${id}/extend`],
    ["POST", `/api/internships/${id}/complete`],
    ["POST", `/api/internships/${id}/end-early`],
    ["GET", `/api/internships/${id}/absences`],
    ["POST", `/api/internships/${id}/absences`],
    ["POST", `/api/internships/${id}/check-ins`],
    ["POST", `/api/internships/${id}/evaluations`],
  ] as const;

  it("answers 401 without a session, and 403 to roles without a part in it", async () => {
    for (const [method, url] of routes) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    for (const role of ["researcher", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role);
      for (const [method, url] of routes)
        expect((await session.request(method, url, method === "GET" ? undefined : {})).statusCode).toBe(403);
    }
  });

  it("lets each role do only its own steps", async () => {
    const { youth, employer, staff } = await network(roskilde);
    const forbidden: [typeof youth, string][] = [
      [youth, "/api/internships"],
      [youth, `/api/internships/${id}/start`],
      [youth, `/api/internships/${id}/extend`],
      [youth, `/api/internships/${id}/complete`],
      [youth, `/api/internships/${id}/end-early`],
      [employer, `/api/internships/${id}/approve`],
      [employer, `/api/internships/${id}/extend`],
      [employer, `/api/internships/${id}/extension-check`],
      [youth, "/api/internships/rule-check"],
      [staff, `/api/internships/${id}/check-ins`],
      [staff, `/api/internships/${id}/evaluations`],
    ];
    for (const [session, url] of forbidden)
      expect((await session.request("POST", url, {})).statusCode, url).toBe(403);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    expect((await admin.request("POST", "/api/internships", {})).statusCode).toBe(403);
    expect((await admin.request("POST", `/api/internships/${id}/approve`)).statusCode).toBe(403);
    expect((await admin.request("GET", "/api/internships")).statusCode).toBe(200);
  });
});

describe("proposing an internship", () => {
  it("from a match by the company: proposed, checked by the start date's rule set, the others told", async () => {
    const { match, employer, young, counsellor, contact, opening } = await network(roskilde);
    const response = await employer.request("POST", "/api/internships", plan(match.id));
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      matchId: match.id,
      status: "proposed",
      opening: { id: opening.id, title: "Praktik på gården" },
      company: { name: "Gården ApS" },
      youth: { id: young.id, firstName: young.user.displayName.split(" ")[0] },
      startDate: "2026-12-07",
      originalEndDate: "2027-01-03",
      plannedEndDate: "2027-01-03",
      hoursPerWeek: 20,
      purpose: "At lære at passe dyrene og at møde stabilt.",
      mentor: { name: "Lise Hansen", userId: null },
      approvals: { youthApprovedAt: null, staffApprovedAt: null },
      ruleSet: { id: "lab-2020" },
      ruleFindings: [],
      extensions: [],
      absences: [],
      checkIns: [],
      evaluations: [],
    });
    expect(created.youth.displayName).toBeUndefined();
    expect(created.warnings).toBeUndefined();
    expect(created.overrideReason).toBeUndefined();

    for (const email of [young.user.email, counsellor.email]) {
      const [mail] = await mailsTo(email);
      expect(mail?.subject).toContain("praktikforløb");
      expect(mail?.links).toEqual([`http://nextwork.test/internships/${created.id}`]);
    }
    expect(await mailsTo(contact.email)).toHaveLength(0);
    expect(await auditOf(created.id)).toEqual(["internship.proposed"]);
    expect(await seatsOf(opening.id)).toEqual({ seatsTaken: 0, status: "open" });
  });

  it("from a match by staff, with a contact person of the company as mentor", async () => {
    const { match, staff, company, contact } = await network(roskilde);
    const stranger = await createCompanyContact(t.db, await createCompany(t.db, { municipality: roskilde }));
    const notAContact = await staff.request(
      "POST",
      "/api/internships",
      plan(match.id, { mentorUserId: stranger.id, mentorName: null }),
    );
    expect(notAContact.statusCode).toBe(400);
    expect(notAContact.json().errors).toEqual([
      { path: "mentorUserId", message: "Not a contact person of the company" },
    ]);
    const response = await staff.request(
      "POST",
      "/api/internships",
      plan(match.id, { mentorUserId: contact.id, mentorName: null }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().mentor).toEqual({ name: contact.displayName, userId: contact.id });
    expect(response.json().company.id).toBe(company.id);
    // A match leads to one internship at a time.
    expect((await staff.request("POST", "/api/internships", plan(match.id))).statusCode).toBe(409);
  });

  it("refuses bad input, an ended match and a start before any rules", async () => {
    const { match, employer } = await network(roskilde);
    for (const body of [
      plan(match.id, { plannedEndDate: "2026-12-06" }),
      plan(match.id, { purpose: "  " }),
      plan(match.id, { startDate: "2026-02-30" }),
      plan(match.id, { hoursPerWeek: 20.5 }),
      plan(match.id, { hoursPerWeek: 0 }),
      plan(match.id, { extra: true }),
    ])
      expect(
        (await employer.request("POST", "/api/internships", body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    // The service hands the start date to the rules: nothing was in force in 2019.
    const early = await employer.request(
      "POST",
      "/api/internships",
      plan(match.id, { startDate: "2019-12-02", plannedEndDate: "2019-12-20" }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      { path: "startDate", message: "No internship rules are in effect on this date" },
    ]);
    await t.db.update(matches).set({ status: "ended", endReason: "timing" }).where(eq(matches.id, match.id));
    expect((await employer.request("POST", "/api/internships", plan(match.id))).statusCode).toBe(409);
  });

  it("answers 404 for a match out of reach", async () => {
    const { match } = await network(roskilde);
    const otherCompany = await createCompany(t.db, { municipality: roskilde });
    const outsider = await login(t.app, await createCompanyContact(t.db, otherCompany));
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    for (const session of [outsider, foreignStaff])
      expect((await session.request("POST", "/api/internships", plan(match.id))).statusCode).toBe(404);
  });
});

describe("the rules", () => {
  it("block a breach with 422 and the findings in Danish and English; nothing is stored", async () => {
    const { match, employer } = await network(roskilde);
    const response = await employer.request("POST", "/api/internships", plan(match.id, { hoursPerWeek: 10 }));
    expect(response.statusCode).toBe(422);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const problem = response.json();
    expect(problem).toMatchObject({
      type: "https://nextwork.dk/problems/internship-rules",
      status: 422,
      instance: "/api/internships",
      errors: [{ path: "hoursPerWeek", message: "At least 15 hours a week (here: 10)." }],
    });
    expect(problem.findings).toEqual([
      expect.objectContaining({
        rule: "min_hours_per_week",
        severity: "breach",
        limit: 15,
        actual: 10,
        message: { da: "Mindst 15 timer om ugen (her: 10).", en: "At least 15 hours a week (here: 10)." },
      }),
    ]);
    expect(problem.findings[0].source.length).toBeGreaterThan(10);
    expect(await t.db.select().from(internships).where(eq(internships.matchId, match.id))).toEqual([]);
  });

  it("can be asked about a plan before proposing it, which stores nothing", async () => {
    const { match, employer, staff } = await network(roskilde);
    const url = "/api/internships/rule-check";
    const { matchId, startDate, plannedEndDate } = plan(match.id);
    const short = await employer.request("POST", url, {
      matchId,
      startDate,
      plannedEndDate,
      hoursPerWeek: 10,
    });
    expect(short.statusCode, short.body).toBe(200);
    expect(short.json()).toMatchObject({
      ruleSet: { id: "lab-2020", effectiveFrom: "2020-01-01" },
      blocked: true,
      findings: [{ rule: "min_hours_per_week", message: { da: "Mindst 15 timer om ugen (her: 10)." } }],
    });
    const fine = await staff.request("POST", url, { matchId, startDate, plannedEndDate, hoursPerWeek: 20 });
    expect(fine.json()).toMatchObject({ blocked: false, findings: [] });
    expect(
      (
        await employer.request("POST", url, {
          matchId,
          startDate,
          plannedEndDate: "2026-12-01",
          hoursPerWeek: 20,
        })
      ).statusCode,
    ).toBe(400);
    const outsider = await login(
      t.app,
      await createCompanyContact(t.db, await createCompany(t.db, { municipality: roskilde })),
    );
    expect(
      (await outsider.request("POST", url, { matchId, startDate, plannedEndDate, hoursPerWeek: 20 }))
        .statusCode,
    ).toBe(404);
    expect(await t.db.select().from(internships).where(eq(internships.matchId, match.id))).toEqual([]);
  });

  it("let only staff override a breach, and only with a written reason, which is audited", async () => {
    const { match, employer, staff } = await network(roskilde);
    const short = plan(match.id, { hoursPerWeek: 12 });
    const byCompany = await employer.request("POST", "/api/internships", {
      ...short,
      overrideReason: "Vi synes, det er fint.",
    });
    expect(byCompany.statusCode).toBe(403);
    expect((await staff.request("POST", "/api/internships", short)).statusCode).toBe(422);
    expect(
      (await staff.request("POST", "/api/internships", { ...short, overrideReason: "   " })).statusCode,
    ).toBe(400);

    const reason = "Starter med 12 timer efter aftale med lægen; trappes op efter to uger.";
    const overridden = await staff.request("POST", "/api/internships", { ...short, overrideReason: reason });
    expect(overridden.statusCode, overridden.body).toBe(201);
    const created = overridden.json();
    expect(created.overrideReason).toBe(reason);
    expect(created.ruleFindings).toMatchObject([{ rule: "min_hours_per_week", severity: "breach" }]);
    expect(await auditOf(created.id)).toEqual(["internship.proposed", "internship.rule_overridden"]);
    const [row] = await t.db.select().from(internships).where(eq(internships.id, created.id));
    expect(row?.overriddenByUserId).not.toBeNull();

    // The company sees the findings, not the staff member's reason.
    const seenByCompany = (await employer.request("GET", `/api/internships/${created.id}`)).json();
    expect(seenByCompany.ruleFindings).toHaveLength(1);
    expect(seenByCompany.overrideReason).toBeUndefined();
  });

  it("judge the duration by the young person's readiness", async () => {
    const fiveWeeks = { plannedEndDate: "2027-01-10" };
    const jobReady = await network(roskilde);
    await setReadiness(jobReady.young, "job_ready");
    const refused = await jobReady.employer.request(
      "POST",
      "/api/internships",
      plan(jobReady.match.id, fiveWeeks),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      {
        path: "plannedEndDate",
        message:
          "For a job-ready or education-ready young person an internship lasts at most 4 weeks (here: 5 weeks).",
      },
    ]);
    const other = await network(roskilde);
    expect(
      (await other.employer.request("POST", "/api/internships", plan(other.match.id, fiveWeeks))).statusCode,
    ).toBe(201);
  });

  it("count the company's trainees that overlap the period for the ratio", async () => {
    // Four employees allow one trainee at a time.
    const first = await network(roskilde, { employeeCount: 4, seats: 3 });
    await createInternship(t.db, {
      ...first,
      status: "active",
      startDate: "2026-11-16",
      plannedEndDate: "2026-12-13",
    });
    const second = await createYouth(t.db, { municipality: roskilde, contactable: true });
    const match = await createMatch(t.db, { ...first, young: second });
    const overlapping = await first.employer.request("POST", "/api/internships", plan(match.id));
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.json().findings).toEqual([
      expect.objectContaining({ rule: "company_ratio", limit: 1, actual: 2 }),
    ]);
    expect(overlapping.json().errors[0].path).toBe("company");
    const after = await first.employer.request(
      "POST",
      "/api/internships",
      plan(match.id, { startDate: "2026-12-14", plannedEndDate: "2027-01-10" }),
    );
    expect(after.statusCode, after.body).toBe(201);
  });

  it("store a warning without blocking: an unknown employee count", async () => {
    const { match, employer, company } = await network(roskilde);
    await t.db.update(companies).set({ employeeCount: null }).where(eq(companies.id, company.id));
    const response = await employer.request("POST", "/api/internships", plan(match.id));
    expect(response.statusCode).toBe(201);
    expect(response.json().ruleFindings).toEqual([
      expect.objectContaining({ rule: "employee_count_unknown", severity: "warning" }),
    ]);
  });
});

describe("approval", () => {
  it("needs the young person and staff; the second approval takes a seat and fills the opening", async () => {
    const { match, employer, youth, staff, opening, contact } = await network(roskilde);
    const { id: internshipId } = (await employer.request("POST", "/api/internships", plan(match.id))).json();
    const url = `/api/internships/${internshipId}/approve`;

    const byYouth = await youth.request("POST", url);
    expect(byYouth.statusCode, byYouth.body).toBe(200);
    expect(byYouth.json().status).toBe("proposed");
    expect(byYouth.json().approvals.youthApprovedAt).toBe(t.clock.now().toISOString());
    expect((await youth.request("POST", url)).statusCode).toBe(409);
    expect(await seatsOf(opening.id)).toEqual({ seatsTaken: 0, status: "open" });

    const byStaff = await staff.request("POST", url);
    expect(byStaff.statusCode, byStaff.body).toBe(200);
    expect(byStaff.json()).toMatchObject({
      status: "approved",
      approvals: { youthApprovedAt: expect.any(String), staffApprovedAt: expect.any(String) },
    });
    expect(await seatsOf(opening.id)).toEqual({ seatsTaken: 1, status: "filled" });
    expect((await staff.request("POST", url)).statusCode).toBe(409);
    expect(await auditOf(internshipId)).toEqual([
      "internship.proposed",
      "internship.approved",
      "internship.approved",
    ]);
    const [mail] = (await mailsTo(contact.email)).filter((m) => m.subject.includes("godkendt"));
    expect(mail?.text).toContain(`/internships/${internshipId}`);
  });

  it("refuses the approval that finds no free seat, and changes nothing", async () => {
    const first = await network(roskilde);
    await createInternship(t.db, {
      ...first,
      status: "approved",
      startDate: "2026-12-07",
      plannedEndDate: "2027-01-03",
    });
    const second = await createYouth(t.db, { municipality: roskilde, contactable: true });
    const waiting = await createInternship(t.db, {
      ...first,
      young: second,
      match: undefined,
      startDate: "2027-02-01",
      plannedEndDate: "2027-02-28",
      youthApproved: true,
    });
    const refused = await first.staff.request("POST", `/api/internships/${waiting.id}/approve`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain("No free seat");
    const [row] = await t.db.select().from(internships).where(eq(internships.id, waiting.id));
    expect(row).toMatchObject({ status: "proposed", staffApprovedAt: null });
    expect(await seatsOf(first.opening.id)).toEqual({ seatsTaken: 1, status: "filled" });
    expect(await auditOf(waiting.id)).toEqual([]);
  });

  it("is out of reach for other young people, other companies and other municipalities", async () => {
    const { match, employer } = await network(roskilde);
    const { id: internshipId } = (await employer.request("POST", "/api/internships", plan(match.id))).json();
    const otherYoung = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    for (const session of [otherYoung, foreignStaff])
      expect((await session.request("POST", `/api/internships/${internshipId}/approve`)).statusCode).toBe(
        404,
      );
  });
});

describe("reading", () => {
  it("shows each role its own internships, staff the municipality's with warnings and the ones ending soon", async () => {
    const a = await network(roskilde);
    const b = await network(roskilde);
    const foreign = await network(sonderborg);
    // Running for three weeks without a single check-in, and ending within 14 days.
    const running = await createInternship(t.db, {
      ...a,
      status: "active",
      startDate: "2026-11-09",
      plannedEndDate: "2026-12-06",
    });
    const proposed = await createInternship(t.db, {
      ...b,
      startDate: "2027-01-04",
      plannedEndDate: "2027-01-31",
    });
    await createInternship(t.db, { ...foreign, startDate: "2027-01-04", plannedEndDate: "2027-01-31" });

    const ids = (response: { json(): { items: { id: string }[] } }) =>
      response.json().items.map((item) => item.id);
    expect(ids(await a.youth.request("GET", "/api/internships"))).toEqual([running.id]);
    expect(ids(await b.employer.request("GET", "/api/internships"))).toEqual([proposed.id]);

    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const all = await staff.request("GET", "/api/internships?limit=200");
    expect(all.statusCode).toBe(200);
    const listed = all.json().items;
    expect(listed.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining([running.id, proposed.id]),
    );
    expect(listed.some((item: { company: { id: string } }) => item.company.id === foreign.company.id)).toBe(
      false,
    );
    const runningItem = listed.find((item: { id: string }) => item.id === running.id);
    expect(runningItem).toMatchObject({
      endingSoon: true,
      youth: { displayName: a.young.user.displayName },
      warnings: [
        { code: "check_ins_missing", side: "youth", weeks: 2 },
        { code: "check_ins_missing", side: "company", weeks: 2 },
      ],
    });
    expect(listed.find((item: { id: string }) => item.id === proposed.id)).toMatchObject({
      endingSoon: false,
      warnings: [],
    });

    expect(ids(await staff.request("GET", "/api/internships?endingWithinDays=14&limit=200"))).toContain(
      running.id,
    );
    expect(ids(await staff.request("GET", "/api/internships?endingWithinDays=14&limit=200"))).not.toContain(
      proposed.id,
    );
    expect(ids(await staff.request("GET", "/api/internships?endingWithinDays=5&limit=200"))).not.toContain(
      running.id,
    );
    expect(ids(await staff.request("GET", "/api/internships?status=proposed&limit=200"))).not.toContain(
      running.id,
    );
    expect(ids(await staff.request("GET", `/api/internships?matchId=${running.matchId}`))).toEqual([
      running.id,
    ]);

    const firstPage = (await staff.request("GET", "/api/internships?limit=1")).json();
    expect(firstPage.items).toHaveLength(1);
    const secondPage = (
      await staff.request("GET", `/api/internships?limit=1&cursor=${firstPage.nextCursor}`)
    ).json();
    expect(secondPage.items[0].id).not.toBe(firstPage.items[0].id);
    expect((await staff.request("GET", "/api/internships?cursor=nonsense")).statusCode).toBe(400);
  });

  it("shows a company the young person's first name only, and nobody outside reach anything", async () => {
    const a = await network(roskilde);
    const internship = await createInternship(t.db, {
      ...a,
      status: "active",
      startDate: "2026-11-09",
      plannedEndDate: "2026-12-06",
    });
    const seen = (await a.employer.request("GET", `/api/internships/${internship.id}`)).json();
    expect(seen.youth).toEqual({ id: a.young.id, firstName: a.young.user.displayName.split(" ")[0] });
    expect(JSON.stringify(seen)).not.toContain(a.young.user.displayName);
    expect(JSON.stringify(seen)).not.toContain(a.young.user.email);
    expect(seen.warnings).toBeUndefined();

    const otherCompany = await createCompany(t.db, { municipality: roskilde });
    const outsider = await login(t.app, await createCompanyContact(t.db, otherCompany));
    const otherYoung = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    for (const session of [outsider, otherYoung, foreignStaff]) {
      expect((await session.request("GET", `/api/internships/${internship.id}`)).statusCode).toBe(404);
      expect((await session.request("GET", `/api/internships/${internship.id}/absences`)).statusCode).toBe(
        404,
      );
    }
    for (const url of ["start", "complete"])
      expect((await outsider.request("POST", `/api/internships/${internship.id}/${url}`)).statusCode).toBe(
        404,
      );
    expect(
      (await outsider.request("POST", `/api/internships/${internship.id}/end-early`, { reason: "Nej" }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await foreignStaff.request("POST", `/api/internships/${internship.id}/extend`, {
          newEndDate: "2026-12-20",
          assessmentNote: "x",
        })
      ).statusCode,
    ).toBe(404);
  });
});
