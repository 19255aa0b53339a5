import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";
import { openings } from "../openings/openings.tables.js";
import { youth } from "../youth/youth.tables.js";

/** Who marked an interest: the young person, or a contact of the opening's company. */
export const interestSides = ["youth", "company"] as const;
export const interestSideEnum = pgEnum("interest_side", interestSides);

/**
 * Interest (interesse) in a young person x opening pair, from one side. Withdrawing keeps the row
 * (withdrawn_at) so the pipeline and the evaluation can count it; at most one live interest per side.
 */
export const interests = pgTable(
  "interests",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    side: interestSideEnum("side").notNull(),
    message: text("message"),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
    withdrawnAt: timestampColumn("withdrawn_at"),
  },
  (table) => [
    uniqueIndex("interests_live_unique")
      .on(table.openingId, table.youthId, table.side)
      .where(sql`${table.withdrawnAt} is null`),
    index("interests_municipality_idx").on(table.municipalityId, table.createdAt),
    index("interests_youth_idx").on(table.youthId),
    check("interests_message_length", sql`char_length(${table.message}) <= 1000`),
  ],
);

export const matchStatuses = ["active", "ended"] as const;
export const matchStatusEnum = pgEnum("match_status", matchStatuses);

/** Why a match was ended, from a fixed list so the other side can be told kindly in their language. */
export const matchEndReasons = [
  "found_other_internship",
  "not_the_right_fit",
  "timing",
  "no_longer_looking",
  "opening_filled",
  "other",
] as const;
export const matchEndReasonEnum = pgEnum("match_end_reason", matchEndReasons);

/**
 * A match: interest from both sides for one young person and one opening. Unique per pair, so two
 * simultaneous interests create it once. The match is also the conversation between the young
 * person and the company's contacts.
 */
export const matches = pgTable(
  "matches",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    status: matchStatusEnum("status").notNull().default("active"),
    createdAt: createdAtColumn(),
    /** The last message, meeting change or status change: what staff see instead of the text. */
    lastActivityAt: timestampColumn("last_activity_at").notNull().defaultNow(),
    endedAt: timestampColumn("ended_at"),
    endedByUserId: uuid("ended_by_user_id").references(() => users.id),
    endReason: matchEndReasonEnum("end_reason"),
  },
  (table) => [
    unique("matches_pair_unique").on(table.openingId, table.youthId),
    index("matches_municipality_idx").on(table.municipalityId, table.status, table.createdAt),
    index("matches_youth_idx").on(table.youthId),
    index("matches_company_idx").on(table.companyId),
  ],
);

/** Per participant of a conversation: how far they have read, and when they were last emailed about it. */
export const matchParticipantMarks = pgTable(
  "match_participant_marks",
  {
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readUpTo: timestampColumn("read_up_to"),
    lastEmailedAt: timestampColumn("last_emailed_at"),
  },
  (table) => [primaryKey({ columns: [table.matchId, table.userId] })],
);

/** A message in a match's conversation: plain text, never HTML. */
export const messages = pgTable(
  "messages",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("messages_match_idx").on(table.matchId, table.id),
    check("messages_body_length", sql`char_length(${table.body}) between 1 and 4000`),
  ],
);

/** A participant's report of a message; staff of the municipality review it with the message. */
export const messageReports = pgTable(
  "message_reports",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    messageId: uuid("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    reportedByUserId: uuid("reported_by_user_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    createdAt: createdAtColumn(),
    resolvedAt: timestampColumn("resolved_at"),
    resolvedByUserId: uuid("resolved_by_user_id").references(() => users.id),
    resolutionNote: text("resolution_note"),
  },
  (table) => [
    unique("message_reports_once_per_reporter").on(table.messageId, table.reportedByUserId),
    index("message_reports_municipality_idx").on(table.municipalityId, table.resolvedAt, table.id),
    check("message_reports_reason_length", sql`char_length(${table.reason}) between 1 and 1000`),
  ],
);

export const meetingStatuses = ["proposed", "accepted", "declined", "cancelled"] as const;
export const meetingStatusEnum = pgEnum("meeting_status", meetingStatuses);

/**
 * A first meeting (kaffemøde): one side proposes one to three times and a place, the other accepts
 * one. `sequence` counts changes, so calendar apps replace the earlier invitation (RFC 5545).
 */
export const meetings = pgTable(
  "meetings",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    matchId: uuid("match_id")
      .notNull()
      .references(() => matches.id, { onDelete: "cascade" }),
    proposedByUserId: uuid("proposed_by_user_id")
      .notNull()
      .references(() => users.id),
    proposedBySide: interestSideEnum("proposed_by_side").notNull(),
    place: text("place").notNull(),
    proposedTimes: timestampColumn("proposed_times").array().notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(60),
    acceptedTime: timestampColumn("accepted_time"),
    respondedByUserId: uuid("responded_by_user_id").references(() => users.id),
    status: meetingStatusEnum("status").notNull().default("proposed"),
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("meetings_match_idx").on(table.matchId, table.createdAt),
    index("meetings_municipality_idx").on(table.municipalityId, table.status),
    check("meetings_one_to_three_times", sql`cardinality(${table.proposedTimes}) between 1 and 3`),
    check("meetings_duration", sql`${table.durationMinutes} between 15 and 480`),
  ],
);

export const chemistryAnswers = ["yes", "maybe", "no"] as const;
export const chemistryAnswerEnum = pgEnum("chemistry_answer", chemistryAnswers);

/** "Did the chemistry work?", once per side per meeting. */
export const meetingFeedback = pgTable(
  "meeting_feedback",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    side: interestSideEnum("side").notNull(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    chemistry: chemistryAnswerEnum("chemistry").notNull(),
    comment: text("comment"),
    createdAt: createdAtColumn(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.side] }),
    check("meeting_feedback_comment_length", sql`char_length(${table.comment}) <= 2000`),
  ],
);

/**
 * "Not for me": a user hides one young person x opening pair from their own recommendations. For a
 * young person that hides the opening; for a company contact or staff member it hides the young
 * person for that opening.
 */
export const recommendationDismissals = pgTable(
  "recommendation_dismissals",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    createdAt: createdAtColumn(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.youthId, table.openingId] })],
);

/**
 * A counter per municipality, raised by triggers on every change to what recommendations are built
 * from (openings, companies, young people, profiles, consents). The in-memory candidate index of
 * each server process compares it on every request, so no process serves a stale index, however
 * many run on one database.
 */
export const matchingIndexVersions = pgTable("matching_index_versions", {
  municipalityId: uuid("municipality_id")
    .primaryKey()
    .references(() => municipalities.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(1),
});
