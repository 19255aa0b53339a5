import { describe, expect, it } from "vitest";
import { canRunAssignment, isEditable, rankingWindowState } from "./eventWindow";

const opensAt = "2026-12-01T08:00:00.000Z";
const before = new Date("2026-11-30T08:00:00.000Z");
const after = new Date("2026-12-05T08:00:00.000Z");

describe("rankingWindowState", () => {
  it("trusts the server that the window is open", () => {
    expect(
      rankingWindowState({ rankingOpen: true, rankingOpensAt: opensAt, status: "ranking" }, before),
    ).toBe("open");
  });

  it("tells 'not yet' from 'closed' by the opening time", () => {
    const event = { rankingOpen: false, rankingOpensAt: opensAt, status: "planned" } as const;
    expect(rankingWindowState(event, before)).toBe("notYet");
    expect(rankingWindowState(event, after)).toBe("closed");
  });

  it("is closed once the assignment has run, whatever the reader's clock says", () => {
    expect(
      rankingWindowState({ rankingOpen: false, rankingOpensAt: opensAt, status: "proposed" }, before),
    ).toBe("closed");
  });
});

describe("isEditable and canRunAssignment", () => {
  it("allow changes before the assignment only", () => {
    expect(isEditable({ status: "planned" })).toBe(true);
    expect(isEditable({ status: "ranking" })).toBe(true);
    expect(isEditable({ status: "proposed" })).toBe(false);
    expect(isEditable({ status: "published" })).toBe(false);
  });

  it("allow running after the window, again while proposed, never after publishing", () => {
    const closed = { rankingOpen: false, rankingOpensAt: "2000-01-01T00:00:00.000Z" };
    expect(canRunAssignment({ ...closed, status: "ranking" })).toBe(true);
    expect(canRunAssignment({ ...closed, rankingOpen: true, status: "ranking" })).toBe(false);
    expect(canRunAssignment({ ...closed, status: "proposed" })).toBe(true);
    expect(canRunAssignment({ ...closed, status: "published" })).toBe(false);
  });
});
