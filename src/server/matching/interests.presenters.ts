import { ageOn, firstNameOf } from "../youth/profile.js";
import type { InterestListRow, InterestRow } from "./interests.repository.js";
import type { InterestListItem, InterestOutput } from "./interests.schemas.js";

export function presentInterest(row: InterestRow): InterestOutput {
  return {
    id: row.id,
    side: row.side,
    openingId: row.openingId,
    youthId: row.youthId,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

/** A young person's own interest, with the opening and its company. */
export function presentInterestToYouth(row: InterestListRow): InterestListItem {
  return {
    ...presentInterest(row),
    opening: {
      id: row.openingId,
      title: row.openingTitle,
      company: { id: row.companyId, name: row.companyName },
    },
  };
}

/** What a company sees of the young person: the first name and the age, as on their network profile. */
export function presentInterestToCompany(row: InterestListRow, today: Date): InterestListItem {
  return {
    ...presentInterest(row),
    opening: { id: row.openingId, title: row.openingTitle },
    youth: {
      id: row.youthId,
      firstName: firstNameOf(row.youthDisplayName),
      age: ageOn(row.youthBirthDate, today),
    },
  };
}

export function presentInterestToStaff(row: InterestListRow): InterestListItem {
  return {
    ...presentInterestToYouth(row),
    youth: { id: row.youthId, displayName: row.youthDisplayName },
  };
}
