import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { boardRoleOf, decideHide } from "./board.policy.js";
import { type BoardViewer, presentBoardPost } from "./board.presenters.js";
import * as repository from "./board.repository.js";
import type { BoardQuery, CreateBoardPostInput, HideBoardPostInput } from "./board.schemas.js";
import * as groups from "./groups.repository.js";

export interface BoardContext {
  clock: Clock;
}

/** How the caller takes part in the group's board, or null when they take no part. */
async function viewerIn(
  db: Executor,
  user: CurrentUser,
  group: repository.BoardGroupRow,
): Promise<BoardViewer | null> {
  const role = boardRoleOf({
    member: user.role === "youth" && (await repository.isOpenMember(db, group.id, user.id)),
    facilitator:
      (user.role === "staff" || user.role === "municipality_admin") &&
      (await groups.isFacilitator(db, group.id, user.id)),
  });
  return role ? { userId: user.id, role } : null;
}

/**
 * The group and how the caller takes part in it. Everyone who takes no part (other staff, other
 * groups' members, company contacts, other municipalities) gets 404, so the board's existence and
 * its content never leak outside the group.
 */
async function boardOf(
  db: Executor,
  user: CurrentUser,
  groupId: string,
): Promise<{ group: repository.BoardGroupRow; viewer: BoardViewer }> {
  const group = await repository.findGroup(db, tenantScopeOf(user), groupId);
  const viewer = group ? await viewerIn(db, user, group) : null;
  if (!group || !viewer) throw notFound("Group not found");
  return { group, viewer };
}

export async function listBoard(db: Executor, user: CurrentUser, groupId: string, query: BoardQuery) {
  const { group, viewer } = await boardOf(db, user, groupId);
  const rows = await repository.listTopLevelPosts(db, group.id, {
    limit: query.limit,
    before: decodeCursor(query.cursor),
  });
  const page = toPage(rows, query.limit);
  const replies = await repository.listReplies(
    db,
    page.items.map((row) => row.id),
  );
  return {
    viewerRole: viewer.role,
    items: page.items.map((row) => presentBoardPost(row, replies, viewer)),
    nextCursor: page.nextCursor,
  };
}

/**
 * A reply always hangs on a top-level post of the same group, so threads stay one level deep; a
 * parent from another group is answered as if it did not exist.
 */
async function threadRootFor(tx: Executor, user: CurrentUser, groupId: string, parentPostId: string) {
  const parent = await repository.findPost(tx, tenantScopeOf(user), parentPostId);
  if (!parent || parent.groupId !== groupId) {
    throw fieldProblem("validation", "Invalid request", "parentPostId", "Not a post of this group's board");
  }
  const root =
    parent.parentPostId === null
      ? parent
      : await repository.findPost(tx, tenantScopeOf(user), parent.parentPostId);
  if (!root) throw notFound("Post not found");
  if (root.hiddenAt !== null) throw conflict("The post is hidden and can no longer be answered");
  return root;
}

export async function createPost(
  ctx: BoardContext,
  tx: Executor,
  user: CurrentUser,
  groupId: string,
  input: CreateBoardPostInput,
) {
  const { group, viewer } = await boardOf(tx, user, groupId);
  if (group.status === "closed") throw conflict("The group is closed");
  const root = input.parentPostId ? await threadRootFor(tx, user, group.id, input.parentPostId) : null;
  const row = await repository.insertPost(tx, {
    municipalityId: group.municipalityId,
    groupId: group.id,
    parentPostId: root?.id ?? null,
    authorUserId: user.id,
    body: input.body,
    createdAt: ctx.clock.now(),
  });
  return presentBoardPost(row, [], viewer);
}

export async function hidePost(
  ctx: BoardContext,
  tx: Executor,
  origin: AuditOrigin,
  user: CurrentUser,
  postId: string,
  input: HideBoardPostInput,
) {
  const post = await repository.findPost(tx, tenantScopeOf(user), postId, { forUpdate: true });
  if (!post) throw notFound("Post not found");
  const group = await repository.findGroup(tx, tenantScopeOf(user), post.groupId);
  const viewer = group ? await viewerIn(tx, user, group) : null;
  if (!viewer) throw notFound("Post not found");
  const decision = decideHide(viewer, post, input.reason);
  switch (decision.kind) {
    case "already_hidden":
      throw conflict("The post is already hidden");
    case "not_allowed":
      throw forbidden("Members hide only their own posts");
    case "reason_required":
      throw fieldProblem("validation", "Invalid request", "reason", "Say why you hide someone else's post");
  }
  const now = ctx.clock.now();
  const row = await repository.hidePost(tx, post.id, {
    hiddenAt: now,
    hiddenByUserId: user.id,
    hiddenReason: decision.reason,
  });
  // Moderation is on record; an author taking back their own words is their own business.
  if (decision.moderated) {
    await recordAuditEvent(tx, ctx.clock, origin, {
      action: "group.post_hidden",
      actorUserId: user.id,
      municipalityId: post.municipalityId,
      subjectType: "network_group",
      subjectId: post.groupId,
    });
  }
  return presentBoardPost(row, await repository.listReplies(tx, [row.id]), viewer);
}
