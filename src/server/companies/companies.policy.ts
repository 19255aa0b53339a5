import type { RouteAccess } from "../platform/access.js";
import { forbidden } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import type { MunicipalityScope } from "./companies.repository.js";
import type { UpdateCompanyInput } from "./companies.schemas.js";

/** The municipality's NExTWORK team: they create, list, edit and import companies and invite contacts. */
export const companyManagers = ["staff", "municipality_admin"] as const satisfies RouteAccess;

/** Managers, and a company contact for their own company only (checked per company by `mayReachCompany`). */
export const companyReaders = [...companyManagers, "company_contact"] as const satisfies RouteAccess;

/** Fields that record the programme's facts about a company; the company itself does not set them. */
export const managerOnlyCompanyFields = ["coordinatorId", "networkMemberSince"] as const;

/** Every role on these routes belongs to a municipality; the company data is that municipality's. */
export function municipalityScopeOf(user: CurrentUser): MunicipalityScope {
  if (!user.municipalityId) throw forbidden("Companies belong to a municipality; you belong to none");
  return { kind: "municipality", municipalityId: user.municipalityId };
}

const isManager = (user: CurrentUser) => companyManagers.some((role) => role === user.role);

/**
 * Whether the user may see the company at all (after the municipality scope has matched): managers
 * see every company of their municipality, a contact only the company they speak for.
 */
export function mayReachCompany(
  user: CurrentUser,
  companyId: string,
  contactCompanyId: string | undefined,
): boolean {
  if (isManager(user)) return true;
  return user.role === "company_contact" && contactCompanyId === companyId;
}

/**
 * The fields of a change the user may not make: a company contact edits the profile, not the
 * programme fields, and not the CVR number the municipality registered the company under (sending
 * it back unchanged, as a whole form does, is fine).
 */
export function forbiddenCompanyChanges(
  user: CurrentUser,
  changes: UpdateCompanyInput,
  current: { cvr: string },
): string[] {
  if (isManager(user)) return [];
  const refused: string[] = managerOnlyCompanyFields.filter((field) => changes[field] !== undefined);
  if (changes.cvr !== undefined && changes.cvr !== current.cvr) refused.push("cvr");
  return refused;
}
