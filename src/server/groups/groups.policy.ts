import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";

/** The municipality's team: they create groups, manage membership and see every group of theirs. */
export const groupStaff = ["staff", "municipality_admin"] as const satisfies RouteAccess;
export const groupReaders = [...groupStaff, "youth"] as const satisfies RouteAccess;

export function isStaffOf(user: CurrentUser, municipalityId: string): boolean {
  return (
    (user.role === "staff" || user.role === "municipality_admin") && user.municipalityId === municipalityId
  );
}

/**
 * Attendance is the facilitators' record of who came; other staff of the municipality can see the
 * group but not take attendance (403, not 404: the group is within their reach). The municipality
 * admin may, to correct a record when a facilitator is away.
 */
export function mayTakeAttendance(
  user: CurrentUser,
  group: { municipalityId: string },
  facilitator: boolean,
): boolean {
  if (user.municipalityId !== group.municipalityId) return false;
  return facilitator || user.role === "municipality_admin";
}
