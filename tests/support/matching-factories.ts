import type { Database } from "../../src/server/db/database.js";
import { interests, matches } from "../../src/server/db/schema.js";
import type { CompanyFixture, YouthFixture } from "./domain-factories.js";
import type { UserFixture } from "./factories.js";

/** Factories for matchmaking data: rows inserted directly, as if both sides had clicked. */

export async function createInterest(
  db: Database,
  options: {
    young: YouthFixture;
    opening: { id: string };
    side: "youth" | "company";
    /** The company contact who marked it, for side "company". */
    contact?: UserFixture;
    message?: string;
    createdAt?: Date;
  },
): Promise<{ id: string }> {
  const createdByUserId = options.side === "youth" ? options.young.user.id : options.contact?.id;
  if (!createdByUserId) throw new Error("a company interest needs the contact who marked it");
  const [row] = await db
    .insert(interests)
    .values({
      municipalityId: options.young.municipalityId,
      openingId: options.opening.id,
      youthId: options.young.id,
      side: options.side,
      message: options.message ?? null,
      createdByUserId,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    })
    .returning({ id: interests.id });
  if (!row) throw new Error("no interest");
  return row;
}

/** A match with the interests from both sides that made it. */
export async function createMatch(
  db: Database,
  options: {
    young: YouthFixture;
    opening: { id: string };
    company: CompanyFixture;
    contact: UserFixture;
    createdAt?: Date;
  },
): Promise<{ id: string }> {
  await createInterest(db, { ...options, side: "youth" });
  await createInterest(db, { ...options, side: "company" });
  const [row] = await db
    .insert(matches)
    .values({
      municipalityId: options.young.municipalityId,
      openingId: options.opening.id,
      youthId: options.young.id,
      companyId: options.company.id,
      ...(options.createdAt ? { createdAt: options.createdAt, lastActivityAt: options.createdAt } : {}),
    })
    .returning({ id: matches.id });
  if (!row) throw new Error("no match");
  return row;
}
