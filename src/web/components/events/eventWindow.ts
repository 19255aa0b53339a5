import type { MatchmakingEvent } from "../../api/events";

export type RankingWindowState = "notYet" | "open" | "closed";

/**
 * Where the event stands with its ranking window. Whether it is open is the server's word (its clock
 * decides what it accepts); only "not yet" versus "closed" is told apart here, by the reader's clock.
 */
export function rankingWindowState(
  event: Pick<MatchmakingEvent, "rankingOpen" | "rankingOpensAt" | "status">,
  now: Date = new Date(),
): RankingWindowState {
  if (event.rankingOpen) return "open";
  if (event.status === "proposed" || event.status === "published") return "closed";
  return now.getTime() < new Date(event.rankingOpensAt).getTime() ? "notYet" : "closed";
}

/** Staff may change the facts and the participants until the assignment has been run. */
export function isEditable(event: Pick<MatchmakingEvent, "status">): boolean {
  return event.status === "planned" || event.status === "ranking";
}

/** The assignment runs once the window has closed, and again while the proposal is under review. */
export function canRunAssignment(
  event: Pick<MatchmakingEvent, "rankingOpen" | "rankingOpensAt" | "status">,
): boolean {
  if (event.status === "published") return false;
  if (event.status === "proposed") return true;
  return rankingWindowState(event) === "closed";
}
