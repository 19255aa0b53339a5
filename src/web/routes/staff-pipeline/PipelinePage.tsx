import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { pipeline as pipelineApi } from "../../api/endpoints";
import { type InterestSide, PIPELINE_STAGES, type Pipeline, type StuckItem } from "../../api/types";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { formatDate } from "../../components/youth/format";
import { AllMatchesSection } from "./AllMatchesSection";

const DAY_MS = 24 * 60 * 60 * 1000;

function daysSince(iso: string): number {
  return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / DAY_MS));
}

/**
 * /pipeline: the municipality's young people by how far they came (no interest yet, interest, match,
 * meeting held, internship), and who is stuck, with links to act on each.
 */
export function PipelinePage() {
  const { t, i18n } = useTranslation();
  const [pipeline, setPipeline] = useState<Pipeline | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    pipelineApi.get().then(
      (found) => {
        if (!cancelled) setPipeline(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <>
      <PageHeading title={t("pipeline.title")} />
      <p className="font-lead">{t("pipeline.intro")}</p>
      <p>
        <Link to="/message-reports">{t("pipeline.reportsLink")}</Link>
      </p>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!pipeline && !error ? <Loading /> : null}
      {pipeline ? (
        <>
          <section className="nx-section" aria-labelledby="stages-heading">
            <h2 id="stages-heading">{t("pipeline.stagesHeading")}</h2>
            <ol className="nx-stages nobullet-list">
              {PIPELINE_STAGES.map((stage, index) => (
                <li key={stage} className="nx-stage">
                  <span className="nx-stage-step" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="nx-stage-count">
                    {pipeline.stages[stage].toLocaleString(i18n.language)}
                  </span>
                  <span className="nx-stage-text">
                    <strong>{t(`pipeline.stages.${stage}.name`)}</strong>
                    <span className="nx-muted"> {t(`pipeline.stages.${stage}.text`)}</span>
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <StuckTable
            id="stuck-interests"
            heading={t("pipeline.stuckInterestsHeading")}
            intro={t("pipeline.stuckInterestsIntro")}
            empty={t("pipeline.stuckInterestsEmpty")}
            items={pipeline.stuckInterests}
            showSide
          />
          <StuckTable
            id="stuck-matches"
            heading={t("pipeline.stuckMatchesHeading")}
            intro={t("pipeline.stuckMatchesIntro")}
            empty={t("pipeline.stuckMatchesEmpty")}
            items={pipeline.stuckMatches}
          />
        </>
      ) : null}
      <AllMatchesSection />
    </>
  );
}

interface StuckTableProps {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  items: (StuckItem & { side?: InterestSide })[];
  /** For interests: a column for who marked it. */
  showSide?: boolean;
}

function StuckTable({ id, heading, intro, empty, items, showSide = false }: StuckTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="nx-section" aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="nx-muted">({items.length})</span>
      </h2>
      <p>{intro}</p>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <DataTable labelledBy={id}>
          <thead>
            <tr>
              <th scope="col">{t("pipeline.columns.youth")}</th>
              <th scope="col">{t("pipeline.columns.opening")}</th>
              <th scope="col">{t("pipeline.columns.company")}</th>
              {showSide ? <th scope="col">{t("pipeline.columns.side")}</th> : null}
              <th scope="col">{t("pipeline.columns.since")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td data-title={t("pipeline.columns.youth")}>
                  <Link to={`/youth/${item.youth.id}`}>{item.youth.displayName}</Link>
                </td>
                <td data-title={t("pipeline.columns.opening")}>{item.opening.title}</td>
                <td data-title={t("pipeline.columns.company")}>
                  <Link to={`/companies/${item.company.id}`}>{item.company.name}</Link>
                </td>
                {showSide ? (
                  <td data-title={t("pipeline.columns.side")}>
                    {item.side ? t(`pipeline.side.${item.side}`) : null}
                  </td>
                ) : null}
                <td data-title={t("pipeline.columns.since")}>
                  {t("pipeline.sinceValue", {
                    date: formatDate(item.since, i18n.language),
                    count: daysSince(item.since),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
