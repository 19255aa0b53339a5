import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MatchmakingEvent } from "../../api/events";
import { RankingWindowNotice } from "./RankingWindowNotice";
import "./events.css";

/** How many young people and openings have ranked so far, as words and as a bar each. */
export function RankingProgress({ event }: { event: MatchmakingEvent }) {
  const { t } = useTranslation();
  const youthId = useId();
  const openingsId = useId();
  const progress = event.progress ?? { youthRanked: 0, openingsRanked: 0 };
  return (
    <section className="nx-section nx-event-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t("events.progress.heading")}</h2>
      <RankingWindowNotice event={event} />
      <p id={youthId}>
        {t("events.progress.youth", { ranked: progress.youthRanked, count: event.youthCount })}
      </p>
      <progress max={Math.max(1, event.youthCount)} value={progress.youthRanked} aria-labelledby={youthId} />
      <p id={openingsId}>
        {t("events.progress.openings", { ranked: progress.openingsRanked, count: event.openingCount })}
      </p>
      <progress
        max={Math.max(1, event.openingCount)}
        value={progress.openingsRanked}
        aria-labelledby={openingsId}
      />
    </section>
  );
}
