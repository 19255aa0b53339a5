import { and, asc, desc, eq, gt, gte, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import { companies, companyContacts } from "../companies/companies.tables.js";
import {
  networkMeetingInvitations,
  networkMeetingResponses,
  networkMeetings,
} from "../company-network/company-network.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import {
  groupMeetings,
  networkGroupFacilitators,
  networkGroupMemberships,
  networkGroups,
} from "../groups/groups.tables.js";
import { youth } from "../youth/youth.tables.js";
import { type reminderSubjects, reminders } from "./reminders.tables.js";

/** Reminders and the meetings and people they are about: the only SQL of the area. */

export type NewReminder = typeof reminders.$inferInsert;
export type ReminderRow = typeof reminders.$inferSelect;
type ReminderSubject = (typeof reminderSubjects)[number];

/** Inserts reminders; one whose dedupe key exists already is left as it is (idempotent). */
export async function insertReminders(db: Executor, rows: readonly NewReminder[]): Promise<void> {
  // Sorted, so two instances inserting the same keys at once take the index locks in one order;
  // in chunks, so a busy day stays under PostgreSQL's limit of parameters per statement.
  const sorted = [...rows].sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey));
  for (let start = 0; start < sorted.length; start += INSERT_CHUNK) {
    await db
      .insert(reminders)
      .values(sorted.slice(start, start + INSERT_CHUNK))
      .onConflictDoNothing({ target: reminders.dedupeKey });
  }
}

const INSERT_CHUNK = 1000;

/** Planned group meetings starting in [from, to), with their group's name. */
export async function listPlannedGroupMeetings(db: Executor, from: Date, to: Date) {
  return db
    .select({
      id: groupMeetings.id,
      municipalityId: groupMeetings.municipalityId,
      groupId: groupMeetings.groupId,
      groupName: networkGroups.name,
      startsAt: groupMeetings.startsAt,
      place: groupMeetings.place,
      videoLink: groupMeetings.videoLink,
    })
    .from(groupMeetings)
    .innerJoin(networkGroups, eq(networkGroups.id, groupMeetings.groupId))
    .where(
      and(
        eq(groupMeetings.status, "planned"),
        gte(groupMeetings.startsAt, from),
        lt(groupMeetings.startsAt, to),
      ),
    )
    .orderBy(asc(groupMeetings.id));
}

/**
 * Who hears about a group's meeting: the users of the young people who are members on the
 * meeting's local date, and the group's facilitators; active accounts only.
 */
export async function listGroupAudience(db: Executor, groupId: string, localDate: string) {
  const members = db
    .select({ userId: users.id })
    .from(networkGroupMemberships)
    .innerJoin(youth, eq(youth.id, networkGroupMemberships.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .where(
      and(
        eq(networkGroupMemberships.groupId, groupId),
        lte(networkGroupMemberships.joinedOn, localDate),
        or(isNull(networkGroupMemberships.leftOn), gt(networkGroupMemberships.leftOn, localDate)),
        eq(users.status, "active"),
      ),
    );
  const facilitators = db
    .select({ userId: users.id })
    .from(networkGroupFacilitators)
    .innerJoin(users, eq(users.id, networkGroupFacilitators.userId))
    .where(and(eq(networkGroupFacilitators.groupId, groupId), eq(users.status, "active")));
  const rows = await members.union(facilitators);
  return rows.map((row) => row.userId).sort();
}

/** Planned network meetings starting in [from, to), with the host company's name. */
export async function listPlannedNetworkMeetings(db: Executor, from: Date, to: Date) {
  return db
    .select({
      id: networkMeetings.id,
      municipalityId: networkMeetings.municipalityId,
      title: networkMeetings.title,
      startsAt: networkMeetings.startsAt,
      place: networkMeetings.place,
      hostName: companies.name,
    })
    .from(networkMeetings)
    .leftJoin(companies, eq(companies.id, networkMeetings.hostCompanyId))
    .where(
      and(
        eq(networkMeetings.status, "planned"),
        gte(networkMeetings.startsAt, from),
        lt(networkMeetings.startsAt, to),
      ),
    )
    .orderBy(asc(networkMeetings.id));
}

/** Active contacts of the companies invited to a network meeting, except those who answered "no". */
export async function listNetworkMeetingAudience(db: Executor, meetingId: string) {
  const rows = await db
    .select({ userId: users.id })
    .from(networkMeetingInvitations)
    .innerJoin(companyContacts, eq(companyContacts.companyId, networkMeetingInvitations.companyId))
    .innerJoin(users, eq(users.id, companyContacts.userId))
    .leftJoin(
      networkMeetingResponses,
      and(
        eq(networkMeetingResponses.meetingId, networkMeetingInvitations.meetingId),
        eq(networkMeetingResponses.userId, users.id),
      ),
    )
    .where(
      and(
        eq(networkMeetingInvitations.meetingId, meetingId),
        eq(users.status, "active"),
        eq(users.role, "company_contact"),
        or(isNull(networkMeetingResponses.answer), ne(networkMeetingResponses.answer, "no")),
      ),
    )
    .orderBy(asc(users.id));
  return rows.map((row) => row.userId);
}

/**
 * The longest-waiting due reminder nobody else is sending right now, locked until the caller's
 * transaction ends. SKIP LOCKED lets several instances work through the queue side by side, and
 * the row's sent_at is set in the same transaction, so each reminder is sent once.
 */
export async function claimDueReminder(db: Executor, now: Date, maxAttempts: number) {
  const [row] = await db
    .select()
    .from(reminders)
    .where(and(isNull(reminders.sentAt), lte(reminders.dueAt, now), lt(reminders.attempts, maxAttempts)))
    .orderBy(asc(reminders.dueAt), asc(reminders.id))
    .limit(1)
    .for("update", { skipLocked: true });
  return row;
}

export async function markReminderSent(db: Executor, id: string, now: Date) {
  await db.update(reminders).set({ sentAt: now }).where(eq(reminders.id, id));
}

/** A failed attempt: counted, its error kept, and tried again from `retryAt`. */
export async function recordReminderFailure(db: Executor, id: string, error: string, retryAt: Date) {
  await db
    .update(reminders)
    .set({ attempts: sql`${reminders.attempts} + 1`, lastError: error, dueAt: retryAt })
    .where(eq(reminders.id, id));
}

/** How a meeting stands now, whichever kind it is; undefined once it is deleted. */
export async function findMeetingState(db: Executor, subjectType: ReminderSubject, subjectId: string) {
  if (subjectType === "group_meeting") {
    const [row] = await db
      .select({ status: groupMeetings.status, startsAt: groupMeetings.startsAt })
      .from(groupMeetings)
      .where(eq(groupMeetings.id, subjectId))
      .limit(1);
    return row;
  }
  const [row] = await db
    .select({ status: networkMeetings.status, startsAt: networkMeetings.startsAt })
    .from(networkMeetings)
    .where(eq(networkMeetings.id, subjectId))
    .limit(1);
  return row;
}

export async function findRecipient(db: Executor, userId: string) {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

/**
 * A user's reminders for the home page: not put away, made since `since`, about a meeting that has
 * not started. A "tomorrow" or "moved" reminder stays only while the meeting is still planned at
 * the time it names (a later change brings its own); a "cancelled" one until the original time.
 */
export async function listCurrentReminders(
  db: Executor,
  user: { id: string; municipalityId: string | null },
  now: Date,
  since: Date,
  limit: number,
) {
  const namedStart = sql`(${reminders.details} ->> 'startsAt')::timestamptz`;
  return db
    .select({
      id: reminders.id,
      kind: reminders.kind,
      subjectType: reminders.subjectType,
      subjectId: reminders.subjectId,
      details: reminders.details,
      createdAt: reminders.createdAt,
    })
    .from(reminders)
    .leftJoin(
      groupMeetings,
      and(eq(reminders.subjectType, "group_meeting"), eq(groupMeetings.id, reminders.subjectId)),
    )
    .leftJoin(
      networkMeetings,
      and(eq(reminders.subjectType, "network_meeting"), eq(networkMeetings.id, reminders.subjectId)),
    )
    .where(
      and(
        eq(reminders.userId, user.id),
        user.municipalityId ? eq(reminders.municipalityId, user.municipalityId) : undefined,
        isNull(reminders.dismissedAt),
        gte(reminders.createdAt, since),
        sql`${namedStart} > ${now}`,
        or(
          eq(reminders.kind, "meeting_cancelled"),
          sql`coalesce(${groupMeetings.status}::text, ${networkMeetings.status}::text) = 'planned'
            and coalesce(${groupMeetings.startsAt}, ${networkMeetings.startsAt}) = ${namedStart}`,
        ),
      ),
    )
    .orderBy(desc(reminders.createdAt), desc(reminders.id))
    .limit(limit);
}

/** Puts the user's own reminder away; false when there is none of theirs with that id. */
export async function dismissReminder(db: Executor, userId: string, id: string, now: Date) {
  const rows = await db
    .update(reminders)
    .set({ dismissedAt: sql`coalesce(${reminders.dismissedAt}, ${now})` })
    .where(and(eq(reminders.id, id), eq(reminders.userId, userId)))
    .returning({ id: reminders.id });
  return rows.length > 0;
}
