import { firstNameOf } from "../youth/profile.js";
import type { ReferralRow } from "./referrals.repository.js";
import type { ReferralOutput } from "./referrals.schemas.js";

/** A referral as every reader sees it: of the young person only the first name, as companies see them. */
export function presentReferral(
  row: ReferralRow,
  toCompanyOpenings: { id: string; title: string }[],
): ReferralOutput {
  return {
    id: row.id,
    youth: { id: row.youthId, firstName: firstNameOf(row.youthDisplayName) },
    fromCompany: { id: row.fromCompanyId, name: row.fromCompanyName },
    toCompany: { id: row.toCompanyId, name: row.toCompanyName },
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    dismissed: row.youthDismissedAt !== null,
    toCompanyOpenings: toCompanyOpenings.map((opening) => ({ id: opening.id, title: opening.title })),
  };
}
