import type { Database } from "../../src/server/db/database.js";
import { meetings } from "../../src/server/db/schema.js";
import type { YouthFixture } from "./domain-factories.js";
import type { UserFixture } from "./factories.js";

/** Factories for what a calendar feed shows that no other factory makes yet. */

/** A first meeting whose time was agreed (or agreed and then cancelled). */
export async function createAgreedFirstMeeting(
  db: Database,
  options: {
    young: YouthFixture;
    match: { id: string };
    proposedBy: UserFixture;
    acceptedTime: Date;
    status?: "accepted" | "cancelled";
    sequence?: number;
  },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(meetings)
    .values({
      municipalityId: options.young.municipalityId,
      matchId: options.match.id,
      proposedByUserId: options.proposedBy.id,
      proposedBySide: "company",
      place: "Café Korn, Algade 3",
      proposedTimes: [options.acceptedTime],
      durationMinutes: 45,
      acceptedTime: options.acceptedTime,
      respondedByUserId: options.young.user.id,
      status: options.status ?? "accepted",
      sequence: options.sequence ?? 1,
    })
    .returning({ id: meetings.id });
  if (!row) throw new Error("no meeting");
  return row;
}
