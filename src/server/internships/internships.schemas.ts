import { z } from "zod";
import { plainText } from "../matching/conversations.schemas.js";
import { paginationQuery } from "../platform/pagination.js";
import { problemSchema } from "../platform/problems.js";
import { absenceKinds, internshipSides, internshipStatuses } from "./internships.tables.js";

/** A calendar date the rules can count with: yyyy-mm-dd in this century. */
const calendarDate = z.iso
  .date()
  .refine((date) => date >= "2000-01-01" && date <= "2099-12-31", "A date from 2000 to 2099");

const laterOrSame = (later: string, earlier: string) => later >= earlier;

export const internshipStatusSchema = z
  .enum(internshipStatuses)
  .describe("proposed | approved | active | extended | completed | ended_early");
export const internshipSideSchema = z.enum(internshipSides).describe("youth | company");
export const absenceKindSchema = z.enum(absenceKinds).describe("sick | other");

export const internshipIdParams = z.strictObject({ id: z.uuid() });

const overrideReason = plainText(2000, { multiline: true })
  .optional()
  .describe(
    "Staff only: the written reason for going ahead although the rules are breached (audited). Ignored when nothing is breached",
  );

/** The plan as the rules see it: which match, when and how many hours. */
const planShape = {
  matchId: z.uuid().describe("The match the internship comes from"),
  startDate: calendarDate.describe("First day, YYYY-MM-DD; it picks the rule set the plan is checked by"),
  plannedEndDate: calendarDate.describe("Last day, YYYY-MM-DD, not before the start"),
  hoursPerWeek: z.number().int().min(1).max(60).describe("Hours a week; the rules ask for at least 15"),
};

const endNotBeforeStart = {
  check: (body: { startDate: string; plannedEndDate: string }) =>
    laterOrSame(body.plannedEndDate, body.startDate),
  params: { path: ["plannedEndDate"], message: "Must not be before the start" },
};

export const proposeInternshipBody = z
  .strictObject({
    ...planShape,
    purpose: plainText(2000, { multiline: true }).describe(
      "What the young person should learn or show (required by the rules of virksomhedspraktik)",
    ),
    tasks: plainText(2000, { multiline: true }).nullable().optional(),
    mentorName: plainText(200, { multiline: false }).nullable().optional(),
    mentorUserId: z.uuid().nullable().optional().describe("A contact person of the match's company"),
    overrideReason,
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);

/**
 * An approval sends no body (Fastify reads it as null). A reason matters only to staff whose yes
 * completes the approval when the rules, judged again on today's facts, are breached.
 */
export const approveInternshipBody = z.strictObject({ overrideReason }).nullish();

/** A proposal's plan checked without proposing it, so the form can show what the rules say. */
export const proposalCheckBody = z
  .strictObject(planShape)
  .refine(endNotBeforeStart.check, endNotBeforeStart.params);

export const extendInternshipBody = z.strictObject({
  newEndDate: calendarDate.describe("The new last day, after the planned end"),
  assessmentNote: plainText(4000, { multiline: true }).describe(
    "The written assessment (konkret vurdering) the extension rests on",
  ),
  overrideReason,
});

/** An extension checked without making it. */
export const extensionCheckBody = z.strictObject({
  newEndDate: extendInternshipBody.shape.newEndDate,
  assessmentNote: extendInternshipBody.shape.assessmentNote,
});

export const endEarlyBody = z.strictObject({
  reason: plainText(2000, { multiline: true }).describe("Why the internship ends before its planned end"),
});

export const absenceBody = z
  .strictObject({
    kind: absenceKindSchema,
    fromDate: calendarDate.describe("First day away, within the internship"),
    toDate: calendarDate.describe("Last day away, not before fromDate, within the internship"),
    note: plainText(1000, { multiline: true, min: 0 })
      .nullable()
      .optional()
      .describe("Optional; never a diagnosis. Companies see notes their own side wrote"),
  })
  .refine((body) => laterOrSame(body.toDate, body.fromDate), {
    path: ["toDate"],
    message: "Must not be before the first day",
  });

export const checkInBody = z.strictObject({
  rating: z.number().int().min(1).max(5).describe("How is it going: 1 (badly) to 5 (very well)"),
  comment: plainText(2000, { multiline: true, min: 0 }).nullable().optional(),
});

export const evaluationBody = z.strictObject({
  wentWell: plainText(4000, { multiline: true }).describe("What went well"),
  showed: plainText(4000, { multiline: true }).describe(
    "What the young person showed: strengths seen at work (it feeds their work identity)",
  ),
});

export const listInternshipsQuery = paginationQuery.extend({
  status: internshipStatusSchema.optional().describe("Only internships with this status"),
  matchId: z.uuid().optional().describe("Only internships from this match"),
  endingWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(365)
    .optional()
    .describe("Only running internships whose planned end is within this many days from today"),
});

export const ruleFindingSchema = z.object({
  rule: z.string().describe("The rule's code, e.g. min_hours_per_week, max_duration, company_ratio"),
  severity: z
    .enum(["breach", "warning"])
    .describe("A breach blocks unless staff override it; a warning informs"),
  limit: z.number().nullable(),
  actual: z.number().nullable(),
  source: z.string().describe("The legal source written beside the rule"),
  message: z.object({ da: z.string(), en: z.string() }),
});

/** 422: the plan breaks the rules. `errors` names the fields, `findings` carries both languages. */
export const ruleBreachProblemSchema = problemSchema.extend({
  findings: z.array(ruleFindingSchema).describe("Every finding, breaches and warnings"),
});

export const ruleCheckSchema = z.object({
  ruleSet: z
    .object({ id: z.string(), effectiveFrom: z.iso.date() })
    .describe("The set the start date picked"),
  findings: z.array(ruleFindingSchema),
  blocked: z.boolean().describe("A finding is a breach: only staff may go ahead, with a written reason"),
});

export const internshipWarningSchema = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("absence_over_limit"),
    absenceDays: z.number().int(),
    plannedDays: z.number().int(),
    percent: z.number().int(),
  }),
  z.object({ code: z.literal("check_ins_missing"), side: internshipSideSchema, weeks: z.number().int() }),
]);

export const internshipSummarySchema = z.object({
  id: z.uuid(),
  matchId: z.uuid(),
  status: internshipStatusSchema,
  opening: z.object({ id: z.uuid(), title: z.string() }),
  company: z.object({ id: z.uuid(), name: z.string() }),
  youth: z.object({
    id: z.uuid(),
    firstName: z.string(),
    displayName: z.string().optional().describe("Staff only"),
  }),
  startDate: z.iso.date(),
  originalEndDate: z.iso.date(),
  plannedEndDate: z.iso.date().describe("Moves with each extension"),
  hoursPerWeek: z.number().int(),
  mentor: z.object({ name: z.string().nullable(), userId: z.uuid().nullable() }),
  approvals: z.object({
    youthApprovedAt: z.iso.datetime().nullable(),
    staffApprovedAt: z.iso.datetime().nullable(),
  }),
  endingSoon: z.boolean().describe("Running and planned to end within 14 days"),
  warnings: z
    .array(internshipWarningSchema)
    .optional()
    .describe(
      "Staff only: absence past 20% of the working days so far, check-ins missing two weeks in a row",
    ),
  createdAt: z.iso.datetime(),
});

export const extensionSchema = z.object({
  id: z.uuid(),
  previousEndDate: z.iso.date(),
  newEndDate: z.iso.date(),
  assessmentNote: z.string(),
  ruleFindings: z.array(ruleFindingSchema),
  overrideReason: z.string().nullable().optional().describe("Staff only"),
  createdAt: z.iso.datetime(),
});

export const absenceSchema = z.object({
  id: z.uuid(),
  kind: absenceKindSchema,
  fromDate: z.iso.date(),
  toDate: z.iso.date(),
  note: z.string().nullable().describe("Null for a company when another side wrote it"),
  recordedBy: z.enum(["youth", "company", "staff"]),
  createdAt: z.iso.datetime(),
});

export const checkInSchema = z.object({
  id: z.uuid(),
  side: internshipSideSchema,
  weekStart: z.iso.date().describe("The Monday of the week the check-in is about"),
  rating: z.number().int(),
  comment: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const evaluationSchema = z.object({
  id: z.uuid(),
  side: internshipSideSchema,
  wentWell: z.string(),
  showed: z.string(),
  createdAt: z.iso.datetime(),
});

export const internshipDetailSchema = internshipSummarySchema.extend({
  purpose: z.string(),
  tasks: z.string().nullable(),
  ruleSet: z.object({ id: z.string() }).describe("The rule set the start date picked"),
  ruleFindings: z.array(ruleFindingSchema).describe("What the rules found when it was proposed"),
  overrideReason: z.string().nullable().optional().describe("Staff only"),
  endedAt: z.iso.datetime().nullable(),
  endedEarlyReason: z.string().nullable(),
  extensions: z.array(extensionSchema).describe("Oldest first"),
  absences: z.array(absenceSchema).describe("In date order"),
  checkIns: z
    .array(checkInSchema)
    .describe(
      "Newest week first. Each side sees its own; staff see both (a side's channel to the counsellor)",
    ),
  evaluations: z.array(evaluationSchema).describe("Both sides' evaluations, seen by both sides and staff"),
  myCheckInThisWeek: z
    .boolean()
    .describe("The caller's side has checked in this ISO week (always false for staff)"),
});

export const absenceListSchema = z.object({ items: z.array(absenceSchema) });

export type ProposeInternshipInput = z.infer<typeof proposeInternshipBody>;
export type ApproveInternshipInput = NonNullable<z.infer<typeof approveInternshipBody>>;
export type ProposalCheckInput = z.infer<typeof proposalCheckBody>;
export type ExtensionCheckInput = z.infer<typeof extensionCheckBody>;
export type ExtendInternshipInput = z.infer<typeof extendInternshipBody>;
export type AbsenceInput = z.infer<typeof absenceBody>;
export type CheckInInput = z.infer<typeof checkInBody>;
export type EvaluationInput = z.infer<typeof evaluationBody>;
export type ListInternshipsQuery = z.infer<typeof listInternshipsQuery>;
export type InternshipSummary = z.infer<typeof internshipSummarySchema>;
export type InternshipDetail = z.infer<typeof internshipDetailSchema>;
export type AbsenceOutput = z.infer<typeof absenceSchema>;
export type CheckInOutput = z.infer<typeof checkInSchema>;
export type EvaluationOutput = z.infer<typeof evaluationSchema>;
export type ExtensionOutput = z.infer<typeof extensionSchema>;
