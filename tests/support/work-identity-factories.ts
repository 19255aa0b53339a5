import type { Database } from "../../src/server/db/database.js";
import { groupReflections, internshipEvaluations } from "../../src/server/db/schema.js";
import type { YouthFixture } from "./domain-factories.js";

/** Factories for what a work identity is made of: rows inserted directly, as if written in the app. */

export async function createReflection(
  db: Database,
  young: YouthFixture,
  meeting: { id: string },
  options: { text: string; sharedWithCounsellor?: boolean; createdAt?: Date },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(groupReflections)
    .values({
      municipalityId: young.municipalityId,
      meetingId: meeting.id,
      youthId: young.id,
      text: options.text,
      sharedWithCounsellor: options.sharedWithCounsellor ?? false,
      ...(options.createdAt ? { createdAt: options.createdAt, updatedAt: options.createdAt } : {}),
    })
    .returning({ id: groupReflections.id });
  if (!row) throw new Error("no reflection");
  return row;
}

/** One side's evaluation of an internship that is over. */
export async function createEvaluation(
  db: Database,
  internship: { id: string },
  young: YouthFixture,
  options: { side: "youth" | "company"; author: { id: string }; wentWell: string; showed: string },
): Promise<void> {
  await db.insert(internshipEvaluations).values({
    municipalityId: young.municipalityId,
    internshipId: internship.id,
    side: options.side,
    wentWell: options.wentWell,
    showed: options.showed,
    authorUserId: options.author.id,
  });
}
