import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { wishes } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { useReference, useTownNames } from "../../components/useReference";
import { formatDate } from "../../components/youth/format";

const PAGE_SIZE = 20;

/** /network/wishes: what young people would like to try; a company can answer with an internship. */
export function NetworkWishesPage() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const reference = useReference();
  const fetchPage = useCallback(
    (cursor: string | null) => wishes.list({ status: "open", limit: PAGE_SIZE, cursor }),
    [],
  );
  const list = useCursorList(fetchPage);
  const town = useTownNames(list.items.map((wish) => wish.areaPostalCode));

  return (
    <>
      <PageHeading title={t("networkWishes.title")} />
      <p>{t("networkWishes.intro")}</p>
      <h2 id={headingId}>{t("networkWishes.heading")}</h2>
      {list.loading ? <Loading text={t("networkWishes.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p>{t("networkWishes.empty")}</p> : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((wish) => (
            <li key={wish.id} className="nx-item">
              <h3>{reference.fieldName(wish.occupationField)}</h3>
              <blockquote className="nx-quote nx-pre-line">{wish.description}</blockquote>
              <dl className="nx-card-facts">
                {wish.hoursPerWeek !== null ? (
                  <>
                    <dt>{t("openingDetails.hours")}</dt>
                    <dd>{t("openingDetails.hoursValue", { count: wish.hoursPerWeek })}</dd>
                  </>
                ) : null}
                {wish.areaPostalCode ? (
                  <>
                    <dt>{t("wishesPage.area")}</dt>
                    <dd>{town(wish.areaPostalCode)}</dd>
                  </>
                ) : null}
                <dt>{t("wishesPage.posted")}</dt>
                <dd>{formatDate(wish.createdAt, i18n.language)}</dd>
              </dl>
              <p>
                <Link className="button button-secondary" to={`/network/wishes/${wish.id}/answer`}>
                  {t("networkWishes.answer")}
                  <span className="sr-only">{`: ${reference.fieldName(wish.occupationField)}`}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("networkWishes.loadMore")} />
      ) : null}
    </>
  );
}
