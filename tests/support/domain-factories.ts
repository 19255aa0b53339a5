import { randomUUID } from "node:crypto";
import type { Database } from "../../src/server/db/database.js";
import {
  companies,
  companyContacts,
  openings,
  wishes,
  youth,
  youthConsents,
  youthResourceProfiles,
} from "../../src/server/db/schema.js";
import { createUser, type UserFixture } from "./factories.js";

/** Factories for the network's data: each inserts rows directly, with overrides for what a test cares about. */

const unique = () => randomUUID().slice(0, 8);

// Files run in parallel workers on one database server but each in its own database, so a random
// start per worker plus a counter keeps numbers unique where it matters: within one database.
let cvrCounter = Math.floor(Math.random() * 1_000_000);
/** A fresh CVR number that passes the modulus-11 check (weights 2,7,6,5,4,3,2,1). */
export function validCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    cvrCounter += 1;
    // Seven digits, the first not zero; the eighth is the check digit.
    const digits = String(1_000_000 + (cvrCounter % 8_999_999))
      .split("")
      .map(Number);
    const partial = digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0);
    const check = (11 - (partial % 11)) % 11;
    if (check === 10) continue;
    return [...digits, check].join("");
  }
}

export type ResourceProfileOverrides = Partial<typeof youthResourceProfiles.$inferInsert>;

export interface YouthFixture {
  id: string;
  user: UserFixture;
  municipalityId: string;
}

/**
 * A young person with a user, a resource profile and (unless `consented: false`) the consent to be
 * seen by the network's companies.
 */
export async function createYouth(
  db: Database,
  options: {
    municipality: { id: string };
    consented?: boolean;
    /** Also the consent that companies may contact them (needed for a company's interest). */
    contactable?: boolean;
    counsellor?: { id: string };
    profile?: ResourceProfileOverrides;
    postalCode?: string;
    birthDate?: string;
  },
): Promise<YouthFixture> {
  const user = await createUser(db, { role: "youth", municipality: options.municipality });
  const [row] = await db
    .insert(youth)
    .values({
      municipalityId: options.municipality.id,
      userId: user.id,
      birthDate: options.birthDate ?? "2004-05-17",
      phone: "+45 12 34 56 78",
      postalCode: options.postalCode ?? "4000",
      counsellorUserId: options.counsellor?.id ?? null,
      status: "active",
      enrolledOn: "2026-09-01",
    })
    .returning({ id: youth.id });
  if (!row) throw new Error("no youth");
  await db.insert(youthResourceProfiles).values({
    youthId: row.id,
    municipalityId: options.municipality.id,
    aboutMe: `Jeg hedder ${user.displayName} og kan lide at arbejde med hænderne.`,
    strengths: ["reliable", "curious"],
    interests: ["animals-nature"],
    hoursPerWeek: 20,
    weekdays: [1, 2, 3, 4],
    maxTravelKm: 15,
    languages: ["da"],
    ...options.profile,
  });
  if (options.consented !== false) {
    await db.insert(youthConsents).values({
      youthId: row.id,
      municipalityId: options.municipality.id,
      kind: "profile_visible_to_companies",
      granted: true,
      textVersion: "test",
      recordedAt: new Date("2026-09-01T10:00:00Z"),
      recordedByUserId: user.id,
    });
  }
  if (options.contactable) {
    await db.insert(youthConsents).values({
      youthId: row.id,
      municipalityId: options.municipality.id,
      kind: "contact_by_companies",
      granted: true,
      textVersion: "test",
      recordedAt: new Date("2026-09-01T10:00:00Z"),
      recordedByUserId: user.id,
    });
  }
  return { id: row.id, user, municipalityId: options.municipality.id };
}

export interface CompanyFixture {
  id: string;
  municipalityId: string;
  cvr: string;
  name: string;
}

export async function createCompany(
  db: Database,
  options: {
    municipality: { id: string };
    employeeCount?: number;
    coordinator?: { id: string };
    name?: string;
  },
): Promise<CompanyFixture> {
  const cvr = validCvr();
  const name = options.name ?? `Virksomhed ${unique()} ApS`;
  const [row] = await db
    .insert(companies)
    .values({
      municipalityId: options.municipality.id,
      cvr,
      name,
      industry: "Detailhandel",
      address: "Algade 1",
      postalCode: "4000",
      employeeCount: options.employeeCount ?? 12,
      description: "En lokal virksomhed.",
      offers: "En fast mentor og fleksible timer.",
      coordinatorUserId: options.coordinator?.id ?? null,
    })
    .returning({ id: companies.id });
  if (!row) throw new Error("no company");
  return { id: row.id, municipalityId: options.municipality.id, cvr, name };
}

/** A `company_contact` user speaking for the company. */
export async function createCompanyContact(db: Database, company: CompanyFixture): Promise<UserFixture> {
  const user = await createUser(db, {
    role: "company_contact",
    municipality: { id: company.municipalityId },
  });
  await db
    .insert(companyContacts)
    .values({ userId: user.id, companyId: company.id, municipalityId: company.municipalityId });
  return user;
}

export async function createOpening(
  db: Database,
  company: CompanyFixture,
  overrides: Partial<typeof openings.$inferInsert> = {},
): Promise<{ id: string }> {
  const [row] = await db
    .insert(openings)
    .values({
      municipalityId: company.municipalityId,
      companyId: company.id,
      title: `Praktik ${unique()}`,
      occupationField: "animals-nature",
      description: "Pasning af dyr og rengøring af stalde.",
      hoursPerWeek: 20,
      seats: 1,
      workplacePostalCode: "4000",
      ...overrides,
    })
    .returning({ id: openings.id });
  if (!row) throw new Error("no opening");
  return row;
}

export async function createWish(
  db: Database,
  young: YouthFixture,
  overrides: Partial<typeof wishes.$inferInsert> = {},
): Promise<{ id: string }> {
  const [row] = await db
    .insert(wishes)
    .values({
      municipalityId: young.municipalityId,
      youthId: young.id,
      occupationField: "animals-nature",
      description: "Jeg vil gerne prøve at arbejde med heste.",
      ...overrides,
    })
    .returning({ id: wishes.id });
  if (!row) throw new Error("no wish");
  return row;
}
