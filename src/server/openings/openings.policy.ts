import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";

/** Who may look at openings: young people browse, companies and the municipality's team manage. */
export const openingReaders = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/** Who may post and change openings: the company's own contacts, and staff on a company's behalf. */
export const openingManagers = [
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/**
 * What part of the municipality's openings a caller may see. Young people see open openings only;
 * a company contact sees their own company's openings in every status (and nothing when they speak
 * for no company); staff see all of their municipality's.
 */
export type OpeningReach =
  | { kind: "open-only" }
  | { kind: "company"; companyId: string | undefined }
  | { kind: "everything" };

export function openingReachOf(user: CurrentUser, contactCompanyId: string | undefined): OpeningReach {
  if (user.role === "youth") return { kind: "open-only" };
  if (user.role === "company_contact") return { kind: "company", companyId: contactCompanyId };
  return { kind: "everything" };
}

/** Company contacts and staff see the internal fields and the rimelighedskrav; young people do not. */
export function seesInternalFields(user: CurrentUser): boolean {
  return user.role !== "youth";
}
