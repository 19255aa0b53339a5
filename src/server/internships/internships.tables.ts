import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";
import { matches } from "../matching/matching.tables.js";
import { openings } from "../openings/openings.tables.js";
import { youth } from "../youth/youth.tables.js";

/**
 * proposed -> approved (the young person and staff both said yes) -> active (started) ->
 * completed | ended_early; `extended` is an active internship whose end was moved with an assessment.
 */
export const internshipStatuses = [
  "proposed",
  "approved",
  "active",
  "extended",
  "completed",
  "ended_early",
] as const;
export const internshipStatusEnum = pgEnum("internship_status", internshipStatuses);

/** An internship (praktikforløb), agreed from a match. */
export const internships = pgTable(
  "internships",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id),
    status: internshipStatusEnum("status").notNull().default("proposed"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    /** The end first agreed; plannedEndDate moves with each extension. */
    originalEndDate: date("original_end_date", { mode: "string" }).notNull(),
    plannedEndDate: date("planned_end_date", { mode: "string" }).notNull(),
    hoursPerWeek: integer("hours_per_week").notNull(),
    /** What the young person should learn or show: required by the rules of virksomhedspraktik. */
    purpose: text("purpose").notNull(),
    tasks: text("tasks"),
    mentorName: text("mentor_name"),
    mentorUserId: uuid("mentor_user_id").references(() => users.id),
    /** The rule set the internship was checked by (its start date picks it) and what it found. */
    ruleSetId: text("rule_set_id").notNull(),
    ruleFindings: jsonb("rule_findings").notNull().default(sql`'[]'::jsonb`),
    /** A staff member's written reason for going ahead despite a rule breach (audited). */
    overrideReason: text("override_reason"),
    overriddenByUserId: uuid("overridden_by_user_id").references(() => users.id),
    proposedByUserId: uuid("proposed_by_user_id")
      .notNull()
      .references(() => users.id),
    youthApprovedAt: timestampColumn("youth_approved_at"),
    staffApprovedAt: timestampColumn("staff_approved_at"),
    staffApprovedByUserId: uuid("staff_approved_by_user_id").references(() => users.id),
    endedAt: timestampColumn("ended_at"),
    endedEarlyReason: text("ended_early_reason"),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("internships_municipality_idx").on(table.municipalityId, table.status, table.plannedEndDate),
    index("internships_youth_idx").on(table.youthId),
    index("internships_company_idx").on(table.companyId, table.status),
    index("internships_match_idx").on(table.matchId),
    check("internships_hours_positive", sql`${table.hoursPerWeek} > 0`),
    check("internships_end_after_start", sql`${table.plannedEndDate} >= ${table.startDate}`),
  ],
);

/** An extension: the new end and the assessment that justified it, kept as history. */
export const internshipExtensions = pgTable("internship_extensions", {
  id: idColumn(),
  municipalityId: uuid("municipality_id")
    .notNull()
    .references(() => municipalities.id),
  internshipId: uuid("internship_id")
    .notNull()
    .references(() => internships.id, { onDelete: "cascade" }),
  previousEndDate: date("previous_end_date", { mode: "string" }).notNull(),
  newEndDate: date("new_end_date", { mode: "string" }).notNull(),
  assessmentNote: text("assessment_note").notNull(),
  ruleFindings: jsonb("rule_findings").notNull().default(sql`'[]'::jsonb`),
  overrideReason: text("override_reason"),
  createdByUserId: uuid("created_by_user_id")
    .notNull()
    .references(() => users.id),
  createdAt: createdAtColumn(),
});

export const absenceKinds = ["sick", "other"] as const;
export const absenceKindEnum = pgEnum("absence_kind", absenceKinds);

/** Days away from the internship, entered by the young person, the mentor or staff. */
export const internshipAbsences = pgTable(
  "internship_absences",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    internshipId: uuid("internship_id")
      .notNull()
      .references(() => internships.id, { onDelete: "cascade" }),
    kind: absenceKindEnum("kind").notNull(),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }).notNull(),
    note: text("note"),
    recordedByUserId: uuid("recorded_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("internship_absences_internship_idx").on(table.internshipId, table.fromDate),
    check("internship_absences_dates", sql`${table.toDate} >= ${table.fromDate}`),
  ],
);

/** Who writes a check-in or an evaluation: the young person, or the company (mentor or contact). */
export const internshipSides = ["youth", "company"] as const;
export const internshipSideEnum = pgEnum("internship_side", internshipSides);

/** The short weekly check-in: how is it going, 1-5, and a comment; one per side per week. */
export const internshipCheckIns = pgTable(
  "internship_check_ins",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    internshipId: uuid("internship_id")
      .notNull()
      .references(() => internships.id, { onDelete: "cascade" }),
    side: internshipSideEnum("side").notNull(),
    /** The Monday of the ISO week the check-in is about. */
    weekStart: date("week_start", { mode: "string" }).notNull(),
    rating: integer("rating").notNull(),
    comment: text("comment"),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
  },
  (table) => [
    unique("internship_check_ins_one_per_week").on(table.internshipId, table.side, table.weekStart),
    check("internship_check_ins_rating", sql`${table.rating} between 1 and 5`),
  ],
);

/** At the end, each side's short evaluation; it feeds the young person's work identity. */
export const internshipEvaluations = pgTable(
  "internship_evaluations",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    internshipId: uuid("internship_id")
      .notNull()
      .references(() => internships.id, { onDelete: "cascade" }),
    side: internshipSideEnum("side").notNull(),
    wentWell: text("went_well").notNull(),
    /** What the young person showed: strengths seen at work. */
    showed: text("showed").notNull(),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
  },
  (table) => [unique("internship_evaluations_one_per_side").on(table.internshipId, table.side)],
);
