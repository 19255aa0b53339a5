import { describe, expect, it } from "vitest";
import { isValidCvr } from "./cvr.js";

/** A small seeded generator, so a failing property names a reproducible case. */
function randomDigits(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return (length: number) => Array.from({ length }, () => Math.floor(next() * 10));
}

/** The check digit that completes a 7-digit prefix, or undefined when no digit can (remainder 10). */
function completeCvr(prefix: number[]): string | undefined {
  for (let check = 0; check <= 9; check++) {
    const candidate = [...prefix, check].join("");
    if (isValidCvr(candidate)) return candidate;
  }
  return undefined;
}

const RUNS = 2_000;

describe("isValidCvr", () => {
  it("accepts real CVR numbers", () => {
    // Published CVR numbers: Novo Nordisk A/S, Carlsberg A/S, the Danish Business Authority.
    for (const cvr of ["24256790", "61056416", "10150817"]) expect(isValidCvr(cvr), cvr).toBe(true);
  });

  it("rejects anything but exactly 8 digits", () => {
    for (const text of [
      "",
      "2425679",
      "242567900",
      "2425679a",
      " 24256790",
      "2425 6790",
      "２４２５６７９０",
    ]) {
      expect(isValidCvr(text), JSON.stringify(text)).toBe(false);
    }
  });

  it("rejects a number whose weighted sum is not divisible by 11", () => {
    expect(isValidCvr("24256791")).toBe(false);
    expect(isValidCvr("12345678")).toBe(false);
  });

  it("has at most one check digit for every prefix", () => {
    const digits = randomDigits(42);
    for (let run = 0; run < RUNS; run++) {
      const prefix = digits(7).join("");
      const valid = [...Array(10).keys()].filter((check) => isValidCvr(`${prefix}${check}`));
      expect(valid.length, prefix).toBeLessThanOrEqual(1);
    }
  });

  it("detects every single-digit error in a valid number", () => {
    const digits = randomDigits(7);
    for (let run = 0; run < RUNS; run++) {
      const cvr = completeCvr(digits(7));
      if (!cvr) continue;
      const [position = 0, replacement = 0] = digits(2);
      const at = position % 8;
      if (Number(cvr[at]) === replacement) continue;
      const typo = `${cvr.slice(0, at)}${replacement}${cvr.slice(at + 1)}`;
      expect(isValidCvr(typo), `${cvr} -> ${typo}`).toBe(false);
    }
  });

  it("detects every swap of two different neighbouring digits", () => {
    const digits = randomDigits(2026);
    for (let run = 0; run < RUNS; run++) {
      const cvr = completeCvr(digits(7));
      if (!cvr) continue;
      const at = (digits(1)[0] ?? 0) % 7;
      if (cvr[at] === cvr[at + 1]) continue;
      const swapped = `${cvr.slice(0, at)}${cvr[at + 1]}${cvr[at]}${cvr.slice(at + 2)}`;
      expect(isValidCvr(swapped), `${cvr} -> ${swapped}`).toBe(false);
    }
  });
});
