import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import { findCompanyIdOfContact } from "../companies/company-contacts.repository.js";
import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, fieldProblem, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { type TenantScope, tenantScopeOf } from "../platform/tenant.js";
import { type Coordinates, distanceKm } from "../reference/distance.js";
import { checkPostalCode } from "../reference/postal-codes.js";
import { mayEditOpening, type OpeningStatus, openingStatusChange } from "./opening-status.js";
import { openingReachOf, seesInternalFields } from "./openings.policy.js";
import { presentOpeningToManager, presentOpeningToYouth } from "./openings.presenters.js";
import * as repository from "./openings.repository.js";
import type {
  CreateOpeningInput,
  ListOpeningsQuery,
  OpeningContent,
  OpeningOutput,
  UpdateOpeningInput,
} from "./openings.schemas.js";
import { reasonableShareOf } from "./reasonable-share.js";

export interface OpeningsContext {
  clock: Clock;
}

/**
 * The part of the tenant's openings the caller may see, as repository conditions; null when it is
 * nothing (a company contact whose link to a company is gone).
 */
async function visibilityFor(db: Executor, user: CurrentUser): Promise<repository.OpeningVisibility | null> {
  const reach = openingReachOf(
    user,
    user.role === "company_contact" ? await findCompanyIdOfContact(db, user.id) : undefined,
  );
  if (reach.kind === "open-only") return { onlyStatus: "open" };
  if (reach.kind === "company") return reach.companyId ? { onlyCompanyId: reach.companyId } : null;
  return {};
}

/** Presents rows for the caller's role; company contacts and staff get each company's rimelighedskrav. */
async function presentOpenings(
  db: Executor,
  scope: TenantScope,
  user: CurrentUser,
  rows: repository.OpeningRow[],
  distances?: Map<string, number | null>,
): Promise<OpeningOutput[]> {
  if (!seesInternalFields(user)) return rows.map((row) => presentOpeningToYouth(row, distances?.get(row.id)));
  const openSeats = await repository.openSeatsOfCompanies(db, scope, [
    ...new Set(rows.map((row) => row.companyId)),
  ]);
  return rows.map((row) =>
    presentOpeningToManager(
      row,
      reasonableShareOf(row.companyEmployeeCount, openSeats.get(row.companyId) ?? 0),
      distances?.get(row.id),
    ),
  );
}

async function presentOne(db: Executor, scope: TenantScope, user: CurrentUser, row: repository.OpeningRow) {
  const [presented] = await presentOpenings(db, scope, user, [row]);
  if (!presented) throw new Error("presenting one opening gave none");
  return presented;
}

/** Postal codes within maxKm of the origin, measured between town centres. */
function postalCodesNear(coordinates: Map<string, Coordinates>, originCode: string, maxKm: number): string[] {
  const origin = coordinates.get(originCode);
  if (!origin) return [];
  return [...coordinates].filter(([, point]) => distanceKm(origin, point) <= maxKm).map(([code]) => code);
}

export async function listOpenings(db: Executor, user: CurrentUser, query: ListOpeningsQuery) {
  const { limit, cursor, mine, postalCode, maxKm, ...filters } = query;
  if (maxKm !== undefined && postalCode === undefined) {
    throw fieldProblem("validation", "Invalid request", "postalCode", "Give the postal code to measure from");
  }
  const scope = tenantScopeOf(user);
  const visibility = await visibilityFor(db, user);
  // mine=true asks for one's own company's openings; only a company contact has a company.
  if (!visibility || (mine === true && user.role !== "company_contact"))
    return { items: [], nextCursor: null };

  const coordinates = postalCode ? await repository.allPostalCodeCoordinates(db) : undefined;
  const origin = postalCode ? coordinates?.get(postalCode) : undefined;
  if (postalCode && maxKm !== undefined && !origin) {
    throw fieldProblem(
      "validation",
      "Invalid request",
      "postalCode",
      "No location is known for this postal code",
    );
  }
  const rows = await repository.listOpenings(
    db,
    scope,
    visibility,
    {
      companyId: filters.companyId,
      status: filters.status,
      occupationField: filters.field,
      minHours: filters.minHours,
      maxHours: filters.maxHours,
      workplacePostalCodes:
        coordinates && postalCode && maxKm !== undefined
          ? postalCodesNear(coordinates, postalCode, maxKm)
          : undefined,
    },
    { limit, after: decodeCursor(cursor) },
  );
  const page = toPage(rows, limit);
  const distances = coordinates
    ? new Map(
        page.items.map((row) => {
          const workplace = coordinates.get(row.workplacePostalCode);
          return [row.id, origin && workplace ? distanceKm(origin, workplace) : null];
        }),
      )
    : undefined;
  return {
    items: await presentOpenings(db, scope, user, page.items, distances),
    nextCursor: page.nextCursor,
  };
}

export async function getOpening(db: Executor, user: CurrentUser, id: string) {
  const scope = tenantScopeOf(user);
  const visibility = await visibilityFor(db, user);
  const row = visibility ? await repository.findOpeningById(db, scope, visibility, id) : undefined;
  if (!row) throw notFound("Opening not found");
  return presentOne(db, scope, user, row);
}

/**
 * An unknown postal code is a validation error once postal codes are imported; before that the
 * code is taken on trust, so a fresh installation works before the import.
 */
async function requireKnownPostalCode(db: Executor, code: string, path: string): Promise<void> {
  if ((await checkPostalCode(db, code)) === "unknown") {
    throw fieldProblem("validation", "Invalid request", path, "Unknown postal code");
  }
}

/** The company an opening is posted for: a contact's own company, or for staff the one they name. */
async function companyToPostFor(db: Executor, scope: TenantScope, user: CurrentUser, requested?: string) {
  if (user.role === "company_contact") {
    const own = await findCompanyIdOfContact(db, user.id);
    // The company comes from the contact's link, never the body; naming another one is out of reach.
    if (!own || (requested !== undefined && requested !== own)) throw notFound("Company not found");
    return own;
  }
  if (requested === undefined) {
    throw fieldProblem("validation", "Invalid request", "companyId", "Choose the company the opening is for");
  }
  const company = await repository.findCompany(db, scope, requested);
  if (!company) throw notFound("Company not found");
  return company.id;
}

function openingValues(content: OpeningContent): repository.OpeningValues {
  return {
    title: content.title,
    occupationField: content.occupationField,
    description: content.description,
    tasks: content.tasks ?? null,
    learning: content.learning ?? null,
    qualitiesWanted: content.qualitiesWanted,
    hoursPerWeek: content.hoursPerWeek,
    durationWeeks: content.durationWeeks ?? null,
    seats: content.seats,
    earliestStart: content.earliestStart ?? null,
    workplacePostalCode: content.workplacePostalCode,
    mentorName: content.mentorName ?? null,
    supportOffered: content.supportOffered,
    requiresDrivingLicence: content.requiresDrivingLicence,
    languagesRequired: content.languagesRequired,
  };
}

/** Inserts an open opening for a company already checked to be within the actor's reach. */
export async function insertOpeningFor(
  ctx: OpeningsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  target: { companyId: string; municipalityId: string; wishId: string | null },
  content: OpeningContent,
): Promise<string> {
  await requireKnownPostalCode(tx, content.workplacePostalCode, "workplacePostalCode");
  const id = await repository.insertOpening(tx, {
    ...openingValues(content),
    municipalityId: target.municipalityId,
    companyId: target.companyId,
    wishId: target.wishId,
    createdByUserId: actor.id,
    now: ctx.clock.now(),
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "opening.created",
    actorUserId: actor.id,
    municipalityId: target.municipalityId,
    subjectType: "opening",
    subjectId: id,
  });
  return id;
}

async function reloadForManager(tx: Executor, scope: TenantScope, user: CurrentUser, id: string) {
  const row = await repository.findOpeningById(tx, scope, {}, id);
  if (!row) throw new Error("opening vanished");
  return presentOne(tx, scope, user, row);
}

export async function createOpening(
  ctx: OpeningsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: CreateOpeningInput,
) {
  const scope = tenantScopeOf(actor);
  const { companyId: requested, ...content } = input;
  const companyId = await companyToPostFor(tx, scope, actor, requested);
  const company = await repository.findCompany(tx, scope, companyId);
  if (!company) throw notFound("Company not found");
  const id = await insertOpeningFor(
    ctx,
    tx,
    origin,
    actor,
    { companyId, municipalityId: company.municipalityId, wishId: null },
    content,
  );
  return reloadForManager(tx, scope, actor, id);
}

/** The opening a manager may change, locked for the rest of the transaction. */
async function openingToChange(tx: Executor, scope: TenantScope, actor: CurrentUser, id: string) {
  const visibility = await visibilityFor(tx, actor);
  const row = visibility
    ? await repository.findOpeningById(tx, scope, visibility, id, { forUpdate: true })
    : undefined;
  if (!row) throw notFound("Opening not found");
  return row;
}

export async function updateOpening(
  ctx: OpeningsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  changes: UpdateOpeningInput,
) {
  const scope = tenantScopeOf(actor);
  const row = await openingToChange(tx, scope, actor, id);
  if (!mayEditOpening(row.status)) throw conflict("A closed opening can no longer be changed");
  if (changes.seats !== undefined && changes.seats < row.seatsTaken) {
    // Approved internships hold their seats; fewer seats than that would undo an agreement.
    throw fieldProblem(
      "validation",
      "Invalid request",
      "seats",
      `At least ${row.seatsTaken}: approved internships take that many seats`,
    );
  }
  if (changes.workplacePostalCode !== undefined) {
    await requireKnownPostalCode(tx, changes.workplacePostalCode, "workplacePostalCode");
  }
  await repository.updateOpening(tx, scope, row.id, changes, ctx.clock.now());
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "opening.updated",
    actorUserId: actor.id,
    municipalityId: row.municipalityId,
    subjectType: "opening",
    subjectId: row.id,
  });
  return reloadForManager(tx, scope, actor, row.id);
}

export async function changeOpeningStatus(
  ctx: OpeningsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  status: OpeningStatus,
) {
  const scope = tenantScopeOf(actor);
  const row = await openingToChange(tx, scope, actor, id);
  const change = openingStatusChange(row.status, status);
  if (change.kind === "invalid") {
    throw conflict(`An opening that is ${row.status} cannot become ${status}`, [
      { path: "status", message: `Not possible from ${row.status}` },
    ]);
  }
  if (change.kind === "change") {
    await repository.updateOpening(tx, scope, row.id, { status }, ctx.clock.now());
    await recordAuditEvent(tx, ctx.clock, origin, {
      action: "opening.status_changed",
      actorUserId: actor.id,
      municipalityId: row.municipalityId,
      subjectType: "opening",
      subjectId: row.id,
    });
  }
  return reloadForManager(tx, scope, actor, row.id);
}
