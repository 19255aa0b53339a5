import { describe, expect, it } from "vitest";
import { occupationFieldVocabulary } from "../reference/vocabulary.js";
import { FIT_WEIGHTS, type Fit, fitOf, type OpeningFacts, type YouthFacts } from "./fit.js";

const isco = new Map<string, string>(occupationFieldVocabulary.map((entry) => [entry.code, entry.iscoCode]));
const iscoOf = (field: string) => isco.get(field);

const roskilde = { latitude: 55.6415, longitude: 12.0803 };
/** A point about `km` kilometres east of Roskilde. */
const eastOfRoskilde = (km: number) => ({
  latitude: roskilde.latitude,
  longitude: roskilde.longitude + km / 62.9,
});

const youth = (overrides: Partial<YouthFacts> = {}): YouthFacts => ({
  interests: ["animals-nature"],
  strengths: ["good-with-animals", "patient", "reliable"],
  wantsToLearn: "Hvordan man passer heste og hunde",
  home: roskilde,
  maxTravelKm: 15,
  hoursPerWeek: 20,
  drivingLicence: false,
  languages: ["da"],
  earliestStart: "2027-01-01",
  ...overrides,
});

const opening = (overrides: Partial<OpeningFacts> = {}): OpeningFacts => ({
  status: "open",
  seatsLeft: 1,
  occupationField: "animals-nature",
  qualitiesWanted: ["good-with-animals", "patient"],
  learning: "Pasning af hunde og heste, fodring og hygiejne",
  workplace: eastOfRoskilde(5),
  hoursPerWeek: 20,
  requiresDrivingLicence: false,
  languagesRequired: [],
  earliestStart: "2027-01-04",
  hasMentor: true,
  supportOffered: ["mentor"],
  ...overrides,
});

function scoreOf(fit: Fit): number {
  if (fit.excluded) throw new Error(`excluded: ${fit.because}`);
  return fit.score;
}

/** A small seeded generator, so property runs are repeatable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("fit between a young person and an opening", () => {
  it("ranks the animal shelter 5 km away above the warehouse 30 km away for a young person who loves animals", () => {
    const young = youth({ maxTravelKm: 40 });
    const shelter = fitOf(young, opening(), iscoOf);
    const warehouse = fitOf(
      young,
      opening({
        occupationField: "warehouse-logistics",
        qualitiesWanted: ["physically-strong", "punctual"],
        learning: "Truckkørsel og lagerstyring",
        workplace: eastOfRoskilde(30),
        hasMentor: false,
        supportOffered: [],
      }),
      iscoOf,
    );
    expect(scoreOf(shelter)).toBeGreaterThan(scoreOf(warehouse));
    expect(shelter).toMatchObject({
      reasons: expect.arrayContaining([
        { code: "shared_interest", field: "animals-nature" },
        { code: "distance", km: 5 },
        { code: "mentor" },
      ]),
    });
  });

  it("gives the best possible fit 100 and never leaves 0-100", () => {
    expect(
      scoreOf(
        fitOf(
          youth({ home: roskilde }),
          opening({
            workplace: roskilde,
            qualitiesWanted: ["good-with-animals", "patient", "reliable"],
            learning: "hvordan passer heste hunde",
          }),
          iscoOf,
        ),
      ),
    ).toBe(100);
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const fit = fitOf(
        youth({
          drivingLicence: next() < 0.5,
          hoursPerWeek: next() < 0.2 ? null : 15 + Math.floor(next() * 20),
        }),
        opening({
          workplace: eastOfRoskilde(next() * 25),
          hoursPerWeek: 15 + Math.floor(next() * 20),
          requiresDrivingLicence: next() < 0.5,
          languagesRequired: next() < 0.3 ? ["en"] : [],
          qualitiesWanted: next() < 0.5 ? [] : ["patient"],
          hasMentor: next() < 0.5,
        }),
        iscoOf,
      );
      if (!fit.excluded) {
        expect(fit.score).toBeGreaterThanOrEqual(0);
        expect(fit.score).toBeLessThanOrEqual(100);
      }
    }
    expect(
      Object.values(FIT_WEIGHTS).reduce((sum, weight) => sum + weight, 0) - FIT_WEIGHTS.relatedInterest,
    ).toBe(100);
  });

  it("always excludes across a hard limit, whatever else fits", () => {
    expect(fitOf(youth(), opening({ status: "closed" }), iscoOf)).toEqual({
      excluded: true,
      because: "not_open",
    });
    expect(fitOf(youth(), opening({ status: "paused" }), iscoOf)).toEqual({
      excluded: true,
      because: "not_open",
    });
    expect(fitOf(youth(), opening({ seatsLeft: 0 }), iscoOf)).toEqual({
      excluded: true,
      because: "no_seats",
    });
    expect(fitOf(youth({ maxTravelKm: 10 }), opening({ workplace: eastOfRoskilde(16) }), iscoOf)).toEqual({
      excluded: true,
      because: "too_far",
    });
    expect(fitOf(youth({ hoursPerWeek: 15 }), opening({ hoursPerWeek: 30 }), iscoOf)).toEqual({
      excluded: true,
      because: "too_many_hours",
    });
  });

  it("never scores an opening higher for being further away", () => {
    const next = random(11);
    for (let i = 0; i < 200; i++) {
      const young = youth({ maxTravelKm: 5 + Math.floor(next() * 30) });
      const near = next() * 20;
      const far = near + next() * 20;
      const nearFit = fitOf(young, opening({ workplace: eastOfRoskilde(near) }), iscoOf);
      const farFit = fitOf(young, opening({ workplace: eastOfRoskilde(far) }), iscoOf);
      if (farFit.excluded) continue;
      expect(nearFit.excluded).toBe(false);
      expect(scoreOf(nearFit)).toBeGreaterThanOrEqual(farFit.score);
    }
  });

  it("counts a related field through the ISCO group, less than the field itself", () => {
    // Any other field in the same ISCO-08 major group as "animals-nature" (group 9, elementary work).
    const related = occupationFieldVocabulary.find(
      (entry) =>
        entry.code !== "animals-nature" && entry.iscoCode.charAt(0) === iscoOf("animals-nature")?.charAt(0),
    );
    if (!related) throw new Error("the vocabulary has no field related to animals-nature");
    const relatedFit = fitOf(youth({ interests: [related.code] }), opening(), iscoOf);
    const unrelatedFit = fitOf(youth({ interests: ["it-development"] }), opening(), iscoOf);
    expect(relatedFit).toMatchObject({
      reasons: expect.arrayContaining([{ code: "related_interest", field: related.code }]),
    });
    expect(scoreOf(relatedFit)).toBeGreaterThan(scoreOf(unrelatedFit));
    expect(scoreOf(fitOf(youth(), opening(), iscoOf))).toBeGreaterThan(scoreOf(relatedFit));
  });

  it("says what speaks against an opening without hiding it", () => {
    const fit = fitOf(
      youth({ hoursPerWeek: 20, drivingLicence: false, languages: ["da"], maxTravelKm: 10 }),
      opening({
        hoursPerWeek: 24,
        requiresDrivingLicence: true,
        languagesRequired: ["en"],
        workplace: eastOfRoskilde(12),
        earliestStart: "2027-06-01",
      }),
      iscoOf,
    );
    expect(fit.excluded).toBe(false);
    if (fit.excluded) return;
    expect(fit.concerns).toEqual([
      { code: "far_away", km: 12, maxKm: 10 },
      { code: "more_hours", hours: 24, wanted: 20 },
      { code: "needs_driving_licence" },
      { code: "needs_language", languages: ["en"] },
      { code: "starts_later", start: "2027-06-01" },
    ]);
  });

  it("gives a young person who cannot travel at all the openings in their own postal code, without dividing by zero", () => {
    const young = youth({ maxTravelKm: 0 });
    const here = fitOf(young, opening({ workplace: roskilde }), iscoOf);
    expect(here.excluded).toBe(false);
    expect(Number.isInteger(scoreOf(here))).toBe(true);
    expect(here).toMatchObject({ reasons: expect.arrayContaining([{ code: "distance", km: 0 }]) });
    expect(fitOf(young, opening({ workplace: eastOfRoskilde(2) }), iscoOf)).toEqual({
      excluded: true,
      because: "too_far",
    });
  });

  it("counts a quality wanted twice once", () => {
    const once = fitOf(youth(), opening({ qualitiesWanted: ["patient", "punctual"] }), iscoOf);
    const twice = fitOf(youth(), opening({ qualitiesWanted: ["patient", "patient", "punctual"] }), iscoOf);
    expect(scoreOf(twice)).toBe(scoreOf(once));
    expect(twice).toMatchObject({
      reasons: expect.arrayContaining([{ code: "strengths_wanted", strengths: ["patient"] }]),
    });
  });

  it("is concerned about an opening that starts more than 60 days after the young person can", () => {
    const concerns = (start: string) => {
      const fit = fitOf(youth({ earliestStart: "2027-01-01" }), opening({ earliestStart: start }), iscoOf);
      return fit.excluded ? [] : fit.concerns.map((concern) => concern.code);
    };
    expect(concerns("2027-03-02")).not.toContain("starts_later");
    expect(concerns("2027-03-03")).toContain("starts_later");
  });
});
