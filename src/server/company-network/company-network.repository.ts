import { and, asc, count, eq, gte, inArray, lt, notInArray, type SQL, sql } from "drizzle-orm";
import { companies, companyContacts } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import type { NotificationRecipient } from "../notifications/notifications.js";
import {
  type networkMeetingAnswers,
  networkMeetingInvitations,
  networkMeetingResponses,
  networkMeetings,
} from "./company-network.tables.js";

/** Network meetings, their invitations, answers and attendance: the only SQL of the company network. */

export type MeetingAnswer = (typeof networkMeetingAnswers)[number];

const meetingColumns = {
  id: networkMeetings.id,
  municipalityId: networkMeetings.municipalityId,
  title: networkMeetings.title,
  startsAt: networkMeetings.startsAt,
  durationMinutes: networkMeetings.durationMinutes,
  place: networkMeetings.place,
  hostCompanyId: networkMeetings.hostCompanyId,
  hostName: companies.name,
  agenda: networkMeetings.agenda,
  status: networkMeetings.status,
  cancelReason: networkMeetings.cancelReason,
  minutes: networkMeetings.minutes,
  sequence: networkMeetings.sequence,
};

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

function selectMeetings(db: Executor) {
  return db
    .select(meetingColumns)
    .from(networkMeetings)
    .leftJoin(companies, eq(companies.id, networkMeetings.hostCompanyId));
}

/** A meeting of the municipality; locked (the meeting row only) when it is about to change. */
export async function findMeeting(
  db: Executor,
  municipalityId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = selectMeetings(db)
    .where(and(eq(networkMeetings.id, id), eq(networkMeetings.municipalityId, municipalityId)))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for("update", { of: networkMeetings }) : query);
  return row;
}

/** Meetings starting in [from, to), optionally only those the company is invited to. */
export async function listMeetings(
  db: Executor,
  municipalityId: string,
  range: { from: Date; to: Date },
  invitedCompanyId?: string,
) {
  const conditions: (SQL | undefined)[] = [
    eq(networkMeetings.municipalityId, municipalityId),
    gte(networkMeetings.startsAt, range.from),
    lt(networkMeetings.startsAt, range.to),
    invitedCompanyId
      ? sql`exists (select 1 from ${networkMeetingInvitations} where ${networkMeetingInvitations.meetingId} = ${networkMeetings.id} and ${networkMeetingInvitations.companyId} = ${invitedCompanyId})`
      : undefined,
  ];
  return selectMeetings(db)
    .where(and(...conditions))
    .orderBy(asc(networkMeetings.startsAt), asc(networkMeetings.id));
}

export async function insertMeeting(db: Executor, values: typeof networkMeetings.$inferInsert) {
  const [row] = await db.insert(networkMeetings).values(values).returning({ id: networkMeetings.id });
  if (!row) throw new Error("network meeting insert returned nothing");
  return row;
}

export async function updateMeeting(
  db: Executor,
  id: string,
  values: Partial<typeof networkMeetings.$inferInsert>,
  options: { raiseSequence: boolean },
) {
  await db
    .update(networkMeetings)
    .set(options.raiseSequence ? { ...values, sequence: sql`${networkMeetings.sequence} + 1` } : values)
    .where(eq(networkMeetings.id, id));
}

/** Companies of the municipality, by name; only the given ones when ids are passed. */
export async function listCompanies(db: Executor, municipalityId: string, ids?: readonly string[]) {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: companies.id, name: companies.name, industry: companies.industry })
    .from(companies)
    .where(
      and(eq(companies.municipalityId, municipalityId), ids ? inArray(companies.id, [...ids]) : undefined),
    )
    .orderBy(asc(companies.name), asc(companies.id));
}

export async function listInvitedCompanyIds(db: Executor, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ companyId: networkMeetingInvitations.companyId })
    .from(networkMeetingInvitations)
    .where(eq(networkMeetingInvitations.meetingId, meetingId));
  return rows.map((row) => row.companyId);
}

export async function insertInvitations(
  db: Executor,
  meeting: { id: string; municipalityId: string },
  companyIds: readonly string[],
) {
  if (companyIds.length === 0) return;
  await db
    .insert(networkMeetingInvitations)
    .values(
      companyIds.map((companyId) => ({
        meetingId: meeting.id,
        companyId,
        municipalityId: meeting.municipalityId,
      })),
    )
    .onConflictDoNothing();
}

/** Uninvites the companies outside `keep`; their contacts' answers go with the invitation. */
export async function removeInvitationsExcept(db: Executor, meetingId: string, keep: readonly string[]) {
  const kept = [...keep];
  await db
    .delete(networkMeetingResponses)
    .where(
      and(
        eq(networkMeetingResponses.meetingId, meetingId),
        kept.length === 0 ? undefined : notInArray(networkMeetingResponses.companyId, kept),
      ),
    );
  await db
    .delete(networkMeetingInvitations)
    .where(
      and(
        eq(networkMeetingInvitations.meetingId, meetingId),
        kept.length === 0 ? undefined : notInArray(networkMeetingInvitations.companyId, kept),
      ),
    );
}

export async function findInvitation(db: Executor, meetingId: string, companyId: string) {
  const [row] = await db
    .select({ attended: networkMeetingInvitations.attended })
    .from(networkMeetingInvitations)
    .where(
      and(
        eq(networkMeetingInvitations.meetingId, meetingId),
        eq(networkMeetingInvitations.companyId, companyId),
      ),
    )
    .limit(1);
  return row;
}

/** Invitations of some meetings with the company's name, by name; only one company's when given. */
export async function listInvitations(db: Executor, meetingIds: readonly string[], companyId?: string) {
  if (meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: networkMeetingInvitations.meetingId,
      companyId: networkMeetingInvitations.companyId,
      companyName: companies.name,
      attended: networkMeetingInvitations.attended,
    })
    .from(networkMeetingInvitations)
    .innerJoin(companies, eq(companies.id, networkMeetingInvitations.companyId))
    .where(
      and(
        inArray(networkMeetingInvitations.meetingId, [...meetingIds]),
        companyId ? eq(networkMeetingInvitations.companyId, companyId) : undefined,
      ),
    )
    .orderBy(asc(companies.name), asc(companies.id));
}

/** Answers to some meetings with who gave them, by name; only one company's contacts when given. */
export async function listResponses(db: Executor, meetingIds: readonly string[], companyId?: string) {
  if (meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: networkMeetingResponses.meetingId,
      userId: networkMeetingResponses.userId,
      companyId: networkMeetingResponses.companyId,
      name: users.displayName,
      answer: networkMeetingResponses.answer,
    })
    .from(networkMeetingResponses)
    .innerJoin(users, eq(users.id, networkMeetingResponses.userId))
    .where(
      and(
        inArray(networkMeetingResponses.meetingId, [...meetingIds]),
        companyId ? eq(networkMeetingResponses.companyId, companyId) : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
}

export async function upsertResponse(
  db: Executor,
  values: {
    meetingId: string;
    userId: string;
    companyId: string;
    municipalityId: string;
    answer: MeetingAnswer;
    answeredAt: Date;
  },
) {
  await db
    .insert(networkMeetingResponses)
    .values(values)
    .onConflictDoUpdate({
      target: [networkMeetingResponses.meetingId, networkMeetingResponses.userId],
      set: { answer: values.answer, answeredAt: values.answeredAt, companyId: values.companyId },
    });
}

export async function recordAttendance(
  db: Executor,
  meetingId: string,
  companyIds: readonly string[],
  attended: boolean,
  recordedByUserId: string,
  recordedAt: Date,
) {
  if (companyIds.length === 0) return;
  await db
    .update(networkMeetingInvitations)
    .set({ attended, attendanceRecordedByUserId: recordedByUserId, attendanceRecordedAt: recordedAt })
    .where(
      and(
        eq(networkMeetingInvitations.meetingId, meetingId),
        inArray(networkMeetingInvitations.companyId, [...companyIds]),
      ),
    );
}

/** The active contact users of some companies, to be told about a meeting. */
export async function findContactRecipients(
  db: Executor,
  companyIds: readonly string[],
): Promise<NotificationRecipient[]> {
  if (companyIds.length === 0) return [];
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(companyContacts)
    .innerJoin(users, eq(users.id, companyContacts.userId))
    .where(
      and(
        inArray(companyContacts.companyId, [...companyIds]),
        eq(users.role, "company_contact"),
        eq(users.status, "active"),
      ),
    )
    .orderBy(asc(users.id));
}

/** How many meetings starting in [from, to) the company came to. */
export async function countAttended(db: Executor, companyId: string, range: { from: Date; to: Date }) {
  const [row] = await db
    .select({ n: count() })
    .from(networkMeetingInvitations)
    .innerJoin(networkMeetings, eq(networkMeetings.id, networkMeetingInvitations.meetingId))
    .where(
      and(
        eq(networkMeetingInvitations.companyId, companyId),
        eq(networkMeetingInvitations.attended, true),
        gte(networkMeetings.startsAt, range.from),
        lt(networkMeetings.startsAt, range.to),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Every company of the municipality with the meetings starting in [from, to) it was invited to
 * (cancelled ones left out: there was nothing to come to) and those it came to.
 */
export async function attendanceByCompany(
  db: Executor,
  municipalityId: string,
  range: { from: Date; to: Date },
) {
  const inYear = and(
    eq(networkMeetings.id, networkMeetingInvitations.meetingId),
    gte(networkMeetings.startsAt, range.from),
    lt(networkMeetings.startsAt, range.to),
  );
  return db
    .select({
      id: companies.id,
      name: companies.name,
      invited: sql<number>`(count(${networkMeetings.id}) filter (where ${networkMeetings.status} = 'planned'))::int`,
      attended: sql<number>`(count(${networkMeetings.id}) filter (where ${networkMeetingInvitations.attended}))::int`,
    })
    .from(companies)
    .leftJoin(networkMeetingInvitations, eq(networkMeetingInvitations.companyId, companies.id))
    .leftJoin(networkMeetings, inYear)
    .where(eq(companies.municipalityId, municipalityId))
    .groupBy(companies.id, companies.name)
    .orderBy(asc(companies.name), asc(companies.id));
}
