import { index, integer, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities } from "../db/schema.js";
import { youth } from "../youth/youth.tables.js";

export const wishStatuses = ["open", "answered", "withdrawn"] as const;
export const wishStatusEnum = pgEnum("wish_status", wishStatuses);

/** "I would like to try ...": posted by a young person; companies may answer with an opening. */
export const wishes = pgTable(
  "wishes",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    occupationField: text("occupation_field").notNull(),
    description: text("description").notNull(),
    hoursPerWeek: integer("hours_per_week"),
    /** Where the young person would like it to be. */
    areaPostalCode: text("area_postal_code"),
    status: wishStatusEnum("status").notNull().default("open"),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [index("wishes_municipality_idx").on(table.municipalityId, table.status, table.id)],
);
