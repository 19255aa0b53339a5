import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useReference } from "../../components/useReference";
import { ProfileWizard } from "../../components/youth/ProfileWizard";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";

/** /youth/:id/profile: a counsellor fills in the resource profile together with the young person. */
export function YouthProfilePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const record = useYouthRecord(id);
  const vocabulary = useReference();
  const young = record.youth;
  return (
    <>
      <PageHeading
        title={young ? t("youthDetail.profileOf", { name: young.displayName }) : t("profile.title")}
      />
      <p>
        <Link to={`/youth/${id}`}>{t("youthDetail.backToYoung")}</Link>
      </p>
      {record.loading && !young ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self={false} /> : null}
      {young ? (
        <ProfileWizard
          youth={young}
          onSaved={record.setYouth}
          vocabulary={vocabulary}
          basePath={`/youth/${young.id}/profile`}
          donePath={`/youth/${young.id}`}
          voice="counsellor"
        />
      ) : null}
    </>
  );
}
