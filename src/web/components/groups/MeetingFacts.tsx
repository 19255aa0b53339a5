import { useTranslation } from "react-i18next";
import type { GroupMeeting } from "../../api/groups";

/** Theme, place or video link, and a cancellation with its reason. */
export function MeetingFacts({ meeting }: { meeting: GroupMeeting }) {
  const { t } = useTranslation();
  return (
    <>
      {meeting.status === "cancelled" ? (
        <p>
          <span className="nx-status nx-status-cancelled">{t("groups.meetings.cancelled")}</span>
          {meeting.cancelReason ? ` ${meeting.cancelReason}` : null}
        </p>
      ) : null}
      <dl className="nx-facts">
        {meeting.theme ? (
          <>
            <dt>{t("groups.meetings.theme")}</dt>
            <dd>{meeting.theme}</dd>
          </>
        ) : null}
        {meeting.place ? (
          <>
            <dt>{t("groups.facts.place")}</dt>
            <dd>{meeting.place}</dd>
          </>
        ) : null}
        {meeting.videoLink ? (
          <>
            <dt>{t("groups.facts.videoLink")}</dt>
            <dd className="nx-break">
              <a href={meeting.videoLink} rel="noreferrer" target="_blank">
                {meeting.videoLink}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t("groups.meetings.duration")}</dt>
        <dd>{t("groups.facts.minutes", { count: meeting.durationMinutes })}</dd>
      </dl>
      {meeting.agenda ? (
        <>
          <p className="nx-board-meta">{t("groups.meetings.agenda")}</p>
          <p className="nx-board-text">{meeting.agenda}</p>
        </>
      ) : null}
    </>
  );
}
