import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";
import type { wishStatuses } from "./wishes.tables.js";

type WishStatus = (typeof wishStatuses)[number];

/** Young people see their own wishes, companies the open wishes of consenting young people, staff all. */
export const wishReaders = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
] as const satisfies RouteAccess;

/** Only the young person posts, changes and withdraws their wishes. */
export const wishOwners = ["youth"] as const satisfies RouteAccess;

/** A company answers a wish by creating an opening for it. */
export const wishAnswerers = ["company_contact"] as const satisfies RouteAccess;

/**
 * Which wishes of the municipality a caller may see: a young person their own (none without a
 * youth record), a company contact the open wishes of young people who currently consent to be
 * seen by companies, staff every wish.
 */
export type WishReach =
  | { kind: "own"; youthId: string | undefined }
  | { kind: "network" }
  | { kind: "everything" };

export function wishReachOf(user: CurrentUser, ownYouthId: string | undefined): WishReach {
  if (user.role === "youth") return { kind: "own", youthId: ownYouthId };
  if (user.role === "company_contact") return { kind: "network" };
  return { kind: "everything" };
}

/** A wish can be changed, withdrawn or answered only while it is open. */
export function wishIsOpen(status: WishStatus): boolean {
  return status === "open";
}

/** Companies see the wish and an opaque id, never when it was last edited or anything of the person. */
export function seesWishHistory(user: CurrentUser): boolean {
  return user.role !== "company_contact";
}
