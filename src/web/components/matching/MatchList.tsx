import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MatchListItem } from "../../api/types";
import { formatDateTime } from "../format";
import type { Reader } from "./fitText";

/** The match as its reader names it: the opening for the young person, the young person for the company. */
export function matchTitle(match: MatchListItem, reader: Reader, t: TFunction): string {
  if (reader === "youth") {
    return t("matchList.youthTitle", { opening: match.opening.title, company: match.company.name });
  }
  const name = match.youth.firstName ?? t("matchList.unnamedYouth");
  return t("matchList.companyTitle", { name, opening: match.opening.title });
}

interface MatchListProps {
  items: MatchListItem[];
  reader: Reader;
  labelledBy: string;
}

/** Matches, each with its news (unread messages, the meeting) in words, not colours. */
export function MatchList({ items, reader, labelledBy }: MatchListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="nx-plain-list nobullet-list" aria-labelledby={labelledBy}>
      {items.map((match) => (
        <li key={match.id} className="nx-item">
          <h3>
            <Link to={`/matches/${match.id}`}>{matchTitle(match, reader, t)}</Link>
          </h3>
          <dl className="nx-card-facts">
            <dt>{t("matchList.status")}</dt>
            <dd>
              <span className={`nx-status nx-status-match-${match.status}`}>
                {t(`matchStatus.${match.status}`)}
              </span>
            </dd>
            {match.unreadCount > 0 ? (
              <>
                <dt>{t("matchList.messages")}</dt>
                <dd className="nx-strong">{t("matchList.unread", { count: match.unreadCount })}</dd>
              </>
            ) : null}
            <dt>{t("matchList.meeting")}</dt>
            <dd>
              {match.meeting
                ? match.meeting.status === "accepted" && match.meeting.time
                  ? t("matchList.meetingAt", { time: formatDateTime(match.meeting.time, i18n.language) })
                  : t(`matchList.meetingStatus.${match.meeting.status}`)
                : t("matchList.noMeeting")}
            </dd>
            <dt>{t("matchList.lastActivity")}</dt>
            <dd>{formatDateTime(match.lastActivityAt, i18n.language)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
