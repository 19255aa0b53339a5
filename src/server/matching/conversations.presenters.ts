import { firstNameOf } from "../youth/profile.js";
import type { MessageRow } from "./conversations.repository.js";
import type { MessageOutput } from "./conversations.schemas.js";
import { type MatchSide, otherSide } from "./participants.js";

/**
 * How far each side has read. A match has two sides; a mark belongs to the young person's side when
 * it is their user's, otherwise to the company's (any of its contacts).
 */
export interface ReadState {
  youthUserId: string;
  readUpTo: Record<MatchSide, Date | null>;
}

export function sideOfUser(userId: string, youthUserId: string): MatchSide {
  return userId === youthUserId ? "youth" : "company";
}

export function readStateOf(
  youthUserId: string,
  marks: readonly { userId: string; readUpTo: Date | null }[],
): ReadState {
  const readUpTo: Record<MatchSide, Date | null> = { youth: null, company: null };
  for (const mark of marks) {
    if (!mark.readUpTo) continue;
    const side = sideOfUser(mark.userId, youthUserId);
    const current = readUpTo[side];
    if (!current || mark.readUpTo > current) readUpTo[side] = mark.readUpTo;
  }
  return { youthUserId, readUpTo };
}

export function presentMessage(row: MessageRow, viewerUserId: string, reads: ReadState): MessageOutput {
  const side = sideOfUser(row.authorUserId, reads.youthUserId);
  const otherSideRead = reads.readUpTo[otherSide(side)];
  return {
    id: row.id,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    author: {
      side,
      displayName: side === "youth" ? firstNameOf(row.authorDisplayName) : row.authorDisplayName,
      mine: row.authorUserId === viewerUserId,
    },
    readByOtherSide: otherSideRead !== null && otherSideRead >= row.createdAt,
  };
}
