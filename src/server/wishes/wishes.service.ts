import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import { findCompanyIdOfContact } from "../companies/company-contacts.repository.js";
import type { Executor } from "../db/database.js";
import type { Mailer } from "../mail/mailer.js";
import type { OpeningContent } from "../openings/openings.schemas.js";
import { getOpening, insertOpeningFor, type OpeningsContext } from "../openings/openings.service.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { type TenantScope, tenantScopeOf } from "../platform/tenant.js";
import { checkPostalCode } from "../reference/postal-codes.js";
import * as youthRepository from "../youth/youth.repository.js";
import { seesWishHistory, wishIsOpen, wishReachOf } from "./wishes.policy.js";
import { presentWish, presentWishToCompany } from "./wishes.presenters.js";
import * as repository from "./wishes.repository.js";
import type { CreateWishInput, ListWishesQuery, UpdateWishInput } from "./wishes.schemas.js";

export interface WishesContext extends OpeningsContext {
  mailer: Mailer;
  publicUrl: string;
}

async function visibilityFor(
  db: Executor,
  scope: TenantScope,
  user: CurrentUser,
): Promise<repository.WishVisibility | null> {
  const reach = wishReachOf(
    user,
    user.role === "youth" ? await youthRepository.findYouthIdOfUser(db, scope, user.id) : undefined,
  );
  if (reach.kind === "own") return reach.youthId ? { ownerYouthId: reach.youthId } : null;
  if (reach.kind === "network") return { consentedAndOpen: true };
  return { everything: true };
}

const presenterFor = (user: CurrentUser) => (seesWishHistory(user) ? presentWish : presentWishToCompany);

export async function listWishes(db: Executor, user: CurrentUser, query: ListWishesQuery) {
  const scope = tenantScopeOf(user);
  const visibility = await visibilityFor(db, scope, user);
  if (!visibility) return { items: [], nextCursor: null };
  const rows = await repository.listWishes(
    db,
    scope,
    visibility,
    { status: query.status, occupationField: query.field },
    { limit: query.limit, after: decodeCursor(query.cursor) },
  );
  const page = toPage(rows, query.limit);
  return { items: page.items.map(presenterFor(user)), nextCursor: page.nextCursor };
}

export async function getWish(db: Executor, user: CurrentUser, id: string) {
  const scope = tenantScopeOf(user);
  const visibility = await visibilityFor(db, scope, user);
  const row = visibility ? await repository.findWishById(db, scope, visibility, id) : undefined;
  if (!row) throw notFound("Wish not found");
  return presenterFor(user)(row);
}

async function requireKnownPostalCode(db: Executor, code: string | null | undefined): Promise<void> {
  if (code && (await checkPostalCode(db, code)) === "unknown") {
    throw fieldProblem("validation", "Invalid request", "areaPostalCode", "Unknown postal code");
  }
}

export async function createWish(
  ctx: WishesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: CreateWishInput,
) {
  const scope = tenantScopeOf(actor);
  const youthId = await youthRepository.findYouthIdOfUser(tx, scope, actor.id);
  if (!youthId || scope.kind !== "municipality") {
    throw forbidden("Only a young person enrolled in the programme can post wishes");
  }
  await requireKnownPostalCode(tx, input.areaPostalCode);
  const row = await repository.insertWish(tx, {
    municipalityId: scope.municipalityId,
    youthId,
    occupationField: input.occupationField,
    description: input.description,
    hoursPerWeek: input.hoursPerWeek ?? null,
    areaPostalCode: input.areaPostalCode ?? null,
    now: ctx.clock.now(),
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "wish.created",
    actorUserId: actor.id,
    municipalityId: row.municipalityId,
    subjectType: "wish",
    subjectId: row.id,
  });
  return presentWish(row);
}

/** The young person's own open wish, locked; a wish no longer open cannot change (409). */
async function ownOpenWish(tx: Executor, scope: TenantScope, actor: CurrentUser, id: string) {
  const youthId = await youthRepository.findYouthIdOfUser(tx, scope, actor.id);
  const row = youthId
    ? await repository.findWishById(tx, scope, { ownerYouthId: youthId }, id, { forUpdate: true })
    : undefined;
  if (!row) throw notFound("Wish not found");
  if (!wishIsOpen(row.status)) throw conflict(`The wish is ${row.status} and can no longer change`);
  return row;
}

export async function updateWish(
  ctx: WishesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  changes: UpdateWishInput,
) {
  const scope = tenantScopeOf(actor);
  const row = await ownOpenWish(tx, scope, actor, id);
  await requireKnownPostalCode(tx, changes.areaPostalCode);
  const updated = await repository.updateWish(tx, scope, row.id, changes, ctx.clock.now());
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "wish.updated",
    actorUserId: actor.id,
    municipalityId: row.municipalityId,
    subjectType: "wish",
    subjectId: row.id,
  });
  return presentWish(updated);
}

export async function withdrawWish(
  ctx: WishesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
) {
  const scope = tenantScopeOf(actor);
  const row = await ownOpenWish(tx, scope, actor, id);
  const updated = await repository.updateWish(tx, scope, row.id, { status: "withdrawn" }, ctx.clock.now());
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "wish.withdrawn",
    actorUserId: actor.id,
    municipalityId: row.municipalityId,
    subjectType: "wish",
    subjectId: row.id,
  });
  return presentWish(updated);
}

/**
 * A company answers a wish: it creates an opening for its own company linked to the wish, the wish
 * becomes answered, and the young person is told by email, all in one transaction so that a mail
 * that cannot be sent leaves nothing behind.
 */
export async function answerWish(
  ctx: WishesContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  content: OpeningContent,
) {
  const scope = tenantScopeOf(actor);
  const companyId = await findCompanyIdOfContact(tx, actor.id);
  // Only wishes the company may see can be answered: a young person without consent stays hidden.
  const wish = companyId
    ? await repository.findWishById(tx, scope, { consentedAndOpen: true }, id, { forUpdate: true })
    : undefined;
  if (!companyId || !wish) throw notFound("Wish not found");

  const openingId = await insertOpeningFor(
    ctx,
    tx,
    origin,
    actor,
    { companyId, municipalityId: wish.municipalityId, wishId: wish.id },
    content,
  );
  await repository.updateWish(tx, scope, wish.id, { status: "answered" }, ctx.clock.now());
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "wish.answered",
    actorUserId: actor.id,
    municipalityId: wish.municipalityId,
    subjectType: "wish",
    subjectId: wish.id,
  });
  const opening = await getOpening(tx, actor, openingId);
  await tellYoungPerson(ctx, tx, scope, wish.youthId, opening.company.name, opening.title, openingId);
  return opening;
}

async function tellYoungPerson(
  ctx: WishesContext,
  tx: Executor,
  scope: TenantScope,
  youthId: string,
  companyName: string,
  title: string,
  openingId: string,
) {
  const recipient = await youthRepository.findYouthRecipient(tx, scope, youthId);
  if (!recipient) throw new Error("the young person of a wish has no user");
  const link = `${ctx.publicUrl}/openings/${openingId}`;
  await ctx.mailer.send(tx, {
    to: recipient.email,
    subject: "Dit ønske er besvaret / Your wish has been answered",
    text: `Hej ${recipient.displayName}\n\n${companyName} har svaret på dit ønske med en praktikmulighed: "${title}". Se den her:\n${link}\n\n${companyName} has answered your wish with an internship opening: "${title}". See it here:\n${link}\n`,
    links: [link],
  });
}
