import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";

/** The municipality's team: they enrol young people and see them in full (never sensitive information). */
export const youthCaseworkers = ["staff", "municipality_admin"] as const satisfies RouteAccess;

/** How the caller stands to a young person they can reach; decides the presenter and the actions. */
export type YouthRelation = "self" | "caseworker" | "company";

export function relationTo(
  user: CurrentUser,
  young: { userId: string; municipalityId: string },
): YouthRelation | undefined {
  if (user.role === "youth") return user.id === young.userId ? "self" : undefined;
  if (user.municipalityId !== young.municipalityId) return undefined;
  if (user.role === "staff" || user.role === "municipality_admin") return "caseworker";
  if (user.role === "company_contact") return "company";
  return undefined;
}

/**
 * Sensitive support information (GDPR art. 9): the young person and their own counsellor only.
 * Not the municipality admin, not other staff.
 */
export function maySeeSensitiveInformation(
  user: CurrentUser,
  young: { userId: string; counsellorId: string | null },
) {
  return user.id === young.userId || (user.role === "staff" && user.id === young.counsellorId);
}
