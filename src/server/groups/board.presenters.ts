import { firstNameOf } from "../youth/profile.js";
import type { BoardRole } from "./board.policy.js";
import type { BoardPostRow } from "./board.repository.js";
import type { BoardPostOutput, BoardReplyOutput } from "./board.schemas.js";

export interface BoardViewer {
  userId: string;
  role: BoardRole;
}

/**
 * A post as the viewer sees it. Members see a young author by first name only and a hidden post
 * without its text; facilitators, who moderate, see the full name, the text and the reason.
 */
function presentFields(row: BoardPostRow, viewer: BoardViewer) {
  const authorIsYouth = row.authorRole === "youth";
  const hidden = row.hiddenAt !== null;
  const seesHidden = viewer.role === "facilitator";
  const hiddenByAuthor = row.hiddenByUserId === row.authorUserId;
  return {
    id: row.id,
    author: {
      name:
        authorIsYouth && viewer.role === "member"
          ? firstNameOf(row.authorDisplayName)
          : row.authorDisplayName,
      kind: authorIsYouth ? ("member" as const) : ("facilitator" as const),
      mine: row.authorUserId === viewer.userId,
    },
    body: hidden && !seesHidden ? null : row.body,
    hidden,
    hiddenBy: hidden ? (hiddenByAuthor ? ("author" as const) : ("facilitator" as const)) : null,
    hiddenReason: hidden && seesHidden ? row.hiddenReason : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentReply(row: BoardPostRow, viewer: BoardViewer): BoardReplyOutput {
  if (row.parentPostId === null) throw new Error("a reply has a parent post");
  return { ...presentFields(row, viewer), parentPostId: row.parentPostId };
}

export function presentBoardPost(
  row: BoardPostRow,
  replies: readonly BoardPostRow[],
  viewer: BoardViewer,
): BoardPostOutput {
  return {
    ...presentFields(row, viewer),
    parentPostId: row.parentPostId,
    replies: replies
      .filter((reply) => reply.parentPostId === row.id)
      .map((reply) => presentReply(reply, viewer)),
  };
}
