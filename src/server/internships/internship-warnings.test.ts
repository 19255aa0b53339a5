import { describe, expect, it } from "vitest";
import { addDays } from "./internship-calendar.js";
import { internshipWarnings, type WarningInput } from "./internship-warnings.js";

/**
 * An internship from Monday 2 November 2026 to Sunday 20 December (seven weeks). On Friday 20
 * November it has run 15 working days, so 3 days' absence is 20% (fine) and 4 is 27% (a warning).
 */
const START = "2026-11-02";
const FRIDAY_WEEK_3 = "2026-11-20";

const internship = (overrides: Partial<WarningInput> = {}): WarningInput => ({
  status: "active",
  startDate: START,
  plannedEndDate: "2026-12-20",
  absences: [],
  // Both sides checked in every week up to and including the third, unless a test says otherwise.
  checkIns: ["2026-11-02", "2026-11-09", "2026-11-16"].flatMap((weekStart) => [
    { side: "youth" as const, weekStart },
    { side: "company" as const, weekStart },
  ]),
  ...overrides,
});

const absence = (fromDate: string, toDate: string) => ({ fromDate, toDate });

/** A small seeded generator, so property runs are repeatable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("absence", () => {
  it("warns only when absence passes 20% of the working days so far", () => {
    const threeDays = internship({ absences: [absence("2026-11-10", "2026-11-12")] });
    expect(internshipWarnings(threeDays, FRIDAY_WEEK_3)).toEqual([]);
    const fourDays = internship({ absences: [absence("2026-11-10", "2026-11-13")] });
    expect(internshipWarnings(fourDays, FRIDAY_WEEK_3)).toEqual([
      { code: "absence_over_limit", absenceDays: 4, plannedDays: 15, percent: 27 },
    ]);
  });

  it("counts working days once: weekends, overlaps and days outside the period so far do not count", () => {
    const result = internshipWarnings(
      internship({
        absences: [
          absence("2026-11-06", "2026-11-09"), // Friday to Monday: 2 working days
          absence("2026-11-09", "2026-11-10"), // Monday again, and Tuesday: 1 more
          absence("2026-10-26", "2026-11-02"), // before the start, except Monday 2 November: 1 more
          absence("2026-11-23", "2026-11-27"), // next week, not yet happened
        ],
      }),
      FRIDAY_WEEK_3,
    );
    expect(result).toEqual([{ code: "absence_over_limit", absenceDays: 4, plannedDays: 15, percent: 27 }]);
  });

  it("judges an internship past its planned end by its planned days", () => {
    const result = internshipWarnings(
      internship({
        plannedEndDate: "2026-11-13",
        absences: [absence("2026-11-09", "2026-11-10")],
        checkIns: [],
      }),
      "2026-11-16",
    );
    // 10 planned working days, 2 absent: exactly 20%, and the missing check-ins of two weeks.
    expect(result).toEqual([
      { code: "check_ins_missing", side: "youth", weeks: 2 },
      { code: "check_ins_missing", side: "company", weeks: 2 },
    ]);
  });

  it("matches counting day by day, on random absences", () => {
    const next = random(17);
    for (let i = 0; i < 300; i++) {
      const today = addDays(START, Math.floor(next() * 60));
      const absences = Array.from({ length: Math.floor(next() * 4) }, () => {
        const from = addDays(START, Math.floor(next() * 60) - 10);
        return absence(from, addDays(from, Math.floor(next() * 6)));
      });
      const end = today < "2026-12-20" ? today : "2026-12-20";
      let planned = 0;
      let absent = 0;
      for (let day = START; day <= end; day = addDays(day, 1)) {
        const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        planned++;
        if (absences.some((a) => a.fromDate <= day && day <= a.toDate)) absent++;
      }
      const found = internshipWarnings(internship({ absences, checkIns: [] }), today).find(
        (warning) => warning.code === "absence_over_limit",
      );
      if (planned > 0 && absent / planned > 0.2)
        expect(found).toEqual({
          code: "absence_over_limit",
          absenceDays: absent,
          plannedDays: planned,
          percent: Math.round((absent / planned) * 100),
        });
      else expect(found).toBeUndefined();
    }
  });
});

describe("check-ins", () => {
  const only = (side: "youth" | "company", weeks: string[]) =>
    weeks.map((weekStart) => ({ side, weekStart }));

  it("warns when a side has given none for the two finished weeks", () => {
    const result = internshipWarnings(internship({ checkIns: only("youth", ["2026-11-09"]) }), FRIDAY_WEEK_3);
    expect(result).toEqual([{ code: "check_ins_missing", side: "company", weeks: 2 }]);
  });

  it("does not count the week in progress as missing", () => {
    expect(internshipWarnings(internship({ checkIns: [] }), "2026-11-13")).toEqual([]);
    expect(internshipWarnings(internship({ checkIns: [] }), "2026-11-16")).toEqual([
      { code: "check_ins_missing", side: "youth", weeks: 2 },
      { code: "check_ins_missing", side: "company", weeks: 2 },
    ]);
  });

  it("counts the weeks in a row back from the last finished week", () => {
    const checkIns = [...only("youth", ["2026-11-02"]), ...only("company", ["2026-11-02", "2026-11-16"])];
    expect(internshipWarnings(internship({ checkIns }), "2026-11-25")).toEqual([
      { code: "check_ins_missing", side: "youth", weeks: 2 },
    ]);
    // A single missing week between two check-ins is no warning.
    const gap = [
      ...only("youth", ["2026-11-02", "2026-11-16"]),
      ...only("company", ["2026-11-02", "2026-11-16"]),
    ];
    expect(internshipWarnings(internship({ checkIns: gap }), "2026-11-25")).toEqual([]);
  });

  it("clears when the side checks in this week", () => {
    const checkIns = [...only("youth", ["2026-11-16"]), ...only("company", ["2026-11-02", "2026-11-09"])];
    expect(internshipWarnings(internship({ checkIns }), FRIDAY_WEEK_3)).toEqual([]);
  });

  it("expects no check-in in weeks after the planned end", () => {
    const everyWeek = ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30", "2026-12-07"];
    const checkIns = [...only("youth", everyWeek), ...only("company", everyWeek)];
    expect(internshipWarnings(internship({ checkIns }), "2027-01-20")).toEqual([]);
  });
});

describe("which internships warn", () => {
  const troubled = internship({ absences: [absence(START, FRIDAY_WEEK_3)], checkIns: [] });

  it("warns on running internships only", () => {
    expect(internshipWarnings({ ...troubled, status: "extended" }, FRIDAY_WEEK_3)).toHaveLength(3);
    for (const status of ["proposed", "approved", "completed", "ended_early"] as const)
      expect(internshipWarnings({ ...troubled, status }, FRIDAY_WEEK_3)).toEqual([]);
  });

  it("has nothing to say before the start", () => {
    expect(internshipWarnings(troubled, "2026-11-01")).toEqual([]);
  });
});
