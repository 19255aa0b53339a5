import { doublePrecision, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The shared vocabulary of occupation fields, used by profiles, openings and wishes so that
 * matching compares like with like. Codes are stable; a field is never deleted, only retired.
 */
export const occupationFields = pgTable("occupation_fields", {
  code: text("code").primaryKey(),
  nameDa: text("name_da").notNull(),
  nameEn: text("name_en").notNull(),
  /** ISCO-08 major (1 digit) or sub-major (2 digits) group this field maps to. */
  iscoCode: text("isco_code").notNull(),
  introducedInVersion: integer("introduced_in_version").notNull(),
  retiredInVersion: integer("retired_in_version"),
});

/** Strengths in resource words, shared by young people's profiles and openings' "qualities wanted". */
export const strengths = pgTable("strengths", {
  code: text("code").primaryKey(),
  nameDa: text("name_da").notNull(),
  nameEn: text("name_en").notNull(),
  introducedInVersion: integer("introduced_in_version").notNull(),
  retiredInVersion: integer("retired_in_version"),
});

/** Danish postal codes with a town-centre coordinate, for town names and distances. */
export const postalCodes = pgTable("postal_codes", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  latitude: doublePrecision("latitude").notNull(),
  longitude: doublePrecision("longitude").notNull(),
});
