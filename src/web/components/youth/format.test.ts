import { describe, expect, it } from "vitest";
import { formatDate, languageName } from "./format";
import { weekdayKey } from "./ProfileSummary";

describe("young people's formatting helpers", () => {
  it("shows a calendar date without moving it across time zones", () => {
    expect(formatDate("2027-01-04", "en")).toContain("2027");
    expect(formatDate("2027-01-04", "en")).toContain("4");
    expect(formatDate("not a date", "da")).toBe("not a date");
  });

  it("names languages in the reader's language", () => {
    expect(languageName("da", "en")).toBe("Danish");
    expect(languageName("da", "da")).toBe("dansk");
  });

  it("maps ISO weekdays (1 = Monday) to their i18n keys", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(weekdayKey)).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
  });
});
