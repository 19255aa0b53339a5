/**
 * The Danish rules an internship (virksomhedspraktik) must keep, as versioned data (issue 5,
 * decision 0009). A pure module, no I/O: the internship service calls it on a proposal, on an
 * extension and again when an approval completes, blocks on a breach unless staff override it with
 * a written reason, and audits that.
 *
 * Rules change by law (a reform is announced for 2027). A rule set therefore carries its date of
 * effect, and an internship is always checked by the set in effect on its START date, so adding a
 * later set never changes the check of an internship started before it. Each rule carries its
 * legal source, which travels with every finding to the screen.
 *
 * Dates are calendar dates (yyyy-mm-dd) without a time zone; all arithmetic is in whole UTC days.
 */

import { maxTraineesFor } from "../openings/reasonable-share.js";
import { dayNumber } from "./internship-calendar.js";

export type Readiness = "job_ready" | "education_ready" | "other";

export interface InternshipPlan {
  /** ISO date yyyy-mm-dd. On an extension this stays the original start. */
  startDate: string;
  /** ISO date, not before startDate. On an extension: the end planned so far. */
  plannedEndDate: string;
  hoursPerWeek: number;
  readiness: Readiness;
  /** Set when checking an extension: the original start stays startDate, this is the new end. */
  extension?: { newEndDate: string; assessmentNote: string | null };
  /** overlappingInternships: the company's other active or approved internships that overlap this one. */
  company: { employeeCount: number | null; overlappingInternships: number };
}

export type RuleCode =
  | "min_hours_per_week"
  | "max_duration"
  | "max_total_with_extension"
  | "extension_needs_assessment"
  | "company_ratio"
  | "employee_count_unknown";

export interface RuleFinding {
  rule: RuleCode;
  /** A breach blocks unless staff override it with a written reason; a warning only informs. */
  severity: "breach" | "warning";
  /** Numbers for the message: limit and actual. */
  limit: number | null;
  actual: number | null;
  /** The legal source written beside the rule. */
  source: string;
  message: { da: string; en: string };
}

/**
 * One rule of a rule set. `check` sees a plan already validated by `checkInternship` and returns
 * nothing when the plan keeps the rule. A rule may speak in more than one finding code (the
 * company ratio also warns that the employee count is unknown).
 */
export interface Rule {
  code: RuleCode;
  source: string;
  check(plan: InternshipPlan): readonly RuleFinding[];
}

export interface RuleSet {
  id: string;
  /** ISO date: the first internship start date this set applies to. */
  effectiveFrom: string;
  title: string;
  rules: readonly Rule[];
}

/**
 * Calendar weeks from start to end, both days included, a started week counting whole:
 * 2026-01-05..2026-02-01 is 28 days and so 4 weeks, one day more is 5. Both days count because an
 * internship's planned end is its last working day, not the day after it.
 */
export function weeksBetween(startDate: string, endDate: string): number {
  const days = dayNumber(endDate) - dayNumber(startDate) + 1;
  if (days < 1) throw new RangeError(`End ${endDate} is before start ${startDate}`);
  return Math.ceil(days / 7);
}

const danish = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });
const english = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A number as the reader writes it: 14,5 in Danish, 14.5 in English. */
function da(value: number): string {
  return danish.format(value);
}

function en(value: number): string {
  return english.format(value);
}

function weeksDa(weeks: number): string {
  return `${da(weeks)} ${weeks === 1 ? "uge" : "uger"}`;
}

function weeksEn(weeks: number): string {
  return `${en(weeks)} ${weeks === 1 ? "week" : "weeks"}`;
}

function hasAssessment(note: string | null): boolean {
  return note !== null && note.trim() !== "";
}

/** At least `minimum` hours a week. */
export function minHoursPerWeekRule(minimum: number, source: string): Rule {
  return {
    code: "min_hours_per_week",
    source,
    check(plan) {
      const hours = plan.hoursPerWeek;
      if (hours >= minimum) return [];
      return [
        {
          rule: "min_hours_per_week",
          severity: "breach",
          limit: minimum,
          actual: hours,
          source,
          message: {
            da: `Mindst ${da(minimum)} timer om ugen (her: ${da(hours)}).`,
            en: `At least ${en(minimum)} hours a week (here: ${en(hours)}).`,
          },
        },
      ];
    },
  };
}

/**
 * The longest first period, in weeks, by the young person's readiness. It judges the period as
 * proposed (start..planned end); an extension is judged by the total-duration rules instead,
 * since the first period was checked, and any breach overridden, when it was proposed.
 */
export function maxDurationRule(maxWeeks: Readonly<Record<Readiness, number>>, source: string): Rule {
  return {
    code: "max_duration",
    source,
    check(plan) {
      if (plan.extension) return [];
      const limit = maxWeeks[plan.readiness];
      const weeks = weeksBetween(plan.startDate, plan.plannedEndDate);
      if (weeks <= limit) return [];
      const message =
        plan.readiness === "other"
          ? {
              da: `Virksomhedspraktik varer højst ${weeksDa(limit)} (her: ${weeksDa(weeks)}).`,
              en: `An internship lasts at most ${weeksEn(limit)} (here: ${weeksEn(weeks)}).`,
            }
          : {
              da: `For en jobparat eller uddannelsesparat ung varer virksomhedspraktik højst ${weeksDa(limit)} (her: ${weeksDa(weeks)}).`,
              en: `For a job-ready or education-ready young person an internship lasts at most ${weeksEn(limit)} (here: ${weeksEn(weeks)}).`,
            };
      return [{ rule: "max_duration", severity: "breach", limit, actual: weeks, source, message }];
    },
  };
}

/** Every extension needs a written assessment (konkret vurdering). */
export function extensionNeedsAssessmentRule(source: string): Rule {
  return {
    code: "extension_needs_assessment",
    source,
    check(plan) {
      if (!plan.extension || hasAssessment(plan.extension.assessmentNote)) return [];
      return [
        {
          rule: "extension_needs_assessment",
          severity: "breach",
          limit: null,
          actual: null,
          source,
          message: {
            da: "En forlængelse kræver en skriftlig vurdering.",
            en: "An extension needs a written assessment.",
          },
        },
      ];
    },
  };
}

/**
 * An extended internship lasts at most `maxWeeks` from the original start to the new end; beyond
 * that only on an assessment of a special need. With the note it stays a warning, so staff still
 * see that the internship runs past the ordinary limit.
 */
export function maxTotalWithExtensionRule(maxWeeks: number, source: string): Rule {
  return {
    code: "max_total_with_extension",
    source,
    check(plan) {
      if (!plan.extension) return [];
      const weeks = weeksBetween(plan.startDate, plan.extension.newEndDate);
      if (weeks <= maxWeeks) return [];
      const assessed = hasAssessment(plan.extension.assessmentNote);
      return [
        {
          rule: "max_total_with_extension",
          severity: assessed ? "warning" : "breach",
          limit: maxWeeks,
          actual: weeks,
          source,
          message: assessed
            ? {
                da: `Forløbet varer ${weeksDa(weeks)} i alt, mere end ${weeksDa(maxWeeks)}; det hviler på vurderingen af et særligt behov.`,
                en: `The internship lasts ${weeksEn(weeks)} in all, more than ${weeksEn(maxWeeks)}; it rests on the assessment of a special need.`,
              }
            : {
                da: `En forlængelse ud over ${weeksDa(maxWeeks)} i alt kræver en skriftlig vurdering (her: ${weeksDa(weeks)}).`,
                en: `Extending beyond ${weeksEn(maxWeeks)} in all needs a written assessment (here: ${weeksEn(weeks)}).`,
              },
        },
      ];
    },
  };
}

/**
 * The rimelighedskrav, counted over the company's active and approved internships that overlap
 * this one, plus this one. An unknown employee count allows one and says so as a warning: it is
 * missing data to fill in, not a breach in itself.
 */
export function companyRatioRule(source: string): Rule {
  return {
    code: "company_ratio",
    source,
    check(plan) {
      const { employeeCount, overlappingInternships } = plan.company;
      // An unknown count allows the minimum every company has; the warning below asks for the count.
      const allowed = employeeCount === null ? 1 : maxTraineesFor(employeeCount);
      const trainees = overlappingInternships + 1;
      const findings: RuleFinding[] = [];
      if (employeeCount === null)
        findings.push({
          rule: "employee_count_unknown",
          severity: "warning",
          limit: allowed,
          actual: null,
          source,
          message: {
            da: `Virksomhedens antal ansatte er ukendt, så der regnes med højst ${da(allowed)} i praktik ad gangen.`,
            en: `The company's number of employees is unknown, so at most ${en(allowed)} ${allowed === 1 ? "trainee" : "trainees"} at a time is assumed.`,
          },
        });
      if (trainees > allowed) {
        const employees =
          employeeCount === null
            ? { da: "et ukendt antal ansatte", en: "an unknown number of employees" }
            : { da: `${da(employeeCount)} ansatte`, en: `${en(employeeCount)} employees` };
        findings.push({
          rule: "company_ratio",
          severity: "breach",
          limit: allowed,
          actual: trainees,
          source,
          message: {
            da: `Med ${employees.da} må virksomheden have højst ${da(allowed)} i praktik på samme tid (her: ${da(trainees)} med dette forløb).`,
            en: `With ${employees.en} the company may have at most ${en(allowed)} ${allowed === 1 ? "trainee" : "trainees"} at the same time (here: ${en(trainees)} including this one).`,
          },
        });
      }
      return findings;
    },
  };
}

const LAB =
  "Lov om en aktiv beskæftigelsesindsats (LAB), lov nr. 548 af 7. maj 2019, jf. LBK nr. 280 af 1. marts 2024";

/** Virksomhedspraktik under LAB 2019, in force from 1 January 2020. */
const LAB_2020: RuleSet = {
  id: "lab-2020",
  effectiveFrom: "2020-01-01",
  title: "Virksomhedspraktik efter lov om en aktiv beskæftigelsesindsats (LAB 2019)",
  rules: [
    minHoursPerWeekRule(15, "NExTWORK-programmets krav (issue 5); ikke et timeminimum fra LAB kap. 11"),
    maxDurationRule({ job_ready: 4, education_ready: 4, other: 13 }, `${LAB} § 61, stk. 1`),
    extensionNeedsAssessmentRule(`${LAB} § 61, stk. 2 (forlængelse efter en konkret vurdering)`),
    maxTotalWithExtensionRule(
      26,
      `${LAB} § 61, stk. 2 (op til 26 uger; derudover ved et helt særligt behov efter en konkret vurdering)`,
    ),
    companyRatioRule(
      `Rimelighedskravet: ${LAB} kap. 11 og bekendtgørelse om en aktiv beskæftigelsesindsats (BEK nr. 1180 af 25. november 2019): 1 pr. 5 ordinært ansatte ved 0-50 ansatte, dog altid 1, herudover 1 pr. 10`,
    ),
  ],
};

/** Every rule set in force now or before, sorted by effectiveFrom. A reform adds a set; none is edited. */
export const RULE_SETS: readonly RuleSet[] = [LAB_2020];

/** The set in effect on an internship's start date: the latest with effectiveFrom on or before it. */
export function ruleSetFor(startDate: string, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  // Refuses an invalid date before comparing strings with it.
  dayNumber(startDate);
  let chosen: RuleSet | undefined;
  for (const set of ruleSets) {
    // yyyy-mm-dd strings order as their dates do.
    if (set.effectiveFrom <= startDate && (!chosen || set.effectiveFrom > chosen.effectiveFrom)) chosen = set;
  }
  if (!chosen) throw new RangeError(`No internship rule set is in effect on ${startDate}`);
  return chosen;
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0`);
}

/** Input the rules cannot judge is a caller's mistake (its schema should have refused it), not a finding. */
function assertValidPlan(plan: InternshipPlan): void {
  weeksBetween(plan.startDate, plan.plannedEndDate);
  if (plan.extension && dayNumber(plan.extension.newEndDate) <= dayNumber(plan.plannedEndDate))
    throw new RangeError("An extension's new end must be after the planned end");
  if (!Number.isFinite(plan.hoursPerWeek) || plan.hoursPerWeek < 0)
    throw new RangeError("hoursPerWeek must be a number >= 0");
  if (plan.company.employeeCount !== null) assertCount(plan.company.employeeCount, "employeeCount");
  assertCount(plan.company.overlappingInternships, "overlappingInternships");
}

/**
 * Checks a proposal (no `extension`) or an extension against the rule set in effect on the
 * internship's start date. `blocked` is true exactly when a finding is a breach.
 */
export function checkInternship(
  plan: InternshipPlan,
  ruleSets: readonly RuleSet[] = RULE_SETS,
): { ruleSet: { id: string; effectiveFrom: string }; findings: RuleFinding[]; blocked: boolean } {
  assertValidPlan(plan);
  const ruleSet = ruleSetFor(plan.startDate, ruleSets);
  const findings = ruleSet.rules.flatMap((rule) => rule.check(plan));
  return {
    ruleSet: { id: ruleSet.id, effectiveFrom: ruleSet.effectiveFrom },
    findings,
    blocked: findings.some((item) => item.severity === "breach"),
  };
}
