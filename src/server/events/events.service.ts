import { type AuditAction, type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import { isSeekingYoungPerson } from "../matching/interests.policy.js";
import { findSidesOfUser } from "../matching/participants.repository.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { badRequest, conflict, type FieldError, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import {
  type EventReach,
  eventReachOf,
  isBeingPrepared,
  isRankingOpen,
  MAX_YOUTH_CHOICES,
} from "./events.policy.js";
import { presentEvent, presentRankableYouth } from "./events.presenters.js";
import * as repository from "./events.repository.js";
import type {
  CreateEventInput,
  ListEventsQuery,
  MatchmakingEventOutput,
  ParticipantsOutput,
  ReplaceParticipantsInput,
  UpdateEventInput,
} from "./events.schemas.js";

export interface EventsContext {
  clock: Clock;
}

/** The caller's municipality and reach; young people and contacts without a record reach nothing. */
export async function reachOf(
  db: Executor,
  user: CurrentUser,
): Promise<{ scope: repository.MunicipalityScope; reach: EventReach } | undefined> {
  if (!user.municipalityId) return undefined;
  const sides =
    user.role === "youth" || user.role === "company_contact"
      ? await findSidesOfUser(db, user.id)
      : { youthId: undefined, companyId: undefined };
  const reach = eventReachOf(user.role, sides);
  if (reach.kind === "nothing") return undefined;
  return { scope: { municipalityId: user.municipalityId }, reach };
}

const visibilityOf = (reach: Exclude<EventReach, { kind: "nothing" }>): repository.EventVisibility =>
  reach.kind === "youth"
    ? { youthId: reach.youthId }
    : reach.kind === "company"
      ? { companyId: reach.companyId }
      : { everything: true };

export interface EventInReach {
  event: repository.EventRow;
  reach: Exclude<EventReach, { kind: "nothing" }>;
}

/**
 * The event with how the caller reaches it, or 404: another municipality's event, one a young person
 * or company does not take part in, and one that does not exist all look the same.
 */
export async function eventInReach(
  db: Executor,
  user: CurrentUser,
  eventId: string,
  options: { lock?: "share" | "update" } = {},
): Promise<EventInReach> {
  const caller = await reachOf(db, user);
  if (!caller || caller.reach.kind === "nothing") throw notFound("Event not found");
  const { reach } = caller;
  if (reach.kind !== "staff" && !(await repository.isEventVisible(db, eventId, visibilityOf(reach)))) {
    throw notFound("Event not found");
  }
  const event = await repository.findEvent(db, caller.scope, eventId, options);
  if (!event) throw notFound("Event not found");
  return { event, reach };
}

/** The event for staff (the caller's route admits only them), locked as asked. */
export async function eventForStaff(
  db: Executor,
  user: CurrentUser,
  eventId: string,
  options: { lock?: "share" | "update" } = {},
): Promise<repository.EventRow> {
  const { event, reach } = await eventInReach(db, user, eventId, options);
  if (reach.kind !== "staff") throw notFound("Event not found");
  return event;
}

async function presentEvents(
  ctx: EventsContext,
  db: Executor,
  reach: EventInReach["reach"],
  rows: repository.EventRow[],
) {
  const ids = rows.map((row) => row.id);
  const counts = await repository.countParticipants(db, ids);
  const mine =
    reach.kind === "company" ? await repository.companyOpeningsInEvents(db, ids, reach.companyId) : [];
  const now = ctx.clock.now();
  return rows.map((row) =>
    presentEvent(
      row,
      counts.get(row.id),
      reach,
      now,
      mine.filter((opening) => opening.eventId === row.id),
    ),
  );
}

async function presentOneEvent(
  ctx: EventsContext,
  db: Executor,
  reach: EventInReach["reach"],
  row: repository.EventRow,
): Promise<MatchmakingEventOutput> {
  const [presented] = await presentEvents(ctx, db, reach, [row]);
  if (!presented) throw new Error("an event presented as nothing");
  return presented;
}

async function audit(
  ctx: EventsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  action: AuditAction,
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

export async function createEvent(
  ctx: EventsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: CreateEventInput,
) {
  if (!actor.municipalityId) throw notFound("Municipality not found");
  const event = await repository.insertEvent(tx, {
    municipalityId: actor.municipalityId,
    title: input.title,
    eventDate: input.eventDate,
    place: input.place,
    rankingOpensAt: new Date(input.rankingOpensAt),
    rankingClosesAt: new Date(input.rankingClosesAt),
    createdByUserId: actor.id,
    now: ctx.clock.now(),
  });
  await audit(ctx, tx, origin, actor, "matchmaking_event.created", event);
  return presentOneEvent(ctx, tx, { kind: "staff" }, event);
}

export async function listEvents(
  ctx: EventsContext,
  db: Executor,
  user: CurrentUser,
  query: ListEventsQuery,
) {
  const caller = await reachOf(db, user);
  if (!caller || caller.reach.kind === "nothing") return { items: [], nextCursor: null };
  const rows = await repository.listEvents(db, caller.scope, visibilityOf(caller.reach), {
    limit: query.limit,
    after: decodeCursor(query.cursor),
  });
  const page = toPage(rows, query.limit);
  return { items: await presentEvents(ctx, db, caller.reach, page.items), nextCursor: page.nextCursor };
}

export async function getEvent(ctx: EventsContext, db: Executor, user: CurrentUser, eventId: string) {
  const { event, reach } = await eventInReach(db, user, eventId);
  return presentOneEvent(ctx, db, reach, event);
}

/** Staff change the event until they run the assignment; the ranking window must stay in order. */
export async function updateEvent(
  ctx: EventsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  eventId: string,
  input: UpdateEventInput,
) {
  const event = await eventForStaff(tx, actor, eventId, { lock: "update" });
  if (!isBeingPrepared(event)) {
    throw conflict(`The event is ${event.status}; it can no longer be changed`);
  }
  const rankingOpensAt = input.rankingOpensAt ? new Date(input.rankingOpensAt) : event.rankingOpensAt;
  const rankingClosesAt = input.rankingClosesAt ? new Date(input.rankingClosesAt) : event.rankingClosesAt;
  if (rankingClosesAt <= rankingOpensAt) {
    throw badRequest("The ranking window must close after it opens", [
      {
        path: input.rankingClosesAt ? "rankingClosesAt" : "rankingOpensAt",
        message: "The ranking window must close after it opens",
      },
    ]);
  }
  const updated = await repository.updateEvent(
    tx,
    event.id,
    {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.eventDate !== undefined ? { eventDate: input.eventDate } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      rankingOpensAt,
      rankingClosesAt,
    },
    ctx.clock.now(),
  );
  await audit(ctx, tx, origin, actor, "matchmaking_event.updated", updated);
  return presentOneEvent(ctx, tx, { kind: "staff" }, updated);
}

async function presentParticipants(db: Executor, eventId: string): Promise<ParticipantsOutput> {
  // db may be a transaction, one connection: its queries run one after another.
  const youth = await repository.listParticipantYouth(db, eventId);
  const openings = await repository.listParticipantOpenings(db, eventId);
  return {
    youth: youth.map((young) => ({ id: young.id, displayName: young.displayName, ranked: young.ranked })),
    openings: openings.map((opening) => ({
      id: opening.id,
      title: opening.title,
      companyName: opening.companyName,
      capacity: opening.capacity,
      ranked: opening.ranked,
    })),
  };
}

export async function getParticipants(db: Executor, user: CurrentUser, eventId: string) {
  const event = await eventForStaff(db, user, eventId);
  return presentParticipants(db, event.id);
}

/**
 * Replaces who takes part. Newcomers must be able to: a young person of the municipality who is
 * still looking (applicant or active), an open opening of the municipality with a free seat, which
 * brings its free seats. Those already taking part stay as they are, seats included, so saving the
 * list again never changes what it already held.
 */
export async function replaceParticipants(
  ctx: EventsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  eventId: string,
  input: ReplaceParticipantsInput,
) {
  const event = await eventForStaff(tx, actor, eventId, { lock: "update" });
  if (!isBeingPrepared(event)) {
    throw conflict(`The event is ${event.status}; its participants can no longer be changed`);
  }
  const scope = { municipalityId: event.municipalityId };
  const present = await repository.participantIds(tx, event.id);
  const presentYouth = new Set(present.youthIds);
  const presentOpenings = new Set(present.openingIds);
  const newYouthIds = input.youthIds.filter((id) => !presentYouth.has(id));
  const newOpeningIds = input.openingIds.filter((id) => !presentOpenings.has(id));

  const errors: FieldError[] = [];
  const youthFound = new Map(
    (await repository.findYouthOfMunicipality(tx, scope, newYouthIds)).map((young) => [young.id, young]),
  );
  for (const [index, id] of input.youthIds.entries()) {
    if (presentYouth.has(id)) continue;
    const young = youthFound.get(id);
    if (!young)
      errors.push({ path: `youthIds.${index}`, message: "No such young person in the municipality" });
    else if (!isSeekingYoungPerson(young.status)) {
      errors.push({ path: `youthIds.${index}`, message: `The young person is ${young.status}, not looking` });
    }
  }
  const openingsFound = new Map(
    (await repository.findOpeningsOfMunicipality(tx, scope, newOpeningIds)).map((opening) => [
      opening.id,
      opening,
    ]),
  );
  const newOpenings: { id: string; capacity: number }[] = [];
  for (const [index, id] of input.openingIds.entries()) {
    if (presentOpenings.has(id)) continue;
    const opening = openingsFound.get(id);
    const freeSeats = opening ? opening.seats - opening.seatsTaken : 0;
    if (!opening)
      errors.push({ path: `openingIds.${index}`, message: "No such opening in the municipality" });
    else if (opening.status !== "open") {
      errors.push({ path: `openingIds.${index}`, message: `The opening is ${opening.status}, not open` });
    } else if (freeSeats <= 0)
      errors.push({ path: `openingIds.${index}`, message: "The opening has no free seat" });
    else newOpenings.push({ id, capacity: freeSeats });
  }
  if (errors.length > 0) throw badRequest("Some participants cannot take part", errors);

  await repository.replaceParticipants(tx, event, {
    youthIds: input.youthIds,
    openingIds: input.openingIds,
    newOpenings,
  });
  await audit(ctx, tx, origin, actor, "matchmaking_event.participants_changed", event);
  return presentParticipants(tx, event.id);
}

/** The young person behind the caller taking part in the event, or 404. */
async function youthParticipant(db: Executor, user: CurrentUser, eventId: string, lock?: "share") {
  const { event, reach } = await eventInReach(db, user, eventId, lock ? { lock } : {});
  if (reach.kind !== "youth") throw notFound("Event not found");
  return { event, youthId: reach.youthId };
}

async function presentYouthRanking(
  ctx: EventsContext,
  db: Executor,
  event: repository.EventRow,
  youthId: string,
) {
  const openings = await repository.listRankableOpenings(db, event.id);
  const ranking = await repository.findYouthRanking(db, event.id, youthId);
  return {
    openings: openings.map((opening) => ({
      id: opening.id,
      title: opening.title,
      companyName: opening.companyName,
      occupationField: opening.occupationField,
      workplacePostalCode: opening.workplacePostalCode,
      hoursPerWeek: opening.hoursPerWeek,
    })),
    ranking,
    maxChoices: MAX_YOUTH_CHOICES,
    rankingOpen: isRankingOpen(event, ctx.clock.now()),
  };
}

export async function getYouthRanking(ctx: EventsContext, db: Executor, user: CurrentUser, eventId: string) {
  const { event, youthId } = await youthParticipant(db, user, eventId);
  return presentYouthRanking(ctx, db, event, youthId);
}

const windowClosed = () => conflict("Rankings are accepted only while the ranking window is open");

export async function replaceYouthRanking(
  ctx: EventsContext,
  tx: Executor,
  user: CurrentUser,
  eventId: string,
  openingIds: string[],
) {
  const { event, youthId } = await youthParticipant(tx, user, eventId, "share");
  if (!isRankingOpen(event, ctx.clock.now())) throw windowClosed();
  const inEvent = new Set((await repository.participantIds(tx, event.id)).openingIds);
  const errors = openingIds.flatMap((id, index) =>
    inEvent.has(id) ? [] : [{ path: `openingIds.${index}`, message: "Not an opening of this event" }],
  );
  if (errors.length > 0) throw badRequest("Rank only the event's openings", errors);
  await repository.replaceYouthRanking(tx, event, youthId, openingIds);
  return presentYouthRanking(ctx, tx, event, youthId);
}

/**
 * An opening of the event with the caller allowed to rank for it: staff, or a contact of the
 * opening's company. Any other opening, and any other caller, is not there (404).
 */
async function openingOfEvent(
  db: Executor,
  user: CurrentUser,
  eventId: string,
  openingId: string,
  lock?: "share",
) {
  const { event, reach } = await eventInReach(db, user, eventId, lock ? { lock } : {});
  const opening = await repository.findEventOpening(db, event.id, openingId);
  if (!opening) throw notFound("Opening not found in this event");
  if (reach.kind === "staff") return { event, opening };
  if (reach.kind === "company" && reach.companyId === opening.companyId) return { event, opening };
  throw notFound("Opening not found in this event");
}

async function presentOpeningRanking(
  ctx: EventsContext,
  db: Executor,
  event: repository.EventRow,
  opening: { id: string; title: string },
) {
  const youth = await repository.listRankableYouth(db, event.id);
  const ranking = await repository.findOpeningRanking(db, event.id, opening.id);
  // Someone who withdrew consent after being ranked disappears from the list, rank and all.
  const visible = new Set(youth.map((young) => young.id));
  return {
    opening: { id: opening.id, title: opening.title },
    youth: youth.map(presentRankableYouth),
    ranking: ranking.filter((id) => visible.has(id)),
    rankingOpen: isRankingOpen(event, ctx.clock.now()),
  };
}

export async function getOpeningRanking(
  ctx: EventsContext,
  db: Executor,
  user: CurrentUser,
  eventId: string,
  openingId: string,
) {
  const { event, opening } = await openingOfEvent(db, user, eventId, openingId);
  return presentOpeningRanking(ctx, db, event, opening);
}

export async function replaceOpeningRanking(
  ctx: EventsContext,
  tx: Executor,
  user: CurrentUser,
  eventId: string,
  openingId: string,
  youthIds: string[],
) {
  const { event, opening } = await openingOfEvent(tx, user, eventId, openingId, "share");
  if (!isRankingOpen(event, ctx.clock.now())) throw windowClosed();
  const rankable = new Set((await repository.listRankableYouth(tx, event.id)).map((young) => young.id));
  const errors = youthIds.flatMap((id, index) =>
    rankable.has(id)
      ? []
      : [
          {
            path: `youthIds.${index}`,
            message: "Not a young person of this event who lets companies see them",
          },
        ],
  );
  if (errors.length > 0) throw badRequest("Rank only the event's young people", errors);
  await repository.replaceOpeningRanking(tx, event, opening.id, youthIds);
  return presentOpeningRanking(ctx, tx, event, opening);
}
