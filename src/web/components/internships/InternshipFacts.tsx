import { useTranslation } from "react-i18next";
import type { InternshipDetail } from "../../api/internships";
import { formatDateTime } from "../format";
import { formatDate } from "./dates";

/** The agreement: dates, hours, mentor, purpose and tasks, and who has approved it. */
export function InternshipFacts({ internship }: { internship: InternshipDetail }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { approvals } = internship;
  return (
    <section className="nx-section" aria-labelledby="internship-facts-heading">
      <h2 id="internship-facts-heading">{t("internships.facts.heading")}</h2>
      <dl className="nx-facts">
        <dt>{t("internships.facts.status")}</dt>
        <dd>
          <span className="nx-status">{t(`internships.status.${internship.status}`)}</span>
        </dd>
        <dt>{t("internships.facts.startDate")}</dt>
        <dd>{formatDate(internship.startDate, locale)}</dd>
        <dt>{t("internships.facts.plannedEndDate")}</dt>
        <dd>
          {formatDate(internship.plannedEndDate, locale)}
          {internship.plannedEndDate !== internship.originalEndDate
            ? ` ${t("internships.facts.originally", { date: formatDate(internship.originalEndDate, locale) })}`
            : null}
        </dd>
        <dt>{t("internships.facts.hours")}</dt>
        <dd>{t("internships.facts.hoursValue", { count: internship.hoursPerWeek })}</dd>
        <dt>{t("internships.facts.mentor")}</dt>
        <dd>{internship.mentor.name ?? t("internships.facts.noMentor")}</dd>
        <dt>{t("internships.facts.purpose")}</dt>
        <dd className="nx-pre-line">{internship.purpose}</dd>
        {internship.tasks ? (
          <>
            <dt>{t("internships.facts.tasks")}</dt>
            <dd className="nx-pre-line">{internship.tasks}</dd>
          </>
        ) : null}
        <dt>{t("internships.facts.approvals")}</dt>
        <dd>
          <ul className="nobullet-list">
            <li>
              {approvals.youthApprovedAt
                ? t("internships.facts.youthApproved", {
                    time: formatDateTime(approvals.youthApprovedAt, locale),
                  })
                : t("internships.facts.youthNotApproved")}
            </li>
            <li>
              {approvals.staffApprovedAt
                ? t("internships.facts.staffApproved", {
                    time: formatDateTime(approvals.staffApprovedAt, locale),
                  })
                : t("internships.facts.staffNotApproved")}
            </li>
          </ul>
        </dd>
        {internship.endedAt ? (
          <>
            <dt>{t("internships.facts.endedAt")}</dt>
            <dd>{formatDateTime(internship.endedAt, locale)}</dd>
          </>
        ) : null}
        {internship.endedEarlyReason ? (
          <>
            <dt>{t("internships.facts.endedEarlyReason")}</dt>
            <dd className="nx-pre-line">{internship.endedEarlyReason}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
