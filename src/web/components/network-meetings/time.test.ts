import { describe, expect, it } from "vitest";
import { copenhagenToIso, copenhagenYear, isoToCopenhagen } from "./time";

describe("Copenhagen meeting times", () => {
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
