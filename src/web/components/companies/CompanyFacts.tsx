import { useTranslation } from "react-i18next";
import type { Company } from "../../api/types";
import { formatDate } from "../youth/format";

/** A company's profile, read-only. */
export function CompanyFacts({ company, town }: { company: Company; town: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const none = t("companyFacts.none");
  return (
    <>
      <dl className="nx-facts">
        <dt>{t("companyForm.cvr")}</dt>
        <dd>{company.cvr}</dd>
        <dt>{t("companyFacts.industry")}</dt>
        <dd>{company.industry ?? none}</dd>
        <dt>{t("companyFacts.address")}</dt>
        <dd>
          {[company.address, company.postalCode ? town(company.postalCode) : null]
            .filter(Boolean)
            .join(", ") || none}
        </dd>
        <dt>{t("companyFacts.employees")}</dt>
        <dd>{company.employeeCount ?? none}</dd>
        <dt>{t("companyFacts.pNumbers")}</dt>
        <dd>{company.pNumbers.length > 0 ? company.pNumbers.join(", ") : none}</dd>
        <dt>{t("companyFacts.coordinator")}</dt>
        <dd>{company.coordinator?.displayName ?? none}</dd>
        <dt>{t("companyFacts.memberSince")}</dt>
        <dd>{company.networkMemberSince ? formatDate(company.networkMemberSince, i18n.language) : none}</dd>
      </dl>
      <h2>{t("companyForm.description")}</h2>
      <p className="nx-pre-line">{company.description ?? none}</p>
      <h2>{t("companyForm.offers")}</h2>
      <p className="nx-pre-line">{company.offers ?? none}</p>
    </>
  );
}
