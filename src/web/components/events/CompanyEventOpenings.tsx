import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MatchmakingEvent } from "../../api/events";
import "./events.css";

/** A company contact's own openings in an event, each a link to its ranking screen with whether it is done. */
export function CompanyEventOpenings({
  event,
  headingLevel,
}: {
  event: MatchmakingEvent;
  headingLevel: 2 | 4;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const openings = event.myOpenings ?? [];
  const Heading = headingLevel === 2 ? "h2" : "h4";
  return (
    <>
      <Heading id={headingId}>{t("events.list.company.openingsHeading")}</Heading>
      {openings.length === 0 ? <p>{t("events.list.company.noOpenings")}</p> : null}
      {openings.length > 0 ? (
        <ul className="nx-event-openings nobullet-list" aria-labelledby={headingId}>
          {openings.map((opening) => (
            <li key={opening.id}>
              <Link to={`/events/${event.id}/openings/${opening.id}/rank`}>
                {t("events.list.company.rank", { opening: opening.title })}
              </Link>
              <span className="nx-muted">
                {opening.ranked ? t("events.list.company.ranked") : t("events.list.company.notRanked")}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
