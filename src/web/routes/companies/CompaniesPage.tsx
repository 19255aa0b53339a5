import { type FormEvent, useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { companies } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { SelectField, TextField } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useColleagues } from "../../components/useColleagues";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 25;

interface Filters {
  q: string;
  coordinatorId: string;
}

/** /companies: the municipality's member companies, for staff and admins. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const colleagues = useColleagues();
  const [draft, setDraft] = useState<Filters>({ q: "", coordinatorId: "" });
  const [filters, setFilters] = useState<Filters>(draft);

  const fetchPage = useCallback(
    (cursor: string | null) =>
      companies.list({
        q: filters.q.trim() || null,
        coordinatorId: filters.coordinatorId || null,
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

  const filtered = filters.q.trim() !== "" || filters.coordinatorId !== "";

  return (
    <>
      <PageHeading title={t("companiesPage.title")} />
      <div className="nx-button-row">
        <Link className="button button-primary" to="/companies/new">
          {t("companiesPage.new")}
        </Link>
        <Link className="button button-secondary" to="/companies/import">
          {t("importPage.title")}
        </Link>
      </div>
      <search aria-label={t("companiesPage.searchLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <TextField
            id="companies-q"
            label={t("companiesPage.q")}
            hint={t("companiesPage.qHint")}
            required={false}
            value={draft.q}
            onChange={(q) => setDraft((current) => ({ ...current, q }))}
          />
          <SelectField
            id="companies-coordinator"
            label={t("companiesPage.coordinator")}
            required={false}
            value={draft.coordinatorId}
            onChange={(coordinatorId) => setDraft((current) => ({ ...current, coordinatorId }))}
            options={[
              { value: "", label: t("companiesPage.allCoordinators") },
              ...colleagues.map((colleague) => ({ value: colleague.id, label: colleague.displayName })),
            ]}
          />
          <button type="submit" className="button button-secondary">
            {t("companiesPage.search")}
          </button>
        </form>
      </search>
      <h2 id={headingId}>{t("companiesPage.heading")}</h2>
      {list.loading ? <Loading text={t("companiesPage.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{filtered ? t("companiesPage.noMatches") : t("companiesPage.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("companyFacts.name")}</th>
              <th scope="col">{t("companyForm.cvr")}</th>
              <th scope="col">{t("companyFacts.industry")}</th>
              <th scope="col">{t("companyFacts.postalCode")}</th>
              <th scope="col">{t("companyFacts.coordinator")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((company) => (
              <tr key={company.id}>
                <td data-title={t("companyFacts.name")}>
                  <Link to={`/companies/${company.id}`}>{company.name}</Link>
                </td>
                <td data-title={t("companyForm.cvr")}>{company.cvr}</td>
                <td data-title={t("companyFacts.industry")}>{company.industry ?? "–"}</td>
                <td data-title={t("companyFacts.postalCode")}>{company.postalCode ?? "–"}</td>
                <td data-title={t("companyFacts.coordinator")}>{company.coordinator?.displayName ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("companiesPage.loadMore")} />
      ) : null}
    </>
  );
}
