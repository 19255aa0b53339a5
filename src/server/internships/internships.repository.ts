import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { companies, companyContacts } from "../companies/companies.tables.js";
import type { Executor } from "../db/database.js";
import { users } from "../db/schema.js";
import type { NotificationRecipient } from "../notifications/notifications.js";
import { openings } from "../openings/openings.tables.js";
import type { TenantScope } from "../platform/tenant.js";
import { youth } from "../youth/youth.tables.js";
import type { RuleFinding } from "./internship-rules.js";
import {
  type absenceKinds,
  internshipAbsences,
  internshipCheckIns,
  internshipEvaluations,
  internshipExtensions,
  type internshipSides,
  type internshipStatuses,
  internships,
} from "./internships.tables.js";

export type InternshipStatus = (typeof internshipStatuses)[number];
export type InternshipSide = (typeof internshipSides)[number];
type AbsenceKind = (typeof absenceKinds)[number];

/** Statuses in which an internship holds a seat of its opening and counts toward the company ratio. */
export const seatHoldingStatuses = ["approved", "active", "extended"] as const satisfies InternshipStatus[];
/** Started and not yet over: check-ins are due and warnings apply. */
export const runningStatuses = ["active", "extended"] as const satisfies InternshipStatus[];

const scopeCondition = (scope: TenantScope): SQL | undefined =>
  scope.kind === "municipality" ? eq(internships.municipalityId, scope.municipalityId) : undefined;

const youthUsers = alias(users, "youth_user");
const mentors = alias(users, "mentor");

/** An internship with the names it is shown with; the caller decides which of them a viewer sees. */
function selectInternshipViews(db: Executor) {
  return db
    .select({
      id: internships.id,
      municipalityId: internships.municipalityId,
      matchId: internships.matchId,
      openingId: internships.openingId,
      youthId: internships.youthId,
      companyId: internships.companyId,
      status: internships.status,
      startDate: internships.startDate,
      originalEndDate: internships.originalEndDate,
      plannedEndDate: internships.plannedEndDate,
      hoursPerWeek: internships.hoursPerWeek,
      purpose: internships.purpose,
      tasks: internships.tasks,
      mentorName: internships.mentorName,
      mentorUserId: internships.mentorUserId,
      mentorDisplayName: mentors.displayName,
      ruleSetId: internships.ruleSetId,
      ruleFindings: sql<RuleFinding[]>`${internships.ruleFindings}`,
      overrideReason: internships.overrideReason,
      youthApprovedAt: internships.youthApprovedAt,
      staffApprovedAt: internships.staffApprovedAt,
      staffApprovedByUserId: internships.staffApprovedByUserId,
      endedAt: internships.endedAt,
      endedEarlyReason: internships.endedEarlyReason,
      createdAt: internships.createdAt,
      openingTitle: openings.title,
      companyName: companies.name,
      youthDisplayName: youthUsers.displayName,
      youthUserId: youth.userId,
    })
    .from(internships)
    .innerJoin(openings, eq(openings.id, internships.openingId))
    .innerJoin(companies, eq(companies.id, internships.companyId))
    .innerJoin(youth, eq(youth.id, internships.youthId))
    .innerJoin(youthUsers, eq(youthUsers.id, youth.userId))
    .leftJoin(mentors, eq(mentors.id, internships.mentorUserId));
}

export type InternshipRow = NonNullable<Awaited<ReturnType<typeof findInternship>>>;

/**
 * One internship of the tenant. With `forUpdate` the internship row is locked (only it: a join's
 * other rows stay unlocked), so every change to one internship runs after the one before it.
 */
export async function findInternship(
  db: Executor,
  scope: TenantScope,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = selectInternshipViews(db)
    .where(and(eq(internships.id, id), scopeCondition(scope)))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for("update", { of: internships }) : query);
  return row;
}

/** Which of the tenant's internships a caller lists: a young person's, a company's, or all. */
export type InternshipVisibility = { youthId: string } | { companyId: string } | { everything: true };

function visibilityCondition(visibility: InternshipVisibility): SQL | undefined {
  if ("youthId" in visibility) return eq(internships.youthId, visibility.youthId);
  if ("companyId" in visibility) return eq(internships.companyId, visibility.companyId);
  return undefined;
}

export async function listInternships(
  db: Executor,
  scope: TenantScope,
  visibility: InternshipVisibility,
  filter: {
    status?: InternshipStatus | undefined;
    matchId?: string | undefined;
    endingBetween?: { from: string; to: string } | undefined;
  },
  page: { limit: number; before?: string | undefined },
): Promise<InternshipRow[]> {
  const ending = filter.endingBetween;
  return selectInternshipViews(db)
    .where(
      and(
        scopeCondition(scope),
        visibilityCondition(visibility),
        filter.status ? eq(internships.status, filter.status) : undefined,
        filter.matchId ? eq(internships.matchId, filter.matchId) : undefined,
        ending
          ? and(
              inArray(internships.status, [...runningStatuses]),
              gte(internships.plannedEndDate, ending.from),
              lte(internships.plannedEndDate, ending.to),
            )
          : undefined,
        page.before ? lt(internships.id, page.before) : undefined,
      ),
    )
    .orderBy(desc(internships.id))
    .limit(page.limit + 1);
}

/** What the rules need to know of the young person and the company. */
export async function findPlanningFacts(db: Executor, youthId: string, companyId: string) {
  const [row] = await db
    .select({ readiness: youth.readiness, employeeCount: companies.employeeCount })
    .from(youth)
    .innerJoin(companies, eq(companies.id, companyId))
    .where(eq(youth.id, youthId))
    .limit(1);
  if (!row) throw new Error("the young person or the company of a match is missing");
  return row;
}

/**
 * Locks the company's row until the transaction ends, so approvals and extensions at one company
 * run one after another and each counts the trainees the one before it approved. NO KEY UPDATE: it queues the
 * approvals on each other without blocking inserts that only reference the company.
 */
export async function lockCompany(db: Executor, companyId: string): Promise<void> {
  await db
    .select({ id: companies.id })
    .from(companies)
    .where(eq(companies.id, companyId))
    .for("no key update");
}

/**
 * The company's other internships that hold a seat and overlap the period (both days included):
 * the trainees it would have at the same time, for the rimelighedskrav.
 */
export async function countOverlappingInternships(
  db: Executor,
  companyId: string,
  period: { startDate: string; endDate: string },
  excludeId?: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(internships)
    .where(
      and(
        eq(internships.companyId, companyId),
        inArray(internships.status, [...seatHoldingStatuses]),
        lte(internships.startDate, period.endDate),
        gte(internships.plannedEndDate, period.startDate),
        excludeId ? ne(internships.id, excludeId) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** An internship of the match that is not over: a match leads to one internship at a time. */
export async function findUnfinishedInternshipOfMatch(db: Executor, matchId: string) {
  const [row] = await db
    .select({ id: internships.id })
    .from(internships)
    .where(
      and(
        eq(internships.matchId, matchId),
        inArray(internships.status, ["proposed", ...seatHoldingStatuses]),
      ),
    )
    .limit(1);
  return row;
}

export async function isContactOfCompany(db: Executor, userId: string, companyId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: companyContacts.userId })
    .from(companyContacts)
    .where(and(eq(companyContacts.userId, userId), eq(companyContacts.companyId, companyId)))
    .limit(1);
  return row !== undefined;
}

export async function insertInternship(
  db: Executor,
  values: {
    municipalityId: string;
    matchId: string;
    openingId: string;
    youthId: string;
    companyId: string;
    startDate: string;
    plannedEndDate: string;
    hoursPerWeek: number;
    purpose: string;
    tasks: string | null;
    mentorName: string | null;
    mentorUserId: string | null;
    ruleSetId: string;
    ruleFindings: RuleFinding[];
    overrideReason: string | null;
    overriddenByUserId: string | null;
    proposedByUserId: string;
    now: Date;
  },
): Promise<string> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(internships)
    .values({
      ...columns,
      status: "proposed",
      originalEndDate: values.plannedEndDate,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: internships.id });
  if (!row) throw new Error("internship insert returned nothing");
  return row.id;
}

export async function updateInternship(
  db: Executor,
  id: string,
  changes: Partial<
    Pick<
      typeof internships.$inferInsert,
      | "status"
      | "plannedEndDate"
      | "youthApprovedAt"
      | "staffApprovedAt"
      | "staffApprovedByUserId"
      | "ruleSetId"
      | "ruleFindings"
      | "overrideReason"
      | "overriddenByUserId"
      | "endedAt"
      | "endedEarlyReason"
    >
  >,
  now: Date,
): Promise<void> {
  await db
    .update(internships)
    .set({ ...changes, updatedAt: now })
    .where(eq(internships.id, id));
}

/**
 * Takes one seat of the opening if one is free, in one statement: concurrent approvals queue on
 * the opening's row and each re-reads seats_taken after the one before it commits, so the last
 * seat goes to exactly one of them. The opening shows as filled when that was its last seat.
 */
export async function takeSeat(db: Executor, openingId: string): Promise<boolean> {
  const rows = await db
    .update(openings)
    .set({
      seatsTaken: sql`${openings.seatsTaken} + 1`,
      status: sql`case when ${openings.seatsTaken} + 1 >= ${openings.seats} then 'filled'::opening_status else ${openings.status} end`,
    })
    .where(and(eq(openings.id, openingId), lt(openings.seatsTaken, openings.seats)))
    .returning({ id: openings.id });
  return rows.length > 0;
}

/** Gives a seat back; a filled opening is open again (a paused or closed one stays as it is). */
export async function freeSeat(db: Executor, openingId: string): Promise<void> {
  await db
    .update(openings)
    .set({
      seatsTaken: sql`${openings.seatsTaken} - 1`,
      status: sql`case when ${openings.status} = 'filled' then 'open'::opening_status else ${openings.status} end`,
    })
    .where(and(eq(openings.id, openingId), gte(openings.seatsTaken, 1)));
}

export async function insertExtension(
  db: Executor,
  values: {
    municipalityId: string;
    internshipId: string;
    previousEndDate: string;
    newEndDate: string;
    assessmentNote: string;
    ruleFindings: RuleFinding[];
    overrideReason: string | null;
    createdByUserId: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...columns } = values;
  await db.insert(internshipExtensions).values({ ...columns, createdAt: now });
}

export type ExtensionRow = Awaited<ReturnType<typeof listExtensions>>[number];

export async function listExtensions(db: Executor, internshipId: string) {
  return db
    .select({
      id: internshipExtensions.id,
      previousEndDate: internshipExtensions.previousEndDate,
      newEndDate: internshipExtensions.newEndDate,
      assessmentNote: internshipExtensions.assessmentNote,
      ruleFindings: sql<RuleFinding[]>`${internshipExtensions.ruleFindings}`,
      overrideReason: internshipExtensions.overrideReason,
      createdAt: internshipExtensions.createdAt,
    })
    .from(internshipExtensions)
    .where(eq(internshipExtensions.internshipId, internshipId))
    .orderBy(asc(internshipExtensions.createdAt), asc(internshipExtensions.id));
}

const recorders = alias(users, "recorder");

const absenceColumns = {
  id: internshipAbsences.id,
  internshipId: internshipAbsences.internshipId,
  kind: internshipAbsences.kind,
  fromDate: internshipAbsences.fromDate,
  toDate: internshipAbsences.toDate,
  note: internshipAbsences.note,
  recorderRole: recorders.role,
  createdAt: internshipAbsences.createdAt,
};

export type AbsenceRow = Awaited<ReturnType<typeof listAbsences>>[number];

/** The absences of some internships, in date order; the recorder's role tells whose note it is. */
export async function listAbsences(db: Executor, internshipIds: readonly string[]) {
  if (internshipIds.length === 0) return [];
  return db
    .select(absenceColumns)
    .from(internshipAbsences)
    .innerJoin(recorders, eq(recorders.id, internshipAbsences.recordedByUserId))
    .where(inArray(internshipAbsences.internshipId, [...internshipIds]))
    .orderBy(asc(internshipAbsences.fromDate), asc(internshipAbsences.id));
}

export async function insertAbsence(
  db: Executor,
  values: {
    municipalityId: string;
    internshipId: string;
    kind: AbsenceKind;
    fromDate: string;
    toDate: string;
    note: string | null;
    recordedByUserId: string;
    now: Date;
  },
): Promise<AbsenceRow> {
  const { now, ...columns } = values;
  const [inserted] = await db
    .insert(internshipAbsences)
    .values({ ...columns, createdAt: now })
    .returning({ id: internshipAbsences.id });
  if (!inserted) throw new Error("absence insert returned nothing");
  const [row] = await db
    .select(absenceColumns)
    .from(internshipAbsences)
    .innerJoin(recorders, eq(recorders.id, internshipAbsences.recordedByUserId))
    .where(eq(internshipAbsences.id, inserted.id));
  if (!row) throw new Error("an inserted absence disappeared");
  return row;
}

const checkInColumns = {
  id: internshipCheckIns.id,
  internshipId: internshipCheckIns.internshipId,
  side: internshipCheckIns.side,
  weekStart: internshipCheckIns.weekStart,
  rating: internshipCheckIns.rating,
  comment: internshipCheckIns.comment,
  createdAt: internshipCheckIns.createdAt,
};

export type CheckInRow = Awaited<ReturnType<typeof listCheckIns>>[number];

/** The check-ins of some internships, newest week first. */
export async function listCheckIns(db: Executor, internshipIds: readonly string[]) {
  if (internshipIds.length === 0) return [];
  return db
    .select(checkInColumns)
    .from(internshipCheckIns)
    .where(inArray(internshipCheckIns.internshipId, [...internshipIds]))
    .orderBy(desc(internshipCheckIns.weekStart), asc(internshipCheckIns.side));
}

/** Undefined when this side has already checked in this week (internship_check_ins_one_per_week). */
export async function insertCheckIn(
  db: Executor,
  values: {
    municipalityId: string;
    internshipId: string;
    side: InternshipSide;
    weekStart: string;
    rating: number;
    comment: string | null;
    authorUserId: string;
    now: Date;
  },
): Promise<CheckInRow | undefined> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(internshipCheckIns)
    .values({ ...columns, createdAt: now })
    .onConflictDoNothing({
      target: [internshipCheckIns.internshipId, internshipCheckIns.side, internshipCheckIns.weekStart],
    })
    .returning(checkInColumns);
  return row;
}

const evaluationColumns = {
  id: internshipEvaluations.id,
  side: internshipEvaluations.side,
  wentWell: internshipEvaluations.wentWell,
  showed: internshipEvaluations.showed,
  createdAt: internshipEvaluations.createdAt,
};

export type EvaluationRow = Awaited<ReturnType<typeof listEvaluations>>[number];

export async function listEvaluations(db: Executor, internshipId: string) {
  return db
    .select(evaluationColumns)
    .from(internshipEvaluations)
    .where(eq(internshipEvaluations.internshipId, internshipId))
    .orderBy(asc(internshipEvaluations.side));
}

/** Undefined when this side has already evaluated (internship_evaluations_one_per_side). */
export async function insertEvaluation(
  db: Executor,
  values: {
    municipalityId: string;
    internshipId: string;
    side: InternshipSide;
    wentWell: string;
    showed: string;
    authorUserId: string;
    now: Date;
  },
): Promise<EvaluationRow | undefined> {
  const { now, ...columns } = values;
  const [row] = await db
    .insert(internshipEvaluations)
    .values({ ...columns, createdAt: now })
    .onConflictDoNothing({ target: [internshipEvaluations.internshipId, internshipEvaluations.side] })
    .returning(evaluationColumns);
  return row;
}

/** A staff member to be told of an internship they decided on; none when no longer active. */
export async function findActiveUser(db: Executor, userId: string): Promise<NotificationRecipient[]> {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.status, "active")));
}

/** The young person's counsellor, to be told of their internship; none when unassigned or inactive. */
export async function findCounsellorOf(db: Executor, youthId: string): Promise<NotificationRecipient[]> {
  return db
    .select({ userId: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(youth)
    .innerJoin(users, eq(users.id, youth.counsellorUserId))
    .where(and(eq(youth.id, youthId), eq(users.status, "active")));
}
