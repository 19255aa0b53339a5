import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";
import { youth } from "../youth/youth.tables.js";

export const networkMeetingStatuses = ["planned", "cancelled"] as const;
export const networkMeetingStatusEnum = pgEnum("network_meeting_status", networkMeetingStatuses);

/**
 * A meeting of the municipality's company network (virksomhedsnetværk), 5-6 a year. Held at a place,
 * at a host company, or both. `sequence` rises on every change, for calendars.
 */
export const networkMeetings = pgTable(
  "network_meetings",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    title: text("title").notNull(),
    startsAt: timestampColumn("starts_at").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    place: text("place"),
    hostCompanyId: uuid("host_company_id").references(() => companies.id),
    agenda: text("agenda"),
    status: networkMeetingStatusEnum("status").notNull().default("planned"),
    cancelReason: text("cancel_reason"),
    /** Short minutes staff attach afterwards; shown to the invited companies. */
    minutes: text("minutes"),
    sequence: integer("sequence").notNull().default(0),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("network_meetings_municipality_idx").on(table.municipalityId, table.startsAt),
    check("network_meetings_duration", sql`${table.durationMinutes} between 15 and 600`),
    check(
      "network_meetings_place_or_host",
      sql`${table.place} is not null or ${table.hostCompanyId} is not null`,
    ),
  ],
);

/** A company invited to a network meeting; `attended` is recorded by staff afterwards (null: not yet). */
export const networkMeetingInvitations = pgTable(
  "network_meeting_invitations",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => networkMeetings.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    attended: boolean("attended"),
    attendanceRecordedByUserId: uuid("attendance_recorded_by_user_id").references(() => users.id),
    attendanceRecordedAt: timestampColumn("attendance_recorded_at"),
    createdAt: createdAtColumn(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.companyId] }),
    index("network_meeting_invitations_company_idx").on(table.companyId),
  ],
);

export const networkMeetingAnswers = ["yes", "no", "maybe"] as const;
export const networkMeetingAnswerEnum = pgEnum("network_meeting_answer", networkMeetingAnswers);

/** An invited company's contact answering yes / no / maybe; the latest answer counts. */
export const networkMeetingResponses = pgTable(
  "network_meeting_responses",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => networkMeetings.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    answer: networkMeetingAnswerEnum("answer").notNull(),
    answeredAt: timestampColumn("answered_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.userId] }),
    index("network_meeting_responses_company_idx").on(table.meetingId, table.companyId),
  ],
);

/**
 * A company contact refers a young person (who consented to be seen by companies) to another
 * company of the network. Both are told; the young person decides whether to show interest.
 */
export const companyReferrals = pgTable(
  "company_referrals",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    fromCompanyId: uuid("from_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    fromUserId: uuid("from_user_id")
      .notNull()
      .references(() => users.id),
    toCompanyId: uuid("to_company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    note: text("note").notNull(),
    /** The young person put it aside ("not now"); they may still show interest later. */
    youthDismissedAt: timestampColumn("youth_dismissed_at"),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("company_referrals_youth_idx").on(table.youthId, table.createdAt),
    index("company_referrals_to_company_idx").on(table.toCompanyId, table.createdAt),
    check("company_referrals_note_length", sql`char_length(${table.note}) between 1 and 1000`),
    check("company_referrals_other_company", sql`${table.fromCompanyId} <> ${table.toCompanyId}`),
  ],
);
