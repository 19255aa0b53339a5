import type { Executor } from "../db/database.js";
import type { NotificationRecipient } from "../notifications/notifications.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import * as repository from "./participants.repository.js";

/**
 * Who takes part in a match (and so in its conversation and meetings): the young person, and every
 * contact of the opening's company. Staff of the municipality see that the match exists, not its text.
 */
export type MatchSide = "youth" | "company";
export type MatchViewer = { kind: "participant"; side: MatchSide } | { kind: "staff" };
export type { MatchRow } from "./participants.repository.js";

const staffRoles = new Set(["staff", "municipality_admin"]);

export const otherSide = (side: MatchSide): MatchSide => (side === "youth" ? "company" : "youth");

/**
 * The match with how the caller sees it, or undefined when it is absent or out of reach (answer 404).
 * Staff of another municipality are out of reach through the tenant scope.
 */
export async function findMatchInReach(
  db: Executor,
  user: CurrentUser,
  matchId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ match: repository.MatchRow; viewer: MatchViewer } | undefined> {
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") return undefined;
  const match = await repository.findMatchById(db, scope, matchId, options);
  if (!match) return undefined;
  if (staffRoles.has(user.role)) return { match, viewer: { kind: "staff" } };
  const sides = await repository.findSidesOfUser(db, user.id);
  if (user.role === "youth" && sides.youthId === match.youthId) {
    return { match, viewer: { kind: "participant", side: "youth" } };
  }
  if (user.role === "company_contact" && sides.companyId === match.companyId) {
    return { match, viewer: { kind: "participant", side: "company" } };
  }
  return undefined;
}

/** The active users on one side of a match, to be told something. */
export async function recipientsOn(
  db: Executor,
  match: Pick<repository.MatchRow, "youthId" | "companyId">,
  side: MatchSide,
): Promise<NotificationRecipient[]> {
  return side === "youth"
    ? repository.findYouthUser(db, match.youthId)
    : repository.findCompanyContactUsers(db, match.companyId);
}
