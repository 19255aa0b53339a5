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
const PENALTIES = { drivingLicence: 15, language: 10, startsLater: 5 } as const;

/** Beyond this multiple of the young person's travel limit an opening is not worth showing. */
const TOO_FAR_FACTOR = 1.5;
/** More hours than the young person can give, beyond this margin, is a hard limit. */
const HOURS_MARGIN = 5;
const DEFAULT_TRAVEL_KM = 20;

const words = (text: string | null) =>
  new Set(
    (text ?? "")
      .toLowerCase()
      .split(/[^a-zæøå0-9]+/)
      .filter((word) => word.length >= 4),
  );

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
  const travelLimit = youth.maxTravelKm ?? DEFAULT_TRAVEL_KM;
  const km = youth.home && opening.workplace ? distanceKm(youth.home, opening.workplace) : null;
  if (km !== null && km > travelLimit * TOO_FAR_FACTOR) return { excluded: true, because: "too_far" };
  if (youth.hoursPerWeek !== null && opening.hoursPerWeek > youth.hoursPerWeek + HOURS_MARGIN) {
    return { excluded: true, because: "too_many_hours" };
  }

  const reasons: Reason[] = [];
  const concerns: Concern[] = [];
  let score = 0;

  if (youth.interests.includes(opening.occupationField)) {
    score += FIT_WEIGHTS.sharedInterest;
    reasons.push({ code: "shared_interest", field: opening.occupationField });
  } else {
    const group = iscoOf(opening.occupationField)?.charAt(0);
    const related = youth.interests.find(
      (field) => group !== undefined && iscoOf(field)?.charAt(0) === group,
    );
    if (related) {
      score += FIT_WEIGHTS.relatedInterest;
      reasons.push({ code: "related_interest", field: related });
    }
  }

  const matchingStrengths = opening.qualitiesWanted.filter((quality) => youth.strengths.includes(quality));
  if (matchingStrengths.length > 0) {
    const share = matchingStrengths.length / Math.max(1, Math.min(3, opening.qualitiesWanted.length));
    score += FIT_WEIGHTS.strengths * Math.min(1, share);
    reasons.push({ code: "strengths_wanted", strengths: matchingStrengths });
  }

  const learnable = [...words(youth.wantsToLearn)].filter((word) => words(opening.learning).has(word));
  if (learnable.length > 0) {
    score += FIT_WEIGHTS.learning * Math.min(1, learnable.length / 2);
    reasons.push({ code: "can_learn", words: learnable });
  }

  if (km !== null) {
    const rounded = Math.round(km);
    if (km <= travelLimit) {
      score += FIT_WEIGHTS.distance * (1 - km / (travelLimit * TOO_FAR_FACTOR));
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
    score -= PENALTIES.drivingLicence;
    concerns.push({ code: "needs_driving_licence" });
  }
  const missingLanguages = opening.languagesRequired.filter(
    (language) => !youth.languages.includes(language),
  );
  if (missingLanguages.length > 0) {
    score -= PENALTIES.language;
    concerns.push({ code: "needs_language", languages: missingLanguages });
  }
  if (
    youth.earliestStart &&
    opening.earliestStart &&
    opening.earliestStart > addDays(youth.earliestStart, 60)
  ) {
    score -= PENALTIES.startsLater;
    concerns.push({ code: "starts_later", start: opening.earliestStart });
  }

  return { excluded: false, score: Math.max(0, Math.min(100, Math.round(score))), reasons, concerns };
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
