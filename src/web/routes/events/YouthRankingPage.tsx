import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type MyRanking, matchmakingEvents, type RankableOpening } from "../../api/events";
import { Alert } from "../../components/Alert";
import { type RankingCandidate, RankingEditor } from "../../components/events/RankingEditor";
import { RankingWindowNotice } from "../../components/events/RankingWindowNotice";
import { useEvent } from "../../components/events/useEvent";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference, useTownNames } from "../../components/useReference";

/**
 * /events/:id/rank: a young person chooses up to ten of the event's openings and puts them in order,
 * best first. Outside the ranking window the list is shown read-only.
 */
export function YouthRankingPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const loaded = useEvent(id);
  const [ranking, setRanking] = useState<MyRanking | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const reference = useReference();
  const town = useTownNames(ranking?.openings.map((opening) => opening.workplacePostalCode) ?? []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  useEffect(() => {
    let cancelled = false;
    setError(null);
    matchmakingEvents.myRanking(id).then(
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
  }, [id, version]);

  const { reload: reloadEvent } = loaded;
  const reload = useCallback(() => {
    reloadEvent();
    setVersion((current) => current + 1);
  }, [reloadEvent]);

  const candidate = (opening: RankableOpening): RankingCandidate => ({
    id: opening.id,
    name: opening.title,
    details: (
      <>
        <p className="nx-card-sub">{opening.companyName}</p>
        <dl className="nx-card-facts">
          <dt>{t("openingDetails.field")}</dt>
          <dd>{reference.fieldName(opening.occupationField)}</dd>
          <dt>{t("openingDetails.hours")}</dt>
          <dd>{t("openingDetails.hoursValue", { count: opening.hoursPerWeek })}</dd>
          <dt>{t("openingDetails.place")}</dt>
          <dd>{town(opening.workplacePostalCode)}</dd>
        </dl>
      </>
    ),
  });

  const event = loaded.event;
  const failure = error ?? loaded.error;
  const max = ranking?.maxChoices ?? 10;
  return (
    <>
      <p>
        <Link to="/events">{t("events.detail.back")}</Link>
      </p>
      <PageHeading
        title={event ? t("events.youthRank.title", { title: event.title }) : t("events.youthRank.shortTitle")}
      />
      <p>{t("events.youthRank.intro", { max })}</p>
      {event ? <RankingWindowNotice event={event} /> : null}
      {event?.status === "published" ? (
        <p>
          <Link className="button button-primary nx-big-button" to="/matches">
            {t("events.list.youth.toMatches")}
          </Link>
        </p>
      ) : null}
      {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
      {!ranking && !failure ? <Loading /> : null}
      {ranking && !ranking.rankingOpen ? <p>{t("events.youthRank.readOnly")}</p> : null}
      {ranking && ranking.openings.length === 0 ? <p>{t("events.youthRank.noOpenings")}</p> : null}
      {ranking && ranking.openings.length > 0 ? (
        <RankingEditor
          key={version}
          idPrefix="youth-rank"
          candidates={ranking.openings.map(candidate)}
          initialRanking={ranking.ranking}
          maxChoices={ranking.maxChoices}
          editable={ranking.rankingOpen}
          texts={{
            chosenHeading: (count) => t("events.youthRank.chosenHeading", { count, max: ranking.maxChoices }),
            chosenEmpty: t("events.youthRank.chosenEmpty"),
            availableHeading: t("events.youthRank.availableHeading"),
            availableEmpty: t("events.youthRank.availableEmpty"),
            noneChosen: t("events.youthRank.noneChosen"),
          }}
          onSave={async (openingIds) => (await matchmakingEvents.saveMyRanking(id, openingIds)).ranking}
          onWindowClosed={reload}
        />
      ) : null}
    </>
  );
}
