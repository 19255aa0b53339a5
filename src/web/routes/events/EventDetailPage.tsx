import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useParams } from "react-router";
import { matchmakingEvents } from "../../api/events";
import { CASEWORKER_ROLES } from "../../auth/RequireRole";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { AssignmentSection } from "../../components/events/AssignmentSection";
import { CompanyEventOpenings } from "../../components/events/CompanyEventOpenings";
import { EventFacts } from "../../components/events/EventFacts";
import { EventForm } from "../../components/events/EventForm";
import { isEditable } from "../../components/events/eventWindow";
import { ParticipantsSection } from "../../components/events/ParticipantsSection";
import { RankingProgress } from "../../components/events/RankingProgress";
import { RankingWindowNotice } from "../../components/events/RankingWindowNotice";
import { useEvent } from "../../components/events/useEvent";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** The message a create or save left in the navigation state. */
function noticeOf(state: unknown): string | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return typeof state.notice === "string" ? state.notice : null;
}

/**
 * /events/:id: for staff the event's whole run (facts, participants, ranking progress, assignment,
 * publishing); a young person goes on to their ranking; a company contact sees their openings in it.
 */
export function EventDetailPage() {
  const me = useMe();
  const { id = "" } = useParams();
  if (me.role === "youth") return <Navigate to={`/events/${id}/rank`} replace />;
  if (me.role === "company_contact") return <CompanyEventPage id={id} />;
  if (CASEWORKER_ROLES.includes(me.role)) return <StaffEventPage id={id} />;
  return <Navigate to="/events" replace />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/events">{t("events.detail.back")}</Link>
    </p>
  );
}

function StaffEventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { event, setEvent, error, reload } = useEvent(id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const notice = noticeOf(location.state);

  if (error) {
    return (
      <>
        <BackLink />
        <PageHeading title={t("events.detail.notFoundTitle")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      </>
    );
  }
  if (!event) {
    return (
      <>
        <BackLink />
        <PageHeading title={t("events.detail.loadingTitle")} />
        <Loading />
      </>
    );
  }

  const editable = isEditable(event);
  return (
    <>
      <BackLink />
      <PageHeading title={event.title} />
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("events.detail.factsHeading")}</h2>
        {saved ? <Alert variant="success">{t("events.detail.saved")}</Alert> : null}
        {editing ? (
          <EventForm
            initial={event}
            submitLabel={t("events.form.save")}
            onSubmit={async (input) => {
              setEvent(await matchmakingEvents.update(event.id, input));
              setSaved(true);
              setEditing(false);
              requestAnimationFrame(() => document.getElementById("edit-event")?.focus());
            }}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => document.getElementById("edit-event")?.focus());
            }}
          />
        ) : (
          <>
            <EventFacts event={event} forStaff />
            {editable ? (
              <p>
                <button
                  type="button"
                  id="edit-event"
                  className="button button-secondary"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t("events.detail.edit")}
                </button>
              </p>
            ) : null}
          </>
        )}
      </section>
      <ParticipantsSection eventId={event.id} editable={editable} onChanged={reload} />
      <RankingProgress event={event} />
      <AssignmentSection event={event} onEventChanged={reload} />
    </>
  );
}

/** A company contact's view of one event: when to rank, and each of their openings in it. */
function CompanyEventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { event, error } = useEvent(id);
  if (error) {
    return (
      <>
        <BackLink />
        <PageHeading title={t("events.detail.notFoundTitle")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      </>
    );
  }
  if (!event) {
    return (
      <>
        <BackLink />
        <PageHeading title={t("events.detail.loadingTitle")} />
        <Loading />
      </>
    );
  }
  return (
    <>
      <BackLink />
      <PageHeading title={event.title} />
      <EventFacts event={event} />
      <RankingWindowNotice event={event} />
      <section className="nx-section">
        <CompanyEventOpenings event={event} headingLevel={2} />
      </section>
    </>
  );
}
