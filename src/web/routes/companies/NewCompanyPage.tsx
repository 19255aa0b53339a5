import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { companies } from "../../api/endpoints";
import { useSession } from "../../auth/session";
import { CompanyForm } from "../../components/companies/CompanyForm";
import { SelectField, TextField } from "../../components/Field";
import { PageHeading } from "../../components/PageHeading";
import { useColleagues } from "../../components/useColleagues";

/** /companies/new: add a company to the municipality's network. */
export function NewCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const colleagues = useColleagues();
  // Staff usually coordinate the companies they add; an admin chooses.
  const [coordinatorId, setCoordinatorId] = useState(
    session.status === "authenticated" && session.me.role === "staff" ? session.me.id : "",
  );
  const [memberSince, setMemberSince] = useState("");

  return (
    <>
      <p>
        <Link to="/companies">{t("companyDetail.back")}</Link>
      </p>
      <PageHeading title={t("newCompany.title")} />
      <p>{t("newCompany.intro")}</p>
      <CompanyForm
        submitLabel={t("newCompany.create")}
        onSubmit={async (profile) => {
          const created = await companies.create({
            ...profile,
            coordinatorId: coordinatorId || null,
            networkMemberSince: memberSince || null,
          });
          navigate(`/companies/${created.id}`, { state: { notice: t("newCompany.created") } });
        }}
        onCancel={() => navigate("/companies")}
      >
        <SelectField
          id="company-coordinator"
          label={t("companyFacts.coordinator")}
          hint={t("newCompany.coordinatorHint")}
          required={false}
          value={coordinatorId}
          onChange={setCoordinatorId}
          options={[
            { value: "", label: t("newCompany.coordinatorNone") },
            ...colleagues.map((colleague) => ({ value: colleague.id, label: colleague.displayName })),
          ]}
        />
        <TextField
          id="company-member-since"
          label={t("companyFacts.memberSince")}
          type="date"
          required={false}
          value={memberSince}
          onChange={setMemberSince}
        />
      </CompanyForm>
    </>
  );
}
