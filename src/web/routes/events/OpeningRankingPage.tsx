import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { matchmakingEvents, type OpeningRanking, type RankableYouth } from "../../api/events";
import { Alert } from "../../components/Alert";
import { type RankingCandidate, RankingEditor } from "../../components/events/RankingEditor";
import { RankingWindowNotice } from "../../components/events/RankingWindowNotice";
import { useEvent } from "../../components/events/useEvent";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";

/**
 * /events/:id/openings/:openingId/rank: the company contact chooses, for one opening, the young people
 * of the event they would welcome, best first. Anyone left off the list is not acceptable for the
 * opening, and the page says so in those words.
 */
export function OpeningRankingPage() {
  const { t } = useTranslation();
  const { id = "", openingId = "" } = useParams();
  const loaded = useEvent(id);
  const [ranking, setRanking] = useState<OpeningRanking | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const reference = useReference();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  useEffect(() => {
    let cancelled = false;
    setError(null);
    matchmakingEvents.openingRanking(id, openingId).then(
      (found) => {
        if (!cancelled) setRanking(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, openingId, version]);

  const { reload: reloadEvent } = loaded;
  const reload = useCallback(() => {
    reloadEvent();
    setVersion((current) => current + 1);
  }, [reloadEvent]);

  const names = (codes: string[], name: (code: string) => string) =>
    codes.length > 0 ? codes.map(name).join(", ") : t("events.openingRank.notShown");

  const candidate = (young: RankableYouth): RankingCandidate => ({
    id: young.id,
    name: young.firstName,
    details: (
      <dl className="nx-card-facts">
        <dt>{t("events.openingRank.strengths")}</dt>
        <dd>{names(young.strengths, reference.strengthName)}</dd>
        <dt>{t("events.openingRank.interests")}</dt>
        <dd>{names(young.interests, reference.fieldName)}</dd>
      </dl>
    ),
  });

  const event = loaded.event;
  const failure = error ?? loaded.error;
  return (
    <>
      <p>
        <Link to="/events">{t("events.detail.back")}</Link>
      </p>
      <PageHeading
        title={
          ranking
            ? t("events.openingRank.title", { opening: ranking.opening.title })
            : t("events.openingRank.shortTitle")
        }
      />
      {event ? <p className="font-lead">{event.title}</p> : null}
      <p>{t("events.openingRank.intro")}</p>
      <Alert variant="info" heading={t("events.openingRank.notAcceptableHeading")}>
        {t("events.openingRank.notAcceptable")}
      </Alert>
      {event ? <RankingWindowNotice event={event} /> : null}
      {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
      {!ranking && !failure ? <Loading /> : null}
      {ranking && !ranking.rankingOpen ? <p>{t("events.openingRank.readOnly")}</p> : null}
      {ranking && ranking.youth.length === 0 ? <p>{t("events.openingRank.noYouth")}</p> : null}
      {ranking && ranking.youth.length > 0 ? (
        <RankingEditor
          key={version}
          idPrefix="opening-rank"
          candidates={ranking.youth.map(candidate)}
          initialRanking={ranking.ranking}
          maxChoices={null}
          editable={ranking.rankingOpen}
          texts={{
            chosenHeading: (count) => t("events.openingRank.chosenHeading", { count }),
            chosenEmpty: t("events.openingRank.chosenEmpty"),
            availableHeading: t("events.openingRank.availableHeading"),
            availableEmpty: t("events.openingRank.availableEmpty"),
            noneChosen: t("events.openingRank.noneChosen"),
          }}
          onSave={async (youthIds) =>
            (await matchmakingEvents.saveOpeningRanking(id, openingId, youthIds)).ranking
          }
          onWindowClosed={reload}
        />
      ) : null}
    </>
  );
}
