import { apiRequest, ProblemError, withQuery } from "./client";
import type { Page } from "./types";

/** The internships API (issue 5), typed as the server presents it to the caller's role. */

export const INTERNSHIP_STATUSES = [
  "proposed",
  "approved",
  "active",
  "extended",
  "completed",
  "ended_early",
] as const;
export type InternshipStatus = (typeof INTERNSHIP_STATUSES)[number];
export type InternshipSide = "youth" | "company";
export type AbsenceKind = "sick" | "other";

export interface RuleFinding {
  rule: string;
  severity: "breach" | "warning";
  limit: number | null;
  actual: number | null;
  source: string;
  message: { da: string; en: string };
}

export interface RuleCheck {
  ruleSet: { id: string; effectiveFrom: string };
  findings: RuleFinding[];
  blocked: boolean;
}

/**
 * The findings of a 422 rule breach (the server adds them to the problem), or null for any other
 * failure: an approval that completes is judged by the rules again and may answer so.
 */
export function breachFindingsOf(error: unknown): RuleFinding[] | null {
  if (!(error instanceof ProblemError) || error.status !== 422) return null;
  const body = error.body;
  if (typeof body !== "object" || body === null || !("findings" in body) || !Array.isArray(body.findings))
    return null;
  return (body.findings as RuleFinding[]).filter((finding) => finding.severity === "breach");
}

export type InternshipWarning =
  | { code: "absence_over_limit"; absenceDays: number; plannedDays: number; percent: number }
  | { code: "check_ins_missing"; side: InternshipSide; weeks: number };

export interface InternshipSummary {
  id: string;
  matchId: string;
  status: InternshipStatus;
  opening: { id: string; title: string };
  company: { id: string; name: string };
  /** A company sees the first name only; displayName is for staff. */
  youth: { id: string; firstName: string; displayName?: string };
  startDate: string;
  originalEndDate: string;
  plannedEndDate: string;
  hoursPerWeek: number;
  mentor: { name: string | null; userId: string | null };
  approvals: { youthApprovedAt: string | null; staffApprovedAt: string | null };
  endingSoon: boolean;
  /** Staff only. */
  warnings?: InternshipWarning[];
  createdAt: string;
}

export interface Extension {
  id: string;
  previousEndDate: string;
  newEndDate: string;
  assessmentNote: string;
  ruleFindings: RuleFinding[];
  overrideReason?: string | null;
  createdAt: string;
}

export interface Absence {
  id: string;
  kind: AbsenceKind;
  fromDate: string;
  toDate: string;
  note: string | null;
  recordedBy: "youth" | "company" | "staff";
  createdAt: string;
}

export interface CheckIn {
  id: string;
  side: InternshipSide;
  weekStart: string;
  rating: number;
  comment: string | null;
  createdAt: string;
}

export interface Evaluation {
  id: string;
  side: InternshipSide;
  wentWell: string;
  showed: string;
  createdAt: string;
}

export interface InternshipDetail extends InternshipSummary {
  purpose: string;
  tasks: string | null;
  ruleSet: { id: string };
  ruleFindings: RuleFinding[];
  /** Staff only. */
  overrideReason?: string | null;
  endedAt: string | null;
  endedEarlyReason: string | null;
  extensions: Extension[];
  absences: Absence[];
  checkIns: CheckIn[];
  evaluations: Evaluation[];
  myCheckInThisWeek: boolean;
}

export interface InternshipPlan {
  matchId: string;
  startDate: string;
  plannedEndDate: string;
  hoursPerWeek: number;
}

export interface ProposeInternshipInput extends InternshipPlan {
  purpose: string;
  tasks?: string | null;
  mentorName?: string | null;
  overrideReason?: string;
}

export interface ExtensionInput {
  newEndDate: string;
  assessmentNote: string;
  overrideReason?: string;
}

export interface InternshipListQuery {
  status?: InternshipStatus;
  matchId?: string;
  endingWithinDays?: number;
  limit?: number;
  cursor?: string | null;
}

const path = (segment: string): string => encodeURIComponent(segment);
const one = (id: string) => `/api/internships/${path(id)}`;

export const internships = {
  list: (query: InternshipListQuery = {}) =>
    apiRequest<Page<InternshipSummary>>("GET", withQuery("/api/internships", { ...query })),
  get: (id: string) => apiRequest<InternshipDetail>("GET", one(id)),
  checkProposal: (plan: InternshipPlan) =>
    apiRequest<RuleCheck>("POST", "/api/internships/rule-check", { body: plan }),
  propose: (input: ProposeInternshipInput) =>
    apiRequest<InternshipDetail>("POST", "/api/internships", { body: input }),
  approve: (id: string, overrideReason?: string) =>
    apiRequest<InternshipDetail>("POST", `${one(id)}/approve`, {
      body: overrideReason === undefined ? undefined : { overrideReason },
    }),
  start: (id: string) => apiRequest<InternshipDetail>("POST", `${one(id)}/start`),
  checkExtension: (id: string, input: Omit<ExtensionInput, "overrideReason">) =>
    apiRequest<RuleCheck>("POST", `${one(id)}/extension-check`, { body: input }),
  extend: (id: string, input: ExtensionInput) =>
    apiRequest<InternshipDetail>("POST", `${one(id)}/extend`, { body: input }),
  complete: (id: string) => apiRequest<InternshipDetail>("POST", `${one(id)}/complete`),
  endEarly: (id: string, reason: string) =>
    apiRequest<InternshipDetail>("POST", `${one(id)}/end-early`, { body: { reason } }),
  recordAbsence: (
    id: string,
    input: { kind: AbsenceKind; fromDate: string; toDate: string; note?: string | null },
  ) => apiRequest<Absence>("POST", `${one(id)}/absences`, { body: input }),
  checkIn: (id: string, input: { rating: number; comment?: string | null }) =>
    apiRequest<CheckIn>("POST", `${one(id)}/check-ins`, { body: input }),
  evaluate: (id: string, input: { wentWell: string; showed: string }) =>
    apiRequest<Evaluation>("POST", `${one(id)}/evaluations`, { body: input }),
};
