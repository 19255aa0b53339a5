import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { openings } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { ReasonableShareWarning } from "../../components/openings/OpeningDetails";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { useReference, useTownNames } from "../../components/useReference";
import { OpeningStatusActions } from "./OpeningStatusActions";

const PAGE_SIZE = 20;

/** Shown after the editor saved: the message travels in the navigation state. */
export function noticeOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return typeof state.notice === "string" ? state.notice : null;
}

/** /company/openings: all the company's openings in every status, to post, change and pause. */
export function CompanyOpeningsPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const location = useLocation();
  const reference = useReference();
  const fetchPage = useCallback((cursor: string | null) => openings.list({ limit: PAGE_SIZE, cursor }), []);
  const list = useCursorList(fetchPage);
  const town = useTownNames(list.items.map((opening) => opening.workplacePostalCode));
  const notice = noticeOf(location.state);
  // The rimelighedskrav is the company's, so every opening carries the same; the latest change wins.
  const share = [...list.items]
    .sort((a, b) => (b.updatedAt ?? "").localeCompare(a.updatedAt ?? ""))
    .find((opening) => opening.reasonableShare)?.reasonableShare;

  return (
    <>
      <PageHeading title={t("companyOpenings.title")} />
      <p>{t("companyOpenings.intro")}</p>
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      <ReasonableShareWarning share={share} />
      <p>
        <Link className="button button-primary" to="/company/openings/new">
          {t("companyOpenings.new")}
        </Link>
      </p>
      <h2 id={headingId}>{t("companyOpenings.heading")}</h2>
      {list.loading ? <Loading text={t("companyOpenings.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p>{t("companyOpenings.empty")}</p> : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((opening) => (
            <li key={opening.id} className="nx-item">
              <h3>{opening.title}</h3>
              <dl className="nx-card-facts">
                <dt>{t("companyOpenings.status")}</dt>
                <dd>
                  <span className={`nx-status nx-status-${opening.status}`}>
                    {t(`openingStatus.${opening.status}`)}
                  </span>
                </dd>
                <dt>{t("openingDetails.field")}</dt>
                <dd>{reference.fieldName(opening.occupationField)}</dd>
                <dt>{t("openingDetails.hours")}</dt>
                <dd>{t("openingDetails.hoursValue", { count: opening.hoursPerWeek })}</dd>
                <dt>{t("openingDetails.seats")}</dt>
                <dd>{opening.seats}</dd>
                <dt>{t("openingDetails.place")}</dt>
                <dd>{town(opening.workplacePostalCode)}</dd>
              </dl>
              {opening.wishId ? <p className="nx-muted">{t("companyOpenings.answersWish")}</p> : null}
              <p>
                <Link
                  className="button button-primary"
                  to={`/company/openings/${opening.id}/recommendations`}
                >
                  {t("companyOpenings.recommendations")}
                  <span className="sr-only">{`: ${opening.title}`}</span>
                </Link>
              </p>
              {opening.status !== "closed" ? (
                <p>
                  <Link to={`/company/openings/${opening.id}/edit`}>
                    {t("companyOpenings.edit")}
                    <span className="sr-only">{`: ${opening.title}`}</span>
                  </Link>
                </p>
              ) : null}
              <OpeningStatusActions
                opening={opening}
                onChanged={(changed) => list.replaceItem(changed, (candidate) => candidate.id === changed.id)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("companyOpenings.loadMore")} />
      ) : null}
    </>
  );
}
