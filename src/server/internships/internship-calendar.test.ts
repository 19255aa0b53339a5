import { describe, expect, it } from "vitest";
import {
  addDays,
  danishDateOf,
  dayNumber,
  earlierOf,
  mondayOf,
  workingDaysBetween,
} from "./internship-calendar.js";

/** A small seeded generator, so property runs are repeatable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The weekday by JavaScript's own calendar (0 = Sunday), apart from the module under test. */
const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe("dates", () => {
  it("adds days across a month, a leap day and a year", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "2026-1-5", "", "2026-01-05T00:00:00Z"])
      expect(() => dayNumber(bad)).toThrow(RangeError);
  });

  it("picks the earlier date", () => {
    expect(earlierOf("2026-11-02", "2026-10-31")).toBe("2026-10-31");
    expect(earlierOf("2026-01-05", "2026-01-05")).toBe("2026-01-05");
  });
});

describe("mondayOf", () => {
  it("gives the Monday of the ISO week", () => {
    expect(mondayOf("2026-01-05")).toBe("2026-01-05");
    expect(mondayOf("2026-01-11")).toBe("2026-01-05");
    expect(mondayOf("2026-01-12")).toBe("2026-01-12");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
  });

  it("is a Monday at most six days before, on random dates", () => {
    const next = random(3);
    for (let i = 0; i < 1000; i++) {
      const date = addDays("2020-01-01", Math.floor(next() * 4000));
      const monday = mondayOf(date);
      expect(weekdayOf(monday)).toBe(1);
      const back = dayNumber(date) - dayNumber(monday);
      expect(back).toBeGreaterThanOrEqual(0);
      expect(back).toBeLessThanOrEqual(6);
    }
  });
});

describe("workingDaysBetween", () => {
  it("counts Monday to Friday, both ends included", () => {
    expect(workingDaysBetween("2026-01-05", "2026-01-09")).toBe(5);
    expect(workingDaysBetween("2026-01-05", "2026-01-11")).toBe(5);
    expect(workingDaysBetween("2026-01-10", "2026-01-11")).toBe(0);
    expect(workingDaysBetween("2026-01-09", "2026-01-12")).toBe(2);
    expect(workingDaysBetween("2026-01-07", "2026-01-07")).toBe(1);
    expect(workingDaysBetween("2026-01-07", "2026-01-06")).toBe(0);
  });

  it("agrees with counting day by day, on random spans", () => {
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const from = addDays("2020-01-01", Math.floor(next() * 3000));
      const to = addDays(from, Math.floor(next() * 200) - 5);
      let expected = 0;
      for (let day = from; day <= to; day = addDays(day, 1)) {
        const weekday = weekdayOf(day);
        if (weekday !== 0 && weekday !== 6) expected++;
      }
      expect(workingDaysBetween(from, to), `${from}..${to}`).toBe(expected);
    }
  });
});

describe("danishDateOf", () => {
  it("turns the date at midnight Danish time, winter and summer", () => {
    expect(danishDateOf(new Date("2026-11-28T22:59:00Z"))).toBe("2026-11-28");
    expect(danishDateOf(new Date("2026-11-28T23:00:00Z"))).toBe("2026-11-29");
    expect(danishDateOf(new Date("2026-06-30T21:59:00Z"))).toBe("2026-06-30");
    expect(danishDateOf(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
  });
});
