import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";

/** A young person's own recommendations: openings for them. */
export const ownRecommendationReaders = ["youth"] as const satisfies RouteAccess;

/** Staff look at a young person's recommendations with them. */
export const youthRecommendationReaders = ["staff", "municipality_admin"] as const satisfies RouteAccess;

/** Young people recommended for an opening: its company's contacts, and staff. */
export const openingRecommendationReaders = [
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/** Everyone who sees recommendations can say "not for me" about one, and take it back. */
export const dismissers = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/**
 * Whether the caller may see the young people recommended for an opening of `openingCompanyId`:
 * staff for any opening of their municipality, a company contact only for their own company's.
 */
export function mayReadOpeningRecommendations(
  user: CurrentUser,
  openingCompanyId: string,
  contactCompanyId: string | null,
): boolean {
  if (user.role === "company_contact") return contactCompanyId === openingCompanyId;
  return user.role === "staff" || user.role === "municipality_admin";
}

/**
 * "Not for me" is about a young person x opening pair. A young person speaks about themselves and
 * names no young person; company contacts and staff name the young person.
 */
export function dismissalNamesYoungPerson(user: CurrentUser): boolean {
  return user.role !== "youth";
}
