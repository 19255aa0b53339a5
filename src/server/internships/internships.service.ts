import { type AuditAction, type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { Executor } from "../db/database.js";
import type { Mailer } from "../mail/mailer.js";
import { findMatchInReach, recipientsOn } from "../matching/participants.js";
import { findSidesOfUser } from "../matching/participants.repository.js";
import { type NotificationRecipient, notify } from "../notifications/notifications.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, fieldProblem, forbidden, notFound, ProblemError } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { firstNameOf } from "../youth/profile.js";
import { addDays, danishDateOf, mondayOf } from "./internship-calendar.js";
import { checkInternship, type InternshipPlan, type RuleCode, type RuleFinding } from "./internship-rules.js";
import { internshipWarnings } from "./internship-warnings.js";
import {
  allows,
  type InternshipStep,
  type InternshipViewer,
  mayOverrideRules,
  viewerOf,
} from "./internships.policy.js";
import {
  presentAbsence,
  presentCheckIn,
  presentEvaluation,
  presentInternshipDetail,
  presentInternshipSummary,
} from "./internships.presenters.js";
import * as repository from "./internships.repository.js";
import type {
  AbsenceInput,
  ApproveInternshipInput,
  CheckInInput,
  EvaluationInput,
  ExtendInternshipInput,
  ExtensionCheckInput,
  ListInternshipsQuery,
  ProposalCheckInput,
  ProposeInternshipInput,
} from "./internships.schemas.js";

export interface InternshipsContext {
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** Where an internship is shown in the web UI; one page for every role, worded for each. */
export const internshipLink = (ctx: { publicUrl: string }, id: string) =>
  `${ctx.publicUrl}/internships/${id}`;

/** The form field each rule speaks about, so the web form can put a breach beside its field. */
const fieldOfRule: Record<RuleCode, string> = {
  min_hours_per_week: "hoursPerWeek",
  max_duration: "plannedEndDate",
  max_total_with_extension: "newEndDate",
  extension_needs_assessment: "assessmentNote",
  company_ratio: "company",
  employee_count_unknown: "company",
};

/**
 * 422: the plan breaks the rules and nobody may, or did, override it. `errors` names the fields in
 * English as every problem does; the route adds `findings`, which carry the Danish words too.
 */
export class RuleBreachProblem extends ProblemError {
  constructor(readonly findings: RuleFinding[]) {
    super(
      422,
      "internship-rules",
      "The internship breaks the rules",
      `${breachesOf(findings).length} of the rules ${breachesOf(findings).length === 1 ? "is" : "are"} breached; staff can override with a written reason`,
      breachesOf(findings).map((finding) => ({
        path: fieldOfRule[finding.rule],
        message: finding.message.en,
      })),
    );
  }
}

function breachesOf(findings: readonly RuleFinding[]): RuleFinding[] {
  return findings.filter((finding) => finding.severity === "breach");
}

/** Today in Denmark: internships run on Danish calendar days. */
const todayOf = (ctx: { clock: Clock }) => danishDateOf(ctx.clock.now());

type Reached = { internship: repository.InternshipRow; viewer: InternshipViewer };

/** The internship with how the caller sees it; 404 when it is absent or not theirs to see. */
async function internshipInReach(
  db: Executor,
  user: CurrentUser,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Reached> {
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") throw notFound("Internship not found");
  const internship = await repository.findInternship(db, scope, id, options);
  if (!internship) throw notFound("Internship not found");
  const viewer = viewerOf(user, await findSidesOfUser(db, user.id), internship);
  if (!viewer) throw notFound("Internship not found");
  return { internship, viewer };
}

function requireStep(step: InternshipStep, internship: repository.InternshipRow, what: string): void {
  if (!allows(step, internship.status)) throw conflict(`The internship is ${internship.status}; ${what}`);
}

/** The side a participant speaks for; staff have none and are refused (they read, not write, these). */
function sideOf(viewer: InternshipViewer): repository.InternshipSide {
  if (viewer.kind === "staff") throw forbidden("Only the young person and the company write this");
  return viewer.side;
}

function warningsOf(
  internship: repository.InternshipRow,
  absences: readonly repository.AbsenceRow[],
  checkIns: readonly repository.CheckInRow[],
  today: string,
) {
  return internshipWarnings(
    {
      status: internship.status,
      startDate: internship.startDate,
      plannedEndDate: internship.plannedEndDate,
      absences: absences.filter((absence) => absence.internshipId === internship.id),
      checkIns: checkIns.filter((checkIn) => checkIn.internshipId === internship.id),
    },
    today,
  );
}

async function presentDetail(ctx: InternshipsContext, db: Executor, reached: Reached) {
  const { internship, viewer } = reached;
  const today = todayOf(ctx);
  // One after another: inside a transaction they share one connection anyway.
  const extensions = await repository.listExtensions(db, internship.id);
  const absences = await repository.listAbsences(db, [internship.id]);
  const checkIns = await repository.listCheckIns(db, [internship.id]);
  const evaluations = await repository.listEvaluations(db, internship.id);
  return presentInternshipDetail(internship, viewer, today, {
    warnings: viewer.kind === "staff" ? warningsOf(internship, absences, checkIns, today) : [],
    extensions,
    absences,
    checkIns,
    evaluations,
    thisWeek: mondayOf(today),
  });
}

/** Reads the internship again after a change, as the caller sees it now. */
async function presentChanged(ctx: InternshipsContext, tx: Executor, actor: CurrentUser, id: string) {
  return presentDetail(ctx, tx, await internshipInReach(tx, actor, id));
}

export async function listInternships(
  ctx: InternshipsContext,
  db: Executor,
  user: CurrentUser,
  query: ListInternshipsQuery,
) {
  const scope = tenantScopeOf(user);
  if (scope.kind !== "municipality") return { items: [], nextCursor: null };
  const sides = await findSidesOfUser(db, user.id);
  let visibility: repository.InternshipVisibility;
  let viewer: InternshipViewer;
  if (user.role === "youth") {
    if (!sides.youthId) return { items: [], nextCursor: null };
    visibility = { youthId: sides.youthId };
    viewer = { kind: "participant", side: "youth" };
  } else if (user.role === "company_contact") {
    if (!sides.companyId) return { items: [], nextCursor: null };
    visibility = { companyId: sides.companyId };
    viewer = { kind: "participant", side: "company" };
  } else {
    visibility = { everything: true };
    viewer = { kind: "staff" };
  }
  const today = todayOf(ctx);
  const rows = await repository.listInternships(
    db,
    scope,
    visibility,
    {
      status: query.status,
      matchId: query.matchId,
      endingBetween:
        query.endingWithinDays === undefined
          ? undefined
          : { from: today, to: addDays(today, query.endingWithinDays) },
    },
    { limit: query.limit, before: decodeCursor(query.cursor) },
  );
  const page = toPage(rows, query.limit);
  const ids = page.items.map((row) => row.id);
  const absences = viewer.kind === "staff" ? await repository.listAbsences(db, ids) : [];
  const checkIns = viewer.kind === "staff" ? await repository.listCheckIns(db, ids) : [];
  return {
    items: page.items.map((row) =>
      presentInternshipSummary(row, viewer, today, warningsOf(row, absences, checkIns, today)),
    ),
    nextCursor: page.nextCursor,
  };
}

export async function getInternship(ctx: InternshipsContext, db: Executor, user: CurrentUser, id: string) {
  return presentDetail(ctx, db, await internshipInReach(db, user, id));
}

async function audit(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  action: AuditAction,
  internship: { id: string; municipalityId: string },
) {
  await recordAuditEvent(tx, ctx.clock, origin, {
    action,
    actorUserId: actor.id,
    municipalityId: internship.municipalityId,
    subjectType: "internship",
    subjectId: internship.id,
  });
}

type PartyEvent =
  | "proposed"
  | "approved"
  | "staff_approval_withdrawn"
  | "started"
  | "extended"
  | "completed"
  | "ended_early";

const partyMails: Record<PartyEvent, { subject: string; da: string; en: string }> = {
  proposed: {
    subject: "Forslag til et praktikforløb / An internship is proposed",
    da: "Der er foreslået et praktikforløb. Se forslaget og godkend det, hvis det er din tur:",
    en: "An internship has been proposed. See the proposal and approve it if it is your turn:",
  },
  approved: {
    subject: "Praktikforløbet er godkendt / The internship is approved",
    da: "Både den unge og kommunen har godkendt praktikforløbet, og pladsen er jeres:",
    en: "Both the young person and the municipality have approved the internship, and the seat is yours:",
  },
  staff_approval_withdrawn: {
    subject: "Godkend praktikforløbet igen / Approve the internship again",
    da: "Den unge har sagt ja, men forløbet overholder ikke længere reglerne for virksomhedspraktik, så kommunens godkendelse er taget tilbage. Se hvad reglerne siger nu, og godkend igen, med en skriftlig begrundelse hvis I vil gå videre:",
    en: "The young person has said yes, but the internship no longer keeps the rules of virksomhedspraktik, so the municipality's approval was taken back. See what the rules say now and approve again, with a written reason if you go ahead:",
  },
  started: {
    subject: "Praktikforløbet er begyndt / The internship has started",
    da: "Praktikforløbet er begyndt. Husk den ugentlige status:",
    en: "The internship has started. Remember the weekly check-in:",
  },
  extended: {
    subject: "Praktikforløbet er forlænget / The internship is extended",
    da: "Praktikforløbet er forlænget efter en vurdering. Se den nye slutdato:",
    en: "The internship has been extended after an assessment. See the new end date:",
  },
  completed: {
    subject: "Praktikforløbet er afsluttet / The internship is completed",
    da: "Praktikforløbet er afsluttet. Skriv gerne en kort evaluering:",
    en: "The internship is completed. Please write a short evaluation:",
  },
  ended_early: {
    subject: "Praktikforløbet er stoppet før tid / The internship has ended early",
    da: "Praktikforløbet er stoppet før tid. Skriv gerne en kort evaluering:",
    en: "The internship has ended early. Please write a short evaluation:",
  },
};

/**
 * Tells everyone with a part in the internship except the one who acted: the young person, the
 * company's contacts and the young person's counsellor (kind "internship"). A company reads the
 * young person's first name only.
 */
async function tellParties(
  ctx: InternshipsContext,
  tx: Executor,
  actor: CurrentUser,
  internship: repository.InternshipRow,
  event: PartyEvent,
) {
  const parties = { youthId: internship.youthId, companyId: internship.companyId };
  await tell(ctx, tx, actor, internship, event, [
    ...(await recipientsOn(tx, parties, "youth")),
    ...(await recipientsOn(tx, parties, "company")),
    ...(await repository.findCounsellorOf(tx, internship.youthId)),
  ]);
}

/** The municipality's side only: the staff member who approved and the young person's counsellor. */
async function tellStaff(
  ctx: InternshipsContext,
  tx: Executor,
  actor: CurrentUser,
  internship: repository.InternshipRow,
  event: PartyEvent,
) {
  const approver = internship.staffApprovedByUserId;
  await tell(ctx, tx, actor, internship, event, [
    ...(approver ? await repository.findActiveUser(tx, approver) : []),
    ...(await repository.findCounsellorOf(tx, internship.youthId)),
  ]);
}

/** One mail of the event to each recipient once, never to the one who acted. */
async function tell(
  ctx: InternshipsContext,
  tx: Executor,
  actor: CurrentUser,
  internship: repository.InternshipRow,
  event: PartyEvent,
  everyone: readonly NotificationRecipient[],
) {
  const seen = new Set<string>([actor.id]);
  const recipients: NotificationRecipient[] = [];
  for (const recipient of everyone) {
    if (seen.has(recipient.userId)) continue;
    seen.add(recipient.userId);
    recipients.push(recipient);
  }
  const link = internshipLink(ctx, internship.id);
  const mail = partyMails[event];
  const who = firstNameOf(internship.youthDisplayName);
  const what = `"${internship.openingTitle}" (${internship.companyName}), ${who}`;
  await notify(ctx, tx, "internship", recipients, (recipient) => ({
    subject: mail.subject,
    text: `Hej ${recipient.displayName}\n\n${mail.da}\n${what}\n${link}\n\n${mail.en}\n${what}\n${link}\n`,
    links: [link],
  }));
}

/** The rules' verdict on a plan, by the rule set of its start date. */
function runRules(plan: InternshipPlan): ReturnType<typeof checkInternship> {
  try {
    return checkInternship(plan);
  } catch (error) {
    // The schemas let through only real dates in order; what is left is a start before any rules.
    if (error instanceof RangeError)
      throw fieldProblem(
        "validation",
        "Invalid request",
        "startDate",
        "No internship rules are in effect on this date",
      );
    throw error;
  }
}

/**
 * A plan checked by the rules. A breach stops it unless a staff member gave a written reason;
 * then the reason is what gets stored, and the override is audited by the caller.
 */
function judge(
  actor: CurrentUser,
  plan: InternshipPlan,
  overrideReason: string | undefined,
): { ruleSetId: string; findings: RuleFinding[]; overrideReason: string | null } {
  if (overrideReason !== undefined && !mayOverrideRules(actor))
    throw forbidden("Only staff can override the internship rules");
  const result = runRules(plan);
  if (!result.blocked)
    return { ruleSetId: result.ruleSet.id, findings: result.findings, overrideReason: null };
  if (overrideReason === undefined) throw new RuleBreachProblem(result.findings);
  return { ruleSetId: result.ruleSet.id, findings: result.findings, overrideReason };
}

/**
 * The match a proposal comes from, and the plan the rules judge: the young person's readiness,
 * the company's size and its trainees overlapping the period. 404 for a match out of reach; 409
 * when the match has ended or already has an internship that is not over.
 */
async function proposalPlan(
  db: Executor,
  actor: CurrentUser,
  input: ProposalCheckInput,
  options: { forUpdate?: boolean } = {},
) {
  const found = await findMatchInReach(db, actor, input.matchId, options);
  if (!found) throw notFound("Match not found");
  const { match } = found;
  if (match.status === "ended") throw conflict("The match has ended");
  if (await repository.findUnfinishedInternshipOfMatch(db, match.id))
    throw conflict("The match already has an internship that is not over");
  const plan = await currentPlan(db, {
    youthId: match.youthId,
    companyId: match.companyId,
    startDate: input.startDate,
    plannedEndDate: input.plannedEndDate,
    hoursPerWeek: input.hoursPerWeek,
  });
  return { match, plan };
}

/**
 * The plan the rules judge, with the facts as they are now: the young person's readiness, the
 * company's size and its trainees holding a seat in the period (to the new end on an extension),
 * not counting the internship itself. The start date picks the rule set: an internship is judged
 * by the law in force when it starts.
 */
async function currentPlan(
  db: Executor,
  internship: {
    youthId: string;
    companyId: string;
    startDate: string;
    plannedEndDate: string;
    hoursPerWeek: number;
  },
  options: { extension?: NonNullable<InternshipPlan["extension"]>; excludeId?: string } = {},
): Promise<InternshipPlan> {
  const facts = await repository.findPlanningFacts(db, internship.youthId, internship.companyId);
  const overlapping = await repository.countOverlappingInternships(
    db,
    internship.companyId,
    {
      startDate: internship.startDate,
      endDate: options.extension?.newEndDate ?? internship.plannedEndDate,
    },
    options.excludeId,
  );
  return {
    startDate: internship.startDate,
    plannedEndDate: internship.plannedEndDate,
    hoursPerWeek: internship.hoursPerWeek,
    readiness: facts.readiness,
    ...(options.extension ? { extension: options.extension } : {}),
    company: { employeeCount: facts.employeeCount, overlappingInternships: overlapping },
  };
}

/** An extension as the rules judge it: the original start, the total to the new end. */
async function extensionPlan(
  db: Executor,
  internship: repository.InternshipRow,
  input: ExtensionCheckInput,
): Promise<InternshipPlan> {
  requireStep("extend", internship, "only a running internship is extended");
  if (input.newEndDate <= internship.plannedEndDate)
    throw fieldProblem("validation", "Invalid request", "newEndDate", "Must be after the planned end");
  return currentPlan(db, internship, {
    extension: { newEndDate: input.newEndDate, assessmentNote: input.assessmentNote },
    excludeId: internship.id,
  });
}

/** What the rules would say of a proposal, without making it: the form shows it before sending. */
export async function checkProposal(db: Executor, user: CurrentUser, input: ProposalCheckInput) {
  const { plan } = await proposalPlan(db, user, input);
  return runRules(plan);
}

/** What the rules would say of an extension, without making it. */
export async function checkExtension(
  db: Executor,
  user: CurrentUser,
  id: string,
  input: ExtensionCheckInput,
) {
  const { internship } = await internshipInReach(db, user, id);
  return runRules(await extensionPlan(db, internship, input));
}

export async function proposeInternship(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  input: ProposeInternshipInput,
) {
  const { match, plan } = await proposalPlan(tx, actor, input, { forUpdate: true });
  const mentorUserId = input.mentorUserId ?? null;
  if (mentorUserId && !(await repository.isContactOfCompany(tx, mentorUserId, match.companyId)))
    throw fieldProblem(
      "validation",
      "Invalid request",
      "mentorUserId",
      "Not a contact person of the company",
    );
  const judged = judge(actor, plan, input.overrideReason);

  const id = await repository.insertInternship(tx, {
    municipalityId: match.municipalityId,
    matchId: match.id,
    openingId: match.openingId,
    youthId: match.youthId,
    companyId: match.companyId,
    startDate: input.startDate,
    plannedEndDate: input.plannedEndDate,
    hoursPerWeek: input.hoursPerWeek,
    purpose: input.purpose,
    tasks: input.tasks || null,
    mentorName: input.mentorName || null,
    mentorUserId,
    ruleSetId: judged.ruleSetId,
    ruleFindings: judged.findings,
    overrideReason: judged.overrideReason,
    overriddenByUserId: judged.overrideReason === null ? null : actor.id,
    proposedByUserId: actor.id,
    now: ctx.clock.now(),
  });
  const reached = await internshipInReach(tx, actor, id);
  await audit(ctx, tx, origin, actor, "internship.proposed", reached.internship);
  if (judged.overrideReason !== null)
    await audit(ctx, tx, origin, actor, "internship.rule_overridden", reached.internship);
  await tellParties(ctx, tx, actor, reached.internship, "proposed");
  return presentDetail(ctx, tx, reached);
}

/** The codes of the breaches, in one order: what an override was given for. */
function breachCodes(findings: readonly RuleFinding[]): string {
  return [...new Set(breachesOf(findings).map((finding) => finding.rule))].sort().join(",");
}

/**
 * The young person's yes or the municipality's approval. The second of the two approves the
 * internship and takes a seat of its opening in the same transaction; without a free seat nothing
 * changes (409), so an opening never holds more trainees than seats.
 *
 * Proposals hold no seat, so two of them at one company may each have kept the ratio. The second
 * yes therefore judges the plan again on today's facts, one approval per company at a time. A
 * breach that an override already answered (the same rules) is not asked again; otherwise staff
 * get 422 unless they give a reason, and a young person's yes is kept while the municipality's,
 * given under other facts, is taken back for staff to decide again.
 */
export async function approveInternship(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  input: ApproveInternshipInput = {},
) {
  if (input.overrideReason !== undefined && !mayOverrideRules(actor))
    throw forbidden("Only staff can override the internship rules");
  const { internship } = await internshipInReach(tx, actor, id, { forUpdate: true });
  requireStep("approve", internship, "only a proposed internship is approved");
  const now = ctx.clock.now();
  let youthApprovedAt = internship.youthApprovedAt;
  let staffApprovedAt = internship.staffApprovedAt;
  if (actor.role === "youth") {
    if (youthApprovedAt) throw conflict("You have already approved the internship");
    youthApprovedAt = now;
    await repository.updateInternship(tx, id, { youthApprovedAt }, now);
  } else {
    if (staffApprovedAt) throw conflict("The municipality has already approved the internship");
    staffApprovedAt = now;
    await repository.updateInternship(tx, id, { staffApprovedAt, staffApprovedByUserId: actor.id }, now);
  }
  let complete = youthApprovedAt !== null && staffApprovedAt !== null;
  let overridden = false;
  let withdrawn = false;
  if (complete) {
    await repository.lockCompany(tx, internship.companyId);
    const result = runRules(await currentPlan(tx, internship, { excludeId: internship.id }));
    const answered =
      internship.overrideReason !== null &&
      breachCodes(result.findings) === breachCodes(internship.ruleFindings);
    if (result.blocked && !answered) {
      const rechecked = { ruleSetId: result.ruleSet.id, ruleFindings: result.findings };
      if (actor.role === "youth") {
        // The old override answered other breaches; kept, it would pass the new ones unasked.
        await repository.updateInternship(
          tx,
          id,
          {
            ...rechecked,
            staffApprovedAt: null,
            staffApprovedByUserId: null,
            overrideReason: null,
            overriddenByUserId: null,
          },
          now,
        );
        complete = false;
        withdrawn = true;
      } else {
        if (input.overrideReason === undefined) throw new RuleBreachProblem(result.findings);
        await repository.updateInternship(
          tx,
          id,
          { ...rechecked, overrideReason: input.overrideReason, overriddenByUserId: actor.id },
          now,
        );
        overridden = true;
      }
    }
  }
  if (complete) {
    if (!(await repository.takeSeat(tx, internship.openingId)))
      throw conflict("No free seat: the opening's seats are taken by approved internships");
    await repository.updateInternship(tx, id, { status: "approved" }, now);
  }
  await audit(ctx, tx, origin, actor, "internship.approved", internship);
  if (overridden) await audit(ctx, tx, origin, actor, "internship.rule_overridden", internship);
  if (complete) await tellParties(ctx, tx, actor, internship, "approved");
  if (withdrawn) await tellStaff(ctx, tx, actor, internship, "staff_approval_withdrawn");
  return presentChanged(ctx, tx, actor, id);
}

export async function startInternship(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
) {
  const { internship } = await internshipInReach(tx, actor, id, { forUpdate: true });
  requireStep("start", internship, "only an approved internship starts");
  if (todayOf(ctx) < internship.startDate)
    throw conflict(`The internship starts on ${internship.startDate}, not before`);
  await repository.updateInternship(tx, id, { status: "active" }, ctx.clock.now());
  await audit(ctx, tx, origin, actor, "internship.started", internship);
  await tellParties(ctx, tx, actor, internship, "started");
  return presentChanged(ctx, tx, actor, id);
}

/**
 * A new end after an assessment, checked by the rule set of the original start (the total from
 * the start, the written assessment). The extension is kept as history with its findings.
 */
export async function extendInternship(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  input: ExtendInternshipInput,
) {
  const { internship } = await internshipInReach(tx, actor, id, { forUpdate: true });
  // Like approval: the company's count of overlapping internships must not change under the check.
  await repository.lockCompany(tx, internship.companyId);
  const judged = judge(actor, await extensionPlan(tx, internship, input), input.overrideReason);
  const now = ctx.clock.now();
  await repository.insertExtension(tx, {
    municipalityId: internship.municipalityId,
    internshipId: internship.id,
    previousEndDate: internship.plannedEndDate,
    newEndDate: input.newEndDate,
    assessmentNote: input.assessmentNote,
    ruleFindings: judged.findings,
    overrideReason: judged.overrideReason,
    createdByUserId: actor.id,
    now,
  });
  await repository.updateInternship(tx, id, { status: "extended", plannedEndDate: input.newEndDate }, now);
  await audit(ctx, tx, origin, actor, "internship.extended", internship);
  if (judged.overrideReason !== null)
    await audit(ctx, tx, origin, actor, "internship.rule_overridden", internship);
  await tellParties(ctx, tx, actor, internship, "extended");
  return presentChanged(ctx, tx, actor, id);
}

export async function completeInternship(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
) {
  const { internship } = await internshipInReach(tx, actor, id, { forUpdate: true });
  requireStep("complete", internship, "only a running internship is completed");
  const now = ctx.clock.now();
  await repository.updateInternship(tx, id, { status: "completed", endedAt: now }, now);
  await repository.freeSeat(tx, internship.openingId);
  await audit(ctx, tx, origin, actor, "internship.completed", internship);
  await tellParties(ctx, tx, actor, internship, "completed");
  return presentChanged(ctx, tx, actor, id);
}

/** Ends an internship before its planned end, with the reason; an approved or running one frees its seat. */
export async function endInternshipEarly(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  reason: string,
) {
  const { internship } = await internshipInReach(tx, actor, id, { forUpdate: true });
  requireStep("endEarly", internship, "it is already over");
  const now = ctx.clock.now();
  await repository.updateInternship(
    tx,
    id,
    { status: "ended_early", endedAt: now, endedEarlyReason: reason },
    now,
  );
  const heldSeat: readonly string[] = repository.seatHoldingStatuses;
  if (heldSeat.includes(internship.status)) await repository.freeSeat(tx, internship.openingId);
  await audit(ctx, tx, origin, actor, "internship.ended_early", internship);
  await tellParties(ctx, tx, actor, internship, "ended_early");
  return presentChanged(ctx, tx, actor, id);
}

export async function listAbsences(db: Executor, user: CurrentUser, id: string) {
  const { internship, viewer } = await internshipInReach(db, user, id);
  const rows = await repository.listAbsences(db, [internship.id]);
  return { items: rows.map((row) => presentAbsence(row, viewer)) };
}

export async function recordAbsence(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  input: AbsenceInput,
) {
  const { internship, viewer } = await internshipInReach(tx, actor, id, { forUpdate: true });
  requireStep("recordAbsence", internship, "absence is recorded once it has started");
  if (input.fromDate < internship.startDate)
    throw fieldProblem("validation", "Invalid request", "fromDate", "Must be within the internship");
  if (input.toDate > internship.plannedEndDate)
    throw fieldProblem("validation", "Invalid request", "toDate", "Must be within the internship");
  const row = await repository.insertAbsence(tx, {
    municipalityId: internship.municipalityId,
    internshipId: internship.id,
    kind: input.kind,
    fromDate: input.fromDate,
    toDate: input.toDate,
    note: input.note || null,
    recordedByUserId: actor.id,
    now: ctx.clock.now(),
  });
  await audit(ctx, tx, origin, actor, "internship.absence_recorded", internship);
  return presentAbsence(row, viewer);
}

/** This week's check-in from the caller's side: one per side per ISO week, Danish calendar. */
export async function giveCheckIn(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  input: CheckInInput,
) {
  const { internship, viewer } = await internshipInReach(tx, actor, id);
  const side = sideOf(viewer);
  requireStep("checkIn", internship, "check-ins are given while it runs");
  const row = await repository.insertCheckIn(tx, {
    municipalityId: internship.municipalityId,
    internshipId: internship.id,
    side,
    weekStart: mondayOf(todayOf(ctx)),
    rating: input.rating,
    comment: input.comment || null,
    authorUserId: actor.id,
    now: ctx.clock.now(),
  });
  if (!row) throw conflict("Your side has already checked in this week");
  await audit(ctx, tx, origin, actor, "internship.check_in_given", internship);
  return presentCheckIn(row);
}

/** Each side's evaluation once the internship is over; it feeds the young person's work identity. */
export async function giveEvaluation(
  ctx: InternshipsContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  input: EvaluationInput,
) {
  const { internship, viewer } = await internshipInReach(tx, actor, id);
  const side = sideOf(viewer);
  requireStep("evaluate", internship, "it is evaluated once it is over");
  const row = await repository.insertEvaluation(tx, {
    municipalityId: internship.municipalityId,
    internshipId: internship.id,
    side,
    wentWell: input.wentWell,
    showed: input.showed,
    authorUserId: actor.id,
    now: ctx.clock.now(),
  });
  if (!row) throw conflict("Your side has already evaluated the internship");
  await audit(ctx, tx, origin, actor, "internship.evaluated", internship);
  return presentEvaluation(row);
}
