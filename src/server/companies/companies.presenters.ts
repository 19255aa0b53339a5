import type { CompanyRow } from "./companies.repository.js";
import type { CompanyContactOutput, CompanyOutput } from "./companies.schemas.js";
import type { CompanyContactRow } from "./company-contacts.repository.js";

/**
 * A company as managers of its municipality and its own contacts see it. Both see the whole
 * profile: nothing in it is confidential to the company (DOMAIN.md, issue 3). Other roles have no
 * route to companies yet; when youth browse companies they get a presenter of their own.
 */
export function presentCompany(row: CompanyRow): CompanyOutput {
  return {
    id: row.id,
    cvr: row.cvr,
    pNumbers: row.pNumbers,
    name: row.name,
    industry: row.industry,
    address: row.address,
    postalCode: row.postalCode,
    employeeCount: row.employeeCount,
    description: row.description,
    offers: row.offers,
    coordinator:
      row.coordinatorId && row.coordinatorDisplayName
        ? { id: row.coordinatorId, displayName: row.coordinatorDisplayName }
        : null,
    networkMemberSince: row.networkMemberSince,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A contact person as managers and fellow contacts of the company see them; never the password hash. */
export function presentCompanyContact(row: CompanyContactRow): CompanyContactOutput {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    jobTitle: row.jobTitle,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}
