import type { CurrentUser } from "../platform/sessions.js";
import { type TenantScope, tenantScopeOf } from "../platform/tenant.js";

/** Researchers work across the participating municipalities, so they may see the list of them. */
export function municipalityReachOf(user: CurrentUser): TenantScope {
  if (user.role === "researcher") return { kind: "all" };
  return tenantScopeOf(user);
}
