import type { YouthCompanyView } from "../youth/youth.schemas.js";
import type { CandidateOpening } from "./candidate-index.js";
import type { Fit } from "./fit.js";
import type { OpeningRecommendation, YouthRecommendation } from "./recommendations.schemas.js";

type Included = Extract<Fit, { excluded: false }>;

/** An opening recommended to a young person: what a card shows, the fit, and where interest stands. */
export function presentOpeningRecommendation(
  opening: CandidateOpening,
  fit: Included,
  interest: { mine: boolean; matchId: string | null },
): OpeningRecommendation {
  return {
    opening: {
      id: opening.id,
      title: opening.title,
      occupationField: opening.occupationField,
      company: { id: opening.companyId, name: opening.companyName },
      workplacePostalCode: opening.workplacePostalCode,
      hoursPerWeek: opening.hoursPerWeek,
      durationWeeks: opening.durationWeeks,
      earliestStart: opening.earliestStart,
      hasMentor: opening.hasMentor,
      supportOffered: opening.supportOffered,
    },
    score: fit.score,
    reasons: fit.reasons,
    concerns: fit.concerns,
    interest: { mine: interest.mine, matchId: interest.matchId },
  };
}

/**
 * A young person recommended for an opening: the company view (presentYouthForCompany), and a fit
 * computed only from the parts they show to the network, so no reason tells of a private part.
 */
export function presentYouthRecommendation(
  view: YouthCompanyView,
  fit: Included,
  interest: { ours: boolean; theirs: boolean; matchId: string | null },
): YouthRecommendation {
  return {
    youth: view,
    score: fit.score,
    reasons: fit.reasons,
    concerns: fit.concerns,
    interest: { ours: interest.ours, theirs: interest.theirs, matchId: interest.matchId },
  };
}
