import { describe, expect, it } from "vitest";
import {
  checkInternship,
  type InternshipPlan,
  maxDurationRule,
  maxTotalWithExtensionRule,
  RULE_SETS,
  type RuleCode,
  type RuleSet,
  ruleSetFor,
  weeksBetween,
} from "./internship-rules.js";

/** A plan that keeps every rule: 4 weeks, 20 hours, a company of 10 with no other trainee. */
const plan = (overrides: Partial<InternshipPlan> = {}): InternshipPlan => ({
  startDate: "2026-01-05",
  plannedEndDate: "2026-02-01",
  hoursPerWeek: 20,
  readiness: "job_ready",
  company: { employeeCount: 10, overlappingInternships: 0 },
  ...overrides,
});

/** The plan's date `days` calendar days after `date`, computed apart from the module under test. */
function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The last day of an internship of exactly `weeks` weeks starting on `start`. */
function endAfterWeeks(start: string, weeks: number): string {
  return addDays(start, weeks * 7 - 1);
}

function only(code: RuleCode, p: InternshipPlan, ruleSets?: readonly RuleSet[]) {
  const result = checkInternship(p, ruleSets);
  return result.findings.filter((f) => f.rule === code);
}

/** A small seeded generator, so property runs are repeatable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("weeksBetween", () => {
  it("counts both days and rounds a started week up", () => {
    expect(weeksBetween("2026-01-05", "2026-01-05")).toBe(1);
    expect(weeksBetween("2026-01-05", "2026-01-11")).toBe(1);
    expect(weeksBetween("2026-01-05", "2026-01-12")).toBe(2);
    expect(weeksBetween("2026-01-05", "2026-02-01")).toBe(4);
    expect(weeksBetween("2026-01-05", "2026-02-02")).toBe(5);
  });

  it("counts calendar days across a leap day and a daylight saving change", () => {
    expect(weeksBetween("2028-02-23", "2028-02-29")).toBe(1);
    expect(weeksBetween("2028-02-23", "2028-03-01")).toBe(2);
    expect(weeksBetween("2026-03-23", "2026-04-05")).toBe(2);
  });

  it("agrees with counting days on random spans", () => {
    const next = random(11);
    for (let i = 0; i < 1000; i++) {
      const start = addDays("2020-01-01", Math.floor(next() * 3650));
      const days = Math.floor(next() * 400);
      expect(weeksBetween(start, addDays(start, days))).toBe(Math.ceil((days + 1) / 7));
    }
  });

  it("rejects an end before the start and anything that is not a calendar date", () => {
    expect(() => weeksBetween("2026-01-05", "2026-01-04")).toThrow(RangeError);
    for (const bad of ["2026-02-30", "2026-13-01", "2026-2-3", "2026-01-05T00:00:00Z", "", "0050-01-01"])
      expect(() => weeksBetween(bad, "2026-12-31")).toThrow(RangeError);
    expect(() => weeksBetween("2026-01-05", "2026-02-29")).toThrow(RangeError);
  });
});

describe("checkInternship under the current rule set", () => {
  it("passes a plan that keeps every rule, naming the rule set it used", () => {
    expect(checkInternship(plan())).toEqual({
      ruleSet: { id: "lab-2020", effectiveFrom: "2020-01-01" },
      findings: [],
      blocked: false,
    });
  });

  it("asks for at least 15 hours a week", () => {
    expect(only("min_hours_per_week", plan({ hoursPerWeek: 15 }))).toEqual([]);
    const [finding] = only("min_hours_per_week", plan({ hoursPerWeek: 14.5 }));
    expect(finding).toMatchObject({ severity: "breach", limit: 15, actual: 14.5 });
    expect(finding?.message.da).toBe("Mindst 15 timer om ugen (her: 14,5).");
    expect(finding?.message.en).toBe("At least 15 hours a week (here: 14.5).");
    expect(checkInternship(plan({ hoursPerWeek: 14.5 })).blocked).toBe(true);
  });

  it("limits job-ready and education-ready young people to 4 weeks", () => {
    for (const readiness of ["job_ready", "education_ready"] as const) {
      expect(only("max_duration", plan({ readiness, plannedEndDate: "2026-02-01" }))).toEqual([]);
      const [finding] = only("max_duration", plan({ readiness, plannedEndDate: "2026-02-02" }));
      expect(finding).toMatchObject({ severity: "breach", limit: 4, actual: 5 });
      expect(finding?.message.da).toContain("højst 4 uger (her: 5 uger)");
      expect(finding?.message.en).toContain("at most 4 weeks (here: 5 weeks)");
    }
  });

  it("limits other young people to 13 weeks", () => {
    const start = "2026-01-05";
    expect(
      only("max_duration", plan({ readiness: "other", plannedEndDate: endAfterWeeks(start, 13) })),
    ).toEqual([]);
    const [finding] = only(
      "max_duration",
      plan({ readiness: "other", plannedEndDate: addDays(endAfterWeeks(start, 13), 1) }),
    );
    expect(finding).toMatchObject({ severity: "breach", limit: 13, actual: 14 });
    expect(finding?.message.da).toBe("Virksomhedspraktik varer højst 13 uger (her: 14 uger).");
    expect(finding?.message.en).toBe("An internship lasts at most 13 weeks (here: 14 weeks).");
  });

  it("gives every finding the source written beside its rule", () => {
    const current = ruleSetFor("2026-01-05");
    const sources = new Map(current.rules.map((rule) => [rule.code, rule.source]));
    const result = checkInternship(
      plan({
        hoursPerWeek: 10,
        plannedEndDate: "2026-03-01",
        company: { employeeCount: 4, overlappingInternships: 1 },
      }),
    );
    expect(result.findings.map((f) => f.rule)).toEqual([
      "min_hours_per_week",
      "max_duration",
      "company_ratio",
    ]);
    for (const f of result.findings) expect(f.source).toBe(sources.get(f.rule));
    expect(sources.get("max_duration")).toContain("§ 61, stk. 1");
    for (const rule of current.rules) expect(rule.source.length).toBeGreaterThan(10);
  });
});

describe("extensions", () => {
  const start = "2026-01-05";
  const extension = (
    weeks: number,
    assessmentNote: string | null = "Behøver mere tid til at blive tryg i butikken.",
  ) =>
    plan({
      readiness: "other",
      plannedEndDate: endAfterWeeks(start, 13),
      extension: { newEndDate: endAfterWeeks(start, weeks), assessmentNote },
    });

  it("allows 26 weeks in all with an assessment", () => {
    expect(checkInternship(extension(26))).toMatchObject({ findings: [], blocked: false });
  });

  it("always needs an assessment note, a blank one counting as none", () => {
    for (const note of [null, "", "   "]) {
      const result = checkInternship(extension(20, note));
      expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
        ["extension_needs_assessment", "breach"],
      ]);
      expect(result.blocked).toBe(true);
    }
  });

  it("beyond 26 weeks is a breach without an assessment and a warning with one", () => {
    const unassessed = checkInternship(extension(27, null));
    expect(unassessed.blocked).toBe(true);
    const [breach] = unassessed.findings.filter((f) => f.rule === "max_total_with_extension");
    expect(breach).toMatchObject({ severity: "breach", limit: 26, actual: 27 });
    expect(breach?.message.da).toContain("26 uger");
    expect(breach?.message.da).toContain("27 uger");
    expect(breach?.message.en).toContain("26 weeks");
    expect(breach?.message.en).toContain("27 weeks");

    const assessed = checkInternship(extension(27));
    expect(assessed.blocked).toBe(false);
    expect(assessed.findings).toEqual([
      expect.objectContaining({
        rule: "max_total_with_extension",
        severity: "warning",
        limit: 26,
        actual: 27,
      }),
    ]);
  });

  it("counts the total from the original start, partial weeks rounding up", () => {
    const oneDayOver = plan({
      readiness: "other",
      plannedEndDate: endAfterWeeks(start, 13),
      extension: { newEndDate: addDays(endAfterWeeks(start, 26), 1), assessmentNote: null },
    });
    expect(only("max_total_with_extension", oneDayOver)).toMatchObject([{ limit: 26, actual: 27 }]);
  });

  it("judges an extension by the total, not again by the first period's limit", () => {
    const jobReady = plan({
      plannedEndDate: "2026-02-01",
      extension: { newEndDate: "2026-03-01", assessmentNote: "Mangler to ugers oplæring." },
    });
    expect(checkInternship(jobReady).findings).toEqual([]);
  });

  it("rejects an extension that does not end after the planned end", () => {
    expect(() =>
      checkInternship(plan({ extension: { newEndDate: "2026-02-01", assessmentNote: "x" } })),
    ).toThrow(RangeError);
  });
});

describe("the company ratio", () => {
  it("counts the overlapping internships plus this one", () => {
    const company = (employeeCount: number | null, overlappingInternships: number) =>
      plan({ company: { employeeCount, overlappingInternships } });
    expect(only("company_ratio", company(10, 1))).toEqual([]);
    const [finding] = only("company_ratio", company(10, 2));
    expect(finding).toMatchObject({ severity: "breach", limit: 2, actual: 3 });
    expect(finding?.message.da).toBe(
      "Med 10 ansatte må virksomheden have højst 2 i praktik på samme tid (her: 3 med dette forløb).",
    );
    expect(finding?.message.en).toBe(
      "With 10 employees the company may have at most 2 trainees at the same time (here: 3 including this one).",
    );
    expect(only("company_ratio", company(5, 0))).toEqual([]);
    expect(only("company_ratio", company(6, 1))).toMatchObject([{ limit: 1, actual: 2 }]);
    expect(only("company_ratio", company(50, 9))).toEqual([]);
    expect(only("company_ratio", company(51, 10))).toMatchObject([{ limit: 10, actual: 11 }]);
    expect(only("company_ratio", company(60, 10))).toEqual([]);
  });

  it("treats an unknown employee count as allowing one, with a warning that does not block", () => {
    const alone = checkInternship(plan({ company: { employeeCount: null, overlappingInternships: 0 } }));
    expect(alone.blocked).toBe(false);
    expect(alone.findings).toEqual([
      expect.objectContaining({
        rule: "employee_count_unknown",
        severity: "warning",
        limit: 1,
        actual: null,
      }),
    ]);
    expect(alone.findings[0]?.message.da).toContain("ukendt");
    expect(alone.findings[0]?.message.en).toContain("unknown");

    const second = checkInternship(plan({ company: { employeeCount: null, overlappingInternships: 1 } }));
    expect(second.blocked).toBe(true);
    expect(second.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["employee_count_unknown", "warning"],
      ["company_ratio", "breach"],
    ]);
  });
});

describe("blocked", () => {
  it("is true exactly when a finding is a breach, on random plans", () => {
    const next = random(5);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    let blockedSeen = 0;
    let warnedOnlySeen = 0;
    for (let i = 0; i < 2000; i++) {
      const startDate = addDays("2020-01-01", Math.floor(next() * 3000));
      const plannedEndDate = addDays(startDate, Math.floor(next() * 120));
      const extended = next() < 0.4;
      const result = checkInternship({
        startDate,
        plannedEndDate,
        hoursPerWeek: 10 + Math.floor(next() * 60) / 2,
        readiness: pick(["job_ready", "education_ready", "other"] as const),
        ...(extended && {
          extension: {
            newEndDate: addDays(plannedEndDate, 1 + Math.floor(next() * 150)),
            assessmentNote: pick([null, "", "Vurderet af ungerådgiveren."]),
          },
        }),
        company: {
          employeeCount: next() < 0.2 ? null : Math.floor(next() * 80),
          overlappingInternships: Math.floor(next() * 4),
        },
      });
      expect(result.blocked).toBe(result.findings.some((f) => f.severity === "breach"));
      if (result.blocked) blockedSeen++;
      else if (result.findings.length > 0) warnedOnlySeen++;
      for (const f of result.findings) {
        expect(f.message.da.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
        if (f.actual !== null) expect(f.message.en).toContain(String(f.actual));
      }
    }
    expect(blockedSeen).toBeGreaterThan(100);
    expect(warnedOnlySeen).toBeGreaterThan(10);
  });

  it("rejects input the rules cannot judge", () => {
    expect(() => checkInternship(plan({ plannedEndDate: "2026-01-04" }))).toThrow(RangeError);
    expect(() => checkInternship(plan({ startDate: "2026-02-30" }))).toThrow(RangeError);
    expect(() => checkInternship(plan({ hoursPerWeek: Number.NaN }))).toThrow(RangeError);
    expect(() => checkInternship(plan({ hoursPerWeek: -1 }))).toThrow(RangeError);
    expect(() =>
      checkInternship(plan({ company: { employeeCount: 10, overlappingInternships: -1 } })),
    ).toThrow(RangeError);
    for (const employeeCount of [-1, 2.5, Number.NaN])
      expect(() => checkInternship(plan({ company: { employeeCount, overlappingInternships: 0 } }))).toThrow(
        RangeError,
      );
  });
});

describe("versioning", () => {
  const current = RULE_SETS[RULE_SETS.length - 1];
  if (!current) throw new Error("no rule set");
  /** A reform as it might come from 1 July 2027: 8 weeks for everyone, 16 in all. Only in this test. */
  const reform: RuleSet = {
    id: "test-reform-2027",
    effectiveFrom: "2027-07-01",
    title: "Test: 8 weeks for everyone",
    rules: current.rules.map((rule) => {
      if (rule.code === "max_duration")
        return maxDurationRule({ job_ready: 8, education_ready: 8, other: 8 }, "Test-reform 2027");
      if (rule.code === "max_total_with_extension") return maxTotalWithExtensionRule(16, "Test-reform 2027");
      return rule;
    }),
  };
  const withReform = [...RULE_SETS, reform];

  it("keeps RULE_SETS sorted, valid and free of future test sets", () => {
    const dates = RULE_SETS.map((set) => set.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    for (const date of dates) expect(() => weeksBetween(date, date)).not.toThrow();
    expect(RULE_SETS.some((set) => set.effectiveFrom >= "2027-01-01")).toBe(false);
  });

  it("checks an internship by the set in effect on its start date", () => {
    expect(ruleSetFor("2027-06-30", withReform).id).toBe(current.id);
    expect(ruleSetFor("2027-07-01", withReform).id).toBe("test-reform-2027");
    expect(ruleSetFor("2027-07-01", [reform, ...RULE_SETS]).id).toBe("test-reform-2027");
  });

  it("leaves the check of an internship started the day before the reform unchanged", () => {
    const tenWeeksOther = (startDate: string) =>
      plan({ startDate, readiness: "other", plannedEndDate: endAfterWeeks(startDate, 10) });
    const before = tenWeeksOther("2027-06-30");
    expect(checkInternship(before, withReform)).toEqual(checkInternship(before));
    expect(checkInternship(before, withReform)).toMatchObject({ ruleSet: { id: current.id }, findings: [] });

    const after = checkInternship(tenWeeksOther("2027-07-01"), withReform);
    expect(after.ruleSet).toEqual({ id: "test-reform-2027", effectiveFrom: "2027-07-01" });
    expect(after.findings).toMatchObject([
      { rule: "max_duration", limit: 8, actual: 10, source: "Test-reform 2027" },
    ]);
    expect(after.blocked).toBe(true);

    const sixWeeksJobReady = (startDate: string) =>
      plan({ startDate, readiness: "job_ready", plannedEndDate: endAfterWeeks(startDate, 6) });
    expect(only("max_duration", sixWeeksJobReady("2027-06-30"), withReform)).toMatchObject([{ limit: 4 }]);
    expect(only("max_duration", sixWeeksJobReady("2027-07-01"), withReform)).toEqual([]);
  });

  it("checks an extension by the set of the original start, not of the new end", () => {
    const extendedTo20Weeks = (startDate: string) =>
      plan({
        startDate,
        readiness: "other",
        plannedEndDate: endAfterWeeks(startDate, 13),
        extension: { newEndDate: endAfterWeeks(startDate, 20), assessmentNote: "Vurderet." },
      });
    expect(checkInternship(extendedTo20Weeks("2027-06-30"), withReform)).toMatchObject({
      ruleSet: { id: current.id },
      findings: [],
    });
    expect(checkInternship(extendedTo20Weeks("2027-07-01"), withReform).findings).toMatchObject([
      { rule: "max_total_with_extension", severity: "warning", limit: 16, actual: 20 },
    ]);
  });

  it("has no rule set for a start before the first one", () => {
    expect(() => ruleSetFor("2019-12-31")).toThrow(RangeError);
    expect(() => checkInternship(plan({ startDate: "2019-12-01", plannedEndDate: "2019-12-20" }))).toThrow(
      RangeError,
    );
  });
});
