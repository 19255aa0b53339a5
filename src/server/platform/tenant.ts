import type { CurrentUser } from "./sessions.js";

/**
 * Which municipalities a query may touch. Repositories of tenant-owned data take one of these as a
 * required argument, so no query can forget the tenant; it is derived from the session only.
 */
export type TenantScope = { kind: "municipality"; municipalityId: string } | { kind: "all" };

export function tenantScopeOf(user: CurrentUser): TenantScope {
  if (user.municipalityId) return { kind: "municipality", municipalityId: user.municipalityId };
  return { kind: "all" };
}
