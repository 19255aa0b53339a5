import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { openings } from "../../api/endpoints";
import type { Opening } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { OpeningDetails } from "../../components/openings/OpeningDetails";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference, useTownNames } from "../../components/useReference";

/** /openings/:id: one opening as a young person reads it before showing interest. */
export function OpeningDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const reference = useReference();
  const [opening, setOpening] = useState<Opening | null>(null);
  const [error, setError] = useState<unknown>(null);
  const town = useTownNames([opening?.workplacePostalCode]);

  useEffect(() => {
    let cancelled = false;
    setOpening(null);
    setError(null);
    openings.get(id).then(
      (found) => {
        if (!cancelled) setOpening(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (error) {
    return (
      <>
        <PageHeading title={t("openingDetailPage.notFoundTitle")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("openingDetailPage.notFound")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        <p>
          <Link to="/openings">{t("openingDetailPage.back")}</Link>
        </p>
      </>
    );
  }
  if (!opening) return <Loading />;
  return (
    <>
      <p>
        <Link to="/openings">{t("openingDetailPage.back")}</Link>
      </p>
      <PageHeading title={opening.title} />
      <OpeningDetails opening={opening} reference={reference} town={town} />
    </>
  );
}
