import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { companies } from "../companies/companies.tables.js";
import { createdAtColumn, idColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";
import { wishes } from "../wishes/wishes.tables.js";

export const openingStatuses = ["open", "paused", "filled", "closed"] as const;
export const openingStatusEnum = pgEnum("opening_status", openingStatuses);

/** An internship opening (praktikmulighed) posted by a company. */
export const openings = pgTable(
  "openings",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    occupationField: text("occupation_field").notNull(),
    description: text("description").notNull(),
    tasks: text("tasks"),
    /** What one can learn there. */
    learning: text("learning"),
    /** Strength codes: qualities wanted, in resource words rather than diplomas. */
    qualitiesWanted: text("qualities_wanted").array().notNull().default(sql`'{}'::text[]`),
    hoursPerWeek: integer("hours_per_week").notNull(),
    durationWeeks: integer("duration_weeks"),
    seats: integer("seats").notNull().default(1),
    /** Seats taken by approved internships; an approval takes one only while one is free. */
    seatsTaken: integer("seats_taken").notNull().default(0),
    earliestStart: date("earliest_start", { mode: "string" }),
    workplacePostalCode: text("workplace_postal_code").notNull(),
    mentorName: text("mentor_name"),
    /** Support codes from the shared vocabulary, e.g. flexible-hours, quiet-workspace. */
    supportOffered: text("support_offered").array().notNull().default(sql`'{}'::text[]`),
    requiresDrivingLicence: boolean("requires_driving_licence").notNull().default(false),
    languagesRequired: text("languages_required").array().notNull().default(sql`'{}'::text[]`),
    status: openingStatusEnum("status").notNull().default("open"),
    /** The wish this opening answers, when a company created it for a young person's wish. */
    wishId: uuid("wish_id").references(() => wishes.id, { onDelete: "set null" }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("openings_municipality_idx").on(table.municipalityId, table.status, table.id),
    index("openings_company_idx").on(table.companyId),
    check("openings_hours_at_least_15", sql`${table.hoursPerWeek} >= 15`),
    check("openings_seats_at_least_1", sql`${table.seats} >= 1`),
    check("openings_seats_taken_within_seats", sql`${table.seatsTaken} between 0 and ${table.seats}`),
  ],
);
