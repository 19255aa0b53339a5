import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import type { TenantScope } from "../platform/tenant.js";
import { type chemistryAnswers, meetingFeedback, type meetingStatuses, meetings } from "./matching.tables.js";
import type { MatchSide } from "./participants.js";

type MeetingStatus = (typeof meetingStatuses)[number];
type ChemistryAnswer = (typeof chemistryAnswers)[number];

const scopeCondition = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(meetings.municipalityId, scope.municipalityId) : undefined;

const meetingColumns = {
  id: meetings.id,
  municipalityId: meetings.municipalityId,
  matchId: meetings.matchId,
  proposedByUserId: meetings.proposedByUserId,
  proposedBySide: meetings.proposedBySide,
  place: meetings.place,
  proposedTimes: meetings.proposedTimes,
  durationMinutes: meetings.durationMinutes,
  acceptedTime: meetings.acceptedTime,
  status: meetings.status,
  sequence: meetings.sequence,
  createdAt: meetings.createdAt,
};

export type MeetingRow = Awaited<ReturnType<typeof listMeetingsOfMatch>>[number];

export async function findMeetingById(
  db: Executor,
  scope: TenantScope,
  id: string,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(and(eq(meetings.id, id), scopeCondition(scope)))
    .limit(1);
  return row;
}

export async function listMeetingsOfMatch(db: Executor, matchId: string) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .where(eq(meetings.matchId, matchId))
    .orderBy(desc(meetings.createdAt), desc(meetings.id));
}

/** A meeting of the match that is still open (proposed) or agreed and not yet over. */
export async function findMeetingInProgress(db: Executor, matchId: string, now: Date) {
  const [row] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.matchId, matchId),
        or(
          eq(meetings.status, "proposed"),
          and(
            eq(meetings.status, "accepted"),
            sql`${meetings.acceptedTime} + make_interval(mins => ${meetings.durationMinutes}) > ${now.toISOString()}::timestamptz`,
          ),
        ),
      ),
    )
    .limit(1);
  return row;
}

export async function insertMeeting(
  db: Executor,
  values: {
    municipalityId: string;
    matchId: string;
    proposedByUserId: string;
    proposedBySide: MatchSide;
    place: string;
    proposedTimes: Date[];
    durationMinutes: number;
    now: Date;
  },
): Promise<MeetingRow> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(meetings)
    .values({ ...columns, status: "proposed", sequence: 0, createdAt: now, updatedAt: now })
    .returning(meetingColumns);
  if (!row) throw new Error("meeting insert returned nothing");
  return row;
}

/** A change of state; SEQUENCE goes up with every change so calendar apps replace the invitation. */
export async function changeMeeting(
  db: Executor,
  id: string,
  changes: { status: MeetingStatus; acceptedTime?: Date; respondedByUserId?: string },
  now: Date,
): Promise<MeetingRow> {
  const [row] = await db
    .update(meetings)
    .set({ ...changes, sequence: sql`${meetings.sequence} + 1`, updatedAt: now })
    .where(eq(meetings.id, id))
    .returning(meetingColumns);
  if (!row) throw new Error("meeting update returned nothing");
  return row;
}

export type FeedbackRow = Awaited<ReturnType<typeof findFeedback>>[number];

export async function findFeedback(db: Executor, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({
      meetingId: meetingFeedback.meetingId,
      side: meetingFeedback.side,
      chemistry: meetingFeedback.chemistry,
      comment: meetingFeedback.comment,
    })
    .from(meetingFeedback)
    .where(inArray(meetingFeedback.meetingId, [...meetingIds]));
}

/** False when this side already answered. */
export async function insertFeedback(
  db: Executor,
  values: {
    meetingId: string;
    side: MatchSide;
    municipalityId: string;
    userId: string;
    chemistry: ChemistryAnswer;
    comment: string | null;
    createdAt: Date;
  },
): Promise<boolean> {
  const rows = await db
    .insert(meetingFeedback)
    .values(values)
    .onConflictDoNothing({ target: [meetingFeedback.meetingId, meetingFeedback.side] })
    .returning({ meetingId: meetingFeedback.meetingId });
  return rows.length > 0;
}
