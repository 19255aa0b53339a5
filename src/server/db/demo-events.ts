import { and, eq, inArray, sql } from "drizzle-orm";
import {
  matchmakingCompanyRankings,
  matchmakingEventOpenings,
  matchmakingEvents,
  matchmakingEventYouth,
  matchmakingYouthRankings,
} from "../events/events.tables.js";
import { openings } from "../openings/openings.tables.js";
import { hasCurrentConsent } from "../youth/consents.repository.js";
import { youth } from "../youth/youth.tables.js";
import type { Executor } from "./database.js";
import type { DemoCompany, DemoYouth } from "./demo-matchmaking.js";

const DAY = 24 * 60 * 60 * 1000;

/** The companies whose openings take part, in this order, as many as have a free seat (up to six). */
const TAKING_PART = [
  "Fjordens Dyrepension",
  "Bageriet på Algade",
  "Roskilde Byggemarked",
  "Lager & Logistik Tune",
  "Gartneriet Svogerslev",
  "Café Domkirken",
  "Hotel Fjordudsigt",
  "Sportshallen Roskilde",
];
const OPENINGS = 6;
const YOUNG_PEOPLE = 12;

/** A time `days` from `now` at a given hour (UTC). */
function at(now: Date, days: number, hourUtc: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
}

/**
 * A matchmaking event in the Roskilde demo, ready for staff to run: twelve young people (among them
 * ung@roskilde.demo) met six openings (one of them at virksomhed@roskilde.demo's company) nine days
 * ago, both sides have ranked, and the ranking window closed yesterday. So staff can run the
 * assignment, review the proposal and publish it straight away. Dates count from `now`.
 */
export async function insertDemoEvents(
  tx: Executor,
  demo: {
    municipalityId: string;
    /** The staff member who set the event up. */
    staffId: string;
    youth: DemoYouth[];
    companies: DemoCompany[];
    now: Date;
  },
): Promise<void> {
  const { municipalityId, now } = demo;
  const youthIds = await consentingYouth(
    tx,
    demo.youth.map((young) => young.id),
  );
  const takingPart = youthIds.slice(0, YOUNG_PEOPLE);
  const seats = await openingsWithFreeSeats(tx, demo.companies);
  if (takingPart.length < YOUNG_PEOPLE || seats.length < OPENINGS || takingPart[0] !== demo.youth[0]?.id) {
    throw new Error("the demo network lacks what the matchmaking event demo builds on");
  }

  const [event] = await tx
    .insert(matchmakingEvents)
    .values({
      municipalityId,
      title: "Matchmaking-dag på Roskilde Kongrescenter",
      eventDate: at(now, -9, 12).toISOString().slice(0, 10),
      place: "Roskilde Kongrescenter, Møllehusvej 15, 4000 Roskilde",
      rankingOpensAt: at(now, -9, 15),
      rankingClosesAt: at(now, -1, 21),
      status: "ranking",
      createdByUserId: demo.staffId,
      createdAt: at(now, -30, 9),
      updatedAt: at(now, -30, 9),
    })
    .returning({ id: matchmakingEvents.id });
  if (!event) throw new Error("demo event missing");
  const eventId = event.id;
  await tx
    .insert(matchmakingEventYouth)
    .values(takingPart.map((youthId) => ({ eventId, youthId, municipalityId })));
  await tx.insert(matchmakingEventOpenings).values(
    seats.map((opening) => ({
      eventId,
      openingId: opening.id,
      municipalityId,
      capacity: opening.capacity,
    })),
  );

  // Each young person ranks three or four openings, the demo young person the dogs and cats first;
  // each opening welcomes all but the last of those who chose it, in an order of its own.
  const chosenBy = new Map<string, number[]>();
  for (const [index, youthId] of takingPart.entries()) {
    const offsets = index % 2 === 0 ? [0, 1, 3, 4] : [0, 1, 3];
    const list = offsets.map((offset) => seats[(index * 5 + offset) % OPENINGS]?.id ?? "");
    await tx
      .insert(matchmakingYouthRankings)
      .values(
        list.map((openingId, rank) => ({ eventId, youthId, openingId, municipalityId, rank: rank + 1 })),
      );
    for (const openingId of list) chosenBy.set(openingId, [...(chosenBy.get(openingId) ?? []), index]);
  }
  for (const [position, opening] of seats.entries()) {
    const preferred = [...(chosenBy.get(opening.id) ?? [])].sort(
      (a, b) => ((a * 7 + position * 5) % YOUNG_PEOPLE) - ((b * 7 + position * 5) % YOUNG_PEOPLE),
    );
    const welcomed = preferred.length > 2 ? preferred.slice(0, -1) : preferred;
    if (welcomed.length === 0) continue;
    await tx.insert(matchmakingCompanyRankings).values(
      welcomed.map((index, rank) => ({
        eventId,
        openingId: opening.id,
        youthId: takingPart[index] ?? "",
        municipalityId,
        rank: rank + 1,
      })),
    );
  }
}

/** The young people, in the given order, who let the network's companies see them. */
async function consentingYouth(tx: Executor, ids: string[]): Promise<string[]> {
  const rows = await tx
    .select({ id: youth.id })
    .from(youth)
    .where(and(inArray(youth.id, ids), hasCurrentConsent(youth.id, "profile_visible_to_companies")));
  const consenting = new Set(rows.map((row) => row.id));
  return ids.filter((id) => consenting.has(id));
}

/** One open opening with a free seat from each company taking part, bringing its free seats. */
async function openingsWithFreeSeats(tx: Executor, companies: DemoCompany[]) {
  const chosen: { id: string; capacity: number }[] = [];
  for (const name of TAKING_PART) {
    const company = companies.find((candidate) => candidate.name === name);
    if (!company || chosen.length === OPENINGS) continue;
    const candidates = company.openings.map((opening) => opening.id);
    if (candidates.length === 0) continue;
    const rows = await tx
      .select({ id: openings.id, capacity: sql<number>`${openings.seats} - ${openings.seatsTaken}` })
      .from(openings)
      .where(
        and(
          inArray(openings.id, candidates),
          eq(openings.status, "open"),
          sql`${openings.seats} > ${openings.seatsTaken}`,
        ),
      );
    const first = candidates.map((id) => rows.find((row) => row.id === id)).find((row) => row !== undefined);
    if (first) chosen.push(first);
  }
  return chosen;
}
