/**
 * The warnings staff see on a running internship (issue 5): absence beyond a fifth of the working
 * days planned so far, and a side that has not checked in for two weeks in a row. A pure function
 * of the internship, its absences and check-ins and today's date, so the list and the detail page
 * say the same and a test can walk every boundary.
 */
import {
  addDays,
  dayNumber,
  earlierOf,
  isWorkingDay,
  mondayOf,
  workingDaysBetween,
} from "./internship-calendar.js";
import type { internshipSides, internshipStatuses } from "./internships.tables.js";

type InternshipStatus = (typeof internshipStatuses)[number];
type InternshipSide = (typeof internshipSides)[number];

/** Absence must pass this share of the working days so far to warn: 20% is still fine, 21% is not. */
export const ABSENCE_WARNING_SHARE = 0.2;
/** Weeks in a row without a check-in from one side before staff are warned. */
export const MISSING_CHECK_IN_WEEKS = 2;

export type InternshipWarning =
  | { code: "absence_over_limit"; absenceDays: number; plannedDays: number; percent: number }
  | { code: "check_ins_missing"; side: InternshipSide; weeks: number };

export interface WarningInput {
  status: InternshipStatus;
  startDate: string;
  plannedEndDate: string;
  absences: readonly { fromDate: string; toDate: string }[];
  checkIns: readonly { side: InternshipSide; weekStart: string }[];
}

/** Only a running internship warns: before the start nothing is due, after the end it is history. */
const running: readonly InternshipStatus[] = ["active", "extended"];

export function internshipWarnings(input: WarningInput, today: string): InternshipWarning[] {
  if (!running.includes(input.status)) return [];
  const warnings: InternshipWarning[] = [];
  const absence = absenceSoFar(input, today);
  if (absence.plannedDays > 0 && absence.absenceDays > absence.plannedDays * ABSENCE_WARNING_SHARE) {
    warnings.push({
      code: "absence_over_limit",
      ...absence,
      percent: Math.round((absence.absenceDays / absence.plannedDays) * 100),
    });
  }
  for (const side of ["youth", "company"] as const) {
    const weeks = weeksWithoutCheckIn(input, side, today);
    if (weeks >= MISSING_CHECK_IN_WEEKS) warnings.push({ code: "check_ins_missing", side, weeks });
  }
  return warnings;
}

/**
 * Working days from the start to today (or the planned end, if sooner), and how many of them fall
 * in an absence. Overlapping absences count a day once; absence outside the period not at all.
 */
function absenceSoFar(input: WarningInput, today: string): { absenceDays: number; plannedDays: number } {
  const periodEnd = earlierOf(today, input.plannedEndDate);
  const plannedDays = workingDaysBetween(input.startDate, periodEnd);
  if (plannedDays === 0) return { absenceDays: 0, plannedDays };
  const first = dayNumber(input.startDate);
  const last = dayNumber(periodEnd);
  const absent = new Set<number>();
  for (const absence of input.absences) {
    const from = Math.max(first, dayNumber(absence.fromDate));
    const to = Math.min(last, dayNumber(absence.toDate));
    for (let day = from; day <= to; day++) if (isWorkingDay(day)) absent.add(day);
  }
  return { absenceDays: absent.size, plannedDays };
}

/**
 * Whole weeks in a row, counted back from the last finished week of the internship, in which one
 * side gave no check-in. The current week is not over, so it never counts as missing; a check-in
 * in it ends the silence, so it clears the warning.
 */
function weeksWithoutCheckIn(input: WarningInput, side: InternshipSide, today: string): number {
  const given = new Set(
    input.checkIns.filter((entry) => entry.side === side).map((entry) => entry.weekStart),
  );
  const thisWeek = mondayOf(today);
  if (given.has(thisWeek)) return 0;
  const firstWeek = mondayOf(input.startDate);
  const lastFinishedWeek = addDays(thisWeek, -7);
  let week = earlierOf(lastFinishedWeek, mondayOf(input.plannedEndDate));
  let missing = 0;
  // yyyy-mm-dd strings order as their dates do.
  while (week >= firstWeek && !given.has(week)) {
    missing++;
    week = addDays(week, -7);
  }
  return missing;
}
