import { describe, expect, it } from "vitest";
import { ageOn, networkVisibleParts, profileCompleteness, profileOf, visibilityOf } from "./profile.js";
import { profileParts } from "./youth.tables.js";

const emptyRow = {
  aboutMe: null,
  strengths: [],
  interests: [],
  experiences: [],
  wantsToLearn: null,
  hoursPerWeek: null,
  weekdays: [],
  maxTravelKm: null,
  drivingLicence: null,
  languages: [],
  earliestStart: null,
  visibility: {},
};

const fullRow = {
  aboutMe: "Jeg er god til dyr",
  strengths: ["reliable"],
  interests: ["animals-nature"],
  experiences: [{ kind: "hobby" as const, title: "Rideskole" }],
  wantsToLearn: "At passe heste",
  hoursPerWeek: 20,
  weekdays: [1, 3],
  maxTravelKm: 10,
  drivingLicence: false,
  languages: ["da"],
  earliestStart: "2027-01-01",
  visibility: {},
};

describe("profile completeness", () => {
  it("counts the parts filled in and lists the missing ones in form order", () => {
    expect(profileCompleteness(profileOf(emptyRow))).toEqual({ percent: 0, missing: [...profileParts] });
    expect(profileCompleteness(profileOf(fullRow))).toEqual({ percent: 100, missing: [] });
    expect(profileCompleteness(profileOf({ ...fullRow, weekdays: [], aboutMe: "  " }))).toEqual({
      percent: 80,
      missing: ["aboutMe", "availability"],
    });
  });

  it("treats a 'no' for driving licence as an answer", () => {
    expect(profileCompleteness(profileOf({ ...emptyRow, drivingLicence: false })).missing).not.toContain(
      "drivingLicence",
    );
  });
});

describe("what the network sees", () => {
  it("shows every part by default and never a private one, for every combination", () => {
    const profile = profileOf(fullRow);
    expect(Object.keys(networkVisibleParts(profile, visibilityOf(fullRow))).sort()).toEqual(
      [...profileParts].sort(),
    );
    for (let mask = 0; mask < 1 << profileParts.length; mask++) {
      const choice = Object.fromEntries(
        profileParts.map((part, i) => [part, mask & (1 << i) ? "private" : "network"]),
      );
      const visible = networkVisibleParts(profile, visibilityOf({ visibility: choice }));
      for (const [i, part] of profileParts.entries()) {
        expect(part in visible).toBe((mask & (1 << i)) === 0);
      }
    }
  });
});

describe("age", () => {
  it("counts whole years, turning on the birthday", () => {
    expect(ageOn("2004-05-17", new Date("2026-05-16T12:00:00Z"))).toBe(21);
    expect(ageOn("2004-05-17", new Date("2026-05-17T00:00:00Z"))).toBe(22);
    expect(ageOn("2004-02-29", new Date("2026-03-01T00:00:00Z"))).toBe(22);
  });
});
