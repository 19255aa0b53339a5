import type { Database } from "../../src/server/db/database.js";
import {
  groupMeetingAttendance,
  groupMeetings,
  networkGroupFacilitators,
  networkGroupMemberships,
  networkGroups,
} from "../../src/server/db/schema.js";
import type { YouthFixture } from "./domain-factories.js";
import type { UserFixture } from "./factories.js";

/** Factories for network groups: rows inserted directly, as if staff had set them up. */

export interface GroupFixture {
  id: string;
  municipalityId: string;
}

export async function createNetworkGroup(
  db: Database,
  options: {
    municipality: { id: string };
    facilitators: { id: string }[];
    name?: string;
    weekday?: number;
    startTime?: string;
    startsOn?: string;
    status?: "active" | "closed";
  },
): Promise<GroupFixture> {
  const creator = options.facilitators[0];
  if (!creator) throw new Error("a group needs a facilitator");
  const [row] = await db
    .insert(networkGroups)
    .values({
      municipalityId: options.municipality.id,
      name: options.name ?? "Tirsdagsgruppen",
      weekday: options.weekday ?? 2,
      startTime: options.startTime ?? "19:00",
      durationMinutes: 90,
      place: "Ungdommens Hus, Algade 1, 4000 Roskilde",
      startsOn: options.startsOn ?? "2026-09-01",
      status: options.status ?? "active",
      createdByUserId: creator.id,
    })
    .returning({ id: networkGroups.id, municipalityId: networkGroups.municipalityId });
  if (!row) throw new Error("no group");
  await db.insert(networkGroupFacilitators).values(
    options.facilitators.map((user) => ({
      groupId: row.id,
      userId: user.id,
      municipalityId: row.municipalityId,
    })),
  );
  return row;
}

/** A membership from `joinedOn` (default 2026-09-01); open unless `leftOn` is given. */
export async function addGroupMember(
  db: Database,
  group: GroupFixture,
  young: { id: string },
  membership: { joinedOn?: string; leftOn?: string } = {},
) {
  await db.insert(networkGroupMemberships).values({
    municipalityId: group.municipalityId,
    groupId: group.id,
    youthId: young.id,
    joinedOn: membership.joinedOn ?? "2026-09-01",
    leftOn: membership.leftOn ?? null,
  });
}

/** A meeting added by hand (no slot date), at the given instant; a cancelled one has a reason. */
export async function createGroupMeeting(
  db: Database,
  group: GroupFixture,
  startsAt: Date,
  options: { status?: "planned" | "cancelled"; theme?: string } = {},
) {
  const status = options.status ?? "planned";
  const [row] = await db
    .insert(groupMeetings)
    .values({
      municipalityId: group.municipalityId,
      groupId: group.id,
      startsAt,
      durationMinutes: 90,
      place: "Ungdommens Hus",
      theme: options.theme ?? null,
      status,
      cancelReason: status === "cancelled" ? "Sygdom" : null,
    })
    .returning({ id: groupMeetings.id });
  if (!row) throw new Error("no meeting");
  return row;
}

export async function recordAttendance(
  db: Database,
  meeting: { id: string },
  group: GroupFixture,
  young: YouthFixture,
  status: "present" | "absent_with_notice" | "absent",
  recordedBy: UserFixture,
) {
  await db.insert(groupMeetingAttendance).values({
    meetingId: meeting.id,
    youthId: young.id,
    municipalityId: group.municipalityId,
    status,
    recordedByUserId: recordedBy.id,
  });
}
