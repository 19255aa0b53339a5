import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Mailer } from "../mail/mailer.js";
import { matchLink } from "../matching/conversations.service.js";
import { lockPair } from "../matching/interests.repository.js";
import * as matchesRepository from "../matching/matches.repository.js";
import { recipientsOn } from "../matching/participants.js";
import { notify } from "../notifications/notifications.js";
import type { Clock } from "../platform/clock.js";
import { conflict, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { firstNameOf } from "../youth/profile.js";
import type { AssignmentRunner } from "./assignment.js";
import * as repository from "./assignment.repository.js";
import { whyAssignmentCannotRun } from "./events.policy.js";
import { presentProposal } from "./events.presenters.js";
import type { EventRow } from "./events.repository.js";
import * as eventsRepository from "./events.repository.js";
import { eventForStaff } from "./events.service.js";

export interface AssignmentContext {
  clock: Clock;
}

export interface PublishContext extends AssignmentContext {
  mailer: Mailer;
  publicUrl: string;
}

async function audit(
  ctx: AssignmentContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  action:
    | "matchmaking_event.assignment_run"
    | "matchmaking_event.pair_left_out"
    | "matchmaking_event.published",
  event: { id: string; municipalityId: string },
) {
  await recordAuditEvent(tx, ctx.clock, origin, {
    action,
    actorUserId: actor.id,
    municipalityId: event.municipalityId,
    subjectType: "matchmaking_event",
    subjectId: event.id,
  });
}

async function presentStoredProposal(ctx: AssignmentContext, db: Executor, event: EventRow) {
  const summary = repository.storedSummarySchema.safeParse(event.proposalSummary);
  if (!event.proposedAt || !summary.success) throw notFound("The assignment has not been run yet");
  const pairs = await repository.listProposalPairs(db, event.id);
  const unassigned = await repository.listUnassigned(db, event.id);
  return presentProposal(event, summary.data, pairs, unassigned, ctx.clock.now());
}

/**
 * Runs the young-person-proposing assignment over the event's rankings and stores it as the
 * proposal, replacing an earlier one (and so any pairs staff had left out). Allowed once the window
 * has closed, again while the proposal is under review, never after publication. The event stays
 * locked throughout, so no ranking or participant changes while it is read.
 */
export async function runAssignment(
  ctx: AssignmentContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  eventId: string,
  runner: AssignmentRunner,
) {
  const event = await eventForStaff(tx, actor, eventId, { lock: "update" });
  const now = ctx.clock.now();
  const refusal = whyAssignmentCannotRun(event, now);
  if (refusal) throw conflict(refusal);

  runner.warmUp(await repository.countEventYouth(tx, event.id));
  const input = await repository.loadAssignmentInput(tx, event.id);
  const outcome = await runner.assign(input.instance);
  const pairs = { youthIds: [] as string[], openingIds: [] as string[], choices: [] as number[] };
  for (let y = 0; y < input.youthIds.length; y++) {
    const opening = outcome.openingOfYouth[y] ?? -1;
    const youthId = input.youthIds[y];
    const openingId = input.openingIds[opening];
    if (opening < 0 || !youthId || !openingId) continue;
    pairs.youthIds.push(youthId);
    pairs.openingIds.push(openingId);
    pairs.choices.push((outcome.choiceOfYouth[y] ?? 0) + 1);
  }
  await repository.saveProposal(
    tx,
    event,
    pairs,
    {
      byChoice: outcome.summary.byChoice,
      assigned: pairs.youthIds.length,
      unassigned: outcome.summary.unassigned,
      freeSeats: outcome.summary.freeSeats,
    },
    now,
  );
  await audit(ctx, tx, origin, actor, "matchmaking_event.assignment_run", event);
  const proposed = await eventsRepository.findEvent(tx, { municipalityId: event.municipalityId }, event.id);
  if (!proposed) throw new Error("the event vanished while its assignment ran");
  return presentStoredProposal(ctx, tx, proposed);
}

export async function getProposal(ctx: AssignmentContext, db: Executor, actor: CurrentUser, eventId: string) {
  return presentStoredProposal(ctx, db, await eventForStaff(db, actor, eventId));
}

/** Staff leave a pair out of publication (and may take it back in) while the proposal is under review. */
export async function leaveOutPair(
  ctx: AssignmentContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  eventId: string,
  youthId: string,
  leftOut: boolean,
) {
  const event = await eventForStaff(tx, actor, eventId, { lock: "update" });
  if (event.status !== "proposed") {
    throw conflict(
      event.status === "published"
        ? "The assignment has been published; its pairs are matches now"
        : "The assignment has not been run yet",
    );
  }
  if (!(await repository.setLeftOut(tx, event.id, youthId, leftOut))) {
    throw notFound("The young person has no pair in the proposal");
  }
  // One action for both directions: the proposal row says which way it went.
  await audit(ctx, tx, origin, actor, "matchmaking_event.pair_left_out", event);
  return presentStoredProposal(ctx, tx, event);
}

/**
 * Publishes the proposal once: every pair staff did not leave out becomes a match, with a
 * conversation, and both sides are told. A pair that already has a match keeps it (a young person
 * and an opening match at most once, ever): an active one is announced as the event's result too;
 * an ended one stays ended, since someone ended it for a reason, and nobody is told again.
 */
export async function publishProposal(
  ctx: PublishContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  eventId: string,
) {
  const event = await eventForStaff(tx, actor, eventId, { lock: "update" });
  if (event.status === "published") throw conflict("The assignment has already been published");
  if (event.status !== "proposed") throw conflict("Run the assignment before publishing it");
  const now = ctx.clock.now();

  for (const pair of await repository.listProposalPairs(tx, event.id)) {
    if (pair.leftOut) continue;
    // The same lock as interest from both sides, so a click at this moment cannot make a second match.
    await lockPair(tx, pair.openingId, pair.youthId);
    const values = {
      municipalityId: event.municipalityId,
      openingId: pair.openingId,
      youthId: pair.youthId,
      companyId: pair.companyId,
      now,
    };
    const created = await matchesRepository.insertMatchOnce(tx, values);
    const existing = created
      ? undefined
      : await matchesRepository.findMatchOfPair(tx, pair.openingId, pair.youthId);
    const matchId = created ?? existing?.id;
    if (!matchId) throw new Error("a match of the pair neither exists nor could be made");
    await repository.setMatchOfPair(tx, event.id, pair.youthId, matchId);
    if (created) {
      await recordAuditEvent(tx, ctx.clock, origin, {
        action: "match.created",
        actorUserId: actor.id,
        municipalityId: event.municipalityId,
        subjectType: "match",
        subjectId: created,
      });
    }
    if (existing?.status === "ended") continue;
    await announcePair(ctx, tx, event, pair, matchId);
  }

  const published = await eventsRepository.updateEvent(
    tx,
    event.id,
    { status: "published", publishedAt: now },
    now,
  );
  await audit(ctx, tx, origin, actor, "matchmaking_event.published", event);
  return presentStoredProposal(ctx, tx, published);
}

/** Tells both sides of a published pair, each naming the other as they may see them. */
async function announcePair(
  ctx: PublishContext,
  tx: Executor,
  event: EventRow,
  pair: repository.ProposalPairRow,
  matchId: string,
) {
  const parties = { youthId: pair.youthId, companyId: pair.companyId };
  const link = matchLink(ctx, matchId);
  await notify(ctx, tx, "match", await recipientsOn(tx, parties, "youth"), (recipient) => ({
    subject: "Du har fået en praktikplads at mødes om / You have been matched",
    text: `Hej ${recipient.displayName}\n\nEfter matchmaking-arrangementet "${event.title}" er du og ${pair.companyName} sat sammen om praktikken "${pair.openingTitle}". Nu kan I skrive sammen og aftale et møde:\n${link}\n\nAfter the matchmaking event "${event.title}", you and ${pair.companyName} have been matched for the internship "${pair.openingTitle}". Now you can write to each other and agree on a meeting:\n${link}\n`,
    links: [link],
  }));
  const youthFirstName = firstNameOf(pair.youthName);
  await notify(ctx, tx, "match", await recipientsOn(tx, parties, "company"), (recipient) => ({
    subject:
      "I har fået et match fra matchmaking-arrangementet / You have a match from the matchmaking event",
    text: `Hej ${recipient.displayName}\n\nEfter matchmaking-arrangementet "${event.title}" er I og ${youthFirstName} sat sammen om praktikken "${pair.openingTitle}". Nu kan I skrive sammen og aftale et møde:\n${link}\n\nAfter the matchmaking event "${event.title}", you and ${youthFirstName} have been matched for the internship "${pair.openingTitle}". Now you can write to each other and agree on a meeting:\n${link}\n`,
    links: [link],
  }));
}
