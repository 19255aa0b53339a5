import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { type NetworkMeetingDetail, networkMeetings } from "../../api/networkMeetings";
import { CASEWORKER_ROLES } from "../../auth/RequireRole";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { Loading } from "../../components/Loading";
import { AnswerButtons } from "../../components/network-meetings/AnswerButtons";
import { AttendanceSection } from "../../components/network-meetings/AttendanceSection";
import { CancelSection } from "../../components/network-meetings/CancelSection";
import { InvitationsSection } from "../../components/network-meetings/InvitationsSection";
import { CancelledNotice, MeetingFacts } from "../../components/network-meetings/MeetingFacts";
import { MeetingForm } from "../../components/network-meetings/MeetingForm";
import { MinutesSection } from "../../components/network-meetings/MinutesSection";
import { meetingChanges } from "../../components/network-meetings/meetingChanges";
import { useMeeting } from "../../components/network-meetings/useMeeting";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** The message a create left in the navigation state. */
function noticeOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return typeof state.notice === "string" ? state.notice : null;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/network-meetings">{t("networkMeetings.detail.back")}</Link>
    </p>
  );
}

/**
 * /network-meetings/:id: staff run the meeting (facts, changes, invitations and answers, attendance,
 * minutes, cancelling); a company contact reads it and answers.
 */
export function NetworkMeetingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = "" } = useParams();
  const { meeting, setMeeting, error } = useMeeting(id);

  if (error) {
    return (
      <>
        <BackLink />
        <PageHeading title={t("networkMeetings.detail.notFoundTitle")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      </>
    );
  }
  if (!meeting) {
    return (
      <>
        <BackLink />
        <PageHeading title={t("networkMeetings.detail.loadingTitle")} />
        <Loading />
      </>
    );
  }
  if (CASEWORKER_ROLES.includes(me.role)) return <StaffMeeting meeting={meeting} setMeeting={setMeeting} />;
  return <CompanyMeeting meeting={meeting} setMeeting={setMeeting} />;
}

interface MeetingViewProps {
  meeting: NetworkMeetingDetail;
  setMeeting: (meeting: NetworkMeetingDetail) => void;
}

function AgendaSection({ meeting }: { meeting: NetworkMeetingDetail }) {
  const { t } = useTranslation();
  return (
    <section className="nx-section" aria-labelledby="nm-agenda-heading">
      <h2 id="nm-agenda-heading">{t("networkMeetings.detail.agenda")}</h2>
      {meeting.agenda ? (
        <p className="nx-preformatted">{meeting.agenda}</p>
      ) : (
        <p>{t("networkMeetings.detail.noAgenda")}</p>
      )}
    </section>
  );
}

function StaffMeeting({ meeting, setMeeting }: MeetingViewProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = noticeOf(location.state);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  function closeEditor(): void {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById("nm-edit")?.focus());
  }

  return (
    <>
      <BackLink />
      <PageHeading title={meeting.title} />
      {notice && !saved ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      <CancelledNotice meeting={meeting} />
      <section aria-labelledby="nm-facts-heading">
        <h2 id="nm-facts-heading">{t("networkMeetings.detail.facts")}</h2>
        {saved ? <Alert variant="success">{saved}</Alert> : null}
        {editing ? (
          <MeetingForm
            initial={meeting}
            submitLabel={t("networkMeetings.form.save")}
            onSubmit={async (input) => {
              const changes = meetingChanges(meeting, input);
              if (Object.keys(changes).length > 0)
                setMeeting(await networkMeetings.update(meeting.id, changes));
              setSaved(
                Object.keys(changes).length > 0
                  ? t("networkMeetings.detail.saved")
                  : t("networkMeetings.detail.unchanged"),
              );
              closeEditor();
            }}
            onCancel={closeEditor}
          />
        ) : (
          <>
            <MeetingFacts meeting={meeting} />
            {meeting.status === "planned" ? (
              <p>
                <button
                  type="button"
                  id="nm-edit"
                  className="button button-secondary nx-big-button"
                  onClick={() => {
                    setSaved(null);
                    setEditing(true);
                  }}
                >
                  {t("networkMeetings.detail.edit")}
                </button>
              </p>
            ) : null}
          </>
        )}
      </section>
      {editing ? null : <AgendaSection meeting={meeting} />}
      <InvitationsSection meeting={meeting} />
      <AttendanceSection meeting={meeting} onSaved={setMeeting} />
      {meeting.status === "planned" ? <MinutesSection meeting={meeting} onSaved={setMeeting} /> : null}
      <CancelSection
        meeting={meeting}
        onCancelled={(cancelled) => {
          setMeeting(cancelled);
          setSaved(t("networkMeetings.cancel.done"));
          requestAnimationFrame(() => document.getElementById("nm-facts-heading")?.focus());
        }}
      />
    </>
  );
}

function CompanyMeeting({ meeting, setMeeting }: MeetingViewProps) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink />
      <PageHeading title={meeting.title} />
      <CancelledNotice meeting={meeting} />
      <MeetingFacts meeting={meeting} />
      <section className="nx-section" aria-labelledby="nm-answer-heading">
        <h2 id="nm-answer-heading">{t("networkMeetings.detail.yourAnswer")}</h2>
        <AnswerButtons meeting={meeting} onAnswered={(saved) => setMeeting({ ...meeting, ...saved })} />
        {meeting.past && meeting.companyAttended !== null ? (
          <p>
            {meeting.companyAttended
              ? t("networkMeetings.detail.companyAttended")
              : t("networkMeetings.detail.companyAbsent")}
          </p>
        ) : null}
      </section>
      <AgendaSection meeting={meeting} />
      {meeting.minutes ? (
        <section className="nx-section" aria-labelledby="nm-minutes-heading">
          <h2 id="nm-minutes-heading">{t("networkMeetings.minutes.heading")}</h2>
          <p className="nx-preformatted">{meeting.minutes}</p>
        </section>
      ) : null}
    </>
  );
}
