import { firstNameOf, visibilityOf } from "../youth/profile.js";
import type { ProfilePart } from "../youth/youth.tables.js";
import type { ProposalPairRow, StoredSummary } from "./assignment.repository.js";
import { type EventReach, effectiveStatus, isRankingOpen } from "./events.policy.js";
import type { EventCounts, EventRow } from "./events.repository.js";
import type { MatchmakingEventOutput, OpeningRankingOutput, ProposalOutput } from "./events.schemas.js";

/**
 * An event as the caller sees it. Everyone sees when and where and how many take part; staff also
 * see how far the ranking has come, a company contact which of its own openings take part.
 */
export function presentEvent(
  row: EventRow,
  counts: EventCounts | undefined,
  reach: EventReach,
  now: Date,
  myOpenings: { id: string; title: string; ranked: boolean }[] = [],
): MatchmakingEventOutput {
  return {
    id: row.id,
    title: row.title,
    eventDate: row.eventDate,
    place: row.place,
    rankingOpensAt: row.rankingOpensAt.toISOString(),
    rankingClosesAt: row.rankingClosesAt.toISOString(),
    status: effectiveStatus(row, now),
    rankingOpen: isRankingOpen(row, now),
    youthCount: counts?.youthCount ?? 0,
    openingCount: counts?.openingCount ?? 0,
    ...(reach.kind === "staff"
      ? { progress: { youthRanked: counts?.youthRanked ?? 0, openingsRanked: counts?.openingsRanked ?? 0 } }
      : {}),
    ...(reach.kind === "company"
      ? {
          myOpenings: myOpenings.map((opening) => ({
            id: opening.id,
            title: opening.title,
            ranked: opening.ranked,
          })),
        }
      : {}),
    proposedAt: row.proposedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

interface RankableYouthRow {
  id: string;
  displayName: string;
  strengths: string[] | null;
  interests: string[] | null;
  visibility: Partial<Record<ProfilePart, "network" | "private">> | null;
}

/**
 * A young person on a company's ranking screen: the first name, and strengths and interests only
 * where the young person shows them to the network (the rest of the profile is on their profile
 * page, under the same rules).
 */
export function presentRankableYouth(row: RankableYouthRow): OpeningRankingOutput["youth"][number] {
  const visibility = visibilityOf({ visibility: row.visibility ?? {} });
  return {
    id: row.id,
    firstName: firstNameOf(row.displayName),
    strengths: visibility.strengths === "network" ? (row.strengths ?? []) : [],
    interests: visibility.interests === "network" ? (row.interests ?? []) : [],
  };
}

/** The proposal for staff: its figures as run, how many pairs they left out, every pair and who got none. */
export function presentProposal(
  event: EventRow,
  summary: StoredSummary,
  pairs: ProposalPairRow[],
  unassigned: { youthId: string; youthName: string }[],
  now: Date,
): ProposalOutput {
  return {
    eventId: event.id,
    status: effectiveStatus(event, now),
    proposedAt: event.proposedAt?.toISOString() ?? null,
    publishedAt: event.publishedAt?.toISOString() ?? null,
    summary: {
      byChoice: summary.byChoice,
      assigned: summary.assigned,
      unassigned: summary.unassigned,
      freeSeats: summary.freeSeats,
      leftOut: pairs.reduce((count, pair) => count + (pair.leftOut ? 1 : 0), 0),
    },
    pairs: pairs.map((pair) => ({
      youthId: pair.youthId,
      youthName: pair.youthName,
      openingId: pair.openingId,
      openingTitle: pair.openingTitle,
      companyName: pair.companyName,
      choice: pair.choice,
      leftOut: pair.leftOut,
      matchId: pair.matchId,
    })),
    unassigned: unassigned.map((young) => ({ youthId: young.youthId, youthName: young.youthName })),
  };
}
