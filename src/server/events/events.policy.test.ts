import { describe, expect, it } from "vitest";
import { effectiveStatus, eventReachOf, isRankingOpen, whyAssignmentCannotRun } from "./events.policy.js";

const opens = new Date("2026-12-01T08:00:00Z");
const closes = new Date("2026-12-03T20:00:00Z");
const event = (status: "planned" | "ranking" | "proposed" | "published") => ({
  status,
  rankingOpensAt: opens,
  rankingClosesAt: closes,
});
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

describe("the ranking window", () => {
  it("opens at its first instant and closes at its last", () => {
    expect(isRankingOpen(event("planned"), ms(opens, -1))).toBe(false);
    expect(isRankingOpen(event("planned"), opens)).toBe(true);
    expect(isRankingOpen(event("ranking"), ms(closes, -1))).toBe(true);
    expect(isRankingOpen(event("ranking"), closes)).toBe(false);
  });

  it("is shut for good once the assignment has run", () => {
    expect(isRankingOpen(event("proposed"), opens)).toBe(false);
    expect(isRankingOpen(event("published"), opens)).toBe(false);
  });

  it("decides between planned and ranking, whatever was stored", () => {
    for (const stored of ["planned", "ranking"] as const) {
      expect(effectiveStatus(event(stored), ms(opens, -1))).toBe("planned");
      expect(effectiveStatus(event(stored), opens)).toBe("ranking");
      expect(effectiveStatus(event(stored), ms(closes, 1))).toBe("ranking");
    }
    expect(effectiveStatus(event("proposed"), ms(opens, -1))).toBe("proposed");
  });
});

describe("running the assignment", () => {
  it("waits for the window to close, may repeat while proposed, and stops at publication", () => {
    expect(whyAssignmentCannotRun(event("ranking"), ms(closes, -1))).toMatch(/not closed/);
    expect(whyAssignmentCannotRun(event("ranking"), closes)).toBeUndefined();
    expect(whyAssignmentCannotRun(event("planned"), closes)).toBeUndefined();
    expect(whyAssignmentCannotRun(event("proposed"), closes)).toBeUndefined();
    expect(whyAssignmentCannotRun(event("published"), closes)).toMatch(/published/);
  });
});

describe("reach", () => {
  it("gives staff the municipality, the two sides only their own, and others nothing", () => {
    const none = { youthId: undefined, companyId: undefined };
    expect(eventReachOf("staff", none)).toEqual({ kind: "staff" });
    expect(eventReachOf("municipality_admin", none)).toEqual({ kind: "staff" });
    expect(eventReachOf("youth", { youthId: "y", companyId: undefined })).toEqual({
      kind: "youth",
      youthId: "y",
    });
    expect(eventReachOf("youth", none)).toEqual({ kind: "nothing" });
    expect(eventReachOf("company_contact", { youthId: undefined, companyId: "c" })).toEqual({
      kind: "company",
      companyId: "c",
    });
    expect(eventReachOf("researcher", none)).toEqual({ kind: "nothing" });
  });
});
