import { useTranslation } from "react-i18next";
import type { NetworkMeetingDetail } from "../../api/networkMeetings";

/** Staff: each invited company with what each of its contacts answered (and whether it came). */
export function InvitationsSection({ meeting }: { meeting: NetworkMeetingDetail }) {
  const { t } = useTranslation();
  return (
    <section className="nx-section" aria-labelledby="nm-invitations-heading">
      <h2 id="nm-invitations-heading">{t("networkMeetings.invitations.heading")}</h2>
      {meeting.invitations.length === 0 ? (
        <p>{t("networkMeetings.invitations.empty")}</p>
      ) : (
        <ul className="nx-plain-list nobullet-list">
          {meeting.invitations.map((invitation) => (
            <li key={invitation.company.id} className="nx-item">
              <h3 className="h4">{invitation.company.name}</h3>
              {invitation.answers.length === 0 ? (
                <p>{t("networkMeetings.invitations.noAnswer")}</p>
              ) : (
                <ul>
                  {invitation.answers.map((answer, index) => (
                    // Names may repeat within a company; the order of the answers is stable.
                    // biome-ignore lint/suspicious/noArrayIndexKey: no id is given for a contact.
                    <li key={index}>
                      {t("networkMeetings.invitations.answerValue", {
                        name: answer.name,
                        answer: t(`networkMeetings.answer.${answer.answer}`),
                      })}
                    </li>
                  ))}
                </ul>
              )}
              {meeting.past && meeting.status === "planned" ? (
                <p>
                  {t(
                    invitation.attended === null
                      ? "networkMeetings.invitations.attendanceNotRecorded"
                      : invitation.attended
                        ? "networkMeetings.invitations.attendedYes"
                        : "networkMeetings.invitations.attendedNo",
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
