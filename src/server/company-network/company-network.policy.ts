import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";

/**
 * Who may do what in the company network, stated once. Roles gate the route; reach (a meeting of
 * the caller's municipality, and for a company contact one their company is invited to) is checked
 * by the service and answers 404 outside it.
 */

/** The municipality's team plans meetings, records attendance and minutes. */
export const networkStaff = ["staff", "municipality_admin"] as const satisfies RouteAccess;
/** Companies of the network read the meetings they are invited to and answer them. */
export const networkMeetingReaders = [...networkStaff, "company_contact"] as const satisfies RouteAccess;
export const companyContactOnly = ["company_contact"] as const satisfies RouteAccess;
/** Referrals: companies send and receive them, the young person reads their own, staff oversee. */
export const referralReaders = [...networkMeetingReaders, "youth"] as const satisfies RouteAccess;

export function isNetworkStaff(user: CurrentUser): boolean {
  return user.role === "staff" || user.role === "municipality_admin";
}

/** The yearly target of the NExTWORK model: each company takes part in 5-6 network meetings. */
export const ATTENDANCE_TARGET = { min: 5, max: 6 } as const;
