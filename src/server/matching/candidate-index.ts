import type { OpeningStatus } from "../openings/opening-status.js";
import { type Coordinates, distanceKm } from "../reference/distance.js";
import { occupationFieldVocabulary, strengthCodes } from "../reference/vocabulary.js";
import {
  networkVisibleParts,
  type ProfileRow,
  profileOf,
  type ResourceProfile,
  visibilityOf,
} from "../youth/profile.js";
import type { youthStatuses } from "../youth/youth.tables.js";
import {
  dayNumberOf,
  distancePoints,
  FIT_PENALTIES,
  FIT_WEIGHTS,
  finalScore,
  hasTooManyHours,
  interestIn,
  interestPoints,
  isTooFar,
  learningPoints,
  learningWords,
  type OpeningFacts,
  startsTooLate,
  strengthsPoints,
  travelLimitOf,
  type YouthFacts,
} from "./fit.js";

/**
 * The candidate index of one municipality, in memory (decision 0008): the open openings with a free
 * seat as typed arrays, and the young people with their facts prepared for scoring. Ranking a young
 * person's openings is one pass over the arrays that gives exactly the score `fitOf` gives (a
 * property test holds them equal), then a selection by score bucket; `fitOf` explains only the page.
 */

export type YouthStatus = (typeof youthStatuses)[number];

/** An opening as the index is built from it: one row of the database. */
export interface CandidateOpening {
  id: string;
  companyId: string;
  companyName: string;
  title: string;
  occupationField: string;
  qualitiesWanted: string[];
  learning: string | null;
  workplacePostalCode: string;
  hoursPerWeek: number;
  durationWeeks: number | null;
  seats: number;
  earliestStart: string | null;
  hasMentor: boolean;
  supportOffered: string[];
  requiresDrivingLicence: boolean;
  languagesRequired: string[];
  status: OpeningStatus;
}

/** A young person as the index is built from them. */
export interface CandidateYouth {
  id: string;
  userId: string;
  status: YouthStatus;
  /** Home postal code. */
  postalCode: string;
  /** Currently consents to profile_visible_to_companies. */
  visibleToCompanies: boolean;
  profile: ProfileRow;
}

export interface CandidateSource {
  /** matching_index_versions.version read in the same snapshot as the rows (0 without a row). */
  version: number;
  openings: CandidateOpening[];
  youth: CandidateYouth[];
  postalCodes: ReadonlyMap<string, Coordinates>;
}

/** A young person's facts, prepared for the scorer against one index's dictionaries. */
export interface PreparedYouth {
  facts: YouthFacts;
  /** Interest points per occupation field of the index (35 shared, 15 related, 0). */
  interestPoints: Uint8Array;
  strengthMask: Uint32Array;
  /** Ids of the young person's learning words that some opening of the index offers. */
  wordIds: Uint32Array;
  travelLimit: number;
  drivingLicence: boolean;
  /** Per language set of the index: 1 when the young person lacks a language of it. */
  languageMissing: Uint8Array;
  /** Day number of the earliest start, NaN when not given. */
  startDay: number;
}

export interface YouthEntry {
  id: string;
  userId: string;
  status: YouthStatus;
  visibleToCompanies: boolean;
  /** Everything: what the young person and staff rank with. */
  full: PreparedYouth;
  /** Only the parts shown to the network: what companies rank with. */
  network: PreparedYouth;
}

const MENTOR = 1;
const SUPPORT = 2;
const DRIVING_LICENCE = 4;
/** Score of a candidate that is excluded by a hard limit, a filter or a dismissal. */
const EXCLUDED = -1;

export interface CandidateIndex {
  version: number;
  /** Open openings with a free seat, ordered by id (the stable order among equal scores). */
  openings: CandidateOpening[];
  openingPosition: ReadonlyMap<string, number>;
  fieldCodes: string[];
  fieldPosition: ReadonlyMap<string, number>;
  postalCodes: string[];
  postalCoordinates: (Coordinates | null)[];
  languageSets: string[][];
  strengthWords: number;
  strengthBit: ReadonlyMap<string, number>;
  wordIds: ReadonlyMap<string, number>;
  // One entry per opening:
  field: Uint16Array;
  postal: Uint16Array;
  hours: Uint16Array;
  flags: Uint8Array;
  languageSet: Uint16Array;
  startDay: Float64Array;
  wantedCount: Uint16Array;
  /** The highest hours a week of any opening. */
  maxHours: number;
  /** strengthsPoints(matching, wanted) at [matching * stride + wanted], 0 when nothing matches. */
  strengthPointsTable: Float64Array;
  strengthPointsStride: number;
  /** strengthWords words per opening. */
  strengthMask: Uint32Array;
  /** The opening's learning word ids: wordList[wordStart[i] .. wordStart[i + 1]). */
  wordStart: Uint32Array;
  wordList: Uint32Array;
  /** The openings offering each word: postings[postingStart[w] .. postingStart[w + 1]). */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Young people ordered by id. */
  youth: YouthEntry[];
  youthById: ReadonlyMap<string, YouthEntry>;
  /** Reused by each ranking; ranking is synchronous, so requests never share them at the same time. */
  scratch: { scores: Int8Array; wordsInCommon: Uint16Array; marks: Uint8Array; wordMarks: Uint8Array };
}

const iscoByField = new Map<string, string>(
  occupationFieldVocabulary.map((entry) => [entry.code, entry.iscoCode]),
);
/** The ISCO-08 group of an occupation field of the shared vocabulary. */
export const iscoOfField = (field: string): string | undefined => iscoByField.get(field);

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function positionIn(dictionary: Map<string, number>, list: string[], key: string): number {
  let position = dictionary.get(key);
  if (position === undefined) {
    position = list.length;
    list.push(key);
    dictionary.set(key, position);
  }
  return position;
}

/**
 * A young person's facts for the fit, from the parts of the profile given. The home location counts
 * only together with the travel part: a young person who keeps how far they travel private does not
 * show companies how far from the workplace they live either.
 */
export function youthFactsOf(profile: Partial<ResourceProfile>, home: Coordinates | null): YouthFacts {
  return {
    interests: profile.interests ?? [],
    strengths: profile.strengths ?? [],
    wantsToLearn: profile.wantsToLearn ?? null,
    home: profile.travel ? home : null,
    maxTravelKm: profile.travel?.maxKm ?? null,
    hoursPerWeek: profile.availability?.hoursPerWeek ?? null,
    drivingLicence: profile.drivingLicence ?? null,
    languages: profile.languages ?? [],
    earliestStart: profile.earliestStart ?? null,
  };
}

export function buildCandidateIndex(source: CandidateSource): CandidateIndex {
  const openings = source.openings.filter((o) => o.status === "open" && o.seats > 0).sort(byId);
  const n = openings.length;

  const fieldPosition = new Map<string, number>();
  const fieldCodes: string[] = [];
  const postalPosition = new Map<string, number>();
  const postalCodes: string[] = [];
  const languageSetPosition = new Map<string, number>();
  const languageSetKeys: string[] = [];
  const strengthBit = new Map<string, number>();
  const strengthList: string[] = [];
  for (const code of strengthCodes) positionIn(strengthBit, strengthList, code);
  // Codes outside the vocabulary (never written through the API, but possible in old rows) get bits too.
  for (const opening of openings) {
    for (const quality of opening.qualitiesWanted) positionIn(strengthBit, strengthList, quality);
  }
  const strengthWords = Math.ceil(strengthList.length / 32);

  const wordIds = new Map<string, number>();
  const wordKeys: string[] = [];
  const openingWords: number[][] = [];

  const field = new Uint16Array(n);
  const postal = new Uint16Array(n);
  const hours = new Uint16Array(n);
  const flags = new Uint8Array(n);
  const languageSet = new Uint16Array(n);
  const startDay = new Float64Array(n);
  const wantedCount = new Uint16Array(n);
  const strengthMask = new Uint32Array(n * strengthWords);
  const openingPosition = new Map<string, number>();

  for (let i = 0; i < n; i++) {
    const opening = openings[i] as CandidateOpening;
    openingPosition.set(opening.id, i);
    field[i] = positionIn(fieldPosition, fieldCodes, opening.occupationField);
    postal[i] = positionIn(postalPosition, postalCodes, opening.workplacePostalCode);
    hours[i] = opening.hoursPerWeek;
    flags[i] =
      (opening.hasMentor ? MENTOR : 0) |
      (opening.supportOffered.length > 0 ? SUPPORT : 0) |
      (opening.requiresDrivingLicence ? DRIVING_LICENCE : 0);
    const languages = [...new Set(opening.languagesRequired)].sort().join(",");
    languageSet[i] = positionIn(languageSetPosition, languageSetKeys, languages);
    startDay[i] = opening.earliestStart ? dayNumberOf(opening.earliestStart) : Number.NaN;
    const wanted = new Set(opening.qualitiesWanted);
    wantedCount[i] = wanted.size;
    for (const quality of wanted) {
      const bit = strengthBit.get(quality) ?? 0;
      const word = i * strengthWords + (bit >>> 5);
      strengthMask[word] = (strengthMask[word] ?? 0) | (1 << (bit & 31));
    }
    openingWords.push(
      [...learningWords(opening.learning)].map((word) => positionIn(wordIds, wordKeys, word)),
    );
  }

  const wordStart = new Uint32Array(n + 1);
  const postingCounts = new Uint32Array(wordKeys.length + 1);
  let totalWords = 0;
  for (let i = 0; i < n; i++) {
    wordStart[i] = totalWords;
    const ids = openingWords[i] ?? [];
    totalWords += ids.length;
    for (const id of ids) postingCounts[id + 1] = (postingCounts[id + 1] ?? 0) + 1;
  }
  wordStart[n] = totalWords;
  const wordList = new Uint32Array(totalWords);
  const postingStart = new Uint32Array(wordKeys.length + 1);
  for (let w = 0; w < wordKeys.length; w++) {
    postingStart[w + 1] = (postingStart[w] ?? 0) + (postingCounts[w + 1] ?? 0);
  }
  const postings = new Uint32Array(totalWords);
  const filled = postingStart.slice(0, wordKeys.length);
  for (let i = 0; i < n; i++) {
    let at = wordStart[i] ?? 0;
    for (const id of openingWords[i] ?? []) {
      wordList[at++] = id;
      const slot = filled[id] ?? 0;
      postings[slot] = i;
      filled[id] = slot + 1;
    }
  }

  let maxHours = 0;
  for (const value of hours) maxHours = Math.max(maxHours, value);
  let maxWanted = 0;
  for (const value of wantedCount) maxWanted = Math.max(maxWanted, value);
  const strengthPointsStride = maxWanted + 1;
  const strengthPointsTable = new Float64Array(strengthPointsStride * strengthPointsStride);
  for (let matching = 1; matching <= maxWanted; matching++) {
    for (let wanted = matching; wanted <= maxWanted; wanted++) {
      strengthPointsTable[matching * strengthPointsStride + wanted] = strengthsPoints(matching, wanted);
    }
  }

  const index: CandidateIndex = {
    version: source.version,
    openings,
    openingPosition,
    fieldCodes,
    fieldPosition,
    postalCodes,
    postalCoordinates: postalCodes.map((code) => source.postalCodes.get(code) ?? null),
    languageSets: languageSetKeys.map((key) => (key === "" ? [] : key.split(","))),
    strengthWords,
    strengthBit,
    wordIds,
    field,
    postal,
    hours,
    flags,
    languageSet,
    startDay,
    wantedCount,
    maxHours,
    strengthPointsTable,
    strengthPointsStride,
    strengthMask,
    wordStart,
    wordList,
    postingStart,
    postings,
    youth: [],
    youthById: new Map(),
    scratch: {
      scores: new Int8Array(n),
      wordsInCommon: new Uint16Array(n),
      marks: new Uint8Array(n),
      wordMarks: new Uint8Array(wordKeys.length),
    },
  };

  const youth = [...source.youth].sort(byId).map((row): YouthEntry => {
    const home = source.postalCodes.get(row.postalCode) ?? null;
    const profile = profileOf(row.profile);
    return {
      id: row.id,
      userId: row.userId,
      status: row.status,
      visibleToCompanies: row.visibleToCompanies,
      full: prepareYouth(index, youthFactsOf(profile, home)),
      network: prepareYouth(
        index,
        youthFactsOf(networkVisibleParts(profile, visibilityOf(row.profile)), home),
      ),
    };
  });
  index.youth = youth;
  index.youthById = new Map(youth.map((entry) => [entry.id, entry]));
  return index;
}

/** Prepares facts for scoring against this index; exported for the property test. */
export function prepareYouth(index: CandidateIndex, facts: YouthFacts): PreparedYouth {
  const interestPointsByField = new Uint8Array(index.fieldCodes.length);
  index.fieldCodes.forEach((code, position) => {
    interestPointsByField[position] = interestPoints(interestIn(facts.interests, code, iscoOfField));
  });
  const strengthMask = new Uint32Array(index.strengthWords);
  for (const strength of facts.strengths) {
    const bit = index.strengthBit.get(strength);
    if (bit === undefined) continue;
    strengthMask[bit >>> 5] = (strengthMask[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  const wordIds: number[] = [];
  for (const word of learningWords(facts.wantsToLearn)) {
    const id = index.wordIds.get(word);
    if (id !== undefined) wordIds.push(id);
  }
  return {
    facts,
    interestPoints: interestPointsByField,
    strengthMask,
    wordIds: Uint32Array.from(wordIds),
    travelLimit: travelLimitOf(facts.maxTravelKm),
    drivingLicence: facts.drivingLicence === true,
    languageMissing: Uint8Array.from(index.languageSets, (set) =>
      set.some((language) => !facts.languages.includes(language)) ? 1 : 0,
    ),
    startDay: facts.earliestStart ? dayNumberOf(facts.earliestStart) : Number.NaN,
  };
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The score of one opening for one young person, or EXCLUDED: `fitOf`'s arithmetic, term by term in
 * the same order, over the typed arrays. `km` is NaN when a location is unknown.
 */
function scoreAt(index: CandidateIndex, youth: PreparedYouth, i: number, km: number, wordsInCommon: number) {
  // An unknown distance (NaN) compares false: it neither excludes nor counts, as in fitOf.
  if (isTooFar(km, youth.travelLimit)) return EXCLUDED;
  const hours = index.hours[i] ?? 0;
  const youthHours = youth.facts.hoursPerWeek;
  if (hasTooManyHours(hours, youthHours)) return EXCLUDED;

  let score = 0;
  score += youth.interestPoints[index.field[i] ?? 0] ?? 0;
  let matching = 0;
  const words = index.strengthWords;
  for (let w = 0; w < words; w++) {
    matching += bitCount((index.strengthMask[i * words + w] ?? 0) & (youth.strengthMask[w] ?? 0));
  }
  if (matching > 0) score += strengthsPoints(matching, index.wantedCount[i] ?? 0);
  if (wordsInCommon > 0) score += learningPoints(wordsInCommon);
  if (km <= youth.travelLimit) score += distancePoints(km, youth.travelLimit);
  score += youthHours === null || hours <= youthHours ? FIT_WEIGHTS.hours : FIT_WEIGHTS.hours / 2;
  const flags = index.flags[i] ?? 0;
  if (flags & MENTOR) score += FIT_WEIGHTS.mentorAndSupport / 2;
  if (flags & SUPPORT) score += FIT_WEIGHTS.mentorAndSupport / 2;
  if (flags & DRIVING_LICENCE && !youth.drivingLicence) score -= FIT_PENALTIES.drivingLicence;
  if (youth.languageMissing[index.languageSet[i] ?? 0]) score -= FIT_PENALTIES.language;
  // Without a date on either side (NaN) there is no concern.
  if (startsTooLate(index.startDay[i] ?? Number.NaN, youth.startDay)) score -= FIT_PENALTIES.startsLater;
  return finalScore(score);
}

export interface OpeningFilters {
  /** Only openings of this occupation field. */
  field?: string | undefined;
  /** Only openings at most this far from home (so only where both places are known). */
  maxDistanceKm?: number | undefined;
  /** Opening ids this user marked "not for me". */
  dismissed: readonly string[];
  /** true: only the dismissed ones; false: all but them. */
  hidden: boolean;
}

/**
 * Scores every opening of the index for a young person into `scratch.scores` (EXCLUDED where a hard
 * limit, a filter or a dismissal leaves it out) and returns that array.
 */
export function scoreOpeningsForYouth(
  index: CandidateIndex,
  youth: PreparedYouth,
  filters: OpeningFilters,
): Int8Array {
  const n = index.openings.length;
  const { scores, wordsInCommon, marks } = index.scratch;

  // Everything that depends on the young person and one value of an opening is looked up in a
  // table made here, with fitOf's own functions; the loop then adds the same numbers in fitOf's order.
  const maxKm = filters.maxDistanceKm ?? Number.POSITIVE_INFINITY;
  const home = youth.facts.home;
  const postalCount = index.postalCodes.length;
  /** Per workplace postal code: 1 when too far (or beyond the filter), else the distance points. */
  const postalExcluded = new Uint8Array(postalCount);
  const postalPoints = new Float64Array(postalCount);
  for (let p = 0; p < postalCount; p++) {
    const workplace = index.postalCoordinates[p];
    const km = home && workplace ? distanceKm(home, workplace) : Number.NaN;
    // An unknown distance (NaN) compares false: it neither excludes nor counts, as in fitOf; only
    // a distance filter leaves it out, since it cannot be known to be near.
    if ((maxKm !== Number.POSITIVE_INFINITY && !(km <= maxKm)) || isTooFar(km, youth.travelLimit)) {
      postalExcluded[p] = 1;
    } else if (km <= youth.travelLimit) {
      postalPoints[p] = distancePoints(km, youth.travelLimit);
    }
  }
  /** Per hours a week of an opening: -1 when too many, else the hours points. */
  const hoursPoints = new Float64Array(index.maxHours + 1);
  const youthHours = youth.facts.hoursPerWeek;
  for (let hours = 0; hours <= index.maxHours; hours++) {
    hoursPoints[hours] = hasTooManyHours(hours, youthHours)
      ? EXCLUDED
      : youthHours === null || hours <= youthHours
        ? FIT_WEIGHTS.hours
        : FIT_WEIGHTS.hours / 2;
  }
  const learningPointsByCount = [0, learningPoints(1), learningPoints(2)];

  wordsInCommon.fill(0);
  for (const word of youth.wordIds) {
    const end = index.postingStart[word + 1] ?? 0;
    for (let at = index.postingStart[word] ?? 0; at < end; at++) {
      const i = index.postings[at] ?? 0;
      wordsInCommon[i] = (wordsInCommon[i] ?? 0) + 1;
    }
  }

  marks.fill(filters.hidden ? 0 : 1);
  for (const id of filters.dismissed) {
    const i = index.openingPosition.get(id);
    if (i !== undefined) marks[i] = filters.hidden ? 1 : 0;
  }

  const onlyField = filters.field === undefined ? -1 : (index.fieldPosition.get(filters.field) ?? -2);
  const { field, postal, hours, flags, languageSet, startDay, wantedCount, strengthMask } = index;
  const { interestPoints: interestByField, languageMissing, drivingLicence } = youth;
  const youthStart = youth.startDay;
  const strengthTable = index.strengthPointsTable;
  const stride = index.strengthPointsStride;
  const words = index.strengthWords;
  const youthMask0 = youth.strengthMask[0] ?? 0;
  const youthMask1 = youth.strengthMask[1] ?? 0;
  for (let i = 0; i < n; i++) {
    const p = postal[i] ?? 0;
    const hoursFit = hoursPoints[hours[i] ?? 0] ?? EXCLUDED;
    const f = field[i] ?? 0;
    if (marks[i] === 0 || postalExcluded[p] === 1 || hoursFit < 0 || (onlyField !== -1 && f !== onlyField)) {
      scores[i] = EXCLUDED;
      continue;
    }
    let matching = 0;
    if (words === 2) {
      matching =
        bitCount((strengthMask[2 * i] ?? 0) & youthMask0) +
        bitCount((strengthMask[2 * i + 1] ?? 0) & youthMask1);
    } else {
      for (let w = 0; w < words; w++) {
        matching += bitCount((strengthMask[i * words + w] ?? 0) & (youth.strengthMask[w] ?? 0));
      }
    }
    let score = interestByField[f] ?? 0;
    score += strengthTable[matching * stride + (wantedCount[i] ?? 0)] ?? 0;
    score += learningPointsByCount[Math.min(2, wordsInCommon[i] ?? 0)] ?? 0;
    score += postalPoints[p] ?? 0;
    score += hoursFit;
    const flag = flags[i] ?? 0;
    if (flag & MENTOR) score += FIT_WEIGHTS.mentorAndSupport / 2;
    if (flag & SUPPORT) score += FIT_WEIGHTS.mentorAndSupport / 2;
    if (flag & DRIVING_LICENCE && !drivingLicence) score -= FIT_PENALTIES.drivingLicence;
    if (languageMissing[languageSet[i] ?? 0]) score -= FIT_PENALTIES.language;
    if (startsTooLate(startDay[i] ?? Number.NaN, youthStart)) score -= FIT_PENALTIES.startsLater;
    scores[i] = finalScore(score);
  }
  return scores;
}

export interface YouthFilters {
  maxDistanceKm?: number | undefined;
  /** Youth ids this user marked "not for me" for the opening. */
  dismissed: readonly string[];
  hidden: boolean;
}

/** The young people a company may be recommended: consenting, and applicant or active. */
export function isRecommendableToCompanies(entry: YouthEntry): boolean {
  return entry.visibleToCompanies && (entry.status === "applicant" || entry.status === "active");
}

/**
 * Scores the municipality's young people for one opening of the index, from what each shows to the
 * network, into a new array in the order of `index.youth` (EXCLUDED where not recommendable).
 */
export function scoreYouthForOpening(index: CandidateIndex, i: number, filters: YouthFilters): Int8Array {
  const scores = new Int8Array(index.youth.length);
  const { wordMarks } = index.scratch;
  const wordsEnd = index.wordStart[i + 1] ?? 0;
  for (let at = index.wordStart[i] ?? 0; at < wordsEnd; at++) wordMarks[index.wordList[at] ?? 0] = 1;
  const dismissed = new Set(filters.dismissed);
  const workplace = index.postalCoordinates[index.postal[i] ?? 0] ?? null;
  const maxKm = filters.maxDistanceKm ?? Number.POSITIVE_INFINITY;

  index.youth.forEach((entry, y) => {
    const youth = entry.network;
    const home = youth.facts.home;
    const km = home && workplace ? distanceKm(home, workplace) : Number.NaN;
    const wanted =
      isRecommendableToCompanies(entry) &&
      dismissed.has(entry.id) === filters.hidden &&
      (maxKm === Number.POSITIVE_INFINITY || km <= maxKm);
    if (!wanted) {
      scores[y] = EXCLUDED;
      return;
    }
    let common = 0;
    for (const word of youth.wordIds) common += wordMarks[word] ?? 0;
    scores[y] = scoreAt(index, youth, i, km, common);
  });

  for (let at = index.wordStart[i] ?? 0; at < wordsEnd; at++) wordMarks[index.wordList[at] ?? 0] = 0;
  return scores;
}

export interface RankedPage {
  /** How many candidates are not excluded. */
  total: number;
  /** Positions into the scored array, best first, equal scores in array order. */
  positions: number[];
}

/**
 * The page [offset, offset + limit) of the candidates ranked by score, without sorting: scores are
 * whole numbers 0-100, so one pass counts each score and a second collects the page's buckets.
 */
export function selectPage(scores: Int8Array, offset: number, limit: number): RankedPage {
  const counts = new Uint32Array(101);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? EXCLUDED;
    if (score >= 0) counts[score] = (counts[score] ?? 0) + 1;
  }
  let total = 0;
  for (const count of counts) total += count;
  const end = Math.min(total, offset + limit);
  if (offset >= end) return { total, positions: [] };

  // The highest bucket reaching rank `offset` and the lowest reaching rank `end - 1`.
  let high = 100;
  let above = 0;
  while (above + (counts[high] ?? 0) <= offset) above += counts[high--] ?? 0;
  let low = high;
  let through = above + (counts[low] ?? 0);
  while (through < end) through += counts[--low] ?? 0;

  const skip = offset - above;
  const byScore: number[][] = [];
  for (let score = low; score <= high; score++) byScore[score] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? EXCLUDED;
    if (score < low || score > high) continue;
    const bucket = byScore[score] ?? [];
    // No bucket gives the page more than `limit` items, after the ones the top bucket skips.
    if (bucket.length >= (score === high ? skip + limit : limit)) continue;
    bucket.push(i);
  }
  const positions: number[] = [];
  for (let score = high; score >= low && positions.length < end - offset; score--) {
    const bucket = byScore[score] ?? [];
    for (let k = score === high ? skip : 0; k < bucket.length && positions.length < end - offset; k++) {
      positions.push(bucket[k] ?? 0);
    }
  }
  return { total, positions };
}

/** The facts `fitOf` needs of an opening of the index. */
export function openingFactsAt(index: CandidateIndex, i: number): OpeningFacts {
  const opening = index.openings[i];
  if (!opening) throw new Error(`no opening at ${i}`);
  return {
    status: opening.status,
    seatsLeft: opening.seats,
    occupationField: opening.occupationField,
    qualitiesWanted: opening.qualitiesWanted,
    learning: opening.learning,
    workplace: index.postalCoordinates[index.postal[i] ?? 0] ?? null,
    hoursPerWeek: opening.hoursPerWeek,
    requiresDrivingLicence: opening.requiresDrivingLicence,
    languagesRequired: opening.languagesRequired,
    earliestStart: opening.earliestStart,
    hasMentor: opening.hasMentor,
    supportOffered: opening.supportOffered,
  };
}

/**
 * One index per municipality, rebuilt when the municipality's version moved. Concurrent requests
 * that find it stale share one rebuild. Made once per app (app.ts), so separate apps never share.
 */
export interface CandidateIndexStore {
  /**
   * The municipality's index at `version` or newer; `load` reads the source (and its version) in
   * one snapshot when a rebuild is needed.
   */
  current(
    municipalityId: string,
    version: number,
    load: () => Promise<CandidateSource>,
  ): Promise<CandidateIndex>;
}

export function createCandidateIndexStore(): CandidateIndexStore {
  const built = new Map<string, CandidateIndex>();
  const building = new Map<string, Promise<CandidateIndex>>();
  return {
    async current(municipalityId, version, load) {
      for (;;) {
        const index = built.get(municipalityId);
        if (index && index.version >= version) return index;
        const running = building.get(municipalityId);
        if (running) {
          // Someone else's rebuild may have read an older version than ours: look again after it.
          await running.catch(() => undefined);
          continue;
        }
        const rebuild = load()
          .then((source) => {
            const fresh = buildCandidateIndex(source);
            const existing = built.get(municipalityId);
            if (!existing || existing.version <= fresh.version) built.set(municipalityId, fresh);
            return fresh;
          })
          .finally(() => building.delete(municipalityId));
        building.set(municipalityId, rebuild);
        // Our own rebuild read the version after the caller did, so it is fresh enough.
        return rebuild;
      }
    },
  };
}
