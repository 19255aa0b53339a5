import { describe, expect, it } from "vitest";
import { type AttendanceMark, attendanceStability, STABILITY_WINDOW } from "./attendance-stability.js";

const marks: AttendanceMark[] = ["present", "absent_with_notice", "absent"];
const week = 7 * 86_400_000;
const records = (statuses: AttendanceMark[]) =>
  statuses.map((status, index) => ({ startsAt: new Date(Date.UTC(2026, 8, 1) + index * week), status }));

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("attendanceStability", () => {
  it("has nothing to measure without held meetings", () => {
    expect(attendanceStability([])).toEqual({
      heldMeetings: 0,
      attended: 0,
      attendedShare: null,
      missedInARow: 0,
      signal: false,
    });
  });

  it("signals two absences without notice in a row, not with a notice between", () => {
    expect(attendanceStability(records(["present", "absent", "absent"])).signal).toBe(true);
    expect(attendanceStability(records(["absent", "absent_with_notice", "absent"])).signal).toBe(false);
    expect(attendanceStability(records(["absent", "absent", "present"])).signal).toBe(false);
    expect(attendanceStability(records(["absent"])).signal).toBe(false);
  });

  it("counts only the last eight held meetings, in time order whatever the input order", () => {
    const statuses: AttendanceMark[] = ["absent", "absent", "present", "present", "present", "present"];
    const history = records([...statuses, "present", "absent_with_notice", "present", "absent"]);
    const result = attendanceStability([...history].reverse());
    expect(result).toEqual({
      heldMeetings: 8,
      attended: 6,
      attendedShare: 6 / 8,
      missedInARow: 1,
      signal: false,
    });
  });

  it("counts missed meetings with and without notice since the last one attended", () => {
    expect(
      attendanceStability(records(["present", "absent_with_notice", "absent", "absent"])).missedInARow,
    ).toBe(3);
  });

  it("agrees with a direct count on random histories", () => {
    const random = seeded(20261128);
    for (let run = 0; run < 2000; run += 1) {
      const length = Math.floor(random() * 20);
      const statuses = Array.from({ length }, () => marks[Math.floor(random() * 3)] ?? "present");
      const shuffled = records(statuses).sort(() => random() - 0.5);
      const result = attendanceStability(shuffled);
      const window = statuses.slice(-STABILITY_WINDOW);
      const lastPresent = window.lastIndexOf("present");
      expect(result.heldMeetings).toBe(Math.min(length, STABILITY_WINDOW));
      expect(result.attended).toBe(window.filter((s) => s === "present").length);
      expect(result.missedInARow).toBe(window.length - 1 - lastPresent);
      expect(result.signal).toBe(length >= 2 && statuses.at(-1) === "absent" && statuses.at(-2) === "absent");
      if (result.attendedShare !== null) {
        expect(result.attendedShare).toBeGreaterThanOrEqual(0);
        expect(result.attendedShare).toBeLessThanOrEqual(1);
      }
    }
  });
});
