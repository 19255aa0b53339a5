import * as accounts from "../accounts/accounts.repository.js";
import { issueInvitationLink } from "../accounts/accounts.service.js";
import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Mailer } from "../mail/mailer.js";
import type { Clock } from "../platform/clock.js";
import { badRequest, conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { checkPostalCode, checkPostalCodes } from "../reference/postal-codes.js";
import { forbiddenCompanyChanges, mayReachCompany, municipalityScopeOf } from "./companies.policy.js";
import type { CompanyValues, MunicipalityScope } from "./companies.repository.js";
import * as repository from "./companies.repository.js";
import type {
  CreateCompanyInput,
  ImportPreview,
  ImportRowError,
  UpdateCompanyInput,
} from "./companies.schemas.js";
import * as contacts from "./company-contacts.repository.js";
import {
  checkAgainstMunicipality,
  checkImportFile,
  type ResolvedCandidate,
  sortImportErrors,
} from "./company-import.js";

export interface CompaniesContext {
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

const duplicateCvr = () =>
  conflict("A company with this CVR number exists in the municipality", [
    { path: "cvr", message: "A company with this CVR number exists in the municipality" },
  ]);

/** Today in Denmark, where the network is; a UTC date would be yesterday's until 01:00 or 02:00. */
const danishDate = (now: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(now);

/** A company the user may see; 404 both when it is absent and when it is out of reach. */
export async function findReachableCompany(db: Executor, actor: CurrentUser, companyId: string) {
  const company = await repository.findCompanyById(db, municipalityScopeOf(actor), companyId);
  const contactCompanyId =
    actor.role === "company_contact" ? await contacts.findCompanyIdOfContact(db, actor.id) : undefined;
  if (!company || !mayReachCompany(actor, company.id, contactCompanyId)) throw notFound("Company not found");
  return company;
}

async function requireCoordinator(tx: Executor, scope: MunicipalityScope, userId: string) {
  const user = await accounts.findUserById(tx, scope, userId);
  if (user?.role !== "staff" || user.status === "disabled") {
    throw fieldProblem(
      "validation",
      "Invalid request",
      "coordinatorId",
      "The coordinator must be a staff member of the municipality",
    );
  }
}

/** An unknown postal code is an error once the reference table is filled; until then any 4 digits do. */
async function requireKnownPostalCode(tx: Executor, code: string) {
  if ((await checkPostalCode(tx, code)) === "unknown")
    throw fieldProblem("validation", "Invalid request", "postalCode", "Unknown postal code");
}

/** Runs a write that may meet a concurrent one with the same CVR; the unique index has the last word. */
async function guardingCvr<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (repository.isDuplicateCvrError(error)) throw duplicateCvr();
    throw error;
  }
}

async function reread(tx: Executor, scope: MunicipalityScope, id: string) {
  const company = await repository.findCompanyById(tx, scope, id);
  if (!company) throw new Error("company vanished within its transaction");
  return company;
}

export async function createCompany(
  ctx: CompaniesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: CreateCompanyInput,
) {
  const scope = municipalityScopeOf(actor);
  if (input.coordinatorId) await requireCoordinator(tx, scope, input.coordinatorId);
  if (input.postalCode) await requireKnownPostalCode(tx, input.postalCode);
  if (await repository.cvrTaken(tx, scope, input.cvr)) throw duplicateCvr();
  const now = ctx.clock.now();
  const values: CompanyValues = {
    cvr: input.cvr,
    pNumbers: input.pNumbers,
    name: input.name,
    industry: input.industry ?? null,
    address: input.address ?? null,
    postalCode: input.postalCode ?? null,
    employeeCount: input.employeeCount ?? null,
    description: input.description ?? null,
    offers: input.offers ?? null,
    coordinatorUserId: input.coordinatorId ?? null,
    // Joining the network is what creating the company records, unless staff say otherwise.
    networkMemberSince: input.networkMemberSince === undefined ? danishDate(now) : input.networkMemberSince,
  };
  const id = await guardingCvr(() => repository.insertCompany(tx, scope, values, now));
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "company.created",
    actorUserId: actor.id,
    municipalityId: scope.municipalityId,
    subjectType: "company",
    subjectId: id,
  });
  return reread(tx, scope, id);
}

/** The columns a change touches; fields left out of the request stay as they are. */
function changedValues(input: UpdateCompanyInput): Partial<CompanyValues> {
  const changes: Partial<CompanyValues> = {};
  if (input.cvr !== undefined) changes.cvr = input.cvr;
  if (input.pNumbers !== undefined) changes.pNumbers = input.pNumbers;
  if (input.name !== undefined) changes.name = input.name;
  if (input.industry !== undefined) changes.industry = input.industry;
  if (input.address !== undefined) changes.address = input.address;
  if (input.postalCode !== undefined) changes.postalCode = input.postalCode;
  if (input.employeeCount !== undefined) changes.employeeCount = input.employeeCount;
  if (input.description !== undefined) changes.description = input.description;
  if (input.offers !== undefined) changes.offers = input.offers;
  if (input.coordinatorId !== undefined) changes.coordinatorUserId = input.coordinatorId;
  if (input.networkMemberSince !== undefined) changes.networkMemberSince = input.networkMemberSince;
  return changes;
}

export async function updateCompany(
  ctx: CompaniesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  companyId: string,
  input: UpdateCompanyInput,
) {
  const scope = municipalityScopeOf(actor);
  const company = await findReachableCompany(tx, actor, companyId);
  const refused = forbiddenCompanyChanges(actor, input, company);
  if (refused.length > 0) throw forbidden(`Only staff may change ${refused.join(", ")}`);
  if (input.coordinatorId) await requireCoordinator(tx, scope, input.coordinatorId);
  if (input.postalCode) await requireKnownPostalCode(tx, input.postalCode);
  if (input.cvr !== undefined && (await repository.cvrTaken(tx, scope, input.cvr, company.id)))
    throw duplicateCvr();
  const changes = changedValues(input);
  if (Object.keys(changes).length === 0) return company;
  await guardingCvr(() => repository.updateCompany(tx, scope, company.id, changes, ctx.clock.now()));
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "company.updated",
    actorUserId: actor.id,
    municipalityId: scope.municipalityId,
    subjectType: "company",
    subjectId: company.id,
  });
  return reread(tx, scope, company.id);
}

export async function listContacts(db: Executor, actor: CurrentUser, companyId: string) {
  const company = await findReachableCompany(db, actor, companyId);
  return contacts.listContactsOfCompany(db, municipalityScopeOf(actor), company.id);
}

/** Creates an invited company contact linked to the company and mails them a one-time link. */
export async function inviteContact(
  ctx: CompaniesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  companyId: string,
  input: { email: string; displayName: string; jobTitle?: string | undefined },
) {
  const scope = municipalityScopeOf(actor);
  const company = await findReachableCompany(tx, actor, companyId);
  if (await accounts.findUserByEmail(tx, input.email.trim())) {
    throw conflict("A user with this email exists", [
      { path: "email", message: "A user with this email exists" },
    ]);
  }
  const now = ctx.clock.now();
  const userId = await accounts.insertUser(tx, {
    email: input.email.trim(),
    displayName: input.displayName,
    role: "company_contact",
    municipalityId: scope.municipalityId,
    status: "invited",
    passwordHash: null,
    now,
  });
  await contacts.insertCompanyContact(tx, scope, {
    userId,
    companyId: company.id,
    jobTitle: input.jobTitle ?? null,
    now,
  });
  const link = await issueInvitationLink(ctx.clock, tx, ctx.publicUrl, userId);
  await ctx.mailer.send(tx, {
    to: input.email,
    subject: "Invitation til Nextwork / Invitation to Nextwork",
    text: `Hej ${input.displayName}\n\nDu er inviteret til Nextwork som kontaktperson for ${company.name}. Vælg din adgangskode her (linket virker i 7 dage):\n${link}\n\nYou have been invited to Nextwork as a contact person for ${company.name}. Choose your password here (the link works for 7 days):\n${link}\n`,
    links: [link],
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "user.invited",
    actorUserId: actor.id,
    municipalityId: scope.municipalityId,
    subjectType: "user",
    subjectId: userId,
  });
  const invited = (await contacts.listContactsOfCompany(tx, scope, company.id)).find((c) => c.id === userId);
  if (!invited) throw new Error("invited contact vanished within its transaction");
  return invited;
}

interface CheckedImport {
  rowCount: number;
  resolved: ResolvedCandidate[];
  errors: ImportRowError[];
}

/** Every check of an import file: its own rows first, then with three queries against the municipality. */
async function checkImport(db: Executor, scope: MunicipalityScope, csv: string): Promise<CheckedImport> {
  const file = checkImportFile(csv);
  const candidates = file.candidates;
  const emails = [...new Set(candidates.flatMap((c) => (c.coordinatorEmail ? [c.coordinatorEmail] : [])))];
  const postalCodes = [...new Set(candidates.flatMap((c) => (c.postalCode ? [c.postalCode] : [])))];
  // One after the other: inside a transaction the three queries share one connection anyway.
  const existingCvrs = await repository.findExistingCvrs(
    db,
    scope,
    candidates.map((c) => c.cvr),
  );
  const staffIdByEmail = await repository.findStaffIdsByEmail(db, scope, emails);
  const postalChecks = await checkPostalCodes(db, postalCodes);
  const unknownPostalCodes = new Set(postalCodes.filter((code) => postalChecks.get(code) === "unknown"));
  const checked = checkAgainstMunicipality(candidates, { existingCvrs, staffIdByEmail, unknownPostalCodes });
  return {
    rowCount: file.rowCount,
    resolved: checked.resolved,
    errors: sortImportErrors([...file.errors, ...checked.errors]),
  };
}

export async function previewImport(db: Executor, actor: CurrentUser, csv: string): Promise<ImportPreview> {
  const checked = await checkImport(db, municipalityScopeOf(actor), csv);
  return {
    rowCount: checked.rowCount,
    validRowCount: checked.errors.length === 0 ? checked.rowCount : checked.resolved.length,
    errors: checked.errors,
  };
}

/**
 * All or nothing: checks the file again (it may have changed since the preview, or the
 * municipality may have), and inserts every row in the caller's transaction or none.
 */
export async function importCompanies(
  ctx: CompaniesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  csv: string,
): Promise<number> {
  const scope = municipalityScopeOf(actor);
  const checked = await checkImport(tx, scope, csv);
  if (checked.errors.length > 0) {
    throw badRequest(
      `${checked.errors.length} ${checked.errors.length === 1 ? "error" : "errors"} in the file; nothing was imported`,
      checked.errors.map((e) => ({
        path: e.column ? `rows.${e.row}.${e.column}` : `rows.${e.row}`,
        message: e.message,
      })),
    );
  }
  const now = ctx.clock.now();
  const memberSince = danishDate(now);
  const imported = await guardingCvr(() =>
    repository.insertCompanies(
      tx,
      scope,
      checked.resolved.map((row) => ({
        cvr: row.cvr,
        pNumbers: row.pNumbers,
        name: row.name,
        industry: row.industry,
        address: row.address,
        postalCode: row.postalCode,
        employeeCount: row.employeeCount,
        description: row.description,
        offers: row.offers,
        coordinatorUserId: row.coordinatorUserId,
        networkMemberSince: memberSince,
      })),
      now,
    ),
  );
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "company.imported",
    actorUserId: actor.id,
    municipalityId: scope.municipalityId,
  });
  return imported;
}
