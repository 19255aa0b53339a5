import type { TFunction } from "i18next";
import type { InternshipWarning } from "../../api/internships";

/** A warning as a sentence for staff: what is wrong, with the numbers behind it. */
export function warningText(warning: InternshipWarning, t: TFunction): string {
  if (warning.code === "absence_over_limit") {
    return t("internships.warning.absence", {
      percent: warning.percent,
      absenceDays: warning.absenceDays,
      plannedDays: warning.plannedDays,
    });
  }
  return t(`internships.warning.checkIns.${warning.side}`, { weeks: warning.weeks });
}
