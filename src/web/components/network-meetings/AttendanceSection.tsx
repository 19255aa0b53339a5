import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type NetworkMeetingDetail, networkMeetings } from "../../api/networkMeetings";
import { ErrorSummary } from "../ErrorSummary";
import { CheckboxGroup } from "../Field";
import { problemMessage } from "../problems";

interface AttendanceSectionProps {
  meeting: NetworkMeetingDetail;
  onSaved: (meeting: NetworkMeetingDetail) => void;
}

/**
 * Staff tick the companies that came, once the meeting has started, and save them in one go. Every
 * invited company is sent, so a company not ticked is recorded as absent.
 */
export function AttendanceSection({ meeting, onSaved }: AttendanceSectionProps) {
  const { t } = useTranslation();
  const [present, setPresent] = useState<string[]>(() =>
    meeting.invitations
      .filter((invitation) => invitation.attended)
      .map((invitation) => invitation.company.id),
  );
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);

  if (!meeting.past || meeting.status !== "planned") return null;

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      const saved = await networkMeetings.recordAttendance(
        meeting.id,
        meeting.invitations.map((invitation) => ({
          companyId: invitation.company.id,
          attended: present.includes(invitation.company.id),
        })),
      );
      onSaved(saved);
      setStatus(t("networkMeetings.attendance.saved", { count: present.length }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const recorded = meeting.invitations.some((invitation) => invitation.attended !== null);
  return (
    <section className="nx-section" aria-labelledby="nm-attendance-heading">
      <h2 id="nm-attendance-heading">{t("networkMeetings.attendance.heading")}</h2>
      {meeting.invitations.length === 0 ? (
        <p>{t("networkMeetings.invitations.empty")}</p>
      ) : (
        <form className="nx-form nx-attendance-list" noValidate onSubmit={(event) => void save(event)}>
          <ErrorSummary message={error ? problemMessage(error, t) : undefined} items={[]} />
          <p>
            {recorded ? t("networkMeetings.attendance.recorded") : t("networkMeetings.attendance.notYet")}
          </p>
          <CheckboxGroup
            id="nm-attendance"
            legend={t("networkMeetings.attendance.legend")}
            options={meeting.invitations.map((invitation) => ({
              value: invitation.company.id,
              label: invitation.company.name,
            }))}
            values={present}
            onChange={setPresent}
          />
          <div className="nx-button-row">
            <button type="submit" className="button button-primary nx-big-button" disabled={busy}>
              {busy ? t("common.saving") : t("networkMeetings.attendance.save")}
            </button>
          </div>
        </form>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
