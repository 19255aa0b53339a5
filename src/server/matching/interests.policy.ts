import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";
import type { youthStatuses } from "../youth/youth.tables.js";
import type { MatchSide } from "./participants.js";

type YouthStatus = (typeof youthStatuses)[number];

/**
 * Who takes part in matchmaking: a young person and a company contact mark interest, withdraw it
 * and end matches. Staff follow it but never act for either side.
 */
export const matchmakingParticipants = ["youth", "company_contact"] as const satisfies RouteAccess;

/** Who may look at interests and matches: the two sides (their own), staff the municipality's. */
export const matchmakingReaders = [
  ...matchmakingParticipants,
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/** The staff pipeline: who is where, and who is stuck. */
export const pipelineReaders = ["staff", "municipality_admin"] as const satisfies RouteAccess;

/** Only the young person learns, as a count, that companies are interested in them. */
export const incomingInterestReaders = ["youth"] as const satisfies RouteAccess;

/** The side a participant speaks for; undefined for staff. */
export function sideOf(user: CurrentUser): MatchSide | undefined {
  if (user.role === "youth") return "youth";
  if (user.role === "company_contact") return "company";
  return undefined;
}

/**
 * Which interests of the municipality a caller may see. A young person: their own. A company
 * contact: their company's own interests, and the live interests of young people in their openings,
 * only while the young person lets companies see their profile. Staff: every interest.
 */
export type InterestReach =
  | { kind: "own"; youthId: string }
  | { kind: "company"; companyId: string }
  | { kind: "everything" }
  | { kind: "nothing" };

export function interestReachOf(
  user: CurrentUser,
  sides: { youthId: string | undefined; companyId: string | undefined },
): InterestReach {
  if (user.role === "youth")
    return sides.youthId ? { kind: "own", youthId: sides.youthId } : { kind: "nothing" };
  if (user.role === "company_contact") {
    return sides.companyId ? { kind: "company", companyId: sides.companyId } : { kind: "nothing" };
  }
  return { kind: "everything" };
}

/** Interest can be marked only in an opening that is open. */
export function acceptsInterest(openingStatus: string): boolean {
  return openingStatus === "open";
}

/**
 * Young people looking for an internship: in the programme and not paused or gone. Companies mark
 * interest only in them, and the staff pipeline counts them.
 */
export const seekingYouthStatuses = ["applicant", "active"] as const satisfies readonly YouthStatus[];

export function isSeekingYoungPerson(youthStatus: YouthStatus): boolean {
  return seekingYouthStatuses.some((status) => status === youthStatus);
}
