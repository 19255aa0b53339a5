import type { RouteAccess } from "../platform/access.js";
import type { matchmakingEventStatuses } from "./events.tables.js";

/**
 * Who may do what with matchmaking events (issue 5), stated once. Staff of the municipality run an
 * event from start to publication; young people and company contacts take part in it by ranking.
 */

export type MatchmakingEventStatus = (typeof matchmakingEventStatuses)[number];

/** Staff set events up, follow the ranking and run, review and publish the assignment. */
export const eventOrganisers = ["staff", "municipality_admin"] as const satisfies RouteAccess;

/** Everyone who takes part sees the events within their reach (eventReachOf). */
export const eventReaders = [...eventOrganisers, "youth", "company_contact"] as const satisfies RouteAccess;

/** A young person ranks the event's openings themselves; nobody ranks for them. */
export const youthRankers = ["youth"] as const satisfies RouteAccess;

/** An opening's list: its company's contacts, or staff (who may enter a list handed to them at the event). */
export const openingRankers = [...eventOrganisers, "company_contact"] as const satisfies RouteAccess;

/** How many openings a young person may rank. */
export const MAX_YOUTH_CHOICES = 10;

/**
 * Which events a caller reaches: staff every event of the municipality, a young person those they
 * take part in, a company contact those in which an opening of their company takes part. Anything
 * else answers 404, so the existence of an event does not leak.
 */
export type EventReach =
  | { kind: "staff" }
  | { kind: "youth"; youthId: string }
  | { kind: "company"; companyId: string }
  | { kind: "nothing" };

export function eventReachOf(
  role: string,
  sides: { youthId: string | undefined; companyId: string | undefined },
): EventReach {
  if (role === "staff" || role === "municipality_admin") return { kind: "staff" };
  if (role === "youth")
    return sides.youthId ? { kind: "youth", youthId: sides.youthId } : { kind: "nothing" };
  if (role === "company_contact") {
    return sides.companyId ? { kind: "company", companyId: sides.companyId } : { kind: "nothing" };
  }
  return { kind: "nothing" };
}

interface EventTimes {
  status: MatchmakingEventStatus;
  rankingOpensAt: Date;
  rankingClosesAt: Date;
}

/**
 * The status users see. Stored, "planned" and "ranking" mean the same (the event is being set up and
 * ranked); which one holds is the window's business: before it opens the event is planned, from then
 * on it is ranking until staff run the assignment. So moving the window never leaves a stale status.
 */
export function effectiveStatus(event: EventTimes, now: Date): MatchmakingEventStatus {
  if (event.status === "planned" || event.status === "ranking") {
    return now < event.rankingOpensAt ? "planned" : "ranking";
  }
  return event.status;
}

/** Staff may change the event and its participants until they run the assignment. */
export function isBeingPrepared(event: Pick<EventTimes, "status">): boolean {
  return event.status === "planned" || event.status === "ranking";
}

/** Both sides rank within [opens, closes), and only before an assignment has been run. */
export function isRankingOpen(event: EventTimes, now: Date): boolean {
  return isBeingPrepared(event) && now >= event.rankingOpensAt && now < event.rankingClosesAt;
}

/**
 * Why the assignment may not run now, or undefined when it may: it runs once everyone has had the
 * whole window to rank, may run again while the proposal is under review, and never after it was
 * published (the pairs have become matches).
 */
export function whyAssignmentCannotRun(event: EventTimes, now: Date): string | undefined {
  if (event.status === "published") return "The event's assignment has been published";
  if (now < event.rankingClosesAt) return "The ranking window has not closed yet";
  return undefined;
}
