import os from "node:os";
import {
  type AssignmentInstance,
  assignmentSummary,
  assignStably,
  blockingPairs,
  type StableAssignment,
} from "../src/server/matching/stable-assignment.js";

/**
 * `npm run bench -- assignment` (or `npx tsx bench/stable-assignment.ts`): the matchmaking event
 * assignment alone, in-process, on generated events (issue 5). Targets: 10,000 young people x 2,000
 * openings with lists of 10 in under 50 ms; 200,000 x 40,000 with lists of 20 in under 2 s. The time
 * is the median of several runs after warm-up and includes everything assignStably builds (the rank
 * lookups), not the generation of the event. Exits non-zero when a target is not met.
 */

interface Scale {
  youth: number;
  openings: number;
  listLength: number;
  targetMs: number;
  warmUps: number;
  runs: number;
}

const SCALES: Scale[] = [
  { youth: 10_000, openings: 2_000, listLength: 10, targetMs: 50, warmUps: 10, runs: 21 },
  { youth: 200_000, openings: 40_000, listLength: 20, targetMs: 2_000, warmUps: 2, runs: 7 },
];

/** mulberry32: fast and seeded, so every run measures the same events. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * An event like a real one, only larger: some openings are far more wanted than others, every young
 * person ranks `listLength` different openings, and each opening ranks most (90%) of those who
 * ranked it by its own view of them (a merit shared by all openings plus a view of its own), so
 * young people compete for the same popular seats and many are released and move on. Capacities
 * are 1-10 seats, about one seat per young person in all.
 */
function generateEvent(seed: number, youthCount: number, openingCount: number, listLength: number) {
  const next = random(seed);
  // Popularity: opening number `order[i]` is the i-th most wanted; drawing i as u^1.6 skews choices
  // towards the front without making one opening everybody's.
  const order = Int32Array.from({ length: openingCount }, (_, i) => i);
  for (let i = openingCount - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
  const youthListStart = Int32Array.from({ length: youthCount + 1 }, (_, y) => y * listLength);
  const youthLists = new Int32Array(youthCount * listLength);
  const applicants = new Int32Array(openingCount);
  for (let y = 0; y < youthCount; y++) {
    const start = y * listLength;
    for (let k = 0; k < listLength; k++) {
      let opening = 0;
      let repeated = true;
      while (repeated) {
        opening = order[Math.floor(openingCount * next() ** 1.6)] ?? 0;
        repeated = youthLists.subarray(start, start + k).includes(opening);
      }
      youthLists[start + k] = opening;
      applicants[opening] = (applicants[opening] ?? 0) + 1;
    }
  }

  // Each opening's list: its applicants (90% kept), best first. Score and young person are packed
  // into one integer so a typed-array sort orders them.
  const youthBits = Math.max(1, Math.ceil(Math.log2(youthCount + 1)));
  const scoreLevels = 2 ** (31 - youthBits);
  const merit = Float64Array.from({ length: youthCount }, () => next());
  const packedStart = new Int32Array(openingCount + 1);
  for (let o = 0; o < openingCount; o++) packedStart[o + 1] = (packedStart[o] ?? 0) + (applicants[o] ?? 0);
  const cursor = packedStart.slice(0, openingCount);
  const packed = new Int32Array(youthLists.length);
  for (let y = 0; y < youthCount; y++) {
    for (let entry = y * listLength; entry < (y + 1) * listLength; entry++) {
      const opening = youthLists[entry] ?? 0;
      const score = 0.6 * (merit[y] ?? 0) + 0.4 * next();
      const at = cursor[opening] ?? 0;
      cursor[opening] = at + 1;
      // Lower packed value = better, so an ascending sort puts the best first.
      packed[at] = Math.floor((1 - score) * (scoreLevels - 1)) * 2 ** youthBits + y;
    }
  }
  const openingListStart = new Int32Array(openingCount + 1);
  const openingLists = new Int32Array(youthLists.length);
  let written = 0;
  for (let o = 0; o < openingCount; o++) {
    const group = packed.subarray(packedStart[o] ?? 0, packedStart[o + 1] ?? 0).sort();
    for (const value of group) {
      if (next() < 0.9) openingLists[written++] = value & (2 ** youthBits - 1);
    }
    openingListStart[o + 1] = written;
  }
  const capacities = Int32Array.from({ length: openingCount }, () => 1 + Math.floor(next() * 10));
  return {
    youthCount,
    openingCount,
    capacities,
    youthListStart,
    youthLists,
    openingListStart,
    openingLists: openingLists.slice(0, written),
  } satisfies AssignmentInstance;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const verdict = (met: boolean) => (met ? "met" : "NOT MET");

console.log(
  `\nMatchmaking event assignment (in-process), ${os.cpus().length} cores, Node ${process.version}`,
);
const rows = [];
const verdicts: string[] = [];
let passed = true;
for (const [i, scale] of SCALES.entries()) {
  const generationStarted = performance.now();
  const instance = generateEvent(20261201 + i, scale.youth, scale.openings, scale.listLength);
  const generationMs = performance.now() - generationStarted;

  let result: StableAssignment = assignStably(instance);
  for (let run = 1; run < scale.warmUps; run++) result = assignStably(instance);
  const times: number[] = [];
  for (let run = 0; run < scale.runs; run++) {
    const started = performance.now();
    result = assignStably(instance);
    times.push(performance.now() - started);
  }
  const ms = median(times);

  // A fast wrong answer is no answer: the result is checked (outside the timing) before it counts.
  const blocking = blockingPairs(instance, result).length;
  const summary = assignmentSummary(instance, result);
  const assigned = scale.youth - summary.unassigned;
  const seats = instance.capacities.reduce((sum, seats) => sum + seats, 0);
  rows.push({
    scale: `${scale.youth.toLocaleString("en")} x ${scale.openings.toLocaleString("en")}, lists of ${scale.listLength}`,
    seats,
    "ms (median)": Number(ms.toFixed(1)),
    "ms (min)": Number(Math.min(...times).toFixed(1)),
    runs: scale.runs,
    assigned,
    "1st choice": `${(((summary.byChoice[0] ?? 0) / scale.youth) * 100).toFixed(1)}%`,
    "top 3": `${((summary.byChoice.slice(0, 3).reduce((sum, n) => sum + n, 0) / scale.youth) * 100).toFixed(1)}%`,
    "blocking pairs": blocking,
    "generated in ms": Math.round(generationMs),
  });
  const met = ms < scale.targetMs && blocking === 0;
  passed = passed && met;
  verdicts.push(
    `target ${scale.youth.toLocaleString("en")} x ${scale.openings.toLocaleString("en")} < ${scale.targetMs} ms: ${ms.toFixed(1)} ms${blocking === 0 ? "" : `, ${blocking} blocking pairs`} ${verdict(met)}`,
  );
}
console.table(rows);
for (const line of verdicts) console.log(line);
if (!passed) process.exitCode = 1;
