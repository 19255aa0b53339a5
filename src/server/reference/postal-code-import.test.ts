import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDawaPostalCodes } from "./postal-code-import.js";

const entry = (nr: string, navn: string, visueltcenter: unknown) => ({ nr, navn, visueltcenter });
const parse = (value: unknown) => parseDawaPostalCodes(JSON.stringify(value));

describe("parseDawaPostalCodes", () => {
  it("reads DAWA's postnumre list, turning [longitude, latitude] around and skipping codes without a centre", () => {
    const result = parseDawaPostalCodes(readFileSync("tests/fixtures/postal-codes.json", "utf8"));
    expect(result).toEqual({
      ok: true,
      postalCodes: [
        { code: "4000", name: "Roskilde", latitude: 55.6415, longitude: 12.0803 },
        { code: "6400", name: "Sønderborg", latitude: 54.909, longitude: 9.7923 },
        { code: "8000", name: "Aarhus C", latitude: 56.1567, longitude: 10.2039 },
        { code: "3700", name: "Rønne", latitude: 55.1009, longitude: 14.7063 },
      ],
      skippedWithoutCentre: ["0800"],
    });
  });

  it("refuses text that is not JSON", () => {
    const result = parseDawaPostalCodes("nr;navn\n4000;Roskilde\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^Not JSON/);
  });

  it.each([
    ["an object instead of a list", { nr: "4000" }, "The file: "],
    ["an empty list", [], "The file: The list is empty"],
    ["a three-digit code", [entry("400", "Roskilde", [12.08, 55.64])], "Entry 1, nr: Expected four digits"],
    ["a missing name", [{ nr: "4000", visueltcenter: [12.08, 55.64] }], "Entry 1, navn: "],
    ["a missing centre", [{ nr: "4000", navn: "Roskilde" }], "Entry 1, visueltcenter: "],
    [
      "a centre given as [latitude, longitude]",
      [entry("4000", "Roskilde", [55.64, 12.08])],
      "Entry 1, visueltcenter.0: ",
    ],
    ["a point outside Denmark", [entry("4000", "Roskilde", [2.35, 48.86])], "Entry 1, visueltcenter.0: "],
    [
      "a code twice",
      [entry("4000", "Roskilde", [12.08, 55.64]), entry("4000", "Roskilde", [12.08, 55.64])],
      "nr 4000: appears more than once",
    ],
  ])("refuses %s", (_, value, problem) => {
    const result = parse(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain(problem);
  });

  it("names at most ten problems", () => {
    const result = parse(Array.from({ length: 30 }, () => entry("1", "", null)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(10);
  });
});
