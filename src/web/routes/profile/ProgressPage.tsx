import { useTranslation } from "react-i18next";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { ProgressSection } from "../../components/youth/ProgressSection";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";

/** /profile/progress: the young person's own progress dimensions. */
export function ProgressPage() {
  const { t } = useTranslation();
  const record = useYouthRecord();
  return (
    <>
      <PageHeading title={t("progress.title")} />
      <p className="font-lead">{t("progress.intro")}</p>
      {record.loading ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self /> : null}
      {record.youth ? <ProgressSection youthId={record.youth.id} /> : null}
    </>
  );
}
