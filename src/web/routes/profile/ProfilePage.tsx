import { useTranslation } from "react-i18next";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { useReference } from "../../components/useReference";
import { ProfileWizard } from "../../components/youth/ProfileWizard";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";

/** /profile: the young person fills in their resource profile step by step. */
export function ProfilePage() {
  const { t } = useTranslation();
  const record = useYouthRecord();
  const vocabulary = useReference();
  return (
    <>
      <PageHeading title={t("profile.title")} />
      {record.loading && !record.youth ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self /> : null}
      {record.youth ? (
        <ProfileWizard
          youth={record.youth}
          onSaved={record.setYouth}
          vocabulary={vocabulary}
          basePath="/profile"
          donePath="/profile/preview"
          voice="self"
        />
      ) : null}
    </>
  );
}
