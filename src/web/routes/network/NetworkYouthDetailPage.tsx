import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { networkYouth } from "../../api/endpoints";
import type { YouthCompanyView } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";
import { ProfileSummary } from "../../components/youth/ProfileSummary";

/** /network/youth/:id: one young person's profile, only the parts they show to the network. */
export function NetworkYouthDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const reference = useReference();
  const [young, setYoung] = useState<YouthCompanyView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setYoung(null);
    setError(null);
    networkYouth.get(id).then(
      (found) => {
        if (!cancelled) setYoung(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  const back = (
    <p>
      <Link to="/network/youth">{t("networkYouth.back")}</Link>
    </p>
  );
  if (error) {
    return (
      <>
        <PageHeading title={t("networkYouth.notFoundTitle")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("networkYouth.notFound")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        {back}
      </>
    );
  }
  if (!young) return <Loading />;
  const shown = Object.keys(young.profile).length > 0;
  return (
    <>
      {back}
      <PageHeading title={t("networkYouth.nameAge", { name: young.firstName, age: young.age })} />
      <p>{t("networkYouth.detailIntro", { name: young.firstName })}</p>
      {shown ? (
        <ProfileSummary profile={young.profile} vocabulary={reference} />
      ) : (
        <p>{t("networkYouth.nothingShown", { name: young.firstName })}</p>
      )}
    </>
  );
}
