import { useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { companies, openings } from "../../api/endpoints";
import type { Company, CompanyContact } from "../../api/types";
import { Alert } from "../../components/Alert";
import { EditableCompany } from "../../components/companies/EditableCompany";
import { DataTable } from "../../components/DataTable";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { ReasonableShareWarning } from "../../components/openings/OpeningDetails";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { useReference } from "../../components/useReference";
import { noticeOf } from "../company/CompanyOpeningsPage";
import { InviteContactForm } from "./InviteContactForm";

/** /companies/:id: a company with its openings and contact persons, for staff. */
export function CompanyDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const [company, setCompany] = useState<Company | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setCompany(null);
    setError(null);
    companies.get(id).then(
      (found) => {
        if (!cancelled) setCompany(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  const back = (
    <p>
      <Link to="/companies">{t("companyDetail.back")}</Link>
    </p>
  );
  if (error) {
    return (
      <>
        <PageHeading title={t("companyDetail.notFoundTitle")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("companyDetail.notFound")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        {back}
      </>
    );
  }
  if (!company) return <Loading />;
  const notice = noticeOf(location.state);
  return (
    <>
      {back}
      <PageHeading title={company.name} />
      <EditableCompany
        company={company}
        onSaved={setCompany}
        savedMessage={t("companyDetail.saved")}
        notice={notice}
      />
      <CompanyOpeningsSection companyId={company.id} />
      <ContactsSection companyId={company.id} />
    </>
  );
}

function CompanyOpeningsSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const reference = useReference();
  const fetchPage = useCallback(
    (cursor: string | null) => openings.list({ companyId, limit: 20, cursor }),
    [companyId],
  );
  const list = useCursorList(fetchPage);
  const share = list.items.find((opening) => opening.reasonableShare)?.reasonableShare;
  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("companyDetail.openings")}</h2>
      <ReasonableShareWarning share={share} />
      {list.loading ? <Loading text={t("companyOpenings.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{t("companyDetail.noOpenings")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("openingForm.title")}</th>
              <th scope="col">{t("openingDetails.field")}</th>
              <th scope="col">{t("openingDetails.hours")}</th>
              <th scope="col">{t("openingDetails.seats")}</th>
              <th scope="col">{t("companyOpenings.status")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((opening) => (
              <tr key={opening.id}>
                <td data-title={t("openingForm.title")}>{opening.title}</td>
                <td data-title={t("openingDetails.field")}>{reference.fieldName(opening.occupationField)}</td>
                <td data-title={t("openingDetails.hours")}>{opening.hoursPerWeek}</td>
                <td data-title={t("openingDetails.seats")}>{opening.seats}</td>
                <td data-title={t("companyOpenings.status")}>{t(`openingStatus.${opening.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("companyOpenings.loadMore")} />
      ) : null}
    </section>
  );
}

function ContactsSection({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [contacts, setContacts] = useState<CompanyContact[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    companies.contacts(companyId).then(
      (result) => {
        if (!cancelled) setContacts(result.items);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [companyId]);

  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("companyDetail.contacts")}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!contacts && !error ? <Loading /> : null}
      {contacts && contacts.length === 0 ? <p>{t("companyDetail.noContacts")}</p> : null}
      {contacts && contacts.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("inviteContact.name")}</th>
              <th scope="col">{t("inviteContact.email")}</th>
              <th scope="col">{t("companyFacts.jobTitle")}</th>
              <th scope="col">{t("fields.status")}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td data-title={t("inviteContact.name")}>{contact.displayName}</td>
                <td data-title={t("inviteContact.email")} className="nx-break">
                  {contact.email}
                </td>
                <td data-title={t("companyFacts.jobTitle")}>{contact.jobTitle ?? "–"}</td>
                <td data-title={t("fields.status")}>{t(`userStatus.${contact.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <h3>{t("inviteContact.heading")}</h3>
      <p>{t("inviteContact.intro")}</p>
      <InviteContactForm
        companyId={companyId}
        onInvited={(contact) => setContacts((current) => [...(current ?? []), contact])}
      />
    </section>
  );
}
