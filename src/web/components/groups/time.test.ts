import { describe, expect, it } from "vitest";
import { addDays, copenhagenParts, copenhagenToIso, formatMeetingStart } from "./time";

describe("group meeting time", () => {
  it("states Copenhagen wall-clock time with the offset of that day, winter and summer", () => {
    expect(copenhagenToIso("2026-12-01", "19:00")).toBe("2026-12-01T19:00:00+01:00");
    expect(copenhagenToIso("2027-06-01", "19:00")).toBe("2027-06-01T19:00:00+02:00");
    // The day the clocks go back: the evening is already winter time.
    expect(copenhagenToIso("2026-10-25", "19:00")).toBe("2026-10-25T19:00:00+01:00");
  });

  it("refuses what is not a date and a time", () => {
    expect(copenhagenToIso("", "19:00")).toBeNull();
    expect(copenhagenToIso("2026-12-01", "7pm")).toBeNull();
  });

  it("reads an instant as Copenhagen date and time, whatever the machine's zone", () => {
    expect(copenhagenParts(new Date("2026-12-01T18:00:00Z"))).toEqual({ date: "2026-12-01", time: "19:00" });
    expect(copenhagenParts(new Date("2026-11-28T23:30:00Z"))).toEqual({ date: "2026-11-29", time: "00:30" });
    expect(formatMeetingStart("2026-12-01T18:00:00Z", "da")).toContain("19.00");
  });

  it("adds days across a month end", () => {
    expect(addDays("2026-11-28", 4)).toBe("2026-12-02");
    expect(addDays("2026-12-01", -28)).toBe("2026-11-03");
  });
});
