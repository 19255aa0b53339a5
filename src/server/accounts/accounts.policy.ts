import { crossMunicipalityRoles, type Role } from "../db/schema.js";
import type { RouteAccess } from "../platform/access.js";
import type { CurrentUser } from "../platform/sessions.js";

/** Who may read the user directory: admins, each within their reach (see tenantScopeOf). */
export const userAdministrators = ["municipality_admin", "system_admin"] as const satisfies RouteAccess;

/** The roles a user may invite. A municipality admin builds the municipality's own team; a system admin anyone. */
export function invitableRoles(actor: CurrentUser): readonly Role[] {
  if (actor.role === "system_admin")
    return ["youth", "company_contact", "staff", "municipality_admin", "researcher", "system_admin"];
  if (actor.role === "municipality_admin") return ["staff", "municipality_admin"];
  return [];
}

export function belongsToMunicipality(role: Role): boolean {
  return !crossMunicipalityRoles.includes(role);
}

/** A system admin's account must not be disabled by itself, or no one may be left to operate the installation. */
export function mayDisable(actor: CurrentUser, targetId: string): boolean {
  return actor.id !== targetId;
}
