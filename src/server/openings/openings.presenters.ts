import type { OpeningRow } from "./openings.repository.js";
import type { OpeningOutput } from "./openings.schemas.js";
import type { ReasonableShare } from "./reasonable-share.js";

/** What a young person sees of an opening: the public fields and the company's name. */
export function presentOpeningToYouth(row: OpeningRow, distanceKm?: number | null): OpeningOutput {
  return {
    id: row.id,
    company: { id: row.companyId, name: row.companyName },
    title: row.title,
    occupationField: row.occupationField,
    description: row.description,
    tasks: row.tasks,
    learning: row.learning,
    qualitiesWanted: row.qualitiesWanted,
    hoursPerWeek: row.hoursPerWeek,
    durationWeeks: row.durationWeeks,
    seats: row.seats,
    seatsTaken: row.seatsTaken,
    earliestStart: row.earliestStart,
    workplacePostalCode: row.workplacePostalCode,
    mentorName: row.mentorName,
    supportOffered: row.supportOffered,
    requiresDrivingLicence: row.requiresDrivingLicence,
    languagesRequired: row.languagesRequired,
    status: row.status,
    ...(distanceKm === undefined ? {} : { distanceKm: roundedKm(distanceKm) }),
  };
}

/** What the company and staff see: also who created it, the wish it answers and the rimelighedskrav. */
export function presentOpeningToManager(
  row: OpeningRow,
  reasonableShare: ReasonableShare,
  distanceKm?: number | null,
): OpeningOutput {
  return {
    ...presentOpeningToYouth(row, distanceKm),
    wishId: row.wishId,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reasonableShare,
  };
}

/** One decimal is as exact as a postal-code centre allows. */
function roundedKm(km: number | null): number | null {
  return km === null ? null : Math.round(km * 10) / 10;
}
