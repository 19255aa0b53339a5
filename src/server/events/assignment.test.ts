import { afterAll, describe, expect, it } from "vitest";
import { type AssignmentInstance, assignmentInstance } from "../matching/stable-assignment.js";
import { assignWithSummary, createAssignmentRunner } from "./assignment.js";

/** A seeded generator (mulberry32), so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Each young person ranks up to 5 openings; each opening accepts about half of those who ranked it. */
function randomInstance(seed: number, youthCount: number, openingCount: number): AssignmentInstance {
  const random = generator(seed);
  const youthLists = Array.from({ length: youthCount }, () => {
    const list = new Set<number>();
    const length = Math.floor(random() * 6);
    while (list.size < Math.min(length, openingCount)) list.add(Math.floor(random() * openingCount));
    return [...list];
  });
  const openingLists: number[][] = Array.from({ length: openingCount }, () => []);
  for (const [y, list] of youthLists.entries()) {
    for (const o of list) if (random() < 0.6) openingLists[o]?.push(y);
  }
  for (const list of openingLists) list.sort(() => random() - 0.5);
  const capacities = Array.from({ length: openingCount }, () => Math.floor(random() * 3));
  return assignmentInstance(youthLists, openingLists, capacities);
}

const runner = createAssignmentRunner({ workerThreshold: 0 });
afterAll(() => runner.close());

describe("the assignment runner", () => {
  it("gives the same result in the worker thread as inline", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const inline = assignWithSummary(randomInstance(seed, 40, 8));
      // A fresh copy: the runner transfers the arrays it is given to the worker.
      const inWorker = await runner.assign(randomInstance(seed, 40, 8));
      expect(inWorker.openingOfYouth, `seed ${seed}`).toEqual(inline.openingOfYouth);
      expect(inWorker.choiceOfYouth, `seed ${seed}`).toEqual(inline.choiceOfYouth);
      expect(inWorker.summary, `seed ${seed}`).toEqual(inline.summary);
    }
  });

  it("transfers the arrays rather than copying them", async () => {
    const instance = randomInstance(7, 30, 6);
    await runner.assign(instance);
    expect(instance.youthLists.byteLength).toBe(0);
    expect(instance.capacities.byteLength).toBe(0);
  });

  it("answers runs given at once, each with its own result", async () => {
    const seeds = [101, 102, 103, 104];
    const results = await Promise.all(seeds.map((seed) => runner.assign(randomInstance(seed, 50, 10))));
    for (const [index, seed] of seeds.entries()) {
      expect(results[index]?.openingOfYouth).toEqual(
        assignWithSummary(randomInstance(seed, 50, 10)).openingOfYouth,
      );
    }
  });

  it("reports a bad instance as an error and keeps working", async () => {
    const bad = randomInstance(3, 10, 4);
    bad.youthLists.fill(99);
    await expect(runner.assign(bad)).rejects.toThrow(/outside/);
    const good = await runner.assign(randomInstance(4, 10, 4));
    expect(good.openingOfYouth).toHaveLength(10);
  });

  it("assigns small events inline, leaving the arrays with the caller", async () => {
    const inline = createAssignmentRunner({ workerThreshold: 1_000 });
    const instance = randomInstance(9, 30, 6);
    const outcome = await inline.assign(instance);
    expect(instance.youthLists.byteLength).toBeGreaterThan(0);
    expect(outcome.summary).toEqual(assignWithSummary(randomInstance(9, 30, 6)).summary);
    await inline.close();
  });
});
