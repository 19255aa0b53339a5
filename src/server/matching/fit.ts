import { type Coordinates, distanceKm } from "../reference/distance.js";

/**
 * How well a young person and an internship opening fit: a pure function, no I/O, so it can run
 * over many candidates in memory and be tested on hand-made cases (issue 4).
 *
 * Fit starts from the young person's resources and interests (arbejdsidentitet), then the
 * practicalities. Hard limits exclude an opening outright; everything else weighs. The reasons
 * are codes with parameters, so each side reads them in their own language.
 */

export interface YouthFacts {
  /** Occupation field codes the young person is interested in. */
  interests: readonly string[];
  strengths: readonly string[];
  /** Words from "what I want to learn". */
  wantsToLearn: string | null;
  home: Coordinates | null;
  maxTravelKm: number | null;
  hoursPerWeek: number | null;
  drivingLicence: boolean | null;
  languages: readonly string[];
  /** YYYY-MM-DD */
  earliestStart: string | null;
}

export interface OpeningFacts {
  status: "open" | "paused" | "filled" | "closed";
  seatsLeft: number;
  occupationField: string;
  qualitiesWanted: readonly string[];
  learning: string | null;
  workplace: Coordinates | null;
  hoursPerWeek: number;
  requiresDrivingLicence: boolean;
  languagesRequired: readonly string[];
  earliestStart: string | null;
  hasMentor: boolean;
  supportOffered: readonly string[];
}

export type Reason =
  | { code: "shared_interest"; field: string }
  | { code: "related_interest"; field: string }
  | { code: "strengths_wanted"; strengths: string[] }
  | { code: "can_learn"; words: string[] }
  | { code: "distance"; km: number }
  | { code: "hours_fit"; hours: number }
  | { code: "mentor" }
  | { code: "support"; support: string[] };

export type Concern =
  | { code: "far_away"; km: number; maxKm: number }
  | { code: "more_hours"; hours: number; wanted: number }
  | { code: "needs_driving_licence" }
  | { code: "needs_language"; languages: string[] }
  | { code: "starts_later"; start: string };

export type Exclusion = "not_open" | "no_seats" | "too_far" | "too_many_hours";

export type Fit =
  | { excluded: false; score: number; reasons: Reason[]; concerns: Concern[] }
  | { excluded: true; because: Exclusion };

/**
 * The weights, in one place. They add up to 100, the best possible fit. Interest weighs most:
 * the young person's own interest decides (magtskifte); practicalities refine.
 */
export const FIT_WEIGHTS = {
  sharedInterest: 35,
  relatedInterest: 15,
  strengths: 20,
  learning: 10,
  distance: 15,
  hours: 10,
  mentorAndSupport: 10,
} as const;

/** Penalties for what speaks against an opening without excluding it. */
export const FIT_PENALTIES = { drivingLicence: 15, language: 10, startsLater: 5 } as const;

export const FIT_LIMITS = {
  /** Beyond this multiple of the young person's travel limit an opening is not worth showing. */
  tooFarFactor: 1.5,
  /** More hours than the young person can give, beyond this margin, is a hard limit. */
  hoursMargin: 5,
  /** The travel limit of a young person who has not said how far they can travel. */
  defaultTravelKm: 20,
  /** An opening starting more than this many days after the young person can start is a concern. */
  startsLaterDays: 60,
} as const;

/**
 * The pieces of the score below are exported so that the fast scorer over the candidate index
 * (candidate-index.ts) adds exactly the same numbers in exactly the same order; `fitOf` stays the
 * definition, and a property test holds the two equal.
 */

/** The words of "what I want to learn" and "what one can learn there" that count: four letters or more. */
export function learningWords(text: string | null): ReadonlySet<string> {
  const key = text ?? "";
  let found = recentWords.get(key);
  if (!found) {
    found = new Set(
      key
        .toLowerCase()
        .split(/[^a-zæøå0-9]+/)
        .filter((word) => word.length >= 4),
    );
    // Explaining a page asks for the same young person's words once per item: remember a few.
    if (recentWords.size >= 1_000) recentWords.clear();
    recentWords.set(key, found);
  }
  return found;
}

const recentWords = new Map<string, ReadonlySet<string>>();

/** The young person's interest in an opening's field: the field itself, a related one (same ISCO major group), or none. */
export function interestIn(
  interests: readonly string[],
  field: string,
  iscoOf: (field: string) => string | undefined,
): { kind: "shared" } | { kind: "related"; field: string } | undefined {
  if (interests.includes(field)) return { kind: "shared" };
  const group = iscoOf(field)?.charAt(0);
  const related = interests.find((interest) => group !== undefined && iscoOf(interest)?.charAt(0) === group);
  return related ? { kind: "related", field: related } : undefined;
}

export function interestPoints(interest: ReturnType<typeof interestIn>): number {
  if (!interest) return 0;
  return interest.kind === "shared" ? FIT_WEIGHTS.sharedInterest : FIT_WEIGHTS.relatedInterest;
}

/** Up to three wanted qualities count; having them all (or three) gives the full weight. */
export function strengthsPoints(matching: number, wanted: number): number {
  return FIT_WEIGHTS.strengths * Math.min(1, matching / Math.max(1, Math.min(3, wanted)));
}

/** Two words in common give the full weight. */
export function learningPoints(wordsInCommon: number): number {
  return FIT_WEIGHTS.learning * Math.min(1, wordsInCommon / 2);
}

export function travelLimitOf(maxTravelKm: number | null): number {
  return maxTravelKm ?? FIT_LIMITS.defaultTravelKm;
}

export function isTooFar(km: number, travelLimit: number): boolean {
  return km > travelLimit * FIT_LIMITS.tooFarFactor;
}

/** Within the travel limit, nearer is better: full weight at the door, falling towards the hard limit. */
export function distancePoints(km: number, travelLimit: number): number {
  // A travel limit of 0 km (allowed in the profile) must not divide by zero: only the same place fits.
  const reach = travelLimit * FIT_LIMITS.tooFarFactor;
  return FIT_WEIGHTS.distance * (reach > 0 ? 1 - km / reach : 1);
}

export function hasTooManyHours(openingHours: number, youthHours: number | null): boolean {
  return youthHours !== null && openingHours > youthHours + FIT_LIMITS.hoursMargin;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, so start dates compare as numbers. */
export function dayNumberOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

export function startsTooLate(openingStartDay: number, youthStartDay: number): boolean {
  return openingStartDay > youthStartDay + FIT_LIMITS.startsLaterDays;
}

export function finalScore(points: number): number {
  return Math.max(0, Math.min(100, Math.round(points)));
}

/**
 * @param iscoOf the ISCO-08 group of an occupation field code, so that related fields (same major
 *   group) count for something.
 */
export function fitOf(
  youth: YouthFacts,
  opening: OpeningFacts,
  iscoOf: (field: string) => string | undefined,
): Fit {
  if (opening.status !== "open") return { excluded: true, because: "not_open" };
  if (opening.seatsLeft <= 0) return { excluded: true, because: "no_seats" };
  const travelLimit = travelLimitOf(youth.maxTravelKm);
  const km = youth.home && opening.workplace ? distanceKm(youth.home, opening.workplace) : null;
  if (km !== null && isTooFar(km, travelLimit)) return { excluded: true, because: "too_far" };
  if (hasTooManyHours(opening.hoursPerWeek, youth.hoursPerWeek)) {
    return { excluded: true, because: "too_many_hours" };
  }

  const reasons: Reason[] = [];
  const concerns: Concern[] = [];
  let score = 0;

  const interest = interestIn(youth.interests, opening.occupationField, iscoOf);
  if (interest) {
    score += interestPoints(interest);
    reasons.push(
      interest.kind === "shared"
        ? { code: "shared_interest", field: opening.occupationField }
        : { code: "related_interest", field: interest.field },
    );
  }

  // A quality listed twice is still one quality.
  const wanted = [...new Set(opening.qualitiesWanted)];
  const matchingStrengths = wanted.filter((quality) => youth.strengths.includes(quality));
  if (matchingStrengths.length > 0) {
    score += strengthsPoints(matchingStrengths.length, wanted.length);
    reasons.push({ code: "strengths_wanted", strengths: matchingStrengths });
  }

  const canBeLearnt = learningWords(opening.learning);
  const learnable = [...learningWords(youth.wantsToLearn)].filter((word) => canBeLearnt.has(word));
  if (learnable.length > 0) {
    score += learningPoints(learnable.length);
    reasons.push({ code: "can_learn", words: learnable });
  }

  if (km !== null) {
    const rounded = Math.round(km);
    if (km <= travelLimit) {
      score += distancePoints(km, travelLimit);
      reasons.push({ code: "distance", km: rounded });
    } else {
      concerns.push({ code: "far_away", km: rounded, maxKm: travelLimit });
    }
  }

  if (youth.hoursPerWeek === null || opening.hoursPerWeek <= youth.hoursPerWeek) {
    score += FIT_WEIGHTS.hours;
    reasons.push({ code: "hours_fit", hours: opening.hoursPerWeek });
  } else {
    score += FIT_WEIGHTS.hours / 2;
    concerns.push({ code: "more_hours", hours: opening.hoursPerWeek, wanted: youth.hoursPerWeek });
  }

  if (opening.hasMentor) {
    score += FIT_WEIGHTS.mentorAndSupport / 2;
    reasons.push({ code: "mentor" });
  }
  if (opening.supportOffered.length > 0) {
    score += FIT_WEIGHTS.mentorAndSupport / 2;
    reasons.push({ code: "support", support: [...opening.supportOffered] });
  }

  if (opening.requiresDrivingLicence && youth.drivingLicence !== true) {
    score -= FIT_PENALTIES.drivingLicence;
    concerns.push({ code: "needs_driving_licence" });
  }
  const missingLanguages = opening.languagesRequired.filter(
    (language) => !youth.languages.includes(language),
  );
  if (missingLanguages.length > 0) {
    score -= FIT_PENALTIES.language;
    concerns.push({ code: "needs_language", languages: missingLanguages });
  }
  if (
    youth.earliestStart &&
    opening.earliestStart &&
    startsTooLate(dayNumberOf(opening.earliestStart), dayNumberOf(youth.earliestStart))
  ) {
    score -= FIT_PENALTIES.startsLater;
    concerns.push({ code: "starts_later", start: opening.earliestStart });
  }

  return { excluded: false, score: finalScore(score), reasons, concerns };
}
