import { describe, expect, it } from "vitest";
import {
  type AssignmentInstance,
  assignmentInstance,
  assignmentSummary,
  assignStably,
  blockingPairs,
  type StableAssignment,
} from "./stable-assignment.js";

/** A small seeded generator, so property runs are repeatable. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

type Next = () => number;
const below = (next: Next, n: number) => Math.floor(next() * n);

function shuffled(next: Next, items: readonly number[]): number[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = below(next, i + 1);
    [copy[i], copy[j]] = [copy[j] as number, copy[i] as number];
  }
  return copy;
}

/** An event as plain lists: the readable form the checks below work on, independent of the CSR. */
interface Lists {
  youth: number[][];
  openings: number[][];
  capacities: number[];
}

interface Shape {
  youth: number;
  openings: number;
  /** Each young person ranks minList..maxList openings (as far as there are openings). */
  minList?: number;
  maxList: number;
  /** Capacities are drawn from minCapacity..maxCapacity. */
  minCapacity?: number;
  maxCapacity: number;
  /** The share of the young people who ranked an opening that it ranks in turn. */
  keepShare?: number;
  /**
   * "opposed": openings like best the young people who like them least, the conflict in which the
   * young people's best stable assignment and the openings' best differ; otherwise a random order.
   */
  openingsPrefer?: "random" | "opposed";
}

/**
 * Young people rank openings (some none); each opening ranks, in an order of its own, most of the
 * young people who ranked it, sometimes one who did not (never mutually acceptable, so it must not
 * matter), and some openings have no seats.
 */
function randomLists(next: Next, shape: Shape): Lists {
  const openingIds = Array.from({ length: shape.openings }, (_, o) => o);
  const minList = Math.min(shape.minList ?? 0, shape.openings);
  const maxList = Math.min(shape.maxList, shape.openings);
  const youth = Array.from({ length: shape.youth }, () =>
    shuffled(next, openingIds).slice(0, minList + below(next, maxList - minList + 1)),
  );
  const applicants: number[][] = openingIds.map(() => []);
  for (const [y, list] of youth.entries()) for (const o of list) applicants[o]?.push(y);
  const openings = applicants.map((list, o) => {
    const kept = list.filter(() => next() < (shape.keepShare ?? 0.8));
    if (shape.youth > 0 && next() < 0.3) {
      const stranger = below(next, shape.youth);
      if (!kept.includes(stranger)) kept.push(stranger);
    }
    const order = shuffled(next, kept);
    if (shape.openingsPrefer !== "opposed") return order;
    const position = (y: number) => (youth[y] ?? []).indexOf(o);
    return order.sort((a, b) => position(b) - position(a));
  });
  const minCapacity = shape.minCapacity ?? 0;
  const capacities = openingIds.map(() => minCapacity + below(next, shape.maxCapacity - minCapacity + 1));
  return { youth, openings, capacities };
}

function assign(lists: Lists): StableAssignment {
  return assignStably(assignmentInstance(lists.youth, lists.openings, lists.capacities));
}

const acceptable = (lists: Lists, y: number, o: number) =>
  (lists.youth[y] ?? []).includes(o) && (lists.openings[o] ?? []).includes(y);

/**
 * The blocking pairs by the definition, over every young person x opening, from the plain lists and
 * a plain assignment (opening per young person or -1): deliberately not the module's blockingPairs.
 */
function referenceBlockingPairs(lists: Lists, openingOf: readonly number[]): Array<[number, number]> {
  const holders: number[][] = lists.openings.map(() => []);
  for (const [y, o] of openingOf.entries()) if (o >= 0) holders[o]?.push(y);
  const pairs: Array<[number, number]> = [];
  for (let y = 0; y < lists.youth.length; y++) {
    const own = lists.youth[y] ?? [];
    const current = openingOf[y] ?? -1;
    const ownAt = current < 0 ? Number.POSITIVE_INFINITY : own.indexOf(current);
    for (let o = 0; o < lists.openings.length; o++) {
      if (o === current || !acceptable(lists, y, o) || own.indexOf(o) >= ownAt) continue;
      const ranking = lists.openings[o] ?? [];
      const held = holders[o] ?? [];
      const rankOf = (h: number) => (ranking.includes(h) ? ranking.indexOf(h) : Number.POSITIVE_INFINITY);
      const freeSeat = held.length < (lists.capacities[o] ?? 0);
      if (freeSeat || held.some((h) => rankOf(h) > ranking.indexOf(y))) pairs.push([y, o]);
    }
  }
  return pairs;
}

/** Capacities, mutual acceptability and the choice positions of a result, checked on the plain lists. */
function expectFeasible(lists: Lists, result: StableAssignment) {
  expect(result.openingOfYouth).toHaveLength(lists.youth.length);
  const held = lists.capacities.map(() => 0);
  for (let y = 0; y < lists.youth.length; y++) {
    const o = result.openingOfYouth[y] ?? -1;
    const choice = result.choiceOfYouth[y] ?? -1;
    if (o < 0) {
      expect(choice).toBe(-1);
      continue;
    }
    expect(acceptable(lists, y, o)).toBe(true);
    expect(lists.youth[y]?.[choice]).toBe(o);
    held[o] = (held[o] ?? 0) + 1;
  }
  for (const [o, count] of held.entries()) expect(count).toBeLessThanOrEqual(lists.capacities[o] ?? 0);
}

/**
 * Every stable assignment of a small event, by trying every way of giving each young person one of
 * their acceptable openings or none.
 */
function allStableAssignments(lists: Lists): number[][] {
  const options = lists.youth.map((own, y) => [-1, ...own.filter((o) => acceptable(lists, y, o))]);
  const found: number[][] = [];
  const current: number[] = [];
  const visit = (y: number) => {
    if (y === lists.youth.length) {
      const held = lists.capacities.map(() => 0);
      for (const o of current) if (o >= 0) held[o] = (held[o] ?? 0) + 1;
      if (held.some((count, o) => count > (lists.capacities[o] ?? 0))) return;
      if (referenceBlockingPairs(lists, current).length === 0) found.push([...current]);
      return;
    }
    for (const o of options[y] ?? []) {
      current[y] = o;
      visit(y + 1);
    }
  };
  visit(0);
  return found;
}

/** The position of an opening in a young person's list; no opening is worse than any on the list. */
const positionFor = (lists: Lists, y: number, o: number) =>
  o < 0 ? Number.POSITIVE_INFINITY : (lists.youth[y] ?? []).indexOf(o);

describe("assigning a matchmaking event stably", () => {
  it("gives every young person their first choice when the openings differ from them (the classic case)", () => {
    // Each young person's first choice prefers the other young person: the openings-proposing
    // algorithm gives both young people their second choice; both outcomes are stable, and the
    // young people's choices must weigh first.
    const lists = {
      youth: [
        [0, 1],
        [1, 0],
      ],
      openings: [
        [1, 0],
        [0, 1],
      ],
      capacities: [1, 1],
    };
    const result = assign(lists);
    expect([...result.openingOfYouth]).toEqual([0, 1]);
    expect([...result.choiceOfYouth]).toEqual([0, 0]);
    expect(referenceBlockingPairs(lists, [1, 0])).toEqual([]);
  });

  it("lets a better-ranked young person take the seat and the released one move on down their list", () => {
    // Opening 0 has two seats and ranks 2 > 1 > 0; opening 1 takes anyone. Young person 0 is held
    // by opening 0 until young person 2 arrives, then goes to their second choice.
    const lists = {
      youth: [[0, 1], [0], [0, 1]],
      openings: [
        [2, 1, 0],
        [0, 2],
      ],
      capacities: [2, 1],
    };
    const result = assign(lists);
    expect([...result.openingOfYouth]).toEqual([1, 0, 0]);
    expect([...result.choiceOfYouth]).toEqual([1, 0, 0]);
  });

  it("pairs nobody with an opening that has no seats or did not rank them, and leaves empty lists out", () => {
    const lists = {
      youth: [[0, 1, 2], [], [2]],
      openings: [[0, 2], [1], [0, 1]],
      capacities: [0, 3, 1],
    };
    const result = assign(lists);
    expect([...result.openingOfYouth]).toEqual([2, -1, -1]);
    expect([...result.choiceOfYouth]).toEqual([2, -1, -1]);
    expect(
      assignmentSummary(assignmentInstance(lists.youth, lists.openings, lists.capacities), result),
    ).toEqual({ byChoice: [0, 0, 1], unassigned: 2, freeSeats: 3 });
  });

  it("handles an event with nobody in it", () => {
    const result = assign({ youth: [], openings: [[], []], capacities: [1, 0] });
    expect(result.openingOfYouth).toHaveLength(0);
    expect(assign({ youth: [[], []], openings: [], capacities: [] }).openingOfYouth).toEqual(
      Int32Array.from([-1, -1]),
    );
  });

  it("is stable, within capacities and pairs only mutually acceptable ones on random events", () => {
    const next = random(20261201);
    const shapes = [
      { youth: 8, openings: 4, maxList: 4, maxCapacity: 2 },
      { youth: 40, openings: 10, maxList: 10, maxCapacity: 3 },
      { youth: 120, openings: 30, maxList: 10, maxCapacity: 6 },
      { youth: 300, openings: 200, maxList: 20, maxCapacity: 2 },
      { youth: 30, openings: 60, maxList: 5, maxCapacity: 1 },
    ];
    let assignedPairs = 0;
    let releasedSomeone = 0;
    for (let round = 0; round < 60; round++) {
      const shape = shapes[round % shapes.length] ?? shapes[0];
      if (!shape) throw new Error("no shape");
      const lists = randomLists(next, shape);
      const instance = assignmentInstance(lists.youth, lists.openings, lists.capacities);
      const result = assignStably(instance);
      expectFeasible(lists, result);
      expect(referenceBlockingPairs(lists, [...result.openingOfYouth])).toEqual([]);
      expect(blockingPairs(instance, result)).toEqual([]);
      const summary = assignmentSummary(instance, result);
      const assigned = [...result.openingOfYouth].filter((o) => o >= 0);
      expect(summary.unassigned).toBe(lists.youth.length - assigned.length);
      expect(summary.byChoice.reduce((sum, n) => sum + n, 0)).toBe(assigned.length);
      expect(summary.byChoice[0]).toBe([...result.choiceOfYouth].filter((choice) => choice === 0).length);
      expect(summary.freeSeats).toBe(
        lists.capacities.reduce((sum, seats, o) => sum + seats - assigned.filter((a) => a === o).length, 0),
      );
      assignedPairs += result.openingOfYouth.filter((o) => o >= 0).length;
      releasedSomeone += result.choiceOfYouth.filter((choice) => choice > 0).length;
    }
    // The instances must exercise something: many pairs, and young people past their first choice.
    expect(assignedPairs).toBeGreaterThan(1_000);
    expect(releasedSomeone).toBeGreaterThan(100);
  });

  it("gives every young person the best opening they have in any stable assignment (small events, brute force)", () => {
    const next = random(5);
    let severalStable = 0;
    for (let round = 0; round < 1_000; round++) {
      // Long lists and few refusals, so that there is often more than one stable assignment.
      const lists = randomLists(next, {
        openingsPrefer: round % 2 === 0 ? "opposed" : "random",
        youth: 3 + below(next, 3),
        openings: 2 + below(next, 2),
        minList: 1,
        maxList: 3,
        minCapacity: 1,
        maxCapacity: 2,
        keepShare: 0.95,
      });
      const result = assign(lists);
      const stable = allStableAssignments(lists);
      expect(stable).toContainEqual([...result.openingOfYouth]);
      for (let y = 0; y < lists.youth.length; y++) {
        const best = Math.min(...stable.map((assignment) => positionFor(lists, y, assignment[y] ?? -1)));
        expect(positionFor(lists, y, result.openingOfYouth[y] ?? -1)).toBe(best);
      }
      if (stable.length > 1) severalStable++;
    }
    // Only events with more than one stable assignment can tell youth-optimal from any stable one.
    expect(severalStable).toBeGreaterThan(50);
  });

  it("does not depend on the order of the young people (the youth-optimal assignment is unique)", () => {
    const next = random(77);
    for (let round = 0; round < 20; round++) {
      const lists = randomLists(next, { youth: 400, openings: 80, maxList: 10, maxCapacity: 5 });
      const order = shuffled(
        next,
        lists.youth.map((_, y) => y),
      );
      const newIndex = new Map(order.map((y, at) => [y, at]));
      const renumbered = {
        youth: order.map((y) => lists.youth[y] ?? []),
        openings: lists.openings.map((list) => list.map((y) => newIndex.get(y) ?? -1)),
        capacities: lists.capacities,
      };
      const result = assign(lists);
      const again = assign(renumbered);
      expect(order.map((y) => result.openingOfYouth[y])).toEqual([...again.openingOfYouth]);
    }
  });
});

describe("compressed lists with repeated entries", () => {
  it("assign as if each young person and opening were listed once, at their first place", () => {
    const next = random(31);
    for (let round = 0; round < 30; round++) {
      const lists = randomLists(next, { youth: 60, openings: 12, maxList: 6, maxCapacity: 3 });
      const instance = assignmentInstance(lists.youth, lists.openings, lists.capacities);
      // Every list followed by itself reversed: were a repeat to count, the order would turn.
      const repeat = (listsOf: number[][]) => {
        const repeated = listsOf.map((list) => [...list, ...[...list].reverse()]);
        const starts = [0];
        for (const list of repeated) starts.push((starts.at(-1) ?? 0) + list.length);
        return { starts: Int32Array.from(starts), entries: Int32Array.from(repeated.flat()) };
      };
      const youth = repeat(lists.youth);
      const openings = repeat(lists.openings);
      const repeated = assignStably({
        ...instance,
        youthListStart: youth.starts,
        youthLists: youth.entries,
        openingListStart: openings.starts,
        openingLists: openings.entries,
      });
      const once = assignStably(instance);
      expect([...repeated.openingOfYouth]).toEqual([...once.openingOfYouth]);
      expect([...repeated.choiceOfYouth]).toEqual([...once.choiceOfYouth]);
    }
  });
});

describe("the blocking pair check", () => {
  it("finds the same pairs as the definition in results that are not stable", () => {
    const next = random(99);
    let found = 0;
    for (let round = 0; round < 100; round++) {
      const lists = randomLists(next, { youth: 30, openings: 8, maxList: 5, maxCapacity: 3 });
      const instance = assignmentInstance(lists.youth, lists.openings, lists.capacities);
      const result = assignStably(instance);
      // Unassign some and move some to a worse acceptable opening (capacity may be broken then too).
      for (let y = 0; y < lists.youth.length; y++) {
        const change = next();
        if (change < 0.2) {
          result.openingOfYouth[y] = -1;
          result.choiceOfYouth[y] = -1;
        } else if (change < 0.36) {
          const own = lists.youth[y] ?? [];
          const choice = below(next, own.length + 1);
          if (choice < own.length) {
            result.openingOfYouth[y] = own[choice] ?? -1;
            result.choiceOfYouth[y] = choice;
          }
        }
      }
      const byPair = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
      const expected = referenceBlockingPairs(lists, [...result.openingOfYouth]).sort(byPair);
      expect(blockingPairs(instance, result).sort(byPair)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it("refuses a result whose choice does not point at the young person's opening", () => {
    const instance = assignmentInstance([[0, 1]], [[0], [0]], [1, 1]);
    const result = { openingOfYouth: Int32Array.from([1]), choiceOfYouth: Int32Array.from([0]) };
    expect(() => blockingPairs(instance, result)).toThrow(RangeError);
    expect(() => assignmentSummary(instance, result)).toThrow(RangeError);
  });
});

describe("the staff figures", () => {
  it("count choices, unassigned young people and free seats", () => {
    const lists = {
      youth: [[0], [0, 1], [0, 1, 2], [2], [1]],
      openings: [
        [0, 1, 2],
        [2, 1, 4],
        [2, 3],
      ],
      capacities: [1, 2, 4],
    };
    const instance = assignmentInstance(lists.youth, lists.openings, lists.capacities);
    const result = assignStably(instance);
    expect([...result.openingOfYouth]).toEqual([0, 1, 1, 2, -1]);
    expect(assignmentSummary(instance, result)).toEqual({ byChoice: [2, 2, 0], unassigned: 1, freeSeats: 3 });
  });
});

describe("invalid rankings", () => {
  it("are refused when building an instance from lists", () => {
    expect(() => assignmentInstance([[2]], [[0], [0]], [1, 1])).toThrow(RangeError);
    expect(() => assignmentInstance([[-1]], [[0]], [1])).toThrow(RangeError);
    expect(() => assignmentInstance([[0.5]], [[0]], [1])).toThrow(RangeError);
    expect(() => assignmentInstance([[0, 0]], [[0]], [1])).toThrow(RangeError);
    expect(() => assignmentInstance([[0]], [[0, 0]], [1])).toThrow(RangeError);
    expect(() => assignmentInstance([[0]], [[1]], [1])).toThrow(RangeError);
    expect(() => assignmentInstance([[0]], [[0]], [-1])).toThrow(RangeError);
    expect(() => assignmentInstance([[0]], [[0]], [1.5])).toThrow(RangeError);
    expect(() => assignmentInstance([[0]], [[0]], [1, 1])).toThrow(RangeError);
  });

  it("are refused by the assignment when the compressed lists do not fit the counts", () => {
    const valid = (): AssignmentInstance => assignmentInstance([[0, 1], [1]], [[0], [1, 0]], [1, 1]);
    expect(() => assignStably(valid())).not.toThrow();
    const broken: Array<(instance: AssignmentInstance) => void> = [
      (instance) => {
        instance.youthLists[1] = 2;
      },
      (instance) => {
        instance.youthLists[0] = -1;
      },
      (instance) => {
        instance.openingLists[0] = 2;
      },
      (instance) => {
        instance.capacities[0] = -1;
      },
      (instance) => {
        instance.youthListStart = Int32Array.from([0, 2]);
      },
      (instance) => {
        instance.youthListStart = Int32Array.from([0, 2, 1]);
      },
      (instance) => {
        instance.openingListStart = Int32Array.from([0, 1, 4]);
      },
      (instance) => {
        instance.capacities = Int32Array.from([1]);
      },
      (instance) => {
        instance.youthCount = -1;
      },
    ];
    for (const breakIt of broken) {
      const instance = valid();
      breakIt(instance);
      expect(() => assignStably(instance)).toThrow(RangeError);
    }
  });
});
