import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import { findCompanyIdOfContact } from "../companies/company-contacts.repository.js";
import type { Executor } from "../db/database.js";
import type { Mailer } from "../mail/mailer.js";
import { effectivePreferences, notify } from "../notifications/notifications.js";
import { findPreferences } from "../notifications/notifications.repository.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, fieldProblem, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { firstNameOf } from "../youth/profile.js";
import * as youthRepository from "../youth/youth.repository.js";
import { acceptsInterest, interestReachOf, isSeekingYoungPerson, sideOf } from "./interests.policy.js";
import {
  presentInterest,
  presentInterestToCompany,
  presentInterestToStaff,
  presentInterestToYouth,
} from "./interests.presenters.js";
import * as repository from "./interests.repository.js";
import type { CreateInterestInput, ListInterestsQuery } from "./interests.schemas.js";
import * as matchesRepository from "./matches.repository.js";
import { type MatchSide, otherSide, recipientsOn } from "./participants.js";

export interface MatchmakingContext {
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** The pair an interest is about, with what the mails need to say. */
interface Pair {
  municipalityId: string;
  youthId: string;
  youthFirstName: string;
  opening: repository.OpeningForInterest;
}

/** A young person marks interest as themselves, in an open opening, while companies may see them. */
async function pairForYoungPerson(
  tx: Executor,
  actor: CurrentUser,
  municipalityId: string,
  input: CreateInterestInput,
) {
  const youthId = await youthRepository.findYouthIdOfUser(
    tx,
    { kind: "municipality", municipalityId },
    actor.id,
  );
  if (!youthId) throw forbidden("Only a young person enrolled in the programme can mark interest");
  if (input.youthId !== undefined && input.youthId !== youthId) {
    throw fieldProblem(
      "validation",
      "Invalid request",
      "youthId",
      "Leave youthId out: you mark interest as yourself",
    );
  }
  const opening = await repository.findOpeningForInterest(tx, municipalityId, input.openingId);
  // A young person sees open openings only; any other is not there for them.
  if (!opening || !acceptsInterest(opening.status)) throw notFound("Opening not found");
  const young = await repository.findYouthForInterest(tx, municipalityId, youthId);
  if (!young) throw forbidden("Only a young person enrolled in the programme can mark interest");
  if (!young.visibleToCompanies) {
    throw conflict(
      "Showing interest shows your profile to the company: first let companies in the network see your profile (consent profile_visible_to_companies)",
    );
  }
  return { municipalityId, youthId, youthFirstName: firstNameOf(young.displayName), opening };
}

/**
 * A company contact marks interest in a young person for one of their own company's openings, only
 * while the young person lets companies see them and either lets companies contact them or has
 * shown interest in this opening themselves; otherwise the young person is not there for the
 * company (404).
 */
async function pairForCompany(
  tx: Executor,
  actor: CurrentUser,
  municipalityId: string,
  input: CreateInterestInput,
) {
  if (input.youthId === undefined) {
    throw fieldProblem(
      "validation",
      "Invalid request",
      "youthId",
      "Name the young person you are interested in",
    );
  }
  const companyId = await findCompanyIdOfContact(tx, actor.id);
  const opening = await repository.findOpeningForInterest(tx, municipalityId, input.openingId);
  if (!companyId || !opening || opening.companyId !== companyId) throw notFound("Opening not found");
  const young = await repository.findYouthForInterest(tx, municipalityId, input.youthId);
  if (!young?.visibleToCompanies || !isSeekingYoungPerson(young.status)) {
    throw notFound("Young person not found");
  }
  // Reaching out first needs the consent to be contacted; answering the young person's own interest
  // in this opening does not: that interest is their invitation.
  if (
    !young.contactableByCompanies &&
    !(await repository.findLiveInterest(tx, opening.id, young.id, "youth"))
  ) {
    throw notFound("Young person not found");
  }
  if (!acceptsInterest(opening.status)) {
    throw conflict(`The opening is ${opening.status}; open it again to mark interest`);
  }
  return { municipalityId, youthId: young.id, youthFirstName: firstNameOf(young.displayName), opening };
}

/**
 * Marks interest from the caller's side. Under the pair's advisory lock it checks the match and the
 * other side's interest, so when both sides click at once the second request sees the first and
 * creates the one match (matches_pair_unique guards it as well). A pair whose match was ended cannot
 * match again (409).
 */
export async function markInterest(
  ctx: MatchmakingContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: CreateInterestInput,
) {
  const side = sideOf(actor);
  const scope = tenantScopeOf(actor);
  if (!side || scope.kind !== "municipality")
    throw forbidden("Only a young person or a company contact can mark interest");
  const pair: Pair =
    side === "youth"
      ? await pairForYoungPerson(tx, actor, scope.municipalityId, input)
      : await pairForCompany(tx, actor, scope.municipalityId, input);
  const { opening, youthId } = pair;

  await repository.lockPair(tx, opening.id, youthId);
  const existingMatch = await matchesRepository.findMatchOfPair(tx, opening.id, youthId);
  if (existingMatch?.status === "ended") {
    throw conflict("This match was ended; the same young person and opening cannot match again");
  }
  if (existingMatch) throw conflict("There is already a match for this young person and opening");
  if (await repository.findLiveInterest(tx, opening.id, youthId, side)) {
    throw conflict("Interest has already been marked");
  }

  const now = ctx.clock.now();
  const interest = await repository.insertInterest(tx, {
    municipalityId: pair.municipalityId,
    openingId: opening.id,
    youthId,
    side,
    message: input.message ? input.message : null,
    createdByUserId: actor.id,
    createdAt: now,
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "interest.created",
    actorUserId: actor.id,
    municipalityId: pair.municipalityId,
    subjectType: "interest",
    subjectId: interest.id,
  });

  const answered = await repository.findLiveInterest(tx, opening.id, youthId, otherSide(side));
  const matchId = answered
    ? await matchesRepository.insertMatchOnce(tx, {
        municipalityId: pair.municipalityId,
        openingId: opening.id,
        youthId,
        companyId: opening.companyId,
        now,
      })
    : undefined;
  if (matchId) {
    await recordAuditEvent(tx, ctx.clock, origin, {
      action: "match.created",
      actorUserId: actor.id,
      municipalityId: pair.municipalityId,
      subjectType: "match",
      subjectId: matchId,
    });
    await announceMatch(ctx, tx, pair, matchId);
  } else {
    await announceInterest(ctx, tx, pair, side);
  }
  return { interest: presentInterest(interest), match: matchId ? { id: matchId } : null };
}

/** Tells the other side of a new one-sided interest, in words fit for them. */
async function announceInterest(ctx: MatchmakingContext, tx: Executor, pair: Pair, from: MatchSide) {
  const { opening } = pair;
  const parties = { youthId: pair.youthId, companyId: opening.companyId };
  if (from === "youth") {
    const link = `${ctx.publicUrl}/company/openings/${opening.id}/recommendations`;
    await notify(ctx, tx, "interest", await recipientsOn(tx, parties, "company"), (recipient) => ({
      subject: "Ny interesse for jeres praktik / New interest in your internship",
      text: `Hej ${recipient.displayName}\n\n${pair.youthFirstName}, en ung i netværket, er interesseret i praktikken "${opening.title}". Se det her:\n${link}\n\n${pair.youthFirstName}, a young person in the network, is interested in the internship "${opening.title}". See it here:\n${link}\n`,
      links: [link],
    }));
    return;
  }
  // Anonymous on purpose: the young person never learns which company, so a company cannot push.
  const link = `${ctx.publicUrl}/home`;
  const settings = `${ctx.publicUrl}/account`;
  await notify(ctx, tx, "interest", await recipientsOn(tx, parties, "youth"), (recipient) => ({
    subject: "En virksomhed er interesseret i dig / A company is interested in you",
    text: `Hej ${recipient.displayName}\n\nEn virksomhed i netværket er interesseret i dig. Se dine anbefalinger – måske er der en praktik, du har lyst til at vise interesse for:\n${link}\n\nDu får denne mail, fordi du har valgt det. Du kan slå den fra under Konto:\n${settings}\n\nA company in the network is interested in you. Look at your recommendations – perhaps there is an internship you would like to show interest in:\n${link}\n\nYou get this email because you chose to. You can switch it off under Account:\n${settings}\n`,
    links: [link, settings],
  }));
}

/** Tells both sides of a new match, each naming the other as they may see them. */
async function announceMatch(ctx: MatchmakingContext, tx: Executor, pair: Pair, matchId: string) {
  const { opening } = pair;
  const parties = { youthId: pair.youthId, companyId: opening.companyId };
  const link = `${ctx.publicUrl}/matches/${matchId}`;
  await notify(ctx, tx, "match", await recipientsOn(tx, parties, "youth"), (recipient) => ({
    subject: "I har et match / You have a match",
    text: `Hej ${recipient.displayName}\n\nDu og ${opening.companyName} er begge interesserede i praktikken "${opening.title}". Nu kan I skrive sammen og aftale et møde:\n${link}\n\nYou and ${opening.companyName} are both interested in the internship "${opening.title}". Now you can write to each other and agree on a meeting:\n${link}\n`,
    links: [link],
  }));
  await notify(ctx, tx, "match", await recipientsOn(tx, parties, "company"), (recipient) => ({
    subject: "I har et match / You have a match",
    text: `Hej ${recipient.displayName}\n\nI og ${pair.youthFirstName} er begge interesserede i praktikken "${opening.title}". Nu kan I skrive sammen og aftale et møde:\n${link}\n\nYou and ${pair.youthFirstName} are both interested in the internship "${opening.title}". Now you can write to each other and agree on a meeting:\n${link}\n`,
    links: [link],
  }));
}

/** The caller's own side's interest, as repository owner condition; undefined when they have none. */
async function ownerOf(tx: Executor, actor: CurrentUser): Promise<repository.InterestOwner | undefined> {
  const scope = tenantScopeOf(actor);
  if (actor.role === "youth") {
    const youthId = await youthRepository.findYouthIdOfUser(tx, scope, actor.id);
    return youthId ? { side: "youth", youthId } : undefined;
  }
  if (actor.role === "company_contact") {
    const companyId = await findCompanyIdOfContact(tx, actor.id);
    return companyId ? { side: "company", companyId } : undefined;
  }
  return undefined;
}

/** Withdraws one's own side's live interest; once there is a match it stays (409). */
export async function withdrawInterest(
  ctx: MatchmakingContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
) {
  const scope = tenantScopeOf(actor);
  const owner = await ownerOf(tx, actor);
  const found = owner ? await repository.findOwnInterest(tx, scope, owner, id) : undefined;
  if (!owner || !found) throw notFound("Interest not found");
  // The same lock as marking interest, so a withdrawal and the other side's click cannot cross.
  await repository.lockPair(tx, found.openingId, found.youthId);
  const row = await repository.findOwnInterest(tx, scope, owner, id, { forUpdate: true });
  if (!row) throw notFound("Interest not found");
  if (row.withdrawnAt) throw conflict("The interest has already been withdrawn");
  if (await matchesRepository.findMatchOfPair(tx, row.openingId, row.youthId)) {
    throw conflict("The interest became a match and can no longer be withdrawn; end the match instead");
  }
  const withdrawn = await repository.markWithdrawn(tx, row.id, ctx.clock.now());
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "interest.withdrawn",
    actorUserId: actor.id,
    municipalityId: row.municipalityId,
    subjectType: "interest",
    subjectId: row.id,
  });
  return presentInterest(withdrawn);
}

export async function listInterests(
  ctx: { clock: Clock },
  db: Executor,
  user: CurrentUser,
  query: ListInterestsQuery,
) {
  const scope = tenantScopeOf(user);
  const reach = interestReachOf(user, {
    youthId: user.role === "youth" ? await youthRepository.findYouthIdOfUser(db, scope, user.id) : undefined,
    companyId: user.role === "company_contact" ? await findCompanyIdOfContact(db, user.id) : undefined,
  });
  if (reach.kind === "nothing") return { items: [], nextCursor: null };
  const visibility: repository.InterestVisibility =
    reach.kind === "own"
      ? { youthId: reach.youthId }
      : reach.kind === "company"
        ? { companyId: reach.companyId }
        : { everything: true };
  const rows = await repository.listInterests(
    db,
    scope,
    visibility,
    { openingId: query.openingId, side: query.side },
    { limit: query.limit, before: decodeCursor(query.cursor) },
  );
  const page = toPage(rows, query.limit);
  const today = ctx.clock.now();
  const present =
    reach.kind === "own"
      ? presentInterestToYouth
      : reach.kind === "company"
        ? (row: repository.InterestListRow) => presentInterestToCompany(row, today)
        : presentInterestToStaff;
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

/**
 * "A company is interested in you", as a count of companies, only for a young person who chose to
 * hear of it (notification preference "interest", off by default for young people).
 */
export async function incomingInterest(db: Executor, user: CurrentUser) {
  const [stored] = await findPreferences(db, [user.id]);
  if (!effectivePreferences(user.role, stored).interest) return { visible: false, count: null };
  const youthId = await youthRepository.findYouthIdOfUser(db, tenantScopeOf(user), user.id);
  return { visible: true, count: youthId ? await repository.countInterestedCompanies(db, youthId) : 0 };
}
