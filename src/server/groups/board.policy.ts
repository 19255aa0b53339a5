/**
 * Who may do what on a group's board, stated once. The board is the group's own room: only its
 * members (young people with an open membership) and its facilitators take part; everyone else is
 * told it does not exist.
 */

export type BoardRole = "member" | "facilitator";

/** A facilitator who is also (oddly) a member acts as facilitator: the wider right wins. */
export function boardRoleOf(found: { member: boolean; facilitator: boolean }): BoardRole | null {
  if (found.facilitator) return "facilitator";
  if (found.member) return "member";
  return null;
}

export type HideDecision =
  | { kind: "allowed"; reason: string | null; moderated: boolean }
  | { kind: "already_hidden" }
  | { kind: "reason_required" }
  | { kind: "not_allowed" };

/**
 * The author hides their own post without saying why; a facilitator hiding someone else's post is
 * moderation, which must give a reason (it is audited and shown to the other facilitators).
 */
export function decideHide(
  viewer: { userId: string; role: BoardRole },
  post: { authorUserId: string; hiddenAt: Date | null },
  reason: string | undefined,
): HideDecision {
  if (post.hiddenAt !== null) return { kind: "already_hidden" };
  if (post.authorUserId === viewer.userId)
    return { kind: "allowed", reason: reason ?? null, moderated: false };
  if (viewer.role !== "facilitator") return { kind: "not_allowed" };
  if (reason === undefined) return { kind: "reason_required" };
  return { kind: "allowed", reason, moderated: true };
}
