import { useTranslation } from "react-i18next";
import type { MatchmakingEvent } from "../../api/events";
import { formatDateTime } from "../format";
import { formatDate } from "../youth/format";
import "./events.css";

/** The status as a word with a border, never by colour alone. */
export function EventStatus({ event }: { event: Pick<MatchmakingEvent, "status"> }) {
  const { t } = useTranslation();
  return <span className="nx-status">{t(`events.status.${event.status}`)}</span>;
}

/** Date, place and ranking window; for staff also the status and how many take part. */
export function EventFacts({ event, forStaff = false }: { event: MatchmakingEvent; forStaff?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="nx-card-facts">
      <dt>{t("events.facts.date")}</dt>
      <dd>{formatDate(event.eventDate, i18n.language)}</dd>
      <dt>{t("events.facts.place")}</dt>
      <dd>{event.place}</dd>
      <dt>{t("events.facts.window")}</dt>
      <dd>
        {t("events.facts.windowValue", {
          opens: formatDateTime(event.rankingOpensAt, i18n.language),
          closes: formatDateTime(event.rankingClosesAt, i18n.language),
        })}
      </dd>
      {forStaff ? (
        <>
          <dt>{t("events.facts.status")}</dt>
          <dd>
            <EventStatus event={event} />
          </dd>
          <dt>{t("events.facts.participants")}</dt>
          <dd>
            {t("events.facts.participantsValue", { youth: event.youthCount, openings: event.openingCount })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
