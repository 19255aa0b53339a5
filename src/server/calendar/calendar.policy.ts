import type { Role } from "../db/schema.js";
import type { RouteAccess } from "../platform/access.js";

/** Users of a municipality have meetings to subscribe to; researchers and system admins do not. */
export const calendarFeedOwners = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/** Which events a feed holds follows from its owner's role, stated once here. */
export type FeedView = "youth" | "company" | "staff";

export function feedViewOf(role: Role): FeedView | null {
  if (role === "youth") return "youth";
  if (role === "company_contact") return "company";
  if (role === "staff" || role === "municipality_admin") return "staff";
  return null;
}
