import type { Database } from "../../src/server/db/database.js";
import { postalCodes, youthConsents } from "../../src/server/db/schema.js";
import type { YouthFixture } from "./domain-factories.js";

/** Helpers for the openings and wishes tests; the shared factories stay untouched. */

/** A few postal codes around Roskilde and one far away in Sønderborg, with town-centre coordinates. */
export const testPostalCodes = [
  { code: "4000", name: "Roskilde", latitude: 55.6415, longitude: 12.0803 },
  { code: "4030", name: "Tune", latitude: 55.5934, longitude: 12.1695 },
  { code: "4320", name: "Lejre", latitude: 55.6042, longitude: 11.9743 },
  { code: "6400", name: "Sønderborg", latitude: 54.9138, longitude: 9.7922 },
] as const;

export async function seedPostalCodes(db: Database): Promise<void> {
  await db
    .insert(postalCodes)
    .values([...testPostalCodes])
    .onConflictDoNothing();
}

/** A valid body for POST /api/openings (and for answering a wish), with overrides. */
export function openingBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Praktik i dyrehandel",
    occupationField: "animals-nature",
    description: "Pasning af dyr og hjælp i butikken.",
    hoursPerWeek: 20,
    seats: 1,
    workplacePostalCode: "4000",
    qualitiesWanted: ["reliable"],
    supportOffered: ["flexible-hours"],
    ...overrides,
  };
}

/** Records a consent decision newer than every earlier one, as the young person's own choice. */
export async function recordProfileConsent(
  db: Database,
  young: YouthFixture,
  granted: boolean,
  recordedAt = new Date(),
): Promise<void> {
  await db.insert(youthConsents).values({
    youthId: young.id,
    municipalityId: young.municipalityId,
    kind: "profile_visible_to_companies",
    granted,
    textVersion: "test",
    recordedAt,
    recordedByUserId: young.user.id,
  });
}
