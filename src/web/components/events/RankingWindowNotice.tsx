import { useTranslation } from "react-i18next";
import type { MatchmakingEvent } from "../../api/events";
import { Alert } from "../Alert";
import { formatDateTime } from "../format";
import { rankingWindowState } from "./eventWindow";

/**
 * Whether the reader can rank now, in plain words with the times: open until when, opens when, or
 * closed (then the list is read-only).
 */
export function RankingWindowNotice({ event }: { event: MatchmakingEvent }) {
  const { t, i18n } = useTranslation();
  const opens = formatDateTime(event.rankingOpensAt, i18n.language);
  const closes = formatDateTime(event.rankingClosesAt, i18n.language);
  const state = rankingWindowState(event);
  if (state === "open") return <p className="nx-strong">{t("events.window.open", { closes })}</p>;
  if (state === "notYet") {
    return (
      <Alert variant="info" heading={t("events.window.notYetHeading")}>
        {t("events.window.notYet", { opens, closes })}
      </Alert>
    );
  }
  return (
    <Alert variant="info" heading={t("events.window.closedHeading")}>
      {event.status === "published" ? t("events.window.published") : t("events.window.closed", { closes })}
    </Alert>
  );
}
