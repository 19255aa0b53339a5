import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { youth as youthApi } from "../../api/endpoints";
import type { SensitiveInformation } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { SensitiveForm } from "../../components/youth/SensitiveForm";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";

/** /profile/sensitive: the young person's own sensitive support information. */
export function SensitivePage() {
  const { t } = useTranslation();
  const record = useYouthRecord();
  const [information, setInformation] = useState<SensitiveInformation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const youthId = record.youth?.id;
  const counsellor = record.youth?.counsellor?.displayName;

  useEffect(() => {
    if (!youthId) return;
    let cancelled = false;
    youthApi.sensitive(youthId).then(
      (found) => {
        if (!cancelled) setInformation(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [youthId]);

  return (
    <>
      <PageHeading title={t("sensitive.title")} />
      <Alert variant="info" heading={t("sensitive.whoHeading")}>
        <p>{counsellor ? t("sensitive.whoSelfNamed", { counsellor }) : t("sensitive.whoSelf")}</p>
        <p>{t("sensitive.whyText")}</p>
      </Alert>
      {record.loading ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self /> : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {youthId && information ? <SensitiveForm youthId={youthId} initial={information} voice="self" /> : null}
    </>
  );
}
