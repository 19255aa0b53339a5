import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, timestampColumn } from "./columns.js";

const id = idColumn;
const createdAt = createdAtColumn;
const at = timestampColumn;

export const roles = [
  "youth",
  "company_contact",
  "staff",
  "municipality_admin",
  "researcher",
  "system_admin",
] as const;
export type Role = (typeof roles)[number];
/** Roles that work across municipalities and so belong to none. */
export const crossMunicipalityRoles: readonly Role[] = ["researcher", "system_admin"];

export const userStatuses = ["invited", "active", "disabled"] as const;
export type UserStatus = (typeof userStatuses)[number];
export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];

export const roleEnum = pgEnum("role", roles);
export const userStatusEnum = pgEnum("user_status", userStatuses);
export const accountTokenPurposeEnum = pgEnum("account_token_purpose", ["invitation", "password_reset"]);

export const municipalities = pgTable("municipalities", {
  id: id(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  /** Official three-digit kommunekode, e.g. 265 for Roskilde. */
  code: text("code").notNull().unique(),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: roleEnum("role").notNull(),
    municipalityId: uuid("municipality_id").references(() => municipalities.id),
    locale: text("locale", { enum: locales }).notNull().default("da"),
    status: userStatusEnum("status").notNull().default("invited"),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${table.email})`),
    index("users_municipality_idx").on(table.municipalityId, table.id),
    check(
      "users_municipality_matches_role",
      sql`(${table.role} in ('researcher', 'system_admin')) = (${table.municipalityId} is null)`,
    ),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: createdAt(),
    lastSeenAt: at("last_seen_at").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const accountTokens = pgTable(
  "account_tokens",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurposeEnum("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: at("expires_at").notNull(),
    usedAt: at("used_at"),
    createdAt: createdAt(),
  },
  (table) => [index("account_tokens_user_idx").on(table.userId, table.purpose)],
);

/** Failed login attempts, counted for rate limiting; successful logins are not recorded here. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: id(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    occurredAt: at("occurred_at").notNull(),
  },
  (table) => [
    index("login_failures_email_idx").on(table.email, table.occurredAt),
    index("login_failures_ip_idx").on(table.ip, table.occurredAt),
  ],
);

/** Append-only: a trigger in the migrations rejects UPDATE and DELETE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    occurredAt: at("occurred_at").notNull(),
    actorUserId: uuid("actor_user_id"),
    municipalityId: uuid("municipality_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: uuid("subject_id"),
    ip: text("ip"),
    requestId: text("request_id"),
  },
  (table) => [index("audit_events_municipality_idx").on(table.municipalityId, table.id)],
);

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export const outboxMails = pgTable("outbox_mails", {
  id: id(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  links: jsonb("links").$type<string[]>().notNull(),
  /** Files sent with the mail, e.g. a calendar invitation; content as UTF-8 text. */
  attachments: jsonb("attachments").$type<MailAttachment[]>().notNull().default([]),
  createdAt: createdAt(),
});

// The tables of each domain area live beside its code; drizzle-kit and the app see them all here.
export * from "../calendar/calendar.tables.js";
export * from "../companies/companies.tables.js";
export * from "../company-network/company-network.tables.js";
export * from "../events/events.tables.js";
export * from "../groups/groups.tables.js";
export * from "../internships/internships.tables.js";
export * from "../matching/matching.tables.js";
export * from "../notifications/notifications.tables.js";
export * from "../openings/openings.tables.js";
export * from "../reference/reference.tables.js";
export * from "../reminders/reminders.tables.js";
export * from "../wishes/wishes.tables.js";
export * from "../youth/youth.tables.js";
