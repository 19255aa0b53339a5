import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { recommendations } from "../../api/endpoints";
import type { OpeningRecommendation } from "../../api/types";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { FitExplanation } from "../../components/matching/FitExplanation";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";

const SHOWN = 5;

/**
 * For staff on a young person's page: the openings that fit them best, with the reasons, so the
 * counsellor can talk about them. Read-only: interest is the young person's own act (magtskifte).
 */
export function YouthRecommendationsSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const reference = useReference();
  const [page, setPage] = useState<{ items: OpeningRecommendation[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    recommendations.forYouth(youthId, { limit: SHOWN }).then(
      (found) => {
        if (!cancelled) setPage(found);
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
    <section className="nx-section" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t("youthRecommendations.heading")}</h2>
      <p>{t("youthRecommendations.intro")}</p>
      {error ? (
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      ) : page === null ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <p>{t("youthRecommendations.empty")}</p>
      ) : (
        <>
          <p>{t("youthRecommendations.total", { count: page.total })}</p>
          <ol className="nobullet-list">
            {page.items.map((item) => (
              <li key={item.opening.id} className="nx-card">
                <h3 className="h4">{item.opening.title}</h3>
                <p className="nx-card-sub">
                  {item.opening.company.name} · {t("youthRecommendations.score", { score: item.score })}
                </p>
                <FitExplanation
                  reasons={item.reasons}
                  concerns={item.concerns}
                  reader="company"
                  vocabulary={reference}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
