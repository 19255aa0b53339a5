import { and, asc, desc, eq, gt, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import { youth } from "../youth/youth.tables.js";
import {
  type attendanceStatuses,
  groupMeetingAttendance,
  groupMeetingNotices,
  groupMeetings,
  networkGroupFacilitators,
  networkGroupMemberships,
  networkGroups,
} from "./groups.tables.js";

type AttendanceStatus = (typeof attendanceStatuses)[number];

/** Network groups, their meetings, memberships, notices and attendance: the only SQL of the area. */

export type GroupRow = typeof networkGroups.$inferSelect;
export type GroupMeetingRow = typeof groupMeetings.$inferSelect;

export async function findGroup(db: Executor, municipalityId: string | null, id: string) {
  const [row] = await db
    .select()
    .from(networkGroups)
    .where(
      and(
        eq(networkGroups.id, id),
        municipalityId === null ? undefined : eq(networkGroups.municipalityId, municipalityId),
      ),
    )
    .limit(1);
  return row;
}

export async function listGroupsOfMunicipality(db: Executor, municipalityId: string) {
  return db
    .select()
    .from(networkGroups)
    .where(eq(networkGroups.municipalityId, municipalityId))
    .orderBy(asc(networkGroups.status), asc(networkGroups.name));
}

export async function listActiveGroups(db: Executor) {
  return db.select().from(networkGroups).where(eq(networkGroups.status, "active"));
}

export async function insertGroup(db: Executor, values: typeof networkGroups.$inferInsert) {
  const [row] = await db.insert(networkGroups).values(values).returning();
  if (!row) throw new Error("group insert returned nothing");
  return row;
}

export async function updateGroup(
  db: Executor,
  id: string,
  values: Partial<typeof networkGroups.$inferInsert>,
) {
  const [row] = await db.update(networkGroups).set(values).where(eq(networkGroups.id, id)).returning();
  if (!row) throw new Error("group update returned nothing");
  return row;
}

/** Active staff of the municipality among the ids: who may facilitate. */
export async function findFacilitatorCandidates(db: Executor, municipalityId: string, userIds: string[]) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, userIds),
        eq(users.municipalityId, municipalityId),
        inArray(users.role, ["staff", "municipality_admin"]),
        eq(users.status, "active"),
      ),
    );
}

export async function replaceFacilitators(db: Executor, group: GroupRow, userIds: string[]) {
  await db.delete(networkGroupFacilitators).where(eq(networkGroupFacilitators.groupId, group.id));
  await db
    .insert(networkGroupFacilitators)
    .values(userIds.map((userId) => ({ groupId: group.id, userId, municipalityId: group.municipalityId })));
}

export async function listFacilitators(db: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({ groupId: networkGroupFacilitators.groupId, userId: users.id, displayName: users.displayName })
    .from(networkGroupFacilitators)
    .innerJoin(users, eq(users.id, networkGroupFacilitators.userId))
    .where(inArray(networkGroupFacilitators.groupId, groupIds))
    .orderBy(asc(users.displayName));
}

export async function isFacilitator(db: Executor, groupId: string, userId: string) {
  const [row] = await db
    .select({ userId: networkGroupFacilitators.userId })
    .from(networkGroupFacilitators)
    .where(and(eq(networkGroupFacilitators.groupId, groupId), eq(networkGroupFacilitators.userId, userId)))
    .limit(1);
  return row !== undefined;
}

export async function findYouthById(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: youth.id,
      userId: youth.userId,
      municipalityId: youth.municipalityId,
      counsellorUserId: youth.counsellorUserId,
    })
    .from(youth)
    .where(eq(youth.id, id))
    .limit(1);
  return row;
}

export async function findYouthByUserId(db: Executor, userId: string) {
  const [row] = await db
    .select({ id: youth.id, municipalityId: youth.municipalityId })
    .from(youth)
    .where(eq(youth.userId, userId))
    .limit(1);
  return row;
}

/** The young person's open membership, locked so two concurrent adds wait for each other. */
export async function findActiveMembership(db: Executor, youthId: string) {
  const [row] = await db
    .select()
    .from(networkGroupMemberships)
    .where(and(eq(networkGroupMemberships.youthId, youthId), isNull(networkGroupMemberships.leftOn)))
    .limit(1)
    .for("update");
  return row;
}

export async function insertMembership(db: Executor, values: typeof networkGroupMemberships.$inferInsert) {
  const [row] = await db.insert(networkGroupMemberships).values(values).returning();
  if (!row) throw new Error("membership insert returned nothing");
  return row;
}

export async function endMembership(db: Executor, membershipId: string, leftOn: string) {
  await db
    .update(networkGroupMemberships)
    .set({ leftOn })
    .where(eq(networkGroupMemberships.id, membershipId));
}

export async function listMemberships(db: Executor, groupId: string, activeOnly: boolean) {
  return db
    .select({
      youthId: networkGroupMemberships.youthId,
      displayName: users.displayName,
      joinedOn: networkGroupMemberships.joinedOn,
      leftOn: networkGroupMemberships.leftOn,
    })
    .from(networkGroupMemberships)
    .innerJoin(youth, eq(youth.id, networkGroupMemberships.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        eq(networkGroupMemberships.groupId, groupId),
        activeOnly ? isNull(networkGroupMemberships.leftOn) : undefined,
      ),
    )
    .orderBy(asc(users.displayName), desc(networkGroupMemberships.joinedOn));
}

/** Members on a local date: joined that day or before and not yet left (leaving on a day ends it that day). */
export async function listMembersOn(db: Executor, groupId: string, localDate: string) {
  return db
    .select({ youthId: networkGroupMemberships.youthId, displayName: users.displayName })
    .from(networkGroupMemberships)
    .innerJoin(youth, eq(youth.id, networkGroupMemberships.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        eq(networkGroupMemberships.groupId, groupId),
        lte(networkGroupMemberships.joinedOn, localDate),
        or(isNull(networkGroupMemberships.leftOn), gt(networkGroupMemberships.leftOn, localDate)),
      ),
    )
    .orderBy(asc(users.displayName));
}

/** Inserts the slot meetings that do not exist yet; the slot-date unique index makes it idempotent. */
export async function insertSlotMeetings(
  db: Executor,
  group: GroupRow,
  slots: { slotDate: string; startsAt: Date }[],
): Promise<number> {
  if (slots.length === 0) return 0;
  const inserted = await db
    .insert(groupMeetings)
    .values(
      slots.map((slot) => ({
        municipalityId: group.municipalityId,
        groupId: group.id,
        slotDate: slot.slotDate,
        startsAt: slot.startsAt,
        durationMinutes: group.durationMinutes,
        place: group.place,
        videoLink: group.videoLink,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: groupMeetings.id });
  return inserted.length;
}

/**
 * Generated future meetings nobody has touched (sequence 0): after the slot changed they are
 * regenerated; meetings a facilitator moved or gave a theme stay as they are.
 */
export async function deleteUntouchedFutureSlotMeetings(db: Executor, groupId: string, now: Date) {
  await db
    .delete(groupMeetings)
    .where(
      and(
        eq(groupMeetings.groupId, groupId),
        sql`${groupMeetings.slotDate} is not null`,
        eq(groupMeetings.sequence, 0),
        eq(groupMeetings.status, "planned"),
        gt(groupMeetings.startsAt, now),
      ),
    );
}

export async function insertMeeting(db: Executor, values: typeof groupMeetings.$inferInsert) {
  const [row] = await db.insert(groupMeetings).values(values).returning();
  if (!row) throw new Error("meeting insert returned nothing");
  return row;
}

export async function findMeeting(db: Executor, id: string) {
  const [row] = await db.select().from(groupMeetings).where(eq(groupMeetings.id, id)).limit(1);
  return row;
}

export async function updateMeeting(
  db: Executor,
  id: string,
  values: Partial<typeof groupMeetings.$inferInsert>,
) {
  const [row] = await db
    .update(groupMeetings)
    .set({ ...values, sequence: sql`${groupMeetings.sequence} + 1` })
    .where(eq(groupMeetings.id, id))
    .returning();
  if (!row) throw new Error("meeting update returned nothing");
  return row;
}

export async function listMeetings(
  db: Executor,
  groupId: string,
  range: { from?: Date; to?: Date; endingAfter?: Date },
) {
  const conditions: (SQL | undefined)[] = [
    eq(groupMeetings.groupId, groupId),
    range.from ? gte(groupMeetings.startsAt, range.from) : undefined,
    range.to ? lte(groupMeetings.startsAt, range.to) : undefined,
    range.endingAfter
      ? sql`${groupMeetings.startsAt} + make_interval(mins => ${groupMeetings.durationMinutes}) > ${range.endingAfter}`
      : undefined,
  ];
  return db
    .select()
    .from(groupMeetings)
    .where(and(...conditions))
    .orderBy(asc(groupMeetings.startsAt));
}

export async function upsertNotice(
  db: Executor,
  meeting: GroupMeetingRow,
  youthId: string,
  reason: string | null,
) {
  await db
    .insert(groupMeetingNotices)
    .values({ meetingId: meeting.id, youthId, municipalityId: meeting.municipalityId, reason })
    .onConflictDoUpdate({
      target: [groupMeetingNotices.meetingId, groupMeetingNotices.youthId],
      set: { reason },
    });
}

export async function deleteNotice(db: Executor, meetingId: string, youthId: string) {
  const deleted = await db
    .delete(groupMeetingNotices)
    .where(and(eq(groupMeetingNotices.meetingId, meetingId), eq(groupMeetingNotices.youthId, youthId)))
    .returning({ youthId: groupMeetingNotices.youthId });
  return deleted.length > 0;
}

export async function listNotices(db: Executor, meetingId: string) {
  return db
    .select({
      youthId: groupMeetingNotices.youthId,
      reason: groupMeetingNotices.reason,
      createdAt: groupMeetingNotices.createdAt,
    })
    .from(groupMeetingNotices)
    .where(eq(groupMeetingNotices.meetingId, meetingId));
}

export async function listAttendance(db: Executor, meetingId: string) {
  return db
    .select({ youthId: groupMeetingAttendance.youthId, status: groupMeetingAttendance.status })
    .from(groupMeetingAttendance)
    .where(eq(groupMeetingAttendance.meetingId, meetingId));
}

export async function upsertAttendance(
  db: Executor,
  meeting: GroupMeetingRow,
  entries: { youthId: string; status: AttendanceStatus }[],
  recordedByUserId: string,
  recordedAt: Date,
) {
  await db
    .insert(groupMeetingAttendance)
    .values(
      entries.map((entry) => ({
        meetingId: meeting.id,
        youthId: entry.youthId,
        municipalityId: meeting.municipalityId,
        status: entry.status,
        recordedByUserId,
        recordedAt,
      })),
    )
    .onConflictDoUpdate({
      target: [groupMeetingAttendance.meetingId, groupMeetingAttendance.youthId],
      set: { status: sql`excluded.status`, recordedByUserId, recordedAt },
    });
}

/** Attendance of held meetings (planned, started by `now`) for the given young people, any group. */
export async function listHeldAttendance(db: Executor, youthIds: string[], now: Date) {
  if (youthIds.length === 0) return [];
  return db
    .select({
      youthId: groupMeetingAttendance.youthId,
      startsAt: groupMeetings.startsAt,
      status: groupMeetingAttendance.status,
    })
    .from(groupMeetingAttendance)
    .innerJoin(groupMeetings, eq(groupMeetings.id, groupMeetingAttendance.meetingId))
    .where(
      and(
        inArray(groupMeetingAttendance.youthId, youthIds),
        eq(groupMeetings.status, "planned"),
        lte(groupMeetings.startsAt, now),
      ),
    );
}

/** Young people of the municipality with attendance recorded at all: the candidates for the signal. */
export async function listYouthWithAttendance(
  db: Executor,
  municipalityId: string,
  counsellorUserId?: string,
) {
  return db
    .selectDistinct({
      youthId: youth.id,
      displayName: users.displayName,
      counsellorUserId: youth.counsellorUserId,
    })
    .from(groupMeetingAttendance)
    .innerJoin(youth, eq(youth.id, groupMeetingAttendance.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        eq(groupMeetingAttendance.municipalityId, municipalityId),
        counsellorUserId ? eq(youth.counsellorUserId, counsellorUserId) : undefined,
      ),
    );
}

/** Whether an error is PostgreSQL refusing a second open membership (two adds raced each other). */
export function isSecondActiveMembershipError(error: unknown): boolean {
  const cause = error instanceof Error && "cause" in error ? error.cause : undefined;
  return [error, cause].some(
    (candidate) =>
      typeof candidate === "object" &&
      candidate !== null &&
      "constraint" in candidate &&
      candidate.constraint === "network_group_memberships_one_active",
  );
}

/** Cancels the meetings still ahead, every one, so members see why they no longer take place. */
/** Cancels the group's planned meetings still ahead and returns them as they are now. */
export async function cancelFutureMeetings(db: Executor, groupId: string, now: Date, reason: string) {
  return db
    .update(groupMeetings)
    .set({ status: "cancelled", cancelReason: reason, sequence: sql`${groupMeetings.sequence} + 1` })
    .where(
      and(
        eq(groupMeetings.groupId, groupId),
        eq(groupMeetings.status, "planned"),
        gt(groupMeetings.startsAt, now),
      ),
    )
    .returning();
}

/** Meetings of the groups a staff member facilitates that start within the range, with the group's name. */
export async function listFacilitatedMeetings(db: Executor, userId: string, range: { from: Date; to: Date }) {
  return db
    .select({ meeting: groupMeetings, groupName: networkGroups.name })
    .from(groupMeetings)
    .innerJoin(networkGroups, eq(networkGroups.id, groupMeetings.groupId))
    .innerJoin(
      networkGroupFacilitators,
      and(
        eq(networkGroupFacilitators.groupId, groupMeetings.groupId),
        eq(networkGroupFacilitators.userId, userId),
      ),
    )
    .where(and(gte(groupMeetings.startsAt, range.from), lte(groupMeetings.startsAt, range.to)))
    .orderBy(asc(groupMeetings.startsAt));
}

/** One group's meetings that start within the range, with the group's name. */
export async function listGroupMeetingsNamed(db: Executor, groupId: string, range: { from: Date; to: Date }) {
  return db
    .select({ meeting: groupMeetings, groupName: networkGroups.name })
    .from(groupMeetings)
    .innerJoin(networkGroups, eq(networkGroups.id, groupMeetings.groupId))
    .where(
      and(
        eq(groupMeetings.groupId, groupId),
        gte(groupMeetings.startsAt, range.from),
        lte(groupMeetings.startsAt, range.to),
      ),
    )
    .orderBy(asc(groupMeetings.startsAt));
}

/** Which of the meetings have any attendance recorded. */
export async function meetingsWithAttendance(db: Executor, meetingIds: string[]): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ meetingId: groupMeetingAttendance.meetingId })
    .from(groupMeetingAttendance)
    .where(inArray(groupMeetingAttendance.meetingId, meetingIds));
  return new Set(rows.map((row) => row.meetingId));
}

/** Which of the meetings the young person has given notice for. */
export async function meetingsWithNoticeOf(
  db: Executor,
  youthId: string,
  meetingIds: string[],
): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows = await db
    .select({ meetingId: groupMeetingNotices.meetingId })
    .from(groupMeetingNotices)
    .where(and(eq(groupMeetingNotices.youthId, youthId), inArray(groupMeetingNotices.meetingId, meetingIds)));
  return new Set(rows.map((row) => row.meetingId));
}
