import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";
import { matches } from "../matching/matching.tables.js";
import { openings } from "../openings/openings.tables.js";
import { youth } from "../youth/youth.tables.js";

/**
 * planned (participants being added) -> ranking (the window is open) -> proposed (staff ran the
 * assignment and review it) -> published (pairs became matches). Staff may run it again while proposed.
 */
export const matchmakingEventStatuses = ["planned", "ranking", "proposed", "published"] as const;
export const matchmakingEventStatusEnum = pgEnum("matchmaking_event_status", matchmakingEventStatuses);

/** A matchmaking event (matchmaking-arrangement): many young people meet many companies. */
export const matchmakingEvents = pgTable(
  "matchmaking_events",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    title: text("title").notNull(),
    eventDate: date("event_date", { mode: "string" }).notNull(),
    place: text("place").notNull(),
    rankingOpensAt: timestampColumn("ranking_opens_at").notNull(),
    rankingClosesAt: timestampColumn("ranking_closes_at").notNull(),
    status: matchmakingEventStatusEnum("status").notNull().default("planned"),
    /** The figures of the last proposal: choices got, unassigned young people, free seats. */
    proposalSummary: jsonb("proposal_summary"),
    proposedAt: timestampColumn("proposed_at"),
    publishedAt: timestampColumn("published_at"),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("matchmaking_events_municipality_idx").on(table.municipalityId, table.eventDate),
    check("matchmaking_events_window", sql`${table.rankingClosesAt} > ${table.rankingOpensAt}`),
  ],
);

export const matchmakingEventYouth = pgTable(
  "matchmaking_event_youth",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.youthId] }),
    index("matchmaking_event_youth_youth_idx").on(table.youthId),
  ],
);

/** An opening taking part, with the seats it brings (its free seats when added). */
export const matchmakingEventOpenings = pgTable(
  "matchmaking_event_openings",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id, { onDelete: "cascade" }),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    capacity: integer("capacity").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.openingId] }),
    check("matchmaking_event_openings_capacity", sql`${table.capacity} >= 0`),
  ],
);

/** A young person's ranked list: the openings they would like, 1 = most. */
export const matchmakingYouthRankings = pgTable(
  "matchmaking_youth_rankings",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    rank: integer("rank").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.youthId, table.openingId] }),
    unique("matchmaking_youth_rankings_rank_unique").on(table.eventId, table.youthId, table.rank),
    check("matchmaking_youth_rankings_rank", sql`${table.rank} between 1 and 10`),
  ],
);

/** Per opening, the young people the company would welcome, 1 = most; unranked ones are not acceptable. */
export const matchmakingCompanyRankings = pgTable(
  "matchmaking_company_rankings",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id, { onDelete: "cascade" }),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    rank: integer("rank").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.openingId, table.youthId] }),
    unique("matchmaking_company_rankings_rank_unique").on(table.eventId, table.openingId, table.rank),
    check("matchmaking_company_rankings_rank", sql`${table.rank} >= 1`),
  ],
);

/** The proposed assignment: one row per assigned young person; staff may leave a pair out. */
export const matchmakingProposals = pgTable(
  "matchmaking_proposals",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => matchmakingEvents.id, { onDelete: "cascade" }),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    openingId: uuid("opening_id")
      .notNull()
      .references(() => openings.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    /** 1 = the young person's first choice. */
    choice: integer("choice").notNull(),
    leftOut: boolean("left_out").notNull().default(false),
    matchId: uuid("match_id").references(() => matches.id, { onDelete: "set null" }),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.youthId] }),
    index("matchmaking_proposals_opening_idx").on(table.eventId, table.openingId),
  ],
);
