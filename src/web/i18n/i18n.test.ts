import { describe, expect, it } from "vitest";
import da from "./da.json";
import en from "./en.json";

type Flat = Map<string, unknown>;

function flatten(value: unknown, prefix = "", into: Flat = new Map()): Flat {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

const locales = { da: flatten(da), en: flatten(en) };

describe("translations", () => {
  it("have the same keys in Danish and English", () => {
    const daKeys = [...locales.da.keys()].sort();
    const enKeys = [...locales.en.keys()].sort();
    expect(
      daKeys.filter((key) => !locales.en.has(key)),
      "keys missing in en.json",
    ).toEqual([]);
    expect(
      enKeys.filter((key) => !locales.da.has(key)),
      "keys missing in da.json",
    ).toEqual([]);
  });

  for (const [locale, flat] of Object.entries(locales)) {
    it(`has a non-empty string for every key in ${locale}.json`, () => {
      const bad = [...flat].filter(([, value]) => typeof value !== "string" || value.trim() === "");
      expect(bad.map(([key]) => key)).toEqual([]);
    });
  }

  it("use the same {{placeholders}} in both languages", () => {
    const mismatched = [...locales.da].filter(([key, value]) => {
      const other = locales.en.get(key);
      if (typeof value !== "string" || typeof other !== "string") return false;
      return placeholders(value).join() !== placeholders(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
