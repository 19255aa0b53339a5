import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { youth as youthApi } from "../../api/endpoints";
import type { YouthCompanyView } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";
import { ProfileSummary } from "../../components/youth/ProfileSummary";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";

/** /profile/preview: exactly what the network's companies see, from the company-view endpoint. */
export function ProfilePreviewPage() {
  const { t } = useTranslation();
  const record = useYouthRecord();
  const vocabulary = useReference();
  const [view, setView] = useState<YouthCompanyView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const youthId = record.youth?.id;

  useEffect(() => {
    if (!youthId) return;
    let cancelled = false;
    youthApi.companyView(youthId).then(
      (found) => {
        if (!cancelled) setView(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [youthId]);

  const consented =
    record.youth?.consents.some(
      (consent) => consent.kind === "profile_visible_to_companies" && consent.granted,
    ) ?? false;

  return (
    <>
      <PageHeading title={t("preview.title")} />
      <p className="font-lead">{t("preview.intro")}</p>
      {record.loading ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self /> : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {record.youth && !consented ? (
        <Alert variant="warning" heading={t("preview.noConsentHeading")}>
          <p>{t("preview.noConsentText")}</p>
          <p>
            <Link to="/profile?step=9">{t("preview.giveConsent")}</Link>
          </p>
        </Alert>
      ) : null}
      {record.youth && consented ? <Alert variant="info">{t("preview.consentGiven")}</Alert> : null}
      {view ? (
        <section className="nx-section nx-company-card" aria-labelledby="preview-name">
          <h2 id="preview-name">{t("preview.nameAndAge", { name: view.firstName, age: view.age })}</h2>
          <ProfileSummary profile={view.profile} vocabulary={vocabulary} headingLevel={3} />
        </section>
      ) : null}
      <p className="nx-after-form">
        <Link className="button button-secondary" to="/profile">
          {t("preview.editProfile")}
        </Link>
      </p>
    </>
  );
}
