import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, updatedAtColumn } from "../db/columns.js";
import { municipalities, users } from "../db/schema.js";

/** A member company of one municipality's network. */
export const companies = pgTable(
  "companies",
  {
    id: idColumn(),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    /** CVR number: 8 digits passing the modulus-11 check. */
    cvr: text("cvr").notNull(),
    pNumbers: text("p_numbers").array().notNull().default(sql`'{}'::text[]`),
    name: text("name").notNull(),
    industry: text("industry"),
    address: text("address"),
    postalCode: text("postal_code"),
    employeeCount: integer("employee_count"),
    description: text("description"),
    /** What the company can offer young people, in its own words. */
    offers: text("offers"),
    coordinatorUserId: uuid("coordinator_user_id").references(() => users.id),
    networkMemberSince: date("network_member_since", { mode: "string" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    uniqueIndex("companies_municipality_cvr_unique").on(table.municipalityId, table.cvr),
    index("companies_municipality_idx").on(table.municipalityId, table.id),
  ],
);

/** Links a `company_contact` user to the one company they speak for. */
export const companyContacts = pgTable(
  "company_contacts",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    municipalityId: uuid("municipality_id")
      .notNull()
      .references(() => municipalities.id),
    jobTitle: text("job_title"),
    createdAt: createdAtColumn(),
  },
  (table) => [index("company_contacts_company_idx").on(table.companyId)],
);
