import type { Executor } from "../db/database.js";
import { notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { presentInternshipFeedback, presentReflection } from "./work-identity.presenters.js";
import * as repository from "./work-identity.repository.js";
import { WORK_IDENTITY_REFLECTIONS, type WorkIdentityOutput } from "./work-identity.schemas.js";

/**
 * The young person's work identity: what they chose as their strengths, what companies saw in
 * them and what they learned about themselves. It is all their own, so reading it is not audited
 * (as for /api/youth/me and /api/me/reflections).
 */
export async function readMyWorkIdentity(db: Executor, user: CurrentUser): Promise<WorkIdentityOutput> {
  const young = await repository.findOwnYouth(db, tenantScopeOf(user), user.id);
  if (!young) throw notFound("No young person's profile belongs to this account");
  // listReflections reads one more than asked to tell whether there are more; this page links
  // to /reflections for those instead.
  const reflections = await repository.listReflections(db, young.id, {
    limit: WORK_IDENTITY_REFLECTIONS,
    sharedOnly: false,
  });
  const internships = await repository.listEvaluatedInternships(db, young.id, young.municipalityId);
  return {
    reflections: reflections.slice(0, WORK_IDENTITY_REFLECTIONS).map(presentReflection),
    internshipFeedback: internships.map(presentInternshipFeedback),
    strengths: young.strengths,
  };
}
