import { describe, expect, it } from "vitest";
import {
  addDays,
  copenhagenParts,
  copenhagenToIso,
  copenhagenYear,
  formatMeetingStart,
  isoToCopenhagen,
} from "./copenhagenTime";

describe("Copenhagen time: group meetings", () => {
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

describe("Copenhagen time: network meetings", () => {
  it("writes winter times with +01:00 and summer times with +02:00", () => {
    expect(copenhagenToIso("2027-01-12", "10:00")).toBe("2027-01-12T10:00:00+01:00");
    expect(copenhagenToIso("2027-06-15", "16:30")).toBe("2027-06-15T16:30:00+02:00");
  });

  it("knows the offset on the days the clocks change", () => {
    expect(copenhagenToIso("2027-03-28", "01:30")).toBe("2027-03-28T01:30:00+01:00");
    expect(copenhagenToIso("2027-03-28", "04:00")).toBe("2027-03-28T04:00:00+02:00");
    expect(copenhagenToIso("2027-10-31", "04:00")).toBe("2027-10-31T04:00:00+01:00");
  });

  it("refuses dates and times that do not exist", () => {
    expect(copenhagenToIso("2027-02-30", "10:00")).toBeNull();
    expect(copenhagenToIso("2027-02-10", "25:00")).toBeNull();
    expect(copenhagenToIso("", "10:00")).toBeNull();
    expect(copenhagenToIso("2027-02-10", "")).toBeNull();
  });

  it("reads an instant back as the Copenhagen date and time", () => {
    expect(isoToCopenhagen("2027-06-15T14:30:00.000Z")).toEqual({ date: "2027-06-15", time: "16:30" });
    expect(isoToCopenhagen("2026-12-31T23:30:00.000Z")).toEqual({ date: "2027-01-01", time: "00:30" });
  });

  it("counts the year in Copenhagen, where new year comes an hour before UTC's", () => {
    expect(copenhagenYear(new Date("2026-12-31T23:30:00.000Z"))).toBe(2027);
    expect(copenhagenYear(new Date("2026-12-31T22:30:00.000Z"))).toBe(2026);
  });
});
