import type { Database } from "../../src/server/db/database.js";
import {
  matchmakingCompanyRankings,
  matchmakingEventOpenings,
  matchmakingEvents,
  matchmakingEventYouth,
  matchmakingYouthRankings,
} from "../../src/server/db/schema.js";
import type { YouthFixture } from "./domain-factories.js";

/** Factories for matchmaking events: rows inserted directly, as if staff and both sides had clicked. */

export interface EventFixture {
  id: string;
  municipalityId: string;
}

const HOUR = 60 * 60_000;

/**
 * An event of the municipality; by default its ranking window closed an hour before `now`, so the
 * assignment may run. Pass `opensAt`/`closesAt` for another window.
 */
export async function createEvent(
  db: Database,
  options: {
    municipality: { id: string };
    createdBy: { id: string };
    now: Date;
    opensAt?: Date;
    closesAt?: Date;
    title?: string;
    eventDate?: string;
    status?: "planned" | "ranking" | "proposed" | "published";
  },
): Promise<EventFixture> {
  const closesAt = options.closesAt ?? new Date(options.now.getTime() - HOUR);
  const opensAt = options.opensAt ?? new Date(closesAt.getTime() - 48 * HOUR);
  const [row] = await db
    .insert(matchmakingEvents)
    .values({
      municipalityId: options.municipality.id,
      title: options.title ?? "Matchmaking i Roskilde Kongrescenter",
      eventDate: options.eventDate ?? opensAt.toISOString().slice(0, 10),
      place: "Roskilde Kongrescenter",
      rankingOpensAt: opensAt,
      rankingClosesAt: closesAt,
      status: options.status ?? "ranking",
      createdByUserId: options.createdBy.id,
    })
    .returning({ id: matchmakingEvents.id });
  if (!row) throw new Error("no event");
  return { id: row.id, municipalityId: options.municipality.id };
}

export async function addEventYouth(db: Database, event: EventFixture, young: readonly { id: string }[]) {
  if (young.length === 0) return;
  await db
    .insert(matchmakingEventYouth)
    .values(young.map((y) => ({ eventId: event.id, youthId: y.id, municipalityId: event.municipalityId })));
}

export async function addEventOpening(
  db: Database,
  event: EventFixture,
  opening: { id: string },
  capacity = 1,
) {
  await db
    .insert(matchmakingEventOpenings)
    .values({ eventId: event.id, openingId: opening.id, municipalityId: event.municipalityId, capacity });
}

/** The young person's list, best first. */
export async function rankOpenings(
  db: Database,
  event: EventFixture,
  young: YouthFixture | { id: string },
  openings: readonly { id: string }[],
) {
  if (openings.length === 0) return;
  await db.insert(matchmakingYouthRankings).values(
    openings.map((opening, index) => ({
      eventId: event.id,
      youthId: young.id,
      openingId: opening.id,
      municipalityId: event.municipalityId,
      rank: index + 1,
    })),
  );
}

/** The opening's list, best first; those left out are not acceptable to it. */
export async function rankYouth(
  db: Database,
  event: EventFixture,
  opening: { id: string },
  young: readonly { id: string }[],
) {
  if (young.length === 0) return;
  await db.insert(matchmakingCompanyRankings).values(
    young.map((y, index) => ({
      eventId: event.id,
      openingId: opening.id,
      youthId: y.id,
      municipalityId: event.municipalityId,
      rank: index + 1,
    })),
  );
}
