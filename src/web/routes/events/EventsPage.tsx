import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type MatchmakingEvent, matchmakingEvents } from "../../api/events";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { CompanyEventOpenings } from "../../components/events/CompanyEventOpenings";
import { EventFacts } from "../../components/events/EventFacts";
import { EventForm } from "../../components/events/EventForm";
import { rankingWindowState } from "../../components/events/eventWindow";
import { RankingWindowNotice } from "../../components/events/RankingWindowNotice";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 20;

type Reader = "staff" | "youth" | "company";

/**
 * /events: staff see the municipality's matchmaking events (newest first) and create new ones; a young
 * person sees the events they take part in with the way to their ranking; a company contact sees theirs
 * with each of the company's openings to rank young people for.
 */
export function EventsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const reader: Reader = me.role === "youth" ? "youth" : me.role === "company_contact" ? "company" : "staff";
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  const fetchPage = useCallback(
    (cursor: string | null) => matchmakingEvents.list({ limit: PAGE_SIZE, cursor }),
    [],
  );
  const list = useCursorList(fetchPage);

  return (
    <>
      <PageHeading title={t(`events.list.${reader}.title`)} />
      <p>{t(`events.list.${reader}.intro`)}</p>
      {reader === "staff" && !creating ? (
        <p>
          <button
            type="button"
            id="new-event"
            className="button button-primary"
            onClick={() => setCreating(true)}
          >
            {t("events.list.staff.new")}
          </button>
        </p>
      ) : null}
      {reader === "staff" && creating ? (
        <section className="nx-section" aria-labelledby="new-event-heading">
          <h2 id="new-event-heading">{t("events.list.staff.new")}</h2>
          <EventForm
            submitLabel={t("events.form.create")}
            onSubmit={async (input) => {
              const created = await matchmakingEvents.create(input);
              navigate(`/events/${created.id}`, { state: { notice: t("events.list.staff.created") } });
            }}
            onCancel={() => {
              setCreating(false);
              requestAnimationFrame(() => document.getElementById("new-event")?.focus());
            }}
          />
        </section>
      ) : null}

      <h2 id={headingId}>{t("events.list.heading")}</h2>
      {list.loading ? <Loading text={t("events.list.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{t(`events.list.${reader}.empty`)}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((event) => (
            <li key={event.id} className="nx-item">
              {reader === "staff" ? <StaffEventItem event={event} /> : null}
              {reader === "youth" ? <YouthEventItem event={event} /> : null}
              {reader === "company" ? <CompanyEventItem event={event} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("events.list.loadMore")} />
      ) : null}
    </>
  );
}

function StaffEventItem({ event }: { event: MatchmakingEvent }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <EventFacts event={event} forStaff />
      {event.progress ? (
        <p>
          {t("events.list.staff.progress", {
            youthRanked: event.progress.youthRanked,
            youthCount: event.youthCount,
            openingsRanked: event.progress.openingsRanked,
            openingCount: event.openingCount,
          })}
        </p>
      ) : null}
    </>
  );
}

function YouthEventItem({ event }: { event: MatchmakingEvent }) {
  const { t } = useTranslation();
  const open = rankingWindowState(event) === "open";
  return (
    <>
      <h3>{event.title}</h3>
      <EventFacts event={event} />
      <RankingWindowNotice event={event} />
      {event.status === "published" ? (
        <p>
          <Link className="button button-primary nx-big-button" to="/matches">
            {t("events.list.youth.toMatches")}
          </Link>
        </p>
      ) : (
        <p>
          <Link className="button button-primary nx-big-button" to={`/events/${event.id}/rank`}>
            {open
              ? t("events.list.youth.rank", { title: event.title })
              : t("events.list.youth.view", { title: event.title })}
          </Link>
        </p>
      )}
    </>
  );
}

function CompanyEventItem({ event }: { event: MatchmakingEvent }) {
  return (
    <>
      <h3>{event.title}</h3>
      <EventFacts event={event} />
      <RankingWindowNotice event={event} />
      <CompanyEventOpenings event={event} headingLevel={4} />
    </>
  );
}
