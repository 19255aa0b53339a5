import type { Executor } from "../db/database.js";
import type { Clock } from "../platform/clock.js";
import { forbidden } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { seekingYouthStatuses } from "./interests.policy.js";
import * as repository from "./pipeline.repository.js";
import type { PipelineOutput } from "./pipeline.schemas.js";

const DAY_MS = 24 * 60 * 60 * 1000;
/** An interest with no answer for this long, or a match with no meeting, needs someone to act. */
export const STUCK_INTEREST_DAYS = 7;
export const STUCK_MATCH_DAYS = 14;
/** The stuck lists show the oldest first; more than this is a backlog, not a list to act on. */
const STUCK_LIST_LIMIT = 200;

const detailsOf = (row: {
  youthId: string;
  youthDisplayName: string;
  openingId: string;
  openingTitle: string;
  companyId: string;
  companyName: string;
}) => ({
  youth: { id: row.youthId, displayName: row.youthDisplayName },
  opening: { id: row.openingId, title: row.openingTitle },
  company: { id: row.companyId, name: row.companyName },
});

/** The municipality's matchmaking pipeline, as of the app clock's now. */
export async function pipelineOf(
  ctx: { clock: Clock },
  db: Executor,
  user: CurrentUser,
): Promise<PipelineOutput> {
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") throw forbidden("The pipeline belongs to one municipality");
  const now = ctx.clock.now();
  const { municipalityId } = scope;
  const [stageCounts, stuckInterests, stuckMatches] = await Promise.all([
    repository.countYoungPeopleByStage(db, municipalityId, seekingYouthStatuses, now),
    repository.listStuckInterests(
      db,
      municipalityId,
      seekingYouthStatuses,
      new Date(now.getTime() - STUCK_INTEREST_DAYS * DAY_MS),
      STUCK_LIST_LIMIT,
    ),
    repository.listStuckMatches(
      db,
      municipalityId,
      seekingYouthStatuses,
      new Date(now.getTime() - STUCK_MATCH_DAYS * DAY_MS),
      STUCK_LIST_LIMIT,
    ),
  ]);
  const countAt = (stage: repository.PipelineStage) =>
    stageCounts.find((row) => row.stage === stage)?.count ?? 0;
  return {
    stages: {
      noInterest: countAt("noInterest"),
      interest: countAt("interest"),
      match: countAt("match"),
      meetingHeld: countAt("meetingHeld"),
      // Internships come with a later issue; the stage is in the shape so the screen need not change.
      internship: 0,
    },
    stuckInterests: stuckInterests.map((row) => ({
      id: row.id,
      side: row.side,
      since: row.since.toISOString(),
      ...detailsOf(row),
    })),
    stuckMatches: stuckMatches.map((row) => ({
      id: row.id,
      since: row.since.toISOString(),
      ...detailsOf(row),
    })),
  };
}
