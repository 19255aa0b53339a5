import { and, desc, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth } from "../youth/youth.tables.js";
import { groupMeetings, groupReflections, networkGroupMemberships, networkGroups } from "./groups.tables.js";

const meetingScope = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(groupMeetings.municipalityId, scope.municipalityId) : undefined;
const youthScope = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(youth.municipalityId, scope.municipalityId) : undefined;

/** The meeting's date as its members know it: the local date in Copenhagen. */
const meetingLocalDate = sql`(${groupMeetings.startsAt} at time zone 'Europe/Copenhagen')::date`;

export type ReflectionMeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export async function findMeeting(db: Executor, scope: TenantScope, meetingId: string) {
  const [row] = await db
    .select({
      id: groupMeetings.id,
      municipalityId: groupMeetings.municipalityId,
      groupId: groupMeetings.groupId,
      startsAt: groupMeetings.startsAt,
      status: groupMeetings.status,
    })
    .from(groupMeetings)
    .where(and(eq(groupMeetings.id, meetingId), meetingScope(scope)))
    .limit(1);
  return row;
}

export async function findYouthInScope(db: Executor, scope: TenantScope, youthId: string) {
  const [row] = await db
    .select({ id: youth.id, municipalityId: youth.municipalityId, counsellorUserId: youth.counsellorUserId })
    .from(youth)
    .where(and(eq(youth.id, youthId), youthScope(scope)))
    .limit(1);
  return row;
}

/**
 * The young person was a member of the meeting's group on the meeting's local date. The day they
 * left still counts: a move after the meeting must not take away their reflection on it.
 */
export async function wasMemberOnMeetingDate(
  db: Executor,
  meetingId: string,
  youthId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: networkGroupMemberships.id })
    .from(groupMeetings)
    .innerJoin(networkGroupMemberships, eq(networkGroupMemberships.groupId, groupMeetings.groupId))
    .where(
      and(
        eq(groupMeetings.id, meetingId),
        eq(networkGroupMemberships.youthId, youthId),
        lte(networkGroupMemberships.joinedOn, meetingLocalDate),
        or(isNull(networkGroupMemberships.leftOn), gte(networkGroupMemberships.leftOn, meetingLocalDate)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

const reflectionColumns = {
  id: groupReflections.id,
  meetingId: groupReflections.meetingId,
  youthId: groupReflections.youthId,
  text: groupReflections.text,
  sharedWithCounsellor: groupReflections.sharedWithCounsellor,
  createdAt: groupReflections.createdAt,
  updatedAt: groupReflections.updatedAt,
  groupId: groupMeetings.groupId,
  groupName: networkGroups.name,
  meetingStartsAt: groupMeetings.startsAt,
  meetingTheme: groupMeetings.theme,
};

export type ReflectionRow = Awaited<ReturnType<typeof listReflections>>[number];

function selectReflections(db: Executor) {
  return db
    .select(reflectionColumns)
    .from(groupReflections)
    .innerJoin(groupMeetings, eq(groupMeetings.id, groupReflections.meetingId))
    .innerJoin(networkGroups, eq(networkGroups.id, groupMeetings.groupId));
}

/** Newest first, limit + 1 rows; `before` is the id of the last reflection the caller has. */
export async function listReflections(
  db: Executor,
  youthId: string,
  page: { limit: number; before?: string | undefined; sharedOnly: boolean },
) {
  return selectReflections(db)
    .where(
      and(
        eq(groupReflections.youthId, youthId),
        page.sharedOnly ? eq(groupReflections.sharedWithCounsellor, true) : undefined,
        page.before
          ? sql`(${groupReflections.createdAt}, ${groupReflections.id}) < (select r.created_at, r.id from ${groupReflections} r where r.id = ${page.before} and r.youth_id = ${youthId})`
          : undefined,
      ),
    )
    .orderBy(desc(groupReflections.createdAt), desc(groupReflections.id))
    .limit(page.limit + 1);
}

/** One reflection per meeting and young person: writing again replaces the text and the sharing choice. */
export async function upsertReflection(
  db: Executor,
  values: {
    municipalityId: string;
    meetingId: string;
    youthId: string;
    text: string;
    sharedWithCounsellor: boolean;
    now: Date;
  },
): Promise<ReflectionRow> {
  const { now, ...fields } = values;
  const [saved] = await db
    .insert(groupReflections)
    .values({ ...fields, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [groupReflections.meetingId, groupReflections.youthId],
      set: { text: fields.text, sharedWithCounsellor: fields.sharedWithCounsellor, updatedAt: now },
    })
    .returning({ id: groupReflections.id });
  if (!saved) throw new Error("reflection upsert returned nothing");
  const [row] = await selectReflections(db).where(eq(groupReflections.id, saved.id));
  if (!row) throw new Error("saved reflection not found");
  return row;
}
