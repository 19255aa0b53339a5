import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, toPage } from "./pagination.js";

const id = (n: number) => `0192f7c6-0000-7000-8000-${String(n).padStart(12, "0")}`;

describe("pagination", () => {
  it("round-trips a cursor and rejects a forged one", () => {
    expect(decodeCursor(encodeCursor(id(1)))).toBe(id(1));
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(() => decodeCursor("not-a-cursor")).toThrow();
  });

  it("gives a next cursor only when the extra row shows there is more", () => {
    const rows = [1, 2, 3].map((n) => ({ id: id(n) }));
    expect(toPage(rows, 2)).toEqual({ items: rows.slice(0, 2), nextCursor: encodeCursor(id(2)) });
    expect(toPage(rows, 3)).toEqual({ items: rows, nextCursor: null });
  });
});
