import { type FormEvent, useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { youth as youthApi } from "../../api/endpoints";
import { YOUTH_STATUSES, type YouthStatus } from "../../api/types";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { SelectField, TextField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useColleagues } from "../../components/useColleagues";
import { useCursorList } from "../../components/useCursorList";
import { useReference } from "../../components/useReference";

const PAGE_SIZE = 25;

interface Filters {
  q: string;
  status: YouthStatus | "";
  field: string;
  counsellorId: string;
}

/** /youth: the municipality's young people, for staff and admins. */
export function YouthListPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const vocabulary = useReference();
  const [draft, setDraft] = useState<Filters>({ q: "", status: "", field: "", counsellorId: "" });
  const counsellors = useColleagues();

  const [filters, setFilters] = useState<Filters>(draft);

  const fetchPage = useCallback(
    (cursor: string | null) =>
      youthApi.list({
        q: filters.q.trim() || null,
        status: filters.status || null,
        field: filters.field || null,
        counsellorId: filters.counsellorId || null,
        limit: PAGE_SIZE,
        cursor,
      }),
    [filters],
  );
  const list = useCursorList(fetchPage);

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFilters(draft);
  }

  const filtered =
    filters.q.trim() !== "" || filters.status !== "" || filters.field !== "" || filters.counsellorId !== "";

  return (
    <>
      <PageHeading title={t("youthList.title")} />
      <p>
        <Link className="button button-primary" to="/youth/new">
          {t("enrol.title")}
        </Link>
      </p>
      <search aria-label={t("youthList.searchLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <TextField
            id="youth-q"
            label={t("youthList.q")}
            hint={t("youthList.qHint")}
            value={draft.q}
            required={false}
            onChange={(q) => setDraft((current) => ({ ...current, q }))}
          />
          <SelectField
            id="youth-status"
            label={t("fields.status")}
            required={false}
            value={draft.status}
            onChange={(value) =>
              setDraft((current) => ({
                ...current,
                status: YOUTH_STATUSES.find((status) => status === value) ?? "",
              }))
            }
            options={[
              { value: "", label: t("youthList.allStatuses") },
              ...YOUTH_STATUSES.map((status) => ({ value: status, label: t(`youthStatus.${status}`) })),
            ]}
          />
          {vocabulary.fieldOptions.length > 0 ? (
            <SelectField
              id="youth-field"
              label={t("youthList.field")}
              required={false}
              value={draft.field}
              onChange={(field) => setDraft((current) => ({ ...current, field }))}
              options={[{ value: "", label: t("youthList.allFields") }, ...vocabulary.fieldOptions]}
            />
          ) : null}
          {counsellors.length > 0 ? (
            <SelectField
              id="youth-counsellor"
              label={t("youthFields.counsellor")}
              required={false}
              value={draft.counsellorId}
              onChange={(counsellorId) => setDraft((current) => ({ ...current, counsellorId }))}
              options={[
                { value: "", label: t("youthList.allCounsellors") },
                ...counsellors.map((counsellor) => ({ value: counsellor.id, label: counsellor.displayName })),
              ]}
            />
          ) : null}
          <button type="submit" className="button button-secondary">
            {t("youthList.search")}
          </button>
        </form>
      </search>

      <h2 id={headingId}>{t("youthList.heading")}</h2>
      {list.loading ? <Loading text={t("youthList.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{filtered ? t("youthList.noMatches") : t("youthList.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("fields.displayName")}</th>
              <th scope="col">{t("youthFields.age")}</th>
              <th scope="col">{t("youthFields.postalCode")}</th>
              <th scope="col">{t("fields.status")}</th>
              <th scope="col">{t("youthFields.counsellor")}</th>
              <th scope="col">{t("youthList.completeness")}</th>
              <th scope="col">{t("youthList.visible")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((young) => (
              <tr key={young.id}>
                <td data-title={t("fields.displayName")}>
                  <Link to={`/youth/${young.id}`}>{young.displayName}</Link>
                </td>
                <td data-title={t("youthFields.age")}>{young.age}</td>
                <td data-title={t("youthFields.postalCode")}>{young.postalCode}</td>
                <td data-title={t("fields.status")}>{t(`youthStatus.${young.status}`)}</td>
                <td data-title={t("youthFields.counsellor")}>{young.counsellor?.displayName ?? "–"}</td>
                <td data-title={t("youthList.completeness")}>{`${young.completeness.percent} %`}</td>
                <td data-title={t("youthList.visible")}>
                  {young.visibleToCompanies ? t("common.yes") : t("common.no")}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("youthList.loadMore")} />
      ) : null}
    </>
  );
}
