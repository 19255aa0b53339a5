import { describe, expect, it } from "vitest";
import { mayEditOpening, openingStatusChange } from "./opening-status.js";
import { openingStatuses } from "./openings.tables.js";

describe("openingStatusChange", () => {
  it.each([
    ["open", "paused"],
    ["paused", "open"],
    ["open", "filled"],
    ["open", "closed"],
    ["paused", "filled"],
    ["paused", "closed"],
    ["filled", "open"],
    ["filled", "closed"],
  ] as const)("allows %s -> %s", (from, to) => {
    expect(openingStatusChange(from, to)).toEqual({ kind: "change" });
  });

  it.each([
    ["filled", "paused"],
    ["closed", "open"],
    ["closed", "paused"],
    ["closed", "filled"],
  ] as const)("refuses %s -> %s", (from, to) => {
    expect(openingStatusChange(from, to)).toEqual({ kind: "invalid" });
  });

  it("leaves every status unchanged when asked for the status it has", () => {
    for (const status of openingStatuses) {
      expect(openingStatusChange(status, status)).toEqual({ kind: "unchanged" });
    }
  });

  it("keeps closed final: no change leads out of it", () => {
    for (const to of openingStatuses.filter((s) => s !== "closed")) {
      expect(openingStatusChange("closed", to).kind).toBe("invalid");
    }
  });

  it("lets every status that is not final reach closed", () => {
    for (const from of openingStatuses.filter((s) => s !== "closed")) {
      expect(openingStatusChange(from, "closed").kind).toBe("change");
    }
  });
});

describe("mayEditOpening", () => {
  it("allows edits until the opening is closed", () => {
    expect(openingStatuses.filter(mayEditOpening)).toEqual(["open", "paused", "filled"]);
  });
});
