import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { companies } from "../../api/endpoints";
import { useSession } from "../../auth/session";
import { CompanyForm } from "../../components/companies/CompanyForm";
import { RadioGroup, TextField } from "../../components/Field";
import { PageHeading } from "../../components/PageHeading";

/** /companies/new: add a company to the municipality's network. */
export function NewCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const myId = session.status === "authenticated" ? session.me.id : null;
  const [coordinator, setCoordinator] = useState<"me" | "none">(
    session.status === "authenticated" && session.me.role === "staff" ? "me" : "none",
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
            coordinatorId: coordinator === "me" ? myId : null,
            networkMemberSince: memberSince || null,
          });
          navigate(`/companies/${created.id}`, { state: { notice: t("newCompany.created") } });
        }}
        onCancel={() => navigate("/companies")}
      >
        <RadioGroup
          id="company-coordinator"
          legend={t("companyFacts.coordinator")}
          hint={t("newCompany.coordinatorHint")}
          options={[
            { value: "me", label: t("newCompany.coordinatorMe") },
            { value: "none", label: t("newCompany.coordinatorNone") },
          ]}
          value={coordinator}
          onChange={(value) => setCoordinator(value === "me" ? "me" : "none")}
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
