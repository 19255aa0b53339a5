import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { companies, companyContacts } from "../companies/companies.tables.js";
import { networkMeetingInvitations, networkMeetings } from "../company-network/company-network.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import {
  groupMeetings,
  networkGroupFacilitators,
  networkGroupMemberships,
  networkGroups,
} from "../groups/groups.tables.js";
import { internshipExtensions, internships } from "../internships/internships.tables.js";
import { matches, meetings } from "../matching/matching.tables.js";
import { openings } from "../openings/openings.tables.js";
import { youth } from "../youth/youth.tables.js";
import { calendarFeeds } from "./calendar.tables.js";

/** Calendar feeds and the events a feed shows: the only SQL of the area. */

export interface EventWindow {
  from: Date;
  to: Date;
}

export async function findFeed(db: Executor, userId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).limit(1);
  return row;
}

/** Makes the user's feed or replaces its secret: the old one no longer finds anything. */
export async function upsertFeed(
  db: Executor,
  values: { userId: string; tokenHash: string; tokenEncrypted: string; createdAt: Date },
) {
  await db
    .insert(calendarFeeds)
    .values(values)
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: {
        tokenHash: values.tokenHash,
        tokenEncrypted: values.tokenEncrypted,
        createdAt: values.createdAt,
      },
    });
}

export async function deleteFeed(db: Executor, userId: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

/** The owner of the feed with this token hash, with what decides what the feed shows. */
export async function findFeedOwner(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      locale: users.locale,
      municipalityId: users.municipalityId,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** The local Copenhagen date a meeting falls on, in SQL, to compare with membership dates. */
const localDateOf = (instant: typeof groupMeetings.startsAt) =>
  sql`(${instant} at time zone 'Europe/Copenhagen')::date`;

const groupMeetingColumns = {
  id: groupMeetings.id,
  startsAt: groupMeetings.startsAt,
  durationMinutes: groupMeetings.durationMinutes,
  place: groupMeetings.place,
  videoLink: groupMeetings.videoLink,
  theme: groupMeetings.theme,
  status: groupMeetings.status,
  cancelReason: groupMeetings.cancelReason,
  sequence: groupMeetings.sequence,
  groupName: networkGroups.name,
};

export type GroupMeetingEventRow = Awaited<ReturnType<typeof listMemberGroupMeetings>>[number];

/** Meetings of the groups the young person belonged to on each meeting's date. */
export async function listMemberGroupMeetings(
  db: Executor,
  user: { id: string; municipalityId: string },
  window: EventWindow,
) {
  return db
    .select(groupMeetingColumns)
    .from(groupMeetings)
    .innerJoin(networkGroups, eq(networkGroups.id, groupMeetings.groupId))
    .innerJoin(networkGroupMemberships, eq(networkGroupMemberships.groupId, groupMeetings.groupId))
    .innerJoin(youth, eq(youth.id, networkGroupMemberships.youthId))
    .where(
      and(
        eq(youth.userId, user.id),
        eq(groupMeetings.municipalityId, user.municipalityId),
        gte(groupMeetings.startsAt, window.from),
        lte(groupMeetings.startsAt, window.to),
        sql`${networkGroupMemberships.joinedOn} <= ${localDateOf(groupMeetings.startsAt)}`,
        or(
          isNull(networkGroupMemberships.leftOn),
          sql`${networkGroupMemberships.leftOn} > ${localDateOf(groupMeetings.startsAt)}`,
        ),
      ),
    )
    .orderBy(asc(groupMeetings.startsAt));
}

/** Meetings of the groups the staff member facilitates. */
export async function listFacilitatedGroupMeetings(
  db: Executor,
  user: { id: string; municipalityId: string },
  window: EventWindow,
) {
  return db
    .select(groupMeetingColumns)
    .from(groupMeetings)
    .innerJoin(networkGroups, eq(networkGroups.id, groupMeetings.groupId))
    .innerJoin(networkGroupFacilitators, eq(networkGroupFacilitators.groupId, groupMeetings.groupId))
    .where(
      and(
        eq(networkGroupFacilitators.userId, user.id),
        eq(groupMeetings.municipalityId, user.municipalityId),
        gte(groupMeetings.startsAt, window.from),
        lte(groupMeetings.startsAt, window.to),
      ),
    )
    .orderBy(asc(groupMeetings.startsAt));
}

const networkMeetingColumns = {
  id: networkMeetings.id,
  title: networkMeetings.title,
  startsAt: networkMeetings.startsAt,
  durationMinutes: networkMeetings.durationMinutes,
  place: networkMeetings.place,
  hostName: companies.name,
  agenda: networkMeetings.agenda,
  status: networkMeetings.status,
  cancelReason: networkMeetings.cancelReason,
  sequence: networkMeetings.sequence,
};

export type NetworkMeetingEventRow = Awaited<ReturnType<typeof listMunicipalityNetworkMeetings>>[number];

/** Every network meeting of the municipality: what staff see. */
export async function listMunicipalityNetworkMeetings(
  db: Executor,
  municipalityId: string,
  window: EventWindow,
) {
  return db
    .select(networkMeetingColumns)
    .from(networkMeetings)
    .leftJoin(companies, eq(companies.id, networkMeetings.hostCompanyId))
    .where(
      and(
        eq(networkMeetings.municipalityId, municipalityId),
        gte(networkMeetings.startsAt, window.from),
        lte(networkMeetings.startsAt, window.to),
      ),
    )
    .orderBy(asc(networkMeetings.startsAt));
}

/** The network meetings the contact's company is invited to. */
export async function listInvitedNetworkMeetings(
  db: Executor,
  user: { id: string; municipalityId: string },
  window: EventWindow,
) {
  return db
    .select(networkMeetingColumns)
    .from(networkMeetings)
    .innerJoin(networkMeetingInvitations, eq(networkMeetingInvitations.meetingId, networkMeetings.id))
    .innerJoin(companyContacts, eq(companyContacts.companyId, networkMeetingInvitations.companyId))
    .leftJoin(companies, eq(companies.id, networkMeetings.hostCompanyId))
    .where(
      and(
        eq(companyContacts.userId, user.id),
        eq(networkMeetings.municipalityId, user.municipalityId),
        gte(networkMeetings.startsAt, window.from),
        lte(networkMeetings.startsAt, window.to),
      ),
    )
    .orderBy(asc(networkMeetings.startsAt));
}

/** A first meeting counts once a time was agreed; one cancelled after that stays, as cancelled. */
const agreedFirstMeeting = (window: EventWindow) =>
  and(
    isNotNull(meetings.acceptedTime),
    inArray(meetings.status, ["accepted", "cancelled"]),
    gte(meetings.acceptedTime, window.from),
    lte(meetings.acceptedTime, window.to),
  );

const firstMeetingColumns = {
  id: meetings.id,
  matchId: meetings.matchId,
  acceptedTime: meetings.acceptedTime,
  durationMinutes: meetings.durationMinutes,
  place: meetings.place,
  status: meetings.status,
  sequence: meetings.sequence,
  openingTitle: openings.title,
  companyName: companies.name,
};

export type FirstMeetingEventRow = Awaited<ReturnType<typeof listYouthFirstMeetings>>[number];

export async function listYouthFirstMeetings(
  db: Executor,
  user: { id: string; municipalityId: string },
  window: EventWindow,
) {
  return db
    .select(firstMeetingColumns)
    .from(meetings)
    .innerJoin(matches, eq(matches.id, meetings.matchId))
    .innerJoin(youth, eq(youth.id, matches.youthId))
    .innerJoin(openings, eq(openings.id, matches.openingId))
    .innerJoin(companies, eq(companies.id, matches.companyId))
    .where(
      and(
        eq(youth.userId, user.id),
        eq(meetings.municipalityId, user.municipalityId),
        agreedFirstMeeting(window),
      ),
    )
    .orderBy(asc(meetings.acceptedTime));
}

export async function listCompanyFirstMeetings(
  db: Executor,
  user: { id: string; municipalityId: string },
  window: EventWindow,
) {
  return db
    .select(firstMeetingColumns)
    .from(meetings)
    .innerJoin(matches, eq(matches.id, meetings.matchId))
    .innerJoin(companyContacts, eq(companyContacts.companyId, matches.companyId))
    .innerJoin(openings, eq(openings.id, matches.openingId))
    .innerJoin(companies, eq(companies.id, matches.companyId))
    .where(
      and(
        eq(companyContacts.userId, user.id),
        eq(meetings.municipalityId, user.municipalityId),
        agreedFirstMeeting(window),
      ),
    )
    .orderBy(asc(meetings.acceptedTime));
}

const internshipColumns = {
  id: internships.id,
  status: internships.status,
  startDate: internships.startDate,
  plannedEndDate: internships.plannedEndDate,
  endedAt: internships.endedAt,
  openingTitle: openings.title,
  companyName: companies.name,
  youthDisplayName: users.displayName,
  /** Each extension moves the end, so the end event's SEQUENCE counts them. */
  extensions: sql<number>`(select count(*)::int from ${internshipExtensions} where ${internshipExtensions.internshipId} = ${internships.id})`,
};

export type InternshipEventRow = Awaited<ReturnType<typeof listInternships>>[number];

/**
 * Agreed internships (not merely proposed) of the young person or of the contact's company that
 * may have a start or end in the window; the caller picks the dates that do.
 */
export async function listInternships(
  db: Executor,
  owner: { youthUserId: string } | { contactUserId: string },
  municipalityId: string,
  dates: { from: string; to: string },
) {
  const whose =
    "youthUserId" in owner
      ? eq(users.id, owner.youthUserId)
      : sql`${internships.companyId} = (select ${companyContacts.companyId} from ${companyContacts} where ${companyContacts.userId} = ${owner.contactUserId})`;
  return db
    .select(internshipColumns)
    .from(internships)
    .innerJoin(youth, eq(youth.id, internships.youthId))
    .innerJoin(users, eq(users.id, youth.userId))
    .innerJoin(openings, eq(openings.id, internships.openingId))
    .innerJoin(companies, eq(companies.id, internships.companyId))
    .where(
      and(
        whose,
        eq(internships.municipalityId, municipalityId),
        ne(internships.status, "proposed"),
        lte(internships.startDate, dates.to),
        gte(internships.plannedEndDate, dates.from),
      ),
    )
    .orderBy(asc(internships.startDate));
}
