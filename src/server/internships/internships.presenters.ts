import { firstNameOf } from "../youth/profile.js";
import { addDays } from "./internship-calendar.js";
import type { InternshipWarning } from "./internship-warnings.js";
import type { InternshipViewer } from "./internships.policy.js";
import {
  type AbsenceRow,
  type CheckInRow,
  type EvaluationRow,
  type ExtensionRow,
  type InternshipRow,
  runningStatuses,
} from "./internships.repository.js";
import type {
  AbsenceOutput,
  CheckInOutput,
  EvaluationOutput,
  ExtensionOutput,
  InternshipDetail,
  InternshipSummary,
} from "./internships.schemas.js";

/** Staff see the internships that end within this many days on the list (issue 5). */
export const ENDING_SOON_DAYS = 14;

function isEndingSoon(row: InternshipRow, today: string): boolean {
  const running: readonly string[] = runningStatuses;
  return (
    running.includes(row.status) &&
    row.plannedEndDate >= today &&
    row.plannedEndDate <= addDays(today, ENDING_SOON_DAYS)
  );
}

/**
 * An internship as listed. A company sees the young person's first name only, never more of
 * them; the warnings are the counsellor's signal and only staff see them.
 */
export function presentInternshipSummary(
  row: InternshipRow,
  viewer: InternshipViewer,
  today: string,
  warnings: InternshipWarning[],
): InternshipSummary {
  return {
    id: row.id,
    matchId: row.matchId,
    status: row.status,
    opening: { id: row.openingId, title: row.openingTitle },
    company: { id: row.companyId, name: row.companyName },
    youth: {
      id: row.youthId,
      firstName: firstNameOf(row.youthDisplayName),
      ...(viewer.kind === "staff" ? { displayName: row.youthDisplayName } : {}),
    },
    startDate: row.startDate,
    originalEndDate: row.originalEndDate,
    plannedEndDate: row.plannedEndDate,
    hoursPerWeek: row.hoursPerWeek,
    mentor: { name: row.mentorName ?? row.mentorDisplayName, userId: row.mentorUserId },
    approvals: {
      youthApprovedAt: row.youthApprovedAt?.toISOString() ?? null,
      staffApprovedAt: row.staffApprovedAt?.toISOString() ?? null,
    },
    endingSoon: isEndingSoon(row, today),
    ...(viewer.kind === "staff" ? { warnings } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentExtension(row: ExtensionRow, viewer: InternshipViewer): ExtensionOutput {
  return {
    id: row.id,
    previousEndDate: row.previousEndDate,
    newEndDate: row.newEndDate,
    assessmentNote: row.assessmentNote,
    ruleFindings: row.ruleFindings,
    ...(viewer.kind === "staff" ? { overrideReason: row.overrideReason } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

function sideOfRecorder(role: AbsenceRow["recorderRole"]): AbsenceOutput["recordedBy"] {
  if (role === "youth") return "youth";
  if (role === "company_contact") return "company";
  return "staff";
}

/**
 * An absence. A note may say more about the young person than a company should know, so a
 * company sees only the notes its own side wrote; the dates and sick/other are theirs to know.
 */
export function presentAbsence(row: AbsenceRow, viewer: InternshipViewer): AbsenceOutput {
  const recordedBy = sideOfRecorder(row.recorderRole);
  const hidesNote = viewer.kind === "participant" && viewer.side === "company" && recordedBy !== "company";
  return {
    id: row.id,
    kind: row.kind,
    fromDate: row.fromDate,
    toDate: row.toDate,
    note: hidesNote ? null : row.note,
    recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentCheckIn(row: CheckInRow): CheckInOutput {
  return {
    id: row.id,
    side: row.side,
    weekStart: row.weekStart,
    rating: row.rating,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentEvaluation(row: EvaluationRow): EvaluationOutput {
  return {
    id: row.id,
    side: row.side,
    wentWell: row.wentWell,
    showed: row.showed,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The whole internship. Check-ins are each side's channel to the counsellor: a side sees its own,
 * staff see both. Evaluations are shared: the company's words about what the young person showed
 * are the young person's to keep (work identity).
 */
export function presentInternshipDetail(
  row: InternshipRow,
  viewer: InternshipViewer,
  today: string,
  parts: {
    warnings: InternshipWarning[];
    extensions: ExtensionRow[];
    absences: AbsenceRow[];
    checkIns: CheckInRow[];
    evaluations: EvaluationRow[];
    thisWeek: string;
  },
): InternshipDetail {
  const checkIns =
    viewer.kind === "staff" ? parts.checkIns : parts.checkIns.filter((entry) => entry.side === viewer.side);
  return {
    ...presentInternshipSummary(row, viewer, today, parts.warnings),
    purpose: row.purpose,
    tasks: row.tasks,
    ruleSet: { id: row.ruleSetId },
    ruleFindings: row.ruleFindings,
    ...(viewer.kind === "staff" ? { overrideReason: row.overrideReason } : {}),
    endedAt: row.endedAt?.toISOString() ?? null,
    endedEarlyReason: row.endedEarlyReason,
    extensions: parts.extensions.map((extension) => presentExtension(extension, viewer)),
    absences: parts.absences.map((absence) => presentAbsence(absence, viewer)),
    checkIns: checkIns.map(presentCheckIn),
    evaluations: parts.evaluations.map(presentEvaluation),
    myCheckInThisWeek:
      viewer.kind === "participant" &&
      parts.checkIns.some((entry) => entry.side === viewer.side && entry.weekStart === parts.thisWeek),
  };
}
