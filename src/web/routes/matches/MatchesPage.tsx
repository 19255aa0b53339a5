import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { matches } from "../../api/endpoints";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { MatchList } from "../../components/matching/MatchList";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 20;

/** /matches: "Mine match" for a young person, the company's matches for a contact; ?status=ended for the ended ones. */
export function MatchesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const reader = me.role === "youth" ? "youth" : "company";
  const headingId = useId();
  const [searchParams] = useSearchParams();
  const ended = searchParams.get("status") === "ended";
  const fetchPage = useCallback(
    (cursor: string | null) => matches.list({ status: ended ? "ended" : "active", limit: PAGE_SIZE, cursor }),
    [ended],
  );
  const list = useCursorList(fetchPage);

  return (
    <>
      <PageHeading title={t(`matchesPage.${reader}.title`)} />
      <p>{t(`matchesPage.${reader}.intro`)}</p>
      <nav aria-label={t("matchesPage.statusNav")}>
        <ul className="nx-tabs nobullet-list">
          <li>
            <Link to="/matches" aria-current={ended ? undefined : "page"} className="nx-tab">
              {t("matchesPage.active")}
            </Link>
          </li>
          <li>
            <Link to="/matches?status=ended" aria-current={ended ? "page" : undefined} className="nx-tab">
              {t("matchesPage.ended")}
            </Link>
          </li>
        </ul>
      </nav>
      <h2 id={headingId}>{ended ? t("matchesPage.endedHeading") : t("matchesPage.activeHeading")}</h2>
      {list.loading ? <Loading text={t("matchesPage.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{ended ? t("matchesPage.noEnded") : t(`matchesPage.${reader}.empty`)}</p>
      ) : null}
      {!list.loading && list.items.length === 0 && !list.error && !ended && reader === "youth" ? (
        <p>
          <Link className="button button-primary nx-big-button" to="/for-you">
            {t("matchesPage.youth.toForYou")}
          </Link>
        </p>
      ) : null}
      {list.items.length > 0 ? <MatchList items={list.items} reader={reader} labelledBy={headingId} /> : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("matchesPage.loadMore")} />
      ) : null}
    </>
  );
}
