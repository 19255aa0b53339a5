import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { companies } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { CompanyFacts } from "../../components/companies/CompanyFacts";
import { CompanyForm } from "../../components/companies/CompanyForm";
import { useOwnCompany } from "../../components/companies/useOwnCompany";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useTownNames } from "../../components/useReference";

/** /company: the company contact's own company profile, to read and keep up to date. */
export function CompanyPage() {
  const { t } = useTranslation();
  const { own, setCompany } = useOwnCompany();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const town = useTownNames([own.status === "found" ? own.company.postalCode : null]);

  if (own.status === "loading") return <Loading />;
  if (own.status !== "found") {
    return (
      <>
        <PageHeading title={t("companyPage.title")} />
        <Alert variant="error">{problemMessage(own.error, t)}</Alert>
      </>
    );
  }

  const { company } = own;
  return (
    <>
      <PageHeading title={company.name} />
      <p>{t("companyPage.intro")}</p>
      {saved ? (
        <Alert variant="success" focus>
          {t("companyPage.saved")}
        </Alert>
      ) : null}
      {editing ? (
        <section className="nx-section" aria-labelledby="company-edit-heading">
          <h2 id="company-edit-heading">{t("companyPage.editHeading")}</h2>
          <CompanyForm
            initial={company}
            submitLabel={t("companyPage.save")}
            onSubmit={async (profile) => {
              setCompany(await companies.update(company.id, profile));
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => {
              setEditing(false);
              editButton.current?.focus();
            }}
          />
        </section>
      ) : (
        <>
          <p>
            <button
              ref={editButton}
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("companyPage.edit")}
            </button>
          </p>
          <CompanyFacts company={company} town={town} />
          <p className="nx-muted">{t("companyPage.coordinatorNote")}</p>
        </>
      )}
    </>
  );
}
