import { type FormEvent, useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { networkYouth } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { SelectField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { TagList } from "../../components/openings/OpeningDetails";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { useReference } from "../../components/useReference";

const PAGE_SIZE = 12;

/** /network/youth: young people who chose to be seen by the network's companies, as they chose. */
export function NetworkYouthPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const reference = useReference();
  const [draft, setDraft] = useState("");
  const [field, setField] = useState("");

  const fetchPage = useCallback(
    (cursor: string | null) => networkYouth.list({ field: field || null, limit: PAGE_SIZE, cursor }),
    [field],
  );
  const list = useCursorList(fetchPage);

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setField(draft);
  }

  return (
    <>
      <PageHeading title={t("networkYouth.title")} />
      <p>{t("networkYouth.intro")}</p>
      <search aria-label={t("networkYouth.filterLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <SelectField
            id="network-youth-field"
            label={t("networkYouth.field")}
            required={false}
            value={draft}
            onChange={setDraft}
            options={[{ value: "", label: t("networkYouth.allFields") }, ...reference.fieldOptions]}
          />
          <button type="submit" className="button button-secondary">
            {t("networkYouth.search")}
          </button>
        </form>
      </search>
      <h2 id={headingId}>{t("networkYouth.heading")}</h2>
      {list.loading ? <Loading text={t("networkYouth.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{field ? t("networkYouth.noMatches") : t("networkYouth.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-cards nobullet-list" aria-labelledby={headingId}>
          {list.items.map((young) => (
            <li key={young.id} className="card">
              <div className="card-content">
                <h3 className="header-title">
                  <Link to={`/network/youth/${young.id}`}>
                    {t("networkYouth.nameAge", { name: young.firstName, age: young.age })}
                  </Link>
                </h3>
                {young.profile.interests && young.profile.interests.length > 0 ? (
                  <>
                    <p className="nx-card-sub">{t("networkYouth.interests")}</p>
                    <TagList items={young.profile.interests.map(reference.fieldName)} />
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("networkYouth.loadMore")} />
      ) : null}
    </>
  );
}
