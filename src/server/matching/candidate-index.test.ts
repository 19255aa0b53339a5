import { describe, expect, it } from "vitest";
import { type Coordinates, distanceKm } from "../reference/distance.js";
import { occupationFieldCodes, strengthCodes, supportCodes } from "../reference/vocabulary.js";
import { networkVisibleParts, type ProfileRow, profileOf, visibilityOf } from "../youth/profile.js";
import { profileParts } from "../youth/youth.tables.js";
import {
  buildCandidateIndex,
  type CandidateIndex,
  type CandidateOpening,
  type CandidateYouth,
  createCandidateIndexStore,
  iscoOfField,
  openingFactsAt,
  rankOpeningsForYouth,
  scoreYouthForOpening,
  selectPage,
  youthFactsOf,
} from "./candidate-index.js";
import { fitOf, type YouthFacts } from "./fit.js";

/** A small seeded generator, so property runs are repeatable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

type Next = () => number;
const pick = <T>(next: Next, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const some = <T>(next: Next, items: readonly T[], max: number): T[] =>
  Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(next, items));
const maybe = <T>(next: Next, value: () => T, share = 0.5): T | null => (next() < share ? value() : null);

const roskilde = { latitude: 55.6415, longitude: 12.0803 };
/** Postal codes with coordinates scattered up to about 60 km around Roskilde, and one without. */
function postalCodesAround(next: Next): Map<string, Coordinates> {
  const codes = new Map<string, Coordinates>();
  for (let i = 0; i < 40; i++) {
    codes.set(String(4000 + i * 10), {
      latitude: roskilde.latitude + (next() - 0.5) * 1.0,
      longitude: roskilde.longitude + (next() - 0.5) * 1.6,
    });
  }
  return codes;
}

const words = [
  "heste",
  "Hunde",
  "fodring",
  "kasse",
  "lager",
  "truck",
  "kunder",
  "kaffe",
  "IT-support",
  "børn",
  "løn",
];
const fields = [...occupationFieldCodes, "retired-or-unknown-field"];
const strengths = [...strengthCodes, "unknown-strength"];
const languages = ["da", "en", "ar", "de", "uk"];
const date = (next: Next) =>
  `${2026 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;

function randomOpening(next: Next, postalCodes: string[], i: number): CandidateOpening {
  return {
    id: `0192f7c6-0000-7000-8000-${String(i).padStart(12, "0")}`,
    companyId: "0192f7c6-0000-7000-8000-ffffffffffff",
    companyName: "Virksomhed ApS",
    title: `Praktik ${i}`,
    occupationField: pick(next, fields),
    qualitiesWanted: some(next, strengths, 5),
    learning: maybe(next, () => some(next, words, 6).join(" "), 0.7),
    workplacePostalCode: next() < 0.05 ? "9999" : pick(next, postalCodes),
    hoursPerWeek: 15 + Math.floor(next() * 26),
    durationWeeks: maybe(next, () => 1 + Math.floor(next() * 13)),
    seats: next() < 0.1 ? 0 : 1 + Math.floor(next() * 3),
    earliestStart: maybe(next, () => date(next)),
    hasMentor: next() < 0.5,
    supportOffered: some(next, supportCodes, 2),
    requiresDrivingLicence: next() < 0.2,
    languagesRequired: some(next, languages, 2),
    status: next() < 0.85 ? "open" : pick(next, ["paused", "filled", "closed"] as const),
  };
}

function randomYouth(next: Next, postalCodes: string[], i: number): CandidateYouth {
  const profile: ProfileRow = {
    aboutMe: "Om mig",
    strengths: some(next, strengths, 6),
    interests: some(next, fields, 4),
    experiences: [],
    wantsToLearn: maybe(next, () => some(next, words, 5).join(", "), 0.8),
    hoursPerWeek: maybe(next, () => 10 + Math.floor(next() * 30), 0.8),
    weekdays: [1, 2, 3],
    maxTravelKm: maybe(next, () => (next() < 0.1 ? 0 : 5 + Math.floor(next() * 45)), 0.8),
    drivingLicence: next() < 0.2 ? null : next() < 0.5,
    languages: some(next, languages, 3),
    earliestStart: maybe(next, () => date(next)),
    visibility: Object.fromEntries(
      profileParts.filter(() => next() < 0.3).map((part) => [part, "private" as const]),
    ),
  };
  return {
    id: `0192f7c6-1111-7000-8000-${String(i).padStart(12, "0")}`,
    status: pick(next, ["applicant", "active", "paused", "completed", "dropped_out"] as const),
    postalCode: next() < 0.05 ? "9999" : pick(next, postalCodes),
    visibleToCompanies: next() < 0.7,
    profile,
  };
}

function randomSource(seed: number, openingCount: number, youthCount: number) {
  const next = random(seed);
  const postalCodes = postalCodesAround(next);
  const codes = [...postalCodes.keys()];
  return {
    version: 1,
    postalCodes,
    openings: Array.from({ length: openingCount }, (_, i) => randomOpening(next, codes, i)),
    youth: Array.from({ length: youthCount }, (_, i) => randomYouth(next, codes, i)),
  };
}

const expectedScore = (index: CandidateIndex, facts: YouthFacts, i: number) => {
  const fit = fitOf(facts, openingFactsAt(index, i), iscoOfField);
  return fit.excluded ? -1 : fit.score;
};

/** The ranking by brute force: fitOf for every opening kept, sorted by score, ties by id. */
function expectedRanking(index: CandidateIndex, facts: YouthFacts, keep: (i: number) => boolean) {
  const ranked: { position: number; score: number }[] = [];
  for (let i = 0; i < index.openings.length; i++) {
    if (!keep(i)) continue;
    const score = expectedScore(index, facts, i);
    if (score >= 0) ranked.push({ position: i, score });
  }
  const idOf = (position: number) => index.openings[position]?.id ?? "";
  return ranked.sort((a, b) => b.score - a.score || (idOf(a.position) < idOf(b.position) ? -1 : 1));
}

const noFilters = { dismissed: [], hidden: false };

describe("the candidate index", () => {
  it("holds only open openings with a free seat, and knows their id order", () => {
    const source = randomSource(3, 300, 0);
    const index = buildCandidateIndex(source);
    const expected = source.openings
      .filter((opening) => opening.status === "open" && opening.seats > 0)
      .map((opening) => opening.id)
      .sort();
    expect(Array.from(index.idOrder, (i) => index.openings[i]?.id)).toEqual(expected);
    expect(Array.from(index.idRank, (rank) => expected[rank])).toEqual(index.openings.map((o) => o.id));
    expect(expected.length).toBeLessThan(300);
  });

  it("ranks every opening for a young person with exactly fitOf's scores, best first, ties in id order", () => {
    const source = randomSource(42, 2_000, 60);
    const index = buildCandidateIndex(source);
    let compared = 0;
    let included = 0;
    const mismatches: string[] = [];
    for (const entry of index.youth) {
      const expected = expectedRanking(index, entry.full.facts, () => true);
      const all = rankOpeningsForYouth(index, entry.full, noFilters, 0, index.openings.length);
      expect(all.total).toBe(expected.length);
      expected.forEach((want, k) => {
        const got = { position: all.positions[k], score: all.scores[k] };
        if (got.position !== want.position || got.score !== want.score) {
          mismatches.push(`${entry.id} #${k}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
        }
      });
      compared += index.openings.length;
      included += expected.length;
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
    // Both the hard limits and the weighing are exercised.
    expect(included).toBeGreaterThan(compared / 10);
    expect(included).toBeLessThan(compared);
  });

  it("gives any page of that ranking while opening only the groups that can reach it", () => {
    const source = randomSource(43, 3_000, 30);
    const index = buildCandidateIndex(source);
    let scored = 0;
    let total = 0;
    for (const entry of index.youth) {
      const expected = expectedRanking(index, entry.full.facts, () => true);
      const first = rankOpeningsForYouth(index, entry.full, noFilters, 0, 20);
      scored += first.scored;
      total += first.total;
      for (const [offset, limit] of [
        [0, 1],
        [0, 20],
        [3, 7],
        [20, 20],
        [100, 50],
        [Math.max(0, expected.length - 5), 20],
        [expected.length + 10, 20],
      ] as const) {
        const page = rankOpeningsForYouth(index, entry.full, noFilters, offset, limit);
        const want = expected.slice(offset, offset + limit);
        expect(page.total).toBe(expected.length);
        expect(page.positions).toEqual(want.map((item) => item.position));
        expect(page.scores).toEqual(want.map((item) => item.score));
      }
    }
    // The first page needed fewer than half of the candidates scored.
    expect(scored).toBeLessThan(total / 2);
  });

  it("scores young people for an opening exactly as fitOf does on what they show to the network", () => {
    const source = randomSource(7, 300, 400);
    const index = buildCandidateIndex(source);
    // Computed here from the rows, independently of the index's own preparation.
    const networkFacts = new Map(
      source.youth.map((row) => [
        row.id,
        youthFactsOf(
          networkVisibleParts(profileOf(row.profile), visibilityOf(row.profile)),
          source.postalCodes.get(row.postalCode) ?? null,
        ),
      ]),
    );
    const rows = new Map(source.youth.map((row) => [row.id, row]));
    const mismatches: string[] = [];
    let compared = 0;
    for (let i = 0; i < index.openings.length; i++) {
      const scores = scoreYouthForOpening(index, i, { dismissed: [], hidden: false });
      index.youth.forEach((entry, y) => {
        const row = rows.get(entry.id);
        if (!row) throw new Error("missing row");
        const recommendable =
          row.visibleToCompanies && (row.status === "applicant" || row.status === "active");
        const facts = networkFacts.get(entry.id);
        if (!facts) throw new Error("missing facts");
        const expected = recommendable ? expectedScore(index, facts, i) : -1;
        if (scores[y] !== expected)
          mismatches.push(`${entry.id} x ${index.openings[i]?.id}: ${scores[y]} != ${expected}`);
        compared++;
      });
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
  });

  it("ranks by score, equal scores in id order, in pages that together give every candidate once", () => {
    const next = random(5);
    const scores = Int8Array.from({ length: 5_000 }, () => (next() < 0.2 ? -1 : Math.floor(next() * 101)));
    const expected = [...scores.keys()]
      .filter((i) => (scores[i] ?? -1) >= 0)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    for (const limit of [1, 7, 20, 50]) {
      const seen: number[] = [];
      for (let offset = 0; offset < expected.length + limit; offset += limit) {
        const page = selectPage(scores, offset, limit);
        expect(page.total).toBe(expected.length);
        seen.push(...page.positions);
      }
      expect(seen).toEqual(expected);
    }
    expect(selectPage(new Int8Array([-1, -1]), 0, 20)).toEqual({ total: 0, positions: [], scores: [] });
  });

  it("applies the field and distance filters and the dismissals", () => {
    const source = randomSource(11, 1_000, 8);
    const index = buildCandidateIndex(source);
    const workplaceOf = (i: number) => openingFactsAt(index, i).workplace;
    for (const entry of index.youth) {
      const facts = entry.full.facts;
      const home = facts.home;
      const field = index.openings[0]?.occupationField;
      const dismissed = index.openings.filter((_, i) => i % 7 === 0).map((opening) => opening.id);
      const isDismissed = (i: number) => i % 7 === 0;
      const near = (i: number) => {
        const workplace = workplaceOf(i);
        return home !== null && workplace !== null && distanceKm(home, workplace) <= 10;
      };
      const cases = [
        {
          filters: { ...noFilters, field },
          keep: (i: number) => index.openings[i]?.occupationField === field,
        },
        { filters: { ...noFilters, maxDistanceKm: 10 }, keep: near },
        {
          filters: { ...noFilters, field, maxDistanceKm: 10 },
          keep: (i: number) => near(i) && index.openings[i]?.occupationField === field,
        },
        { filters: { ...noFilters, field: "no-such-field" }, keep: () => false },
        { filters: { dismissed, hidden: false }, keep: (i: number) => !isDismissed(i) },
        { filters: { dismissed, hidden: true }, keep: isDismissed },
        {
          filters: { dismissed, hidden: true, maxDistanceKm: 10 },
          keep: (i: number) => isDismissed(i) && near(i),
        },
      ];
      for (const { filters, keep } of cases) {
        const expected = expectedRanking(index, facts, keep);
        for (const [offset, limit] of [
          [0, 5],
          [5, 20],
        ] as const) {
          const page = rankOpeningsForYouth(index, entry.full, filters, offset, limit);
          expect(page.total, JSON.stringify(filters)).toBe(expected.length);
          expect(page.positions).toEqual(expected.slice(offset, offset + limit).map((item) => item.position));
        }
      }
    }
  });

  it("shares one rebuild between concurrent requests and rebuilds when the version moves", async () => {
    const store = createCandidateIndexStore();
    let loads = 0;
    let version = 1;
    const load = async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { ...randomSource(1, 10, 1), version };
    };
    const [a, b, c] = await Promise.all([
      store.current("m", 1, load),
      store.current("m", 1, load),
      store.current("m", 0, load),
    ]);
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(await store.current("m", 1, load)).toBe(a);
    version = 2;
    const fresh = await store.current("m", 2, load);
    expect(loads).toBe(2);
    expect(fresh.version).toBe(2);
    expect(await store.current("other", 0, load)).not.toBe(fresh);
  });
});
