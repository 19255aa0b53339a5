import { eq, sql } from "drizzle-orm";
import type { Database } from "../../src/server/db/database.js";
import {
  internshipAbsences,
  internshipCheckIns,
  type internshipStatuses,
  internships,
  openings,
} from "../../src/server/db/schema.js";
import type { CompanyFixture, YouthFixture } from "./domain-factories.js";
import type { UserFixture } from "./factories.js";
import { createMatch } from "./matching-factories.js";

/** Factories for internships: rows inserted directly, as if the steps before had been taken. */

type InternshipStatus = (typeof internshipStatuses)[number];
const holdsSeat = (status: InternshipStatus) =>
  status === "approved" || status === "active" || status === "extended";

export async function createInternship(
  db: Database,
  options: {
    young: YouthFixture;
    company: CompanyFixture;
    opening: { id: string };
    /** The company contact who proposed it. */
    contact: UserFixture;
    /** The match it comes from; one is made when left out. */
    match?: { id: string };
    status?: InternshipStatus;
    startDate: string;
    plannedEndDate: string;
    hoursPerWeek?: number;
    /** Both approvals are set for every status past `proposed`; for `proposed`, say which. */
    youthApproved?: boolean;
  },
): Promise<{ id: string; matchId: string }> {
  const status = options.status ?? "proposed";
  const match = options.match ?? (await createMatch(db, options));
  const approvedAt = new Date("2026-11-01T10:00:00Z");
  const [row] = await db
    .insert(internships)
    .values({
      municipalityId: options.young.municipalityId,
      matchId: match.id,
      openingId: options.opening.id,
      youthId: options.young.id,
      companyId: options.company.id,
      status,
      startDate: options.startDate,
      originalEndDate: options.plannedEndDate,
      plannedEndDate: options.plannedEndDate,
      hoursPerWeek: options.hoursPerWeek ?? 20,
      purpose: "At lære at passe dyr og møde til tiden.",
      ruleSetId: "lab-2020",
      proposedByUserId: options.contact.id,
      youthApprovedAt: status !== "proposed" || options.youthApproved ? approvedAt : null,
      staffApprovedAt: status !== "proposed" ? approvedAt : null,
      endedAt: status === "completed" || status === "ended_early" ? approvedAt : null,
    })
    .returning({ id: internships.id });
  if (!row) throw new Error("no internship");
  if (holdsSeat(status)) {
    await db
      .update(openings)
      .set({
        seatsTaken: sql`${openings.seatsTaken} + 1`,
        status: sql`case when ${openings.seatsTaken} + 1 >= ${openings.seats} then 'filled'::opening_status else ${openings.status} end`,
      })
      .where(eq(openings.id, options.opening.id));
  }
  return { id: row.id, matchId: match.id };
}

export async function createAbsence(
  db: Database,
  internship: { id: string },
  young: YouthFixture,
  dates: { fromDate: string; toDate: string },
): Promise<void> {
  await db.insert(internshipAbsences).values({
    municipalityId: young.municipalityId,
    internshipId: internship.id,
    kind: "sick",
    ...dates,
    recordedByUserId: young.user.id,
  });
}

export async function createCheckIn(
  db: Database,
  internship: { id: string },
  author: { municipalityId: string | null; id: string },
  side: "youth" | "company",
  weekStart: string,
): Promise<void> {
  if (!author.municipalityId) throw new Error("a check-in's author belongs to a municipality");
  await db.insert(internshipCheckIns).values({
    municipalityId: author.municipalityId,
    internshipId: internship.id,
    side,
    weekStart,
    rating: 4,
    authorUserId: author.id,
  });
}
