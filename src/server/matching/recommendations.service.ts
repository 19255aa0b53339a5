import { findCompanyIdOfContact } from "../companies/company-contacts.repository.js";
import type { Database, Executor } from "../db/database.js";
import * as openingsRepository from "../openings/openings.repository.js";
import { ChangeAwareCache, type ChangeFeed } from "../platform/change-feed.js";
import type { Clock } from "../platform/clock.js";
import { badRequest, fieldProblem, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { presentYouthForCompany } from "../youth/youth.presenters.js";
import * as youthRepository from "../youth/youth.repository.js";
import {
  type CandidateIndex,
  type CandidateIndexStore,
  iscoOfField,
  openingFactsAt,
  type PreparedYouth,
  rankOpeningsForYouth,
  scoreYouthForOpening,
  selectPage,
} from "./candidate-index.js";
import { type Fit, fitOf } from "./fit.js";
import { dismissalNamesYoungPerson, mayReadOpeningRecommendations } from "./recommendations.policy.js";
import { presentOpeningRecommendation, presentYouthRecommendation } from "./recommendations.presenters.js";
import * as repository from "./recommendations.repository.js";
import type {
  DismissalInput,
  OpeningRecommendation,
  OpeningRecommendationsQuery,
  YouthRecommendation,
  YouthRecommendationsQuery,
} from "./recommendations.schemas.js";

export interface RecommendationsContext {
  db: Database;
  clock: Clock;
  /** The candidate indexes of this app (app.ts), one per municipality. */
  candidates: CandidateIndexStore;
  ownYouthStates: OwnYouthStateCache;
}

interface OwnYouthState {
  userId: string;
  municipalityId: string;
  state: repository.YouthRequestState;
}
type OwnYouthStateCache = ChangeAwareCache<OwnYouthState>;

/**
 * A young person's own recommendations are the hottest route (issue 4 sets its speed): the index
 * version with their dismissals, interests and matches is kept in memory, and dropped when the
 * change feed says any of them changed (decision 0010).
 */
export function createOwnYouthStateCache(feed: ChangeFeed): OwnYouthStateCache {
  return new ChangeAwareCache<OwnYouthState>(feed, 50_000, (topic, key, cache) => {
    if (topic === "matching_index") cache.deleteWhere((entry) => entry.municipalityId === key);
    else if (topic === "dismissals" || topic === "user") cache.deleteWhere((entry) => entry.userId === key);
    else if (topic === "youth_marks") cache.deleteWhere((entry) => entry.state.youthId === key);
  });
}

interface RankedPage<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

const emptyPage = { items: [], nextCursor: null, total: 0 };

/** Ranked lists page by offset (decision 0008), behind an opaque cursor. */
const MAX_OFFSET = 1_000_000;

function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`, "utf8").toString("base64url");
}

function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset <= MAX_OFFSET)) {
    throw badRequest("Invalid cursor", [{ path: "cursor", message: "Invalid cursor" }]);
  }
  return offset;
}

const nextCursorOf = (offset: number, limit: number, total: number) =>
  offset + limit < total ? encodeOffset(offset + limit) : null;

/** The index of the caller's municipality at the version the request read, or newer. */
function indexOf(ctx: RecommendationsContext, municipalityId: string, version: number) {
  return ctx.candidates.current(municipalityId, version, () =>
    repository.loadCandidateSource(ctx.db, municipalityId),
  );
}

/** Every score the fast scorer gives is fitOf's; fitOf explains the items of the page. */
function explained(fit: Fit, expectedScore: number): Extract<Fit, { excluded: false }> {
  if (fit.excluded || fit.score !== expectedScore) {
    throw new Error(`the candidate index and fitOf disagree (${expectedScore} vs ${JSON.stringify(fit)})`);
  }
  return fit;
}

function rankOpenings(
  index: CandidateIndex,
  youth: PreparedYouth,
  state: repository.YouthRequestState,
  query: OpeningRecommendationsQuery,
  offset: number,
): RankedPage<OpeningRecommendation> {
  const page = rankOpeningsForYouth(
    index,
    youth,
    {
      field: query.field,
      maxDistanceKm: query.maxDistanceKm,
      dismissed: state.dismissedOpeningIds,
      hidden: query.hidden,
    },
    offset,
    query.limit,
  );
  const interested = new Set(state.interestedOpeningIds);
  const items = page.positions.map((i, k) => {
    const opening = index.openings[i];
    if (!opening) throw new Error(`no opening at ${i}`);
    const fit = explained(fitOf(youth.facts, openingFactsAt(index, i), iscoOfField), page.scores[k] ?? -1);
    return presentOpeningRecommendation(opening, fit, {
      mine: interested.has(opening.id),
      matchId: state.matchIdByOpening[opening.id] ?? null,
    });
  });
  return { items, nextCursor: nextCursorOf(offset, query.limit, page.total), total: page.total };
}

/** GET /api/me/recommendations: open openings of the young person's municipality, best first. */
export async function recommendOpeningsToOwnYouth(
  ctx: RecommendationsContext,
  user: CurrentUser,
  query: OpeningRecommendationsQuery,
): Promise<RankedPage<OpeningRecommendation>> {
  const offset = decodeOffset(query.cursor);
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") return emptyPage;
  const { municipalityId } = scope;
  const cached = await ctx.ownYouthStates.read(`${municipalityId}:${user.id}`, async () => {
    const state = await repository.ownYouthRequestState(ctx.db, municipalityId, user.id);
    return state && { userId: user.id, municipalityId, state };
  });
  const state = cached?.state;
  // A young person's user without a youth record has nothing to be recommended from.
  if (!state?.youthId) return emptyPage;
  const index = await indexOf(ctx, scope.municipalityId, state.version);
  const entry = index.youthById.get(state.youthId);
  if (!entry) return emptyPage;
  return rankOpenings(index, entry.full, state, query, offset);
}

/** GET /api/youth/:id/recommendations: staff look at what a young person of theirs is recommended. */
export async function recommendOpeningsToYouth(
  ctx: RecommendationsContext,
  user: CurrentUser,
  youthId: string,
  query: OpeningRecommendationsQuery,
): Promise<RankedPage<OpeningRecommendation>> {
  const offset = decodeOffset(query.cursor);
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") throw notFound("Young person not found");
  const state = await repository.youthRequestState(ctx.db, scope.municipalityId, user.id, youthId);
  if (!state?.youthId) throw notFound("Young person not found");
  const index = await indexOf(ctx, scope.municipalityId, state.version);
  const entry = index.youthById.get(state.youthId);
  if (!entry) throw notFound("Young person not found");
  return rankOpenings(index, entry.full, state, query, offset);
}

/**
 * GET /api/openings/:id/recommendations: young people who consent to be seen and are applicant or
 * active, ranked by the fit of what they show to the network, and shown as the company view.
 */
export async function recommendYouthForOpening(
  ctx: RecommendationsContext,
  user: CurrentUser,
  openingId: string,
  query: YouthRecommendationsQuery,
): Promise<RankedPage<YouthRecommendation>> {
  const offset = decodeOffset(query.cursor);
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") throw notFound("Opening not found");
  const state = await repository.openingRequestState(ctx.db, scope.municipalityId, user.id, openingId);
  if (
    !state?.openingCompanyId ||
    !mayReadOpeningRecommendations(user, state.openingCompanyId, state.contactCompanyId)
  ) {
    throw notFound("Opening not found");
  }
  const index = await indexOf(ctx, scope.municipalityId, state.version);
  const i = index.openingPosition.get(openingId);
  // Paused, filled, closed or without a free seat: fitOf excludes every young person.
  if (i === undefined) return emptyPage;

  const scores = scoreYouthForOpening(index, i, {
    maxDistanceKm: query.maxDistanceKm,
    dismissed: state.dismissedYouthIds,
    hidden: query.hidden,
  });
  const page = selectPage(scores, offset, query.limit);
  const opening = openingFactsAt(index, i);
  const ranked = page.positions.map((y, k) => {
    const entry = index.youth[y];
    if (!entry) throw new Error(`no young person at ${y}`);
    return { entry, fit: explained(fitOf(entry.network.facts, opening, iscoOfField), page.scores[k] ?? -1) };
  });

  const companyInterest = new Set(state.companyInterestYouthIds);
  const youthInterest = new Set(state.youthInterestYouthIds);
  const today = ctx.clock.now();
  const items: YouthRecommendation[] = [];
  for (const { entry, fit } of ranked) {
    // Read as companies may read it: one who withdrew consent since the index was read is left out.
    const row = await youthRepository.findYouthVisibleToCompanies(ctx.db, scope.municipalityId, entry.id);
    if (!row) continue;
    items.push(
      presentYouthRecommendation(presentYouthForCompany(row, today), fit, {
        ours: companyInterest.has(entry.id),
        theirs: youthInterest.has(entry.id),
        matchId: state.matchIdByYouth[entry.id] ?? null,
      }),
    );
  }
  return { items, nextCursor: nextCursorOf(offset, query.limit, page.total), total: page.total };
}

/**
 * The young person x opening pair a "not for me" is about, within the caller's reach (404
 * otherwise): a young person's own pair with an open opening; a company contact's own company's
 * opening with a young person who consents to be seen; staff any pair of their municipality.
 */
async function reachablePair(tx: Executor, user: CurrentUser, input: DismissalInput) {
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") throw notFound("Opening not found");
  const { municipalityId } = scope;

  if (!dismissalNamesYoungPerson(user)) {
    const ownYouthId = await youthRepository.findYouthIdOfUser(tx, scope, user.id);
    if (!ownYouthId || (input.youthId !== undefined && input.youthId !== ownYouthId)) {
      throw notFound("Young person not found");
    }
    const opening = await openingsRepository.findOpeningById(
      tx,
      scope,
      { onlyStatus: "open" },
      input.openingId,
    );
    if (!opening) throw notFound("Opening not found");
    return { municipalityId, openingId: opening.id, youthId: ownYouthId };
  }

  if (input.youthId === undefined) {
    throw fieldProblem("validation", "Invalid request", "youthId", "Name the young person");
  }
  if (user.role === "company_contact") {
    const companyId = await findCompanyIdOfContact(tx, user.id);
    const opening = companyId
      ? await openingsRepository.findOpeningById(tx, scope, { onlyCompanyId: companyId }, input.openingId)
      : undefined;
    if (!opening) throw notFound("Opening not found");
    const young = await youthRepository.findYouthVisibleToCompanies(tx, municipalityId, input.youthId);
    if (!young) throw notFound("Young person not found");
    return { municipalityId, openingId: opening.id, youthId: young.id };
  }
  const opening = await openingsRepository.findOpeningById(tx, scope, {}, input.openingId);
  if (!opening) throw notFound("Opening not found");
  const young = await youthRepository.findYouthById(tx, scope, input.youthId);
  if (!young) throw notFound("Young person not found");
  return { municipalityId, openingId: opening.id, youthId: young.id };
}

/** "Not for me": hides the pair from this user's recommendations. Saying it twice changes nothing. */
export async function dismiss(
  ctx: RecommendationsContext,
  tx: Executor,
  user: CurrentUser,
  input: DismissalInput,
) {
  const pair = await reachablePair(tx, user, input);
  await repository.insertDismissal(tx, { ...pair, userId: user.id, now: ctx.clock.now() });
}

/** Shows the pair again. */
export async function undoDismissal(tx: Executor, user: CurrentUser, input: DismissalInput) {
  const pair = await reachablePair(tx, user, input);
  await repository.deleteDismissal(tx, { userId: user.id, openingId: pair.openingId, youthId: pair.youthId });
}
