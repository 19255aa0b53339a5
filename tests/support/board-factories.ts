import type { Database } from "../../src/server/db/database.js";
import {
  groupMeetings,
  networkGroupFacilitators,
  networkGroupMemberships,
  networkGroups,
} from "../../src/server/db/schema.js";

/**
 * Minimal network-group rows for the board and reflection tests, inserted straight into the tables
 * so those tests do not depend on how groups are created through the API.
 */

export interface BoardGroupFixture {
  id: string;
  municipalityId: string;
}

export async function createBoardGroup(
  db: Database,
  options: {
    municipality: { id: string };
    createdBy: { id: string };
    name?: string;
    status?: "active" | "closed";
  },
): Promise<BoardGroupFixture> {
  const [row] = await db
    .insert(networkGroups)
    .values({
      municipalityId: options.municipality.id,
      name: options.name ?? "Tirsdagsgruppen",
      weekday: 2,
      startTime: "16:00",
      durationMinutes: 90,
      place: "Ungdomshuset, Roskilde",
      startsOn: "2026-09-01",
      status: options.status ?? "active",
      createdByUserId: options.createdBy.id,
    })
    .returning({ id: networkGroups.id });
  if (!row) throw new Error("no group");
  return { id: row.id, municipalityId: options.municipality.id };
}

export async function addBoardFacilitator(db: Database, group: BoardGroupFixture, user: { id: string }) {
  await db
    .insert(networkGroupFacilitators)
    .values({ groupId: group.id, userId: user.id, municipalityId: group.municipalityId });
}

/** A membership; open unless `leftOn` is given. */
export async function addBoardMember(
  db: Database,
  group: BoardGroupFixture,
  young: { id: string },
  options: { joinedOn?: string; leftOn?: string } = {},
) {
  await db.insert(networkGroupMemberships).values({
    municipalityId: group.municipalityId,
    groupId: group.id,
    youthId: young.id,
    joinedOn: options.joinedOn ?? "2026-09-01",
    leftOn: options.leftOn ?? null,
  });
}

export async function createBoardGroupMeeting(
  db: Database,
  group: BoardGroupFixture,
  options: { startsAt: Date; status?: "planned" | "cancelled"; theme?: string },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(groupMeetings)
    .values({
      municipalityId: group.municipalityId,
      groupId: group.id,
      startsAt: options.startsAt,
      durationMinutes: 90,
      place: "Ungdomshuset, Roskilde",
      theme: options.theme ?? "Hvad er jeg god til?",
      status: options.status ?? "planned",
      cancelReason: options.status === "cancelled" ? "Sygdom" : null,
    })
    .returning({ id: groupMeetings.id });
  if (!row) throw new Error("no meeting");
  return row;
}
