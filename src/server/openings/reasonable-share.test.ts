import { describe, expect, it } from "vitest";
import { maxTraineesFor, reasonableShareOf } from "./reasonable-share.js";

// No property-testing library is installed; the properties are checked exhaustively over every
// count a Danish workplace plausibly has, plus a sweep of very large counts.
const everyCount = Array.from({ length: 20_001 }, (_, n) => n);
const largeCounts = Array.from({ length: 1_000 }, (_, i) => 20_000 + i * 9_973);

describe("maxTraineesFor (rimelighedskrav)", () => {
  it.each([
    [0, 1],
    [1, 1],
    [4, 1],
    [5, 1],
    [9, 1],
    [10, 2],
    [14, 2],
    [15, 3],
    [49, 9],
    [50, 10],
    [51, 10],
    [59, 10],
    [60, 11],
    [100, 15],
    [1000, 105],
  ])("%i ordinary employees allow %i trainees", (employees, trainees) => {
    expect(maxTraineesFor(employees)).toBe(trainees);
  });

  it("is at least 1 for every count", () => {
    for (const n of [...everyCount, ...largeCounts]) expect(maxTraineesFor(n)).toBeGreaterThanOrEqual(1);
  });

  it("never decreases as employees are added", () => {
    const counts = [...everyCount, ...largeCounts];
    for (let i = 1; i < counts.length; i++) {
      const [before, after] = [counts[i - 1] ?? 0, counts[i] ?? 0];
      expect(maxTraineesFor(after), `${before} -> ${after}`).toBeGreaterThanOrEqual(maxTraineesFor(before));
    }
  });

  it("grows by at most one per added employee, and by one per full five up to 50 and per ten beyond", () => {
    for (const n of everyCount.slice(1)) {
      const step = maxTraineesFor(n) - maxTraineesFor(n - 1);
      expect(step === 0 || step === 1, String(n)).toBe(true);
    }
    for (let n = 10; n <= 50; n += 5) expect(maxTraineesFor(n)).toBe(n / 5);
    for (let n = 50; n <= 20_000; n += 10) expect(maxTraineesFor(n)).toBe(10 + (n - 50) / 10);
  });

  it("never allows more trainees than a fifth of the employees, except the guaranteed first one", () => {
    for (const n of [...everyCount, ...largeCounts]) {
      expect(maxTraineesFor(n)).toBeLessThanOrEqual(Math.max(1, n / 5));
    }
  });

  it("treats a negative or fractional count like the whole count below it", () => {
    expect(maxTraineesFor(-3)).toBe(1);
    expect(maxTraineesFor(10.9)).toBe(2);
  });
});

describe("reasonableShareOf", () => {
  it("warns only when the open seats exceed the allowance", () => {
    expect(reasonableShareOf(12, 2)).toEqual({ maxTrainees: 2, openSeats: 2, exceeded: false });
    expect(reasonableShareOf(12, 3)).toEqual({ maxTrainees: 2, openSeats: 3, exceeded: true });
  });

  it("does not warn when the company's number of employees is unknown", () => {
    expect(reasonableShareOf(null, 40)).toEqual({ maxTrainees: null, openSeats: 40, exceeded: false });
  });
});
