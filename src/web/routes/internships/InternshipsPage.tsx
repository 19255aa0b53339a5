import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { internships } from "../../api/internships";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { formatPeriod } from "../../components/internships/dates";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { StaffInternshipsPage } from "./StaffInternshipsPage";

const PAGE_SIZE = 20;

/**
 * /internships: "Min praktik" for a young person, "Mine praktikanter" for a company contact, and
 * for staff every internship of the municipality with its warnings.
 */
export function InternshipsPage() {
  const me = useMe();
  if (me.role === "youth" || me.role === "company_contact") return <OwnInternships />;
  return <StaffInternshipsPage />;
}

/** The young person's own internships, or the company's trainees, newest first. */
function OwnInternships() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const reader = me.role === "youth" ? "youth" : "company";
  const headingId = useId();
  const fetchPage = useCallback(
    (cursor: string | null) => internships.list({ limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    [],
  );
  const list = useCursorList(fetchPage);
  return (
    <>
      <PageHeading title={t(`internships.list.${reader}.title`)} />
      <p>{t(`internships.list.${reader}.intro`)}</p>
      <h2 id={headingId}>{t(`internships.list.${reader}.heading`)}</h2>
      {list.loading ? <Loading /> : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {!list.loading && !list.error && list.items.length === 0 ? (
        <>
          <p>{t(`internships.list.${reader}.empty`)}</p>
          <p>
            <Link to="/matches">{t(`internships.list.${reader}.toMatches`)}</Link>
          </p>
        </>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((item) => (
            <li key={item.id} className="nx-item">
              <h3>
                <Link to={`/internships/${item.id}`}>
                  {reader === "youth"
                    ? t("internships.list.youthItem", {
                        opening: item.opening.title,
                        company: item.company.name,
                      })
                    : t("internships.list.companyItem", {
                        name: item.youth.firstName,
                        opening: item.opening.title,
                      })}
                </Link>
              </h3>
              <dl className="nx-card-facts">
                <dt>{t("internships.facts.status")}</dt>
                <dd>
                  <span className="nx-status">{t(`internships.status.${item.status}`)}</span>
                </dd>
                <dt>{t("internships.facts.period")}</dt>
                <dd>{formatPeriod(item.startDate, item.plannedEndDate, i18n.language)}</dd>
                <dt>{t("internships.facts.hours")}</dt>
                <dd>{t("internships.facts.hoursValue", { count: item.hoursPerWeek })}</dd>
                <dt>{t("internships.facts.mentor")}</dt>
                <dd>{item.mentor.name ?? t("internships.facts.noMentor")}</dd>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("internships.list.loadMore")} />
      ) : null}
    </>
  );
}
