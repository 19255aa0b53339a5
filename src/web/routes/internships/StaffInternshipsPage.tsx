import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { matches } from "../../api/endpoints";
import { INTERNSHIP_STATUSES, type InternshipStatus, internships } from "../../api/internships";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { SelectField } from "../../components/Field";
import { formatPeriod } from "../../components/internships/dates";
import { warningText } from "../../components/internships/warnings";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 25;
/** Staff see the internships that end within this many days on their own tab (issue 5). */
const ENDING_WITHIN_DAYS = 14;

function isStatus(value: string): value is InternshipStatus {
  return INTERNSHIP_STATUSES.some((status) => status === value);
}

/**
 * "Praktikforløb": every internship of the municipality with its warnings (absence, missing
 * check-ins) in words, the ones ending within 14 days on their own tab, and active matches from
 * which staff can propose an internship.
 */
export function StaffInternshipsPage() {
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const ending = searchParams.get("ending") === "soon";
  const [status, setStatus] = useState("");
  const fetchPage = useCallback(
    (cursor: string | null) =>
      internships.list({
        limit: PAGE_SIZE,
        ...(ending ? { endingWithinDays: ENDING_WITHIN_DAYS } : {}),
        ...(isStatus(status) ? { status } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    [ending, status],
  );
  const list = useCursorList(fetchPage);

  return (
    <>
      <PageHeading title={t("internships.list.staff.title")} />
      <p>{t("internships.list.staff.intro")}</p>
      <nav aria-label={t("internships.list.staff.tabsLabel")}>
        <ul className="nx-tabs nobullet-list">
          <li>
            <Link to="/internships" aria-current={ending ? undefined : "page"} className="nx-tab">
              {t("internships.list.staff.all")}
            </Link>
          </li>
          <li>
            <Link to="/internships?ending=soon" aria-current={ending ? "page" : undefined} className="nx-tab">
              {t("internships.list.staff.endingSoon", { days: ENDING_WITHIN_DAYS })}
            </Link>
          </li>
        </ul>
      </nav>
      <section className="nx-section" aria-labelledby="staff-internships-heading">
        <h2 id="staff-internships-heading">
          {ending
            ? t("internships.list.staff.endingHeading", { days: ENDING_WITHIN_DAYS })
            : t("internships.list.staff.heading")}
        </h2>
        <SelectField
          id="internship-status-filter"
          label={t("internships.list.staff.statusLabel")}
          value={status}
          onChange={setStatus}
          required={false}
          options={[
            { value: "", label: t("internships.list.staff.allStatuses") },
            ...INTERNSHIP_STATUSES.map((value) => ({ value, label: t(`internships.status.${value}`) })),
          ]}
        />
        {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
        {list.loading ? <Loading /> : null}
        {!list.loading && !list.error && list.items.length === 0 ? (
          <p>{t("internships.list.staff.empty")}</p>
        ) : null}
        {list.items.length > 0 ? (
          <DataTable labelledBy="staff-internships-heading">
            <thead>
              <tr>
                <th scope="col">{t("internships.list.columns.youth")}</th>
                <th scope="col">{t("internships.list.columns.company")}</th>
                <th scope="col">{t("internships.list.columns.period")}</th>
                <th scope="col">{t("internships.list.columns.status")}</th>
                <th scope="col">{t("internships.list.columns.warnings")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td data-title={t("internships.list.columns.youth")}>
                    <Link to={`/internships/${item.id}`}>
                      {item.youth.displayName ?? item.youth.firstName}
                    </Link>
                  </td>
                  <td data-title={t("internships.list.columns.company")}>
                    {item.company.name}
                    <br />
                    <span className="nx-muted">{item.opening.title}</span>
                  </td>
                  <td data-title={t("internships.list.columns.period")}>
                    {formatPeriod(item.startDate, item.plannedEndDate, i18n.language)}
                    {item.endingSoon ? (
                      <>
                        <br />
                        <strong>{t("internships.list.endingSoon")}</strong>
                      </>
                    ) : null}
                  </td>
                  <td data-title={t("internships.list.columns.status")}>
                    {t(`internships.status.${item.status}`)}
                  </td>
                  <td data-title={t("internships.list.columns.warnings")}>
                    {item.warnings && item.warnings.length > 0 ? (
                      <ul className="nobullet-list">
                        {item.warnings.map((warning) => (
                          <li key={warningText(warning, t)}>{warningText(warning, t)}</li>
                        ))}
                      </ul>
                    ) : (
                      t("internships.list.noWarnings")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
        {list.hasMore ? (
          <LoadMore
            onClick={list.loadMore}
            loading={list.loadingMore}
            label={t("internships.list.loadMore")}
          />
        ) : null}
      </section>
      <ProposeFromMatches />
    </>
  );
}

/** Active matches of the municipality, each with the way to propose an internship from it. */
function ProposeFromMatches() {
  const { t } = useTranslation();
  const fetchPage = useCallback(
    (cursor: string | null) =>
      matches.list({ status: "active", limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    [],
  );
  const list = useCursorList(fetchPage);
  return (
    <section className="nx-section" aria-labelledby="propose-from-matches-heading">
      <h2 id="propose-from-matches-heading">{t("internships.list.fromMatches.heading")}</h2>
      <p>{t("internships.list.fromMatches.intro")}</p>
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.loading ? <Loading /> : null}
      {!list.loading && !list.error && list.items.length === 0 ? (
        <p>{t("internships.list.fromMatches.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list">
          {list.items.map((match) => {
            const name = match.youth.displayName ?? match.youth.firstName ?? t("matchList.unnamedYouth");
            return (
              <li key={match.id} className="nx-item">
                <p>
                  {t("internships.list.fromMatches.item", {
                    name,
                    opening: match.opening.title,
                    company: match.company.name,
                  })}
                </p>
                <Link className="button button-secondary" to={`/internships/new?match=${match.id}`}>
                  {t("internships.list.fromMatches.propose", { name })}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("internships.list.loadMore")} />
      ) : null}
    </section>
  );
}
