import type { EvaluatedInternshipRow, ReflectionRow } from "./work-identity.repository.js";
import type { WorkIdentityOutput } from "./work-identity.schemas.js";

type ReflectionOutput = WorkIdentityOutput["reflections"][number];
type FeedbackOutput = WorkIdentityOutput["internshipFeedback"][number];

export function presentReflection(row: ReflectionRow): ReflectionOutput {
  return {
    id: row.id,
    meeting: {
      id: row.meetingId,
      groupName: row.groupName,
      startsAt: row.meetingStartsAt.toISOString(),
      theme: row.meetingTheme,
    },
    text: row.text,
    sharedWithCounsellor: row.sharedWithCounsellor,
    createdAt: row.createdAt.toISOString(),
  };
}

function evaluationOf(wentWell: string | null, showed: string | null) {
  return wentWell !== null && showed !== null ? { wentWell, showed } : null;
}

/**
 * Only the company's name and the opening's title: the young person's own page needs no more of
 * the internship, and the mentor's or the counsellor's notes are not part of it.
 */
export function presentInternshipFeedback(row: EvaluatedInternshipRow): FeedbackOutput {
  return {
    internshipId: row.id,
    company: { name: row.companyName },
    opening: { title: row.openingTitle },
    startDate: row.startDate,
    endDate: row.endDate,
    fromCompany: evaluationOf(row.companyWentWell, row.companyShowed),
    fromMe: evaluationOf(row.youthWentWell, row.youthShowed),
  };
}
