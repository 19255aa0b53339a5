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
 * seat as typed arrays, and the young people with their facts prepared for scoring. One scorer
 * (`scoreAt`) gives exactly the score `fitOf` gives, over the typed arrays (a property test holds
 * them equal); `fitOf` then explains only the items of the page.
 *
 * Ranking a young person's openings does not score every opening: openings are grouped by
 * occupation field and workplace postal code, and within a group everything but the strengths,
 * the learning, the hours and mentor/support is the same, so a group's best possible score is
 * known before looking inside it. Fields, then groups, are opened best bound first until the page
 * is certain. The total comes from counts by postal code and hours a week: it needs no scoring.
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

// The columns of an opening's row (CandidateIndex.rows); the strength mask words come last.
const FIELD = 0;
const POSTAL = 1;
const HOURS = 2;
const FLAGS = 3;
const LANGUAGES = 4;
const WANTED = 5;
const START_DAY = 6;
const WORDS_FROM = 7;
const WORDS_TO = 8;
const STRENGTHS = 9;
/** START_DAY of an opening without an earliest start. */
const NO_DATE = -2_147_483_648;
/** Score of a candidate that is excluded by a hard limit, a filter or a dismissal. */
const EXCLUDED = -1;

/**
 * Runs of openings (or of groups) with what bounds their members' best score: the strengths
 * wanted together (strengthWords words per block), the fewest qualities and hours any member asks,
 * the most mentor and support points, and which blocks offer each learning word
 * (blocksOfWord[wordStart[w] .. wordStart[w + 1])).
 */
export interface Blocks {
  start: Uint32Array;
  strengthMask: Uint32Array;
  fewestWanted: Uint16Array;
  fewestHours: Uint16Array;
  mentorAndSupport: Float64Array;
  wordStart: Uint32Array;
  blocksOfWord: Uint32Array;
}

export interface CandidateIndex {
  version: number;
  /** Open openings with a free seat, ordered by field, workplace postal code and id. */
  openings: CandidateOpening[];
  /** Positions in id order, and each position's place in it: the stable order among equal scores. */
  idOrder: Uint32Array;
  idRank: Uint32Array;
  openingPosition: ReadonlyMap<string, number>;
  fieldCodes: string[];
  fieldPosition: ReadonlyMap<string, number>;
  postalCodes: string[];
  postalCoordinates: (Coordinates | null)[];
  languageSets: string[][];
  strengthWords: number;
  strengthBit: ReadonlyMap<string, number>;
  wordIds: ReadonlyMap<string, number>;
  /**
   * One row of whole numbers per opening (rowSize of them, at i * rowSize), so that an opening's
   * facts share a cache line or two: ranking touches few openings, but each of them cold.
   */
  rows: Int32Array;
  rowSize: number;
  /** The highest hours a week of any opening. */
  maxHours: number;
  /** The openings' learning word ids: row[WORDS_FROM] .. row[WORDS_TO] - 1 index into it. */
  wordList: Uint32Array;
  /**
   * Groups of openings with the same field and workplace postal code (the most mentor and support
   * points first): group g holds the positions start[g] .. start[g + 1] - 1. Fields are runs of
   * groups: field f holds the groups fields.start[f] .. fields.start[f + 1] - 1.
   */
  groups: Blocks & { field: Uint16Array; postal: Uint16Array };
  fields: Blocks;
  /** How many openings at postal code p have at most h hours a week: [p * (maxHours + 1) + h]. */
  postalHoursAtMost: Uint32Array;
  /** Young people ordered by id. */
  youth: YouthEntry[];
  youthById: ReadonlyMap<string, YouthEntry>;
  /** Reused by each ranking; ranking is synchronous, so requests never share them at the same time. */
  scratch: { marks: Uint8Array; wordMarks: Uint8Array };
}

const iscoByField = new Map<string, string>(
  occupationFieldVocabulary.map((entry) => [entry.code, entry.iscoCode]),
);
/** The ISCO-08 group of an occupation field of the shared vocabulary. */
export const iscoOfField = (field: string): string | undefined => iscoByField.get(field);

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const flagsOf = (opening: CandidateOpening) =>
  (opening.hasMentor ? MENTOR : 0) |
  (opening.supportOffered.length > 0 ? SUPPORT : 0) |
  (opening.requiresDrivingLicence ? DRIVING_LICENCE : 0);

/** An opening's points for a mentor and for support (fitOf adds half the weight for each). */
const mentorAndSupportPoints = (flags: number) =>
  (flags & MENTOR ? FIT_WEIGHTS.mentorAndSupport / 2 : 0) +
  (flags & SUPPORT ? FIT_WEIGHTS.mentorAndSupport / 2 : 0);
const byId = (a: { id: string }, b: { id: string }) => compareText(a.id, b.id);

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
  // Grouped by field and workplace postal code, so that a group's members lie side by side and
  // opening a group reads memory in order; within a group, the most mentor and support first.
  const openings = source.openings
    .filter((o) => o.status === "open" && o.seats > 0)
    .sort(
      (a, b) =>
        compareText(a.occupationField, b.occupationField) ||
        compareText(a.workplacePostalCode, b.workplacePostalCode) ||
        mentorAndSupportPoints(flagsOf(b)) - mentorAndSupportPoints(flagsOf(a)) ||
        compareText(a.id, b.id),
    );
  const n = openings.length;
  const idOrder = Uint32Array.from(
    openings.map((_, i) => i).sort((a, b) => compareText(openings[a]?.id ?? "", openings[b]?.id ?? "")),
  );
  const idRank = new Uint32Array(n);
  idOrder.forEach((position, rank) => {
    idRank[position] = rank;
  });

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
    flags[i] = flagsOf(opening);
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
  let totalWords = 0;
  for (let i = 0; i < n; i++) {
    wordStart[i] = totalWords;
    totalWords += openingWords[i]?.length ?? 0;
  }
  wordStart[n] = totalWords;
  const wordList = Uint32Array.from(openingWords.flat());
  const rowSize = STRENGTHS + strengthWords;
  const rows = new Int32Array(n * rowSize);
  for (let i = 0; i < n; i++) {
    const row = i * rowSize;
    rows[row + FIELD] = field[i] ?? 0;
    rows[row + POSTAL] = postal[i] ?? 0;
    rows[row + HOURS] = hours[i] ?? 0;
    rows[row + FLAGS] = flags[i] ?? 0;
    rows[row + LANGUAGES] = languageSet[i] ?? 0;
    rows[row + WANTED] = wantedCount[i] ?? 0;
    const day = startDay[i] ?? Number.NaN;
    rows[row + START_DAY] = Number.isNaN(day) ? NO_DATE : day;
    rows[row + WORDS_FROM] = wordStart[i] ?? 0;
    rows[row + WORDS_TO] = wordStart[i + 1] ?? 0;
    for (let w = 0; w < strengthWords; w++)
      rows[row + STRENGTHS + w] = strengthMask[i * strengthWords + w] ?? 0;
  }

  let maxHours = 0;
  for (const value of hours) maxHours = Math.max(maxHours, value);

  // The groups: runs of the same field and workplace postal code; the fields: runs of groups.
  const groupStarts: number[] = [];
  const groupFields: number[] = [];
  const groupPostals: number[] = [];
  const fieldStarts: number[] = [];
  for (let i = 0; i < n; i++) {
    const newField = i === 0 || field[i] !== field[i - 1];
    if (newField) fieldStarts.push(groupStarts.length);
    if (newField || postal[i] !== postal[i - 1]) {
      groupStarts.push(i);
      groupFields.push(field[i] ?? 0);
      groupPostals.push(postal[i] ?? 0);
    }
  }
  groupStarts.push(n);
  fieldStarts.push(groupFields.length);
  const members = { strengthWords, strengthMask, wantedCount, hours, flags, openingWords };
  const groups = blocksOf(Uint32Array.from(groupStarts), members, wordKeys.length);
  // A field's members are the openings of its groups.
  const fields = blocksOf(
    Uint32Array.from(fieldStarts, (g) => groupStarts[g] ?? n),
    members,
    wordKeys.length,
  );
  fields.start = Uint32Array.from(fieldStarts);

  const postalHoursAtMost = new Uint32Array(postalCodes.length * (maxHours + 1));
  for (let i = 0; i < n; i++) {
    const at = (postal[i] ?? 0) * (maxHours + 1) + (hours[i] ?? 0);
    postalHoursAtMost[at] = (postalHoursAtMost[at] ?? 0) + 1;
  }
  for (let p = 0; p < postalCodes.length; p++) {
    for (let h = 1; h <= maxHours; h++) {
      const at = p * (maxHours + 1) + h;
      postalHoursAtMost[at] = (postalHoursAtMost[at] ?? 0) + (postalHoursAtMost[at - 1] ?? 0);
    }
  }

  const index: CandidateIndex = {
    version: source.version,
    openings,
    idOrder,
    idRank,
    openingPosition,
    fieldCodes,
    fieldPosition,
    postalCodes,
    postalCoordinates: postalCodes.map((code) => source.postalCodes.get(code) ?? null),
    languageSets: languageSetKeys.map((key) => (key === "" ? [] : key.split(","))),
    strengthWords,
    strengthBit,
    wordIds,
    rows,
    rowSize,
    maxHours,
    wordList,
    groups: { ...groups, field: Uint16Array.from(groupFields), postal: Uint16Array.from(groupPostals) },
    fields,
    postalHoursAtMost,
    youth: [],
    youthById: new Map(),
    scratch: {
      marks: new Uint8Array(n),
      wordMarks: new Uint8Array(wordKeys.length),
    },
  };

  const youth = [...source.youth].sort(byId).map((row): YouthEntry => {
    const home = source.postalCodes.get(row.postalCode) ?? null;
    const profile = profileOf(row.profile);
    return {
      id: row.id,
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

/** The bounds of runs of openings: block b holds the positions starts[b] .. starts[b + 1] - 1. */
function blocksOf(
  starts: Uint32Array,
  openings: {
    strengthWords: number;
    strengthMask: Uint32Array;
    wantedCount: Uint16Array;
    hours: Uint16Array;
    flags: Uint8Array;
    openingWords: number[][];
  },
  wordCount: number,
): Blocks {
  const count = starts.length - 1;
  const words = openings.strengthWords;
  const blocks: Blocks = {
    start: starts,
    strengthMask: new Uint32Array(count * words),
    fewestWanted: new Uint16Array(count),
    fewestHours: new Uint16Array(count),
    mentorAndSupport: new Float64Array(count),
    wordStart: new Uint32Array(wordCount + 1),
    blocksOfWord: new Uint32Array(0),
  };
  const blocksOfWord: Set<number>[] = Array.from({ length: wordCount }, () => new Set());
  for (let b = 0; b < count; b++) {
    let fewestWanted = Number.POSITIVE_INFINITY;
    let fewestHours = Number.POSITIVE_INFINITY;
    let mentorAndSupport = 0;
    for (let i = starts[b] ?? 0; i < (starts[b + 1] ?? 0); i++) {
      for (let w = 0; w < words; w++) {
        const at = b * words + w;
        blocks.strengthMask[at] =
          (blocks.strengthMask[at] ?? 0) | (openings.strengthMask[i * words + w] ?? 0);
      }
      fewestWanted = Math.min(fewestWanted, openings.wantedCount[i] ?? 0);
      fewestHours = Math.min(fewestHours, openings.hours[i] ?? 0);
      mentorAndSupport = Math.max(mentorAndSupport, mentorAndSupportPoints(openings.flags[i] ?? 0));
      for (const word of openings.openingWords[i] ?? []) blocksOfWord[word]?.add(b);
    }
    blocks.fewestWanted[b] = fewestWanted;
    blocks.fewestHours[b] = fewestHours;
    blocks.mentorAndSupport[b] = mentorAndSupport;
  }
  blocksOfWord.forEach((set, w) => {
    blocks.wordStart[w + 1] = (blocks.wordStart[w] ?? 0) + set.size;
  });
  blocks.blocksOfWord = Uint32Array.from(blocksOfWord.flatMap((set) => [...set]));
  return blocks;
}

/** Prepares facts for scoring against this index's dictionaries. */
function prepareYouth(index: CandidateIndex, facts: YouthFacts): PreparedYouth {
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
  const rows = index.rows;
  const row = i * index.rowSize;
  const hours = rows[row + HOURS] ?? 0;
  const youthHours = youth.facts.hoursPerWeek;
  if (hasTooManyHours(hours, youthHours)) return EXCLUDED;

  let score = 0;
  score += youth.interestPoints[rows[row + FIELD] ?? 0] ?? 0;
  let matching = 0;
  for (let w = 0; w < index.strengthWords; w++) {
    matching += bitCount((rows[row + STRENGTHS + w] ?? 0) & (youth.strengthMask[w] ?? 0));
  }
  if (matching > 0) score += strengthsPoints(matching, rows[row + WANTED] ?? 0);
  if (wordsInCommon > 0) score += learningPoints(wordsInCommon);
  if (km <= youth.travelLimit) score += distancePoints(km, youth.travelLimit);
  score += youthHours === null || hours <= youthHours ? FIT_WEIGHTS.hours : FIT_WEIGHTS.hours / 2;
  const flags = rows[row + FLAGS] ?? 0;
  if (flags & MENTOR) score += FIT_WEIGHTS.mentorAndSupport / 2;
  if (flags & SUPPORT) score += FIT_WEIGHTS.mentorAndSupport / 2;
  if (flags & DRIVING_LICENCE && !youth.drivingLicence) score -= FIT_PENALTIES.drivingLicence;
  if (youth.languageMissing[rows[row + LANGUAGES] ?? 0]) score -= FIT_PENALTIES.language;
  // Without a date on either side there is no concern (a missing young person's date is NaN).
  const start = rows[row + START_DAY] ?? NO_DATE;
  if (start !== NO_DATE && startsTooLate(start, youth.startDay)) score -= FIT_PENALTIES.startsLater;
  return finalScore(score);
}

/** The facts of an opening's row that ranking reads outside the scorer. */
const postalAt = (index: CandidateIndex, i: number) => index.rows[i * index.rowSize + POSTAL] ?? 0;
const hoursAt = (index: CandidateIndex, i: number) => index.rows[i * index.rowSize + HOURS] ?? 0;
const fieldAt = (index: CandidateIndex, i: number) => index.rows[i * index.rowSize + FIELD] ?? 0;
const mentorAndSupportAt = (index: CandidateIndex, i: number) =>
  mentorAndSupportPoints(index.rows[i * index.rowSize + FLAGS] ?? 0);

/** Marks (1) or unmarks (0) the opening's learning words. */
function markWordsOf(index: CandidateIndex, wordMarks: Uint8Array, i: number, mark: number): void {
  const row = i * index.rowSize;
  const end = index.rows[row + WORDS_TO] ?? 0;
  for (let at = index.rows[row + WORDS_FROM] ?? 0; at < end; at++) wordMarks[index.wordList[at] ?? 0] = mark;
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

export interface RankedPage {
  /** How many candidates pass the hard limits and the filters. */
  total: number;
  /** Positions of the page's candidates, best first, equal scores in id order. */
  positions: number[];
  scores: number[];
  /** How many candidates were scored to find the page (all of them without the pruning). */
  scored: number;
}

/** How many words of the opening's learning the young person wants to learn (their words are marked). */
function wordsInCommonAt(index: CandidateIndex, wordMarks: Uint8Array, i: number): number {
  const row = i * index.rowSize;
  const end = index.rows[row + WORDS_TO] ?? 0;
  let common = 0;
  for (let at = index.rows[row + WORDS_FROM] ?? 0; at < end; at++)
    common += wordMarks[index.wordList[at] ?? 0] ?? 0;
  return common;
}

/**
 * The page of the candidates scoring at least `threshold`, best first and then in id order: each
 * becomes one number, (100 - score) * n + its rank in id order, and a numeric sort of those is the
 * order.
 */
function pageOf(
  index: CandidateIndex,
  candidates: Candidates,
  threshold: number,
  offset: number,
  limit: number,
) {
  const n = index.openings.length;
  const keys = new Float64Array(candidates.count);
  let count = 0;
  for (let k = 0; k < candidates.count; k++) {
    const score = candidates.scores[k] ?? 0;
    if (score >= threshold)
      keys[count++] = (100 - score) * n + (index.idRank[candidates.positions[k] ?? 0] ?? 0);
  }
  const page = keys
    .subarray(0, count)
    .sort()
    .subarray(offset, offset + limit);
  return {
    positions: Array.from(page, (key) => index.idOrder[key % n] ?? 0),
    scores: Array.from(page, (key) => 100 - Math.floor(key / n)),
  };
}

/** A growing list of scored candidates. */
class Candidates {
  positions = new Uint32Array(256);
  scores = new Uint8Array(256);
  count = 0;

  push(position: number, score: number): void {
    if (this.count === this.positions.length) {
      const positions = new Uint32Array(this.count * 2);
      positions.set(this.positions);
      this.positions = positions;
      const scores = new Uint8Array(this.count * 2);
      scores.set(this.scores);
      this.scores = scores;
    }
    this.positions[this.count] = position;
    this.scores[this.count] = score;
    this.count++;
  }
}

/**
 * What ranking a young person's openings needs that depends only on the index, the young person
 * and the filters: distances per workplace postal code, which places and hours are ruled out, how
 * many openings pass, and every group of openings with the best score any member could reach,
 * best first. Without filters it is kept per young person for the life of the index (the index
 * is rebuilt on any change to what it was built from), so a young person paging or coming back
 * pays only for the scan.
 */
interface RankingPlan {
  kmByPostal: Float64Array;
  postalExcluded: Uint8Array;
  /** The most hours a week the young person can be offered (-1: none). */
  hoursAllowed: number;
  onlyField: number;
  /** How many openings pass the hard limits and filters, before dismissals. */
  total: number;
  /** Groups in the order they are opened: by bound, best first. */
  groupOrder: Int32Array;
  groupBound: Uint8Array;
  /** A group's best possible score without its mentor and support points (each member adds its own). */
  groupBesides: Float64Array;
}

const unfilteredPlans = new WeakMap<PreparedYouth, RankingPlan>();

function rankingPlan(
  index: CandidateIndex,
  youth: PreparedYouth,
  field: string | undefined,
  maxDistanceKm: number | undefined,
): RankingPlan {
  const unfiltered = field === undefined && maxDistanceKm === undefined;
  const kept = unfiltered ? unfilteredPlans.get(youth) : undefined;
  if (kept) return kept;
  const onlyField = field === undefined ? -1 : (index.fieldPosition.get(field) ?? -2);
  const maxKm = maxDistanceKm ?? Number.POSITIVE_INFINITY;
  const travelLimit = youth.travelLimit;

  // Per workplace postal code: the distance (NaN when unknown), and whether it rules the place out.
  const postalCount = index.postalCodes.length;
  const kmByPostal = new Float64Array(postalCount);
  const postalExcluded = new Uint8Array(postalCount);
  const home = youth.facts.home;
  for (let p = 0; p < postalCount; p++) {
    const workplace = index.postalCoordinates[p];
    const km = home && workplace ? distanceKm(home, workplace) : Number.NaN;
    kmByPostal[p] = km;
    // Only a distance filter leaves out an unknown distance: it cannot be known to be near.
    if (isTooFar(km, travelLimit) || (maxKm !== Number.POSITIVE_INFINITY && !(km <= maxKm))) {
      postalExcluded[p] = 1;
    }
  }
  let hoursAllowed = -1;
  while (hoursAllowed < index.maxHours && !hasTooManyHours(hoursAllowed + 1, youth.facts.hoursPerWeek)) {
    hoursAllowed++;
  }

  let total = 0;
  const { groups, fields } = index;
  const fieldCount = fields.start.length - 1;
  const hoursColumn = Math.min(hoursAllowed, index.maxHours);
  if (hoursAllowed >= 0) {
    if (onlyField === -1) {
      for (let p = 0; p < postalCount; p++) {
        if (postalExcluded[p] === 0)
          total += index.postalHoursAtMost[p * (index.maxHours + 1) + hoursColumn] ?? 0;
      }
    } else if (onlyField >= 0) {
      for (let g = fields.start[onlyField] ?? 0; g < (fields.start[onlyField + 1] ?? 0); g++) {
        const p = groups.postal[g] ?? 0;
        if (postalExcluded[p] === 1) continue;
        for (let i = groups.start[g] ?? 0; i < (groups.start[g + 1] ?? 0); i++) {
          if (hoursAt(index, i) <= hoursAllowed) total++;
        }
      }
    }
  }

  // The best score any member of a group could have, as a whole number safely above it: the field
  // and the place are the same for all members; the other terms are bounded by what the members
  // offer together.
  const youthHours = youth.facts.hoursPerWeek;
  const words = index.strengthWords;
  const groupLearnable = new Uint8Array(groups.start.length - 1);
  for (const word of youth.wordIds) {
    for (let at = groups.wordStart[word] ?? 0; at < (groups.wordStart[word + 1] ?? 0); at++) {
      groupLearnable[groups.blocksOfWord[at] ?? 0] = 1;
    }
  }
  // A whole point above the best: float addition is monotone, so larger terms never give a
  // smaller sum, and the point covers any rounding in how the best was added up.
  const boundFrom = (best: number) => Math.max(0, Math.min(101, Math.ceil(best) + 1));
  const chosen: number[] = [];
  const bounds: number[] = [];
  const besides: number[] = [];
  for (let f = 0; f < fieldCount && hoursAllowed >= 0; f++) {
    if (onlyField !== -1 && f !== onlyField) continue;
    const interest = youth.interestPoints[f] ?? 0;
    for (let g = fields.start[f] ?? 0; g < (fields.start[f + 1] ?? 0); g++) {
      const p = groups.postal[g] ?? 0;
      const km = kmByPostal[p] ?? Number.NaN;
      if (postalExcluded[p] === 1) continue;
      let matching = 0;
      for (let w = 0; w < words; w++) {
        matching += bitCount((groups.strengthMask[g * words + w] ?? 0) & (youth.strengthMask[w] ?? 0));
      }
      const best =
        interest +
        (matching > 0 ? strengthsPoints(matching, groups.fewestWanted[g] ?? 0) : 0) +
        (groupLearnable[g] ? FIT_WEIGHTS.learning : 0) +
        (km <= travelLimit ? distancePoints(km, travelLimit) : 0) +
        (youthHours === null || (groups.fewestHours[g] ?? 0) <= youthHours
          ? FIT_WEIGHTS.hours
          : FIT_WEIGHTS.hours / 2) +
        (groups.mentorAndSupport[g] ?? 0);
      chosen.push(g);
      bounds.push(boundFrom(best));
      besides.push(best - (groups.mentorAndSupport[g] ?? 0));
    }
  }
  const order = chosen.map((_, k) => k).sort((a, b) => (bounds[b] ?? 0) - (bounds[a] ?? 0) || a - b);
  const plan: RankingPlan = {
    kmByPostal,
    postalExcluded,
    hoursAllowed,
    onlyField,
    total,
    groupOrder: Int32Array.from(order, (k) => chosen[k] ?? 0),
    groupBound: Uint8Array.from(order, (k) => bounds[k] ?? 0),
    groupBesides: Float64Array.from(order, (k) => besides[k] ?? 0),
  };
  if (unfiltered) unfilteredPlans.set(youth, plan);
  return plan;
}

/**
 * The page [offset, offset + limit) of a young person's openings, ranked by score (equal scores in
 * id order), and how many there are in all.
 */
export function rankOpeningsForYouth(
  index: CandidateIndex,
  youth: PreparedYouth,
  filters: OpeningFilters,
  offset: number,
  limit: number,
): RankedPage {
  const { marks, wordMarks } = index.scratch;
  const plan = rankingPlan(index, youth, filters.field, filters.maxDistanceKm);
  const { kmByPostal, postalExcluded, hoursAllowed, onlyField } = plan;
  const wanted = (i: number) => {
    return (
      (onlyField === -1 || fieldAt(index, i) === onlyField) &&
      postalExcluded[postalAt(index, i)] === 0 &&
      hoursAt(index, i) <= hoursAllowed
    );
  };
  const score = (i: number) =>
    scoreAt(
      index,
      youth,
      i,
      kmByPostal[postalAt(index, i)] ?? Number.NaN,
      wordsInCommonAt(index, wordMarks, i),
    );

  for (const word of youth.wordIds) wordMarks[word] = 1;
  try {
    if (filters.hidden) {
      const candidates = new Candidates();
      for (const id of filters.dismissed) {
        const i = index.openingPosition.get(id);
        if (i !== undefined && wanted(i)) candidates.push(i, score(i));
      }
      return {
        total: candidates.count,
        scored: candidates.count,
        ...pageOf(index, candidates, 0, offset, limit),
      };
    }

    let total = plan.total;
    for (const id of filters.dismissed) {
      const i = index.openingPosition.get(id);
      if (i === undefined || marks[i] === 1 || !wanted(i)) continue;
      marks[i] = 1;
      total--;
    }

    // Open groups while their bound can still reach the page: the page needs `needed` candidates,
    // and a group whose bound is below the score of the needed-th best so far cannot change it.
    const { groups } = index;
    const needed = offset + limit;
    const candidates = new Candidates();
    const perScore = new Uint32Array(101);
    let threshold = -1;
    let next = 0;
    const boundFrom = (best: number) => Math.max(0, Math.min(101, Math.ceil(best) + 1));
    for (let bound = 101; bound >= 0 && bound >= threshold; bound--) {
      for (; next < plan.groupOrder.length && (plan.groupBound[next] ?? -1) >= bound; next++) {
        const g = plan.groupOrder[next] ?? 0;
        const end = groups.start[g + 1] ?? 0;
        const besides = plan.groupBesides[next] ?? 0;
        for (let i = groups.start[g] ?? 0; i < end; i++) {
          // Members come with the most mentor and support first: once one cannot reach the page,
          // the rest of the group cannot either.
          if (boundFrom(besides + mentorAndSupportAt(index, i)) < threshold) break;
          if (marks[i] === 1 || hoursAt(index, i) > hoursAllowed) continue;
          const value = score(i);
          if (value < 0) continue;
          candidates.push(i, value);
          perScore[value] = (perScore[value] ?? 0) + 1;
        }
      }
      if (candidates.count >= needed) {
        threshold = 100;
        let atLeast = perScore[threshold] ?? 0;
        while (atLeast < needed) atLeast += perScore[--threshold] ?? 0;
      }
    }
    return {
      total,
      scored: candidates.count,
      ...pageOf(index, candidates, threshold, offset, limit),
    };
  } finally {
    for (const word of youth.wordIds) wordMarks[word] = 0;
    for (const id of filters.dismissed) {
      const i = index.openingPosition.get(id);
      if (i !== undefined) marks[i] = 0;
    }
  }
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
  markWordsOf(index, wordMarks, i, 1);
  const dismissed = new Set(filters.dismissed);
  const workplace = index.postalCoordinates[postalAt(index, i)] ?? null;
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

  markWordsOf(index, wordMarks, i, 0);
  return scores;
}

/**
 * The page [offset, offset + limit) of the candidates ranked by score, without sorting: scores are
 * whole numbers 0-100, so one pass counts each score and a second collects the page's buckets.
 */
export function selectPage(scores: Int8Array, offset: number, limit: number): Omit<RankedPage, "scored"> {
  const counts = new Uint32Array(101);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? EXCLUDED;
    if (score >= 0) counts[score] = (counts[score] ?? 0) + 1;
  }
  let total = 0;
  for (const count of counts) total += count;
  const end = Math.min(total, offset + limit);
  if (offset >= end) return { total, positions: [], scores: [] };

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
  return { total, positions, scores: positions.map((i) => scores[i] ?? EXCLUDED) };
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
    workplace: index.postalCoordinates[postalAt(index, i)] ?? null,
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
