import type { Role } from "../db/schema.js";
import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";
import type { InternshipSide, InternshipStatus } from "./internships.repository.js";

/**
 * Who may do what with an internship, stated once. Roles gate the route; reach (an internship of
 * the caller's municipality, and for a young person or a company contact one of their own) is
 * checked by the service and answers 404 outside it.
 */

/** Everyone with a part in internships reads the ones within reach. */
export const internshipReaders = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;
/** Staff or the company propose an internship from a match. */
export const internshipProposers = ["company_contact", "staff"] as const satisfies RouteAccess;
/** Virksomhedspraktik needs the young person's yes and the municipality's approval. */
export const internshipApprovers = ["youth", "staff"] as const satisfies RouteAccess;
/** Those who run the internship day to day start it, complete it or end it early. */
export const internshipRunners = ["company_contact", "staff"] as const satisfies RouteAccess;
/** An extension rests on the municipality's assessment. */
export const internshipExtenders = ["staff"] as const satisfies RouteAccess;
/** Absence is entered by the young person, the company (the mentor) or staff. */
export const absenceRecorders = ["youth", "company_contact", "staff"] as const satisfies RouteAccess;
/** Check-ins and evaluations are the two sides' own words. */
export const internshipSideRoles = ["youth", "company_contact"] as const satisfies RouteAccess;

/** How a caller sees an internship: staff see everything of it, each side its own part. */
export type InternshipViewer = { kind: "staff" } | { kind: "participant"; side: InternshipSide };

const staffRoles: readonly Role[] = ["staff", "municipality_admin"];

/** Staff may override a rule breach; a municipality admin reads but does not decide cases. */
export function mayOverrideRules(user: CurrentUser): boolean {
  return user.role === "staff";
}

/**
 * The caller's view of an internship of their municipality, or undefined when it is not theirs
 * to see (answer 404). `sides` is what the caller speaks for: their youth record or company.
 */
export function viewerOf(
  user: CurrentUser,
  sides: { youthId: string | undefined; companyId: string | undefined },
  internship: { youthId: string; companyId: string },
): InternshipViewer | undefined {
  if (staffRoles.includes(user.role)) return { kind: "staff" };
  if (user.role === "youth" && sides.youthId === internship.youthId)
    return { kind: "participant", side: "youth" };
  if (user.role === "company_contact" && sides.companyId === internship.companyId)
    return { kind: "participant", side: "company" };
  return undefined;
}

/** The status changes and the statuses they start from. */
const allowedFrom = {
  approve: ["proposed"],
  start: ["approved"],
  extend: ["active", "extended"],
  complete: ["active", "extended"],
  endEarly: ["proposed", "approved", "active", "extended"],
  recordAbsence: ["active", "extended", "completed", "ended_early"],
  checkIn: ["active", "extended"],
  evaluate: ["completed", "ended_early"],
} as const satisfies Record<string, readonly InternshipStatus[]>;

export type InternshipStep = keyof typeof allowedFrom;

export function allows(step: InternshipStep, status: InternshipStatus): boolean {
  const from: readonly InternshipStatus[] = allowedFrom[step];
  return from.includes(status);
}
