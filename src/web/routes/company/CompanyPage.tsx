import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert";
import { EditableCompany } from "../../components/companies/EditableCompany";
import { useOwnCompany } from "../../components/companies/useOwnCompany";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** /company: the company contact's own company profile, to read and keep up to date. */
export function CompanyPage() {
  const { t } = useTranslation();
  const { own, setCompany } = useOwnCompany();

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
      <EditableCompany
        company={company}
        onSaved={setCompany}
        savedMessage={t("companyPage.saved")}
        note={<p className="nx-muted">{t("companyPage.coordinatorNote")}</p>}
      />
    </>
  );
}
