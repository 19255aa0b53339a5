import { describe, expect, it } from "vitest";
import { boardRoleOf, decideHide } from "./board.policy.js";

const author = "author-id";
const other = "other-id";
const shown = { authorUserId: author, hiddenAt: null };

describe("boardRoleOf", () => {
  it("gives facilitators the wider right and nobody else a role", () => {
    expect(boardRoleOf({ member: true, facilitator: true })).toBe("facilitator");
    expect(boardRoleOf({ member: true, facilitator: false })).toBe("member");
    expect(boardRoleOf({ member: false, facilitator: false })).toBeNull();
  });
});

describe("decideHide", () => {
  it("lets the author hide their own post without a reason, keeping one if given", () => {
    expect(decideHide({ userId: author, role: "member" }, shown, undefined)).toEqual({
      kind: "allowed",
      reason: null,
      moderated: false,
    });
    expect(decideHide({ userId: author, role: "facilitator" }, shown, "Fejl")).toEqual({
      kind: "allowed",
      reason: "Fejl",
      moderated: false,
    });
  });

  it("refuses a member hiding someone else's post, even with a reason", () => {
    expect(decideHide({ userId: other, role: "member" }, shown, "Grimt")).toEqual({ kind: "not_allowed" });
  });

  it("requires a facilitator to give a reason for someone else's post, and marks it as moderation", () => {
    expect(decideHide({ userId: other, role: "facilitator" }, shown, undefined)).toEqual({
      kind: "reason_required",
    });
    expect(decideHide({ userId: other, role: "facilitator" }, shown, "Sårende")).toEqual({
      kind: "allowed",
      reason: "Sårende",
      moderated: true,
    });
  });

  it("refuses to hide a post twice, whoever asks", () => {
    const hidden = { authorUserId: author, hiddenAt: new Date("2026-11-28T10:00:00Z") };
    for (const viewer of [
      { userId: author, role: "member" as const },
      { userId: other, role: "facilitator" as const },
    ]) {
      expect(decideHide(viewer, hidden, "x")).toEqual({ kind: "already_hidden" });
    }
  });
});
