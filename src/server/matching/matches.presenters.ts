import { firstNameOf } from "../youth/profile.js";
import type { LatestMeeting, MatchViewRow } from "./matches.repository.js";
import type { MatchListItem } from "./matches.schemas.js";
import type { MatchViewer } from "./participants.js";

/**
 * A match as the caller sees it. A company sees the young person's first name only while the young
 * person lets companies see their profile; staff see the full name but never the conversation.
 */
export function presentMatch(
  row: MatchViewRow,
  viewer: MatchViewer,
  unreadCount: number,
  meeting: LatestMeeting | undefined,
): MatchListItem {
  const hidesName =
    viewer.kind === "participant" && viewer.side === "company" && !row.youthVisibleToCompanies;
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    endReason: row.endReason,
    opening: { id: row.openingId, title: row.openingTitle },
    company: { id: row.companyId, name: row.companyName },
    youth: {
      id: row.youthId,
      firstName: hidesName ? null : firstNameOf(row.youthDisplayName),
      ...(viewer.kind === "staff" ? { displayName: row.youthDisplayName } : {}),
    },
    unreadCount: viewer.kind === "staff" ? 0 : unreadCount,
    meeting: meeting
      ? { id: meeting.id, status: meeting.status, time: meeting.acceptedTime?.toISOString() ?? null }
      : null,
  };
}
