import { describe, expect, it } from "vitest";
import {
  addToRanking,
  moveBefore,
  moveInRanking,
  neighbourAfterRemoval,
  removeFromRanking,
  sameRanking,
} from "./ranking";

/** A seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe("moveInRanking", () => {
  it("moves an item up and down one place", () => {
    expect(moveInRanking(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveInRanking(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });

  it("stops at the ends instead of wrapping round", () => {
    expect(moveInRanking(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveInRanking(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
    expect(moveInRanking(["a", "b", "c"], 1, 10)).toEqual(["a", "c", "b"]);
  });

  it("leaves the input unchanged", () => {
    const ids = ["a", "b", "c"];
    moveInRanking(ids, 0, 1);
    expect(ids).toEqual(["a", "b", "c"]);
  });

  it("keeps the same items, puts the moved one where asked and keeps the others' order", () => {
    const next = random(7);
    for (let round = 0; round < 500; round += 1) {
      const length = 1 + Math.floor(next() * 10);
      const ids = Array.from({ length }, (_, index) => `o${index}`);
      const index = Math.floor(next() * length);
      const delta = Math.floor(next() * 2 * length) - length;
      const moved = moveInRanking(ids, index, delta);
      expect([...moved].sort()).toEqual([...ids].sort());
      expect(moved.indexOf(ids[index] ?? "")).toBe(Math.min(length - 1, Math.max(0, index + delta)));
      const others = (list: string[]) => list.filter((id) => id !== ids[index]);
      expect(others(moved)).toEqual(others(ids));
    }
  });
});

describe("moveBefore", () => {
  it("puts a dragged item where the item it was dropped on stood", () => {
    expect(moveBefore(["a", "b", "c", "d"], "d", "b")).toEqual(["a", "d", "b", "c"]);
    expect(moveBefore(["a", "b", "c", "d"], "a", "c")).toEqual(["b", "c", "a", "d"]);
  });

  it("ignores ids that are not in the list", () => {
    expect(moveBefore(["a", "b"], "x", "a")).toEqual(["a", "b"]);
  });
});

describe("addToRanking and removeFromRanking", () => {
  it("adds last, once, and not beyond the maximum", () => {
    expect(addToRanking(["a"], "b", 10)).toEqual(["a", "b"]);
    expect(addToRanking(["a", "b"], "a", 10)).toEqual(["a", "b"]);
    expect(addToRanking(["a", "b"], "c", 2)).toEqual(["a", "b"]);
    expect(addToRanking(["a", "b"], "c", null)).toEqual(["a", "b", "c"]);
  });

  it("removes only the one item", () => {
    expect(removeFromRanking(["a", "b", "c"], "b")).toEqual(["a", "c"]);
  });
});

describe("sameRanking", () => {
  it("compares order, not only membership", () => {
    expect(sameRanking(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameRanking(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameRanking(["a"], ["a", "b"])).toBe(false);
  });
});

describe("neighbourAfterRemoval", () => {
  it("is the item that moved up into the place, else the one before, else none", () => {
    expect(neighbourAfterRemoval(["a", "c"], 1)).toBe("c");
    expect(neighbourAfterRemoval(["a", "b"], 2)).toBe("b");
    expect(neighbourAfterRemoval([], 0)).toBeNull();
  });
});
