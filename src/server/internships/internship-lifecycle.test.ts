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
} from "../../../tests/support/factories.js";
import { createAbsence, createInternship } from "../../../tests/support/internship-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, internshipExtensions, openings, outboxMails } from "../db/schema.js";
import { addDays, danishDateOf, mondayOf } from "./internship-calendar.js";

/**
 * An internship from start to evaluation: start, extension, completion or an early end, and what
 * happens on the way (absence, weekly check-ins). The clock moves forward through the file, so
 * every date is counted from the clock's today.
 */

let t: TestApp;
let roskilde: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
});
afterAll(() => t.close());

const DAY_MS = 24 * 60 * 60_000;
const today = () => danishDateOf(t.clock.now());

type Status = "proposed" | "approved" | "active" | "extended" | "completed";

/** An internship in the given status, its parties logged in; by default it began last Monday. */
async function internshipIn(
  status: Status,
  options: { startDate?: string; weeks?: number; hoursPerWeek?: number; seats?: number } = {},
) {
  const counsellor = await createUser(t.db, { role: "staff", municipality: roskilde });
  const young = await createYouth(t.db, { municipality: roskilde, contactable: true, counsellor });
  const company = await createCompany(t.db, { municipality: roskilde, employeeCount: 20 });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { seats: options.seats ?? 1 });
  const startDate = options.startDate ?? addDays(mondayOf(today()), -7);
  const internship = await createInternship(t.db, {
    young,
    company,
    contact,
    opening,
    status,
    startDate,
    plannedEndDate: addDays(startDate, (options.weeks ?? 13) * 7 - 1),
    hoursPerWeek: options.hoursPerWeek ?? 20,
  });
  return {
    ...internship,
    url: `/api/internships/${internship.id}`,
    young,
    contact,
    opening,
    youth: await login(t.app, young.user),
    employer: await login(t.app, contact),
    staff: await login(t.app, counsellor),
  };
}

const seatsOf = async (openingId: string) => {
  const [row] = await t.db
    .select({ seatsTaken: openings.seatsTaken, status: openings.status })
    .from(openings)
    .where(eq(openings.id, openingId));
  return row;
};

const audited = async (internshipId: string, action: string) =>
  (
    await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.subjectId, internshipId), eq(auditEvents.action, action as "internship.started")),
      )
  ).length;

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));

describe("starting", () => {
  it("starts an approved internship on its start date, not before; the company or staff", async () => {
    const internship = await internshipIn("approved", { startDate: addDays(today(), 2) });
    const early = await internship.employer.request("POST", `${internship.url}/start`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain(addDays(today(), 2));
    t.clock.advance(2 * DAY_MS);
    // Sessions lapse while the clock jumps days: log in again.
    const employer = await login(t.app, internship.contact);
    const started = await employer.request("POST", `${internship.url}/start`);
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().status).toBe("active");
    expect((await employer.request("POST", `${internship.url}/start`)).statusCode).toBe(409);
    expect(await audited(internship.id, "internship.started")).toBe(1);
    expect((await mailsTo(internship.young.user.email)).map((mail) => mail.subject)).toEqual([
      expect.stringContaining("begyndt"),
    ]);

    const proposed = await internshipIn("proposed");
    expect((await proposed.staff.request("POST", `${proposed.url}/start`)).statusCode).toBe(409);
  });
});

describe("ending", () => {
  it("completes a running internship and frees its seat", async () => {
    const internship = await internshipIn("active");
    expect(await seatsOf(internship.opening.id)).toEqual({ seatsTaken: 1, status: "filled" });
    const completed = await internship.employer.request("POST", `${internship.url}/complete`);
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ status: "completed", endedAt: t.clock.now().toISOString() });
    expect(await seatsOf(internship.opening.id)).toEqual({ seatsTaken: 0, status: "open" });
    expect((await internship.staff.request("POST", `${internship.url}/complete`)).statusCode).toBe(409);
    expect(await audited(internship.id, "internship.completed")).toBe(1);
    expect((await mailsTo(internship.young.user.email)).map((mail) => mail.subject)).toEqual([
      expect.stringContaining("afsluttet"),
    ]);
  });

  it("ends early with a reason; a seat is freed only if one was held, and a paused opening stays paused", async () => {
    const running = await internshipIn("active", { seats: 2 });
    await t.db.update(openings).set({ status: "paused" }).where(eq(openings.id, running.opening.id));
    const url = `${running.url}/end-early`;
    expect((await running.staff.request("POST", url, {})).statusCode).toBe(400);
    expect((await running.staff.request("POST", url, { reason: "  " })).statusCode).toBe(400);
    const ended = await running.staff.request("POST", url, {
      reason: "Den unge er startet på en uddannelse.",
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      status: "ended_early",
      endedEarlyReason: "Den unge er startet på en uddannelse.",
    });
    expect(await seatsOf(running.opening.id)).toEqual({ seatsTaken: 0, status: "paused" });
    expect((await running.staff.request("POST", url, { reason: "Igen" })).statusCode).toBe(409);

    const proposed = await internshipIn("proposed");
    const dropped = await proposed.employer.request("POST", `${proposed.url}/end-early`, {
      reason: "Fortrudt",
    });
    expect(dropped.statusCode).toBe(200);
    expect(await seatsOf(proposed.opening.id)).toEqual({ seatsTaken: 0, status: "open" });
    expect(await audited(proposed.id, "internship.ended_early")).toBe(1);
  });
});

describe("extending", () => {
  const assessment = "Har brug for mere tid til at blive tryg i butikken; vurderet med mentor.";

  it("moves the end after an assessment and keeps the extension as history", async () => {
    const internship = await internshipIn("active", { weeks: 13 });
    const url = `${internship.url}/extend`;
    const start = (await internship.staff.request("GET", internship.url)).json().startDate;
    const twentyWeeks = addDays(start, 20 * 7 - 1);
    expect(
      (
        await internship.employer.request("POST", url, {
          newEndDate: twentyWeeks,
          assessmentNote: assessment,
        })
      ).statusCode,
    ).toBe(403);
    const planned = addDays(start, 13 * 7 - 1);
    expect(
      (
        await internship.staff.request("POST", url, { newEndDate: planned, assessmentNote: assessment })
      ).json().errors,
    ).toEqual([{ path: "newEndDate", message: "Must be after the planned end" }]);
    expect((await internship.staff.request("POST", url, { newEndDate: twentyWeeks })).statusCode).toBe(400);

    const extended = await internship.staff.request("POST", url, {
      newEndDate: twentyWeeks,
      assessmentNote: assessment,
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({
      status: "extended",
      originalEndDate: planned,
      plannedEndDate: twentyWeeks,
      extensions: [
        { previousEndDate: planned, newEndDate: twentyWeeks, assessmentNote: assessment, ruleFindings: [] },
      ],
    });
    expect(await audited(internship.id, "internship.extended")).toBe(1);

    // Beyond 26 weeks in all it rests on the assessment: a warning, kept with the extension.
    const longer = await internship.staff.request("POST", url, {
      newEndDate: addDays(start, 27 * 7 - 1),
      assessmentNote: assessment,
    });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json().extensions[1].ruleFindings).toEqual([
      expect.objectContaining({
        rule: "max_total_with_extension",
        severity: "warning",
        limit: 26,
        actual: 27,
      }),
    ]);
  });

  it("asks staff for an override reason when the extension breaks a rule", async () => {
    const internship = await internshipIn("active", { weeks: 4, hoursPerWeek: 10 });
    const url = `${internship.url}/extend`;
    const body = { newEndDate: addDays(today(), 60), assessmentNote: assessment };
    const refused = await internship.staff.request("POST", url, body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().findings).toEqual([
      expect.objectContaining({ rule: "min_hours_per_week", actual: 10 }),
    ]);
    expect(
      await t.db
        .select()
        .from(internshipExtensions)
        .where(eq(internshipExtensions.internshipId, internship.id)),
    ).toEqual([]);

    const reason = "Aftalt nedsat tid af helbredsgrunde; følges op hver uge.";
    const extended = await internship.staff.request("POST", url, { ...body, overrideReason: reason });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().extensions[0].overrideReason).toBe(reason);
    expect(await audited(internship.id, "internship.rule_overridden")).toBe(1);
    const seenByYouth = (await internship.youth.request("GET", internship.url)).json();
    expect(seenByYouth.extensions[0].overrideReason).toBeUndefined();
  });

  it("extends only a running internship", async () => {
    const internship = await internshipIn("completed");
    expect(
      (
        await internship.staff.request("POST", `${internship.url}/extend`, {
          newEndDate: addDays(today(), 200),
          assessmentNote: assessment,
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe("absence", () => {
  it("is recorded by the young person, the company and staff, within the internship", async () => {
    const internship = await internshipIn("active");
    const url = `${internship.url}/absences`;
    const start = (await internship.staff.request("GET", internship.url)).json().startDate;
    const byYouth = await internship.youth.request("POST", url, {
      kind: "sick",
      fromDate: addDays(start, 1),
      toDate: addDays(start, 2),
      note: "Influenza",
    });
    expect(byYouth.statusCode, byYouth.body).toBe(201);
    expect(byYouth.json()).toMatchObject({ kind: "sick", recordedBy: "youth", note: "Influenza" });
    const byCompany = await internship.employer.request("POST", url, {
      kind: "other",
      fromDate: addDays(start, 3),
      toDate: addDays(start, 3),
      note: "Mødte ikke op",
    });
    expect(byCompany.statusCode).toBe(201);
    expect(
      (await internship.staff.request("POST", url, { kind: "other", fromDate: start, toDate: start }))
        .statusCode,
    ).toBe(201);

    for (const body of [
      { kind: "sick", fromDate: addDays(start, -1), toDate: start },
      { kind: "sick", fromDate: start, toDate: addDays(start, 400) },
      { kind: "sick", fromDate: addDays(start, 2), toDate: addDays(start, 1) },
      { kind: "holiday", fromDate: start, toDate: start },
    ])
      expect((await internship.youth.request("POST", url, body)).statusCode, JSON.stringify(body)).toBe(400);

    const forCompany = (await internship.employer.request("GET", url)).json().items;
    expect(
      forCompany.map((a: { recordedBy: string; note: string | null }) => [a.recordedBy, a.note]),
    ).toEqual([
      ["staff", null],
      ["youth", null],
      ["company", "Mødte ikke op"],
    ]);
    const forYouth = (await internship.youth.request("GET", url)).json().items;
    expect(forYouth.map((a: { note: string | null }) => a.note)).toEqual([
      null,
      "Influenza",
      "Mødte ikke op",
    ]);
    expect(await audited(internship.id, "internship.absence_recorded")).toBe(3);

    const proposed = await internshipIn("proposed", { startDate: addDays(today(), 7) });
    expect(
      (
        await proposed.youth.request("POST", `${proposed.url}/absences`, {
          kind: "sick",
          fromDate: addDays(today(), 8),
          toDate: addDays(today(), 8),
        })
      ).statusCode,
    ).toBe(409);
  });

  it("warns staff when it passes a fifth of the working days so far", async () => {
    const internship = await internshipIn("active", { startDate: addDays(mondayOf(today()), -14) });
    const start = addDays(mondayOf(today()), -14);
    await createAbsence(t.db, internship, internship.young, { fromDate: start, toDate: addDays(start, 4) });
    const seen = (await internship.staff.request("GET", internship.url)).json();
    expect(seen.warnings).toContainEqual(
      expect.objectContaining({ code: "absence_over_limit", absenceDays: 5 }),
    );
  });
});

describe("weekly check-ins", () => {
  it("takes one per side per week while the internship runs, each side seeing its own", async () => {
    const internship = await internshipIn("active");
    const url = `${internship.url}/check-ins`;
    for (const body of [{ rating: 0 }, { rating: 6 }, { rating: 3.5 }, {}])
      expect((await internship.youth.request("POST", url, body)).statusCode).toBe(400);

    const youthCheckIn = await internship.youth.request("POST", url, { rating: 4, comment: "Det går godt." });
    expect(youthCheckIn.statusCode, youthCheckIn.body).toBe(201);
    expect(youthCheckIn.json()).toMatchObject({ side: "youth", weekStart: mondayOf(today()), rating: 4 });
    expect((await internship.youth.request("POST", url, { rating: 5 })).statusCode).toBe(409);
    expect(
      (await internship.employer.request("POST", url, { rating: 3, comment: "Lidt træt om morgenen." }))
        .statusCode,
    ).toBe(201);

    const forYouth = (await internship.youth.request("GET", internship.url)).json();
    expect(forYouth.checkIns.map((c: { side: string }) => c.side)).toEqual(["youth"]);
    expect(forYouth.myCheckInThisWeek).toBe(true);
    expect(JSON.stringify(forYouth)).not.toContain("Lidt træt");
    const forStaff = (await internship.staff.request("GET", internship.url)).json();
    expect(forStaff.checkIns.map((c: { side: string }) => c.side).sort()).toEqual(["company", "youth"]);
    expect(forStaff.myCheckInThisWeek).toBe(false);
    expect(await audited(internship.id, "internship.check_in_given")).toBe(2);

    t.clock.advance(7 * DAY_MS);
    const nextWeek = await (await login(t.app, internship.young.user)).request("POST", url, { rating: 5 });
    expect(nextWeek.statusCode).toBe(201);
    expect(nextWeek.json().weekStart).toBe(mondayOf(today()));

    const proposed = await internshipIn("proposed");
    expect(
      (await proposed.youth.request("POST", `${proposed.url}/check-ins`, { rating: 4 })).statusCode,
    ).toBe(409);
  });
});

describe("evaluations", () => {
  const evaluation = {
    wentWell: "Hun var god til dyrene.",
    showed: "Omhu, tålmodighed og stabilt fremmøde.",
  };

  it("are given once per side after the end, and the young person keeps both", async () => {
    const internship = await internshipIn("active");
    const url = `${internship.url}/evaluations`;
    expect((await internship.employer.request("POST", url, evaluation)).statusCode).toBe(409);
    await internship.staff.request("POST", `${internship.url}/complete`);

    expect((await internship.employer.request("POST", url, { wentWell: "", showed: "x" })).statusCode).toBe(
      400,
    );
    const byCompany = await internship.employer.request("POST", url, evaluation);
    expect(byCompany.statusCode, byCompany.body).toBe(201);
    expect(byCompany.json()).toMatchObject({ side: "company", ...evaluation });
    expect((await internship.employer.request("POST", url, evaluation)).statusCode).toBe(409);
    const byYouth = await internship.youth.request("POST", url, {
      wentWell: "Jeg kom hver dag.",
      showed: "At jeg kan tage ansvar.",
    });
    expect(byYouth.statusCode).toBe(201);

    // The company's words about what the young person showed feed their work identity.
    const own = (await internship.youth.request("GET", internship.url)).json();
    expect(own.evaluations).toEqual([
      expect.objectContaining({ side: "youth", showed: "At jeg kan tage ansvar." }),
      expect.objectContaining({ side: "company", showed: evaluation.showed }),
    ]);
    expect((await internship.staff.request("GET", internship.url)).json().evaluations).toHaveLength(2);
    expect(await audited(internship.id, "internship.evaluated")).toBe(2);
  });
});
