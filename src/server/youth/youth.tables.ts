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
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";

export const youthStatuses = ["applicant", "active", "paused", "completed", "dropped_out"] as const;
export const youthStatusEnum = pgEnum("youth_status", youthStatuses);
export const trialArmEnum = pgEnum("trial_arm", ["intervention", "control"]);
/** The jobcenter's assessment; it sets how long a virksomhedspraktik may last (internship rules). */
export const youthReadinesses = ["job_ready", "education_ready", "other"] as const;
export const youthReadinessEnum = pgEnum("youth_readiness", youthReadinesses);

/** A young person in the programme. The name and email live on the linked `youth` user. */
export const youth = pgTable(
  "youth",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    userId: uuid("user_id")
      .notNull()
      .unique()
      .references(() => users.id),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    phone: text("phone"),
    postalCode: text("postal_code").notNull(),
    /** AES-256-GCM ciphertext of the CPR number (see platform/field-encryption.ts); never the number. */
    cprEncrypted: text("cpr_encrypted"),
    /** Keyed HMAC of the CPR number, so duplicates are found without decrypting. */
    cprLookupHash: text("cpr_lookup_hash").unique(),
    counsellorUserId: uuid("counsellor_user_id").references(() => users.id),
    status: youthStatusEnum("status").notNull().default("applicant"),
    trialArm: trialArmEnum("trial_arm"),
    readiness: youthReadinessEnum("readiness").notNull().default("other"),
    enrolledOn: date("enrolled_on", { mode: "string" }).notNull(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("youth_municipality_idx").on(table.municipalityId, table.id),
    index("youth_counsellor_idx").on(table.counsellorUserId),
  ],
);

export const profileParts = [
  "aboutMe",
  "strengths",
  "interests",
  "experiences",
  "wantsToLearn",
  "availability",
  "travel",
  "drivingLicence",
  "languages",
  "earliestStart",
] as const;
export type ProfilePart = (typeof profileParts)[number];
export type PartVisibility = "network" | "private";

export interface Experience {
  kind: "job" | "school" | "volunteering" | "hobby" | "other";
  title: string;
  description?: string;
  from?: string;
  to?: string;
}

/** The resource profile (ressourceprofil): one row per young person, saved part by part. */
export const youthResourceProfiles = pgTable("youth_resource_profiles", {
  youthId: uuid("youth_id")
    .primaryKey()
    .references(() => youth.id, { onDelete: "cascade" }),
  municipalityId: uuid("municipality_id")
    .notNull()
    .references(() => municipalities.id),
  aboutMe: text("about_me"),
  /** Strength codes from the shared vocabulary. */
  strengths: text("strengths").array().notNull().default(sql`'{}'::text[]`),
  /** Occupation field codes from the shared vocabulary. */
  interests: text("interests").array().notNull().default(sql`'{}'::text[]`),
  experiences: jsonb("experiences").$type<Experience[]>().notNull().default([]),
  wantsToLearn: text("wants_to_learn"),
  hoursPerWeek: integer("hours_per_week"),
  /** ISO weekday numbers, 1 = Monday. */
  weekdays: integer("weekdays").array().notNull().default(sql`'{}'::int[]`),
  maxTravelKm: integer("max_travel_km"),
  drivingLicence: boolean("driving_licence"),
  /** ISO 639-1 codes, e.g. da, en, ar. */
  languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
  earliestStart: date("earliest_start", { mode: "string" }),
  /** Visibility per part; a part missing here is `network`. Nothing is visible without consent. */
  visibility: jsonb("visibility").$type<Partial<Record<ProfilePart, PartVisibility>>>().notNull().default({}),
  updatedAt: updatedAtColumn(),
});

export const consentKinds = [
  "profile_visible_to_companies",
  "contact_by_companies",
  "research_participation",
] as const;
export const consentKindEnum = pgEnum("consent_kind", consentKinds);

/** Consent history, append-only: the newest row per kind is the current state. */
export const youthConsents = pgTable(
  "youth_consents",
  {
    id: idColumn(),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    kind: consentKindEnum("kind").notNull(),
    granted: boolean("granted").notNull(),
    /** The version of the consent text the young person saw, e.g. "2026-11-1". */
    textVersion: text("text_version").notNull(),
    recordedAt: timestampColumn("recorded_at").notNull(),
    recordedByUserId: uuid("recorded_by_user_id").references(() => users.id),
  },
  (table) => [index("youth_consents_youth_idx").on(table.youthId, table.kind, table.recordedAt)],
);

/** Progress dimensions (bevægelser), each 1-10, recorded over time. */
export const youthProgressScores = pgTable(
  "youth_progress_scores",
  {
    id: idColumn(),
    youthId: uuid("youth_id")
      .notNull()
      .references(() => youth.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    recordedOn: date("recorded_on", { mode: "string" }).notNull(),
    direction: integer("direction").notNull(),
    persistence: integer("persistence").notNull(),
    curiosity: integer("curiosity").notNull(),
    resilience: integer("resilience").notNull(),
    selfEsteem: integer("self_esteem").notNull(),
    recordedByUserId: uuid("recorded_by_user_id").references(() => users.id),
    createdAt: createdAtColumn(),
  },
  (table) => [
    index("youth_progress_youth_idx").on(table.youthId, table.recordedOn),
    check(
      "youth_progress_scores_range",
      sql`${table.direction} between 1 and 10 and ${table.persistence} between 1 and 10 and ${table.curiosity} between 1 and 10 and ${table.resilience} between 1 and 10 and ${table.selfEsteem} between 1 and 10`,
    ),
  ],
);

/**
 * Sensitive support information (GDPR art. 9), kept apart from everything else and encrypted
 * field by field. Only the young person and their own counsellor read it, always audited.
 */
export const youthSensitiveInformation = pgTable("youth_sensitive_information", {
  youthId: uuid("youth_id")
    .primaryKey()
    .references(() => youth.id, { onDelete: "cascade" }),
  municipalityId: uuid("municipality_id")
    .notNull()
    .references(() => municipalities.id),
  healthEncrypted: text("health_encrypted"),
  treatmentEncrypted: text("treatment_encrypted"),
  otherSupportEncrypted: text("other_support_encrypted"),
  updatedAt: updatedAtColumn(),
  updatedByUserId: uuid("updated_by_user_id").references(() => users.id),
});
