import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";
import { youth } from "../youth/youth.tables.js";

export const networkGroupStatuses = ["active", "closed"] as const;
export const networkGroupStatusEnum = pgEnum("network_group_status", networkGroupStatuses);

/**
 * A network group (netværksgruppe): young people who meet every week to share experiences and
 * support each other, with staff facilitators. The weekly slot is in Europe/Copenhagen local time.
 */
export const networkGroups = pgTable(
  "network_groups",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    name: text("name").notNull(),
    /** ISO weekday, 1 = Monday. */
    weekday: integer("weekday").notNull(),
    /** Local time of day, "HH:MM". */
    startTime: text("start_time").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    place: text("place"),
    videoLink: text("video_link"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    status: networkGroupStatusEnum("status").notNull().default("active"),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("network_groups_municipality_idx").on(table.municipalityId, table.status),
    check("network_groups_weekday", sql`${table.weekday} between 1 and 7`),
    check("network_groups_start_time", sql`${table.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("network_groups_duration", sql`${table.durationMinutes} between 15 and 480`),
    check("network_groups_place_or_link", sql`${table.place} is not null or ${table.videoLink} is not null`),
  ],
);

/** The staff who facilitate a group. */
export const networkGroupFacilitators = pgTable(
  "network_group_facilitators",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroups.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.userId] })],
);

/** Membership over time: leftOn ends it, so history is kept; at most one open membership per young person. */
export const networkGroupMemberships = pgTable(
  "network_group_memberships",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroups.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    joinedOn: date("joined_on", { mode: "string" }).notNull(),
    leftOn: date("left_on", { mode: "string" }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("network_group_memberships_one_active").on(table.youthId).where(sql`${table.leftOn} is null`),
    index("network_group_memberships_group_idx").on(table.groupId, table.leftOn),
  ],
);

export const groupMeetingStatuses = ["planned", "cancelled"] as const;
export const groupMeetingStatusEnum = pgEnum("group_meeting_status", groupMeetingStatuses);

/**
 * A meeting of a group: generated from the weekly slot (slotDate set, so generation never makes it
 * twice, even after it was moved) or added by hand. `sequence` rises on every change, for calendars.
 */
export const groupMeetings = pgTable(
  "group_meetings",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroups.id, { onDelete: "cascade" }),
    /** The local date of the weekly slot this meeting was generated for; null for one added by hand. */
    slotDate: date("slot_date", { mode: "string" }),
    startsAt: timestampColumn("starts_at").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    place: text("place"),
    videoLink: text("video_link"),
    theme: text("theme"),
    agenda: text("agenda"),
    status: groupMeetingStatusEnum("status").notNull().default("planned"),
    cancelReason: text("cancel_reason"),
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("group_meetings_one_per_slot")
      .on(table.groupId, table.slotDate)
      .where(sql`${table.slotDate} is not null`),
    index("group_meetings_group_idx").on(table.groupId, table.startsAt),
    index("group_meetings_municipality_idx").on(table.municipalityId, table.startsAt),
  ],
);

/** "I can't come": a member's notice before a meeting, with an optional reason. */
export const groupMeetingNotices = pgTable(
  "group_meeting_notices",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    reason: text("reason"),
    createdAt: createdAtColumn(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.youthId] })],
);

export const attendanceStatuses = ["present", "absent_with_notice", "absent"] as const;
export const attendanceStatusEnum = pgEnum("attendance_status", attendanceStatuses);

/** Attendance the facilitator takes. */
export const groupMeetingAttendance = pgTable(
  "group_meeting_attendance",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    status: attendanceStatusEnum("status").notNull(),
    recordedByUserId: uuid("recorded_by_user_id")
      .notNull()
      .references(() => users.id),
    recordedAt: timestampColumn("recorded_at").notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.meetingId, table.youthId] }),
    index("group_meeting_attendance_youth_idx").on(table.youthId),
  ],
);

/**
 * The group's board: short plain-text posts and replies (parentPostId) by members and facilitators,
 * seen by the group only. The author may hide their own post; a facilitator any, with a reason.
 */
export const groupBoardPosts = pgTable(
  "group_board_posts",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    groupId: uuid("group_id")
      .notNull()
      .references(() => networkGroups.id, { onDelete: "cascade" }),
    parentPostId: uuid("parent_post_id"),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAtColumn(),
    hiddenAt: timestampColumn("hidden_at"),
    hiddenByUserId: uuid("hidden_by_user_id").references(() => users.id),
    hiddenReason: text("hidden_reason"),
  },
  (table) => [
    index("group_board_posts_group_idx").on(table.groupId, table.createdAt),
    index("group_board_posts_parent_idx").on(table.parentPostId),
    check("group_board_posts_body_length", sql`char_length(${table.body}) between 1 and 2000`),
  ],
);

/** A member's private reflection after a meeting; the counsellor sees it only when shared. */
export const groupReflections = pgTable(
  "group_reflections",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => groupMeetings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    sharedWithCounsellor: boolean("shared_with_counsellor").notNull().default(false),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("group_reflections_one_per_meeting").on(table.meetingId, table.youthId),
    check("group_reflections_text_length", sql`char_length(${table.text}) between 1 and 4000`),
  ],
);
