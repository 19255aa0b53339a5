import { useTranslation } from "react-i18next";
import type { NetworkMeeting } from "../../api/networkMeetings";
import { formatMeetingEnd, formatMeetingStart } from "../copenhagenTime";
import "./network-meetings.css";

/** Planned or cancelled as a word with a border, never by colour alone. */
export function MeetingStatus({ meeting }: { meeting: Pick<NetworkMeeting, "status" | "past"> }) {
  const { t } = useTranslation();
  const key = meeting.status === "cancelled" ? "cancelled" : meeting.past ? "held" : "planned";
  return (
    <span className={meeting.status === "cancelled" ? "nx-status nx-status-cancelled" : "nx-status"}>
      {t(`networkMeetings.status.${key}`)}
    </span>
  );
}

/** Where the meeting is: the place, the host company, or both. */
export function meetingWhere(meeting: Pick<NetworkMeeting, "place" | "host">, hostLabel: string): string {
  const host = meeting.host ? `${hostLabel} ${meeting.host.name}` : null;
  return [meeting.place, host].filter(Boolean).join(", ");
}

/** Time, place, host and status; for staff also how the invited companies answered and came. */
export function MeetingFacts({ meeting }: { meeting: NetworkMeeting }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="nx-card-facts">
      <dt>{t("networkMeetings.facts.when")}</dt>
      <dd>
        {t("networkMeetings.facts.whenValue", {
          start: formatMeetingStart(meeting.startsAt, i18n.language),
          end: formatMeetingEnd(meeting.startsAt, meeting.durationMinutes, i18n.language),
        })}
      </dd>
      {meeting.place ? (
        <>
          <dt>{t("networkMeetings.facts.place")}</dt>
          <dd>{meeting.place}</dd>
        </>
      ) : null}
      {meeting.host ? (
        <>
          <dt>{t("networkMeetings.facts.host")}</dt>
          <dd>{meeting.host.name}</dd>
        </>
      ) : null}
      <dt>{t("networkMeetings.facts.status")}</dt>
      <dd>
        <MeetingStatus meeting={meeting} />
      </dd>
      {meeting.counts ? (
        <>
          <dt>{t("networkMeetings.facts.answers")}</dt>
          <dd>{t("networkMeetings.facts.answersValue", { ...meeting.counts })}</dd>
          {meeting.past && meeting.status === "planned" ? (
            <>
              <dt>{t("networkMeetings.facts.attended")}</dt>
              <dd>
                {t("networkMeetings.facts.attendedValue", {
                  attended: meeting.counts.attended,
                  invited: meeting.counts.invited,
                })}
              </dd>
            </>
          ) : null}
        </>
      ) : null}
    </dl>
  );
}

/** A cancelled meeting says so in a box of its own, with the reason staff gave. */
export function CancelledNotice({ meeting }: { meeting: Pick<NetworkMeeting, "status" | "cancelReason"> }) {
  const { t } = useTranslation();
  if (meeting.status !== "cancelled") return null;
  return (
    <div className="alert alert-warning nx-alert">
      <div className="alert-body">
        <p className="alert-heading">{t("networkMeetings.cancelled.heading")}</p>
        <p className="alert-text">
          {meeting.cancelReason
            ? t("networkMeetings.cancelled.reason", { reason: meeting.cancelReason })
            : t("networkMeetings.cancelled.noReason")}
        </p>
      </div>
    </div>
  );
}
