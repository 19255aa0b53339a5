import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  type Group,
  type GroupMember,
  groupMeetings,
  groups as groupsApi,
  type MyGroupMeeting,
} from "../../api/groups";
import { Alert } from "../../components/Alert";
import { Board } from "../../components/groups/Board";
import { weekdayName } from "../../components/groups/labels";
import { MeetingFacts } from "../../components/groups/MeetingFacts";
import { NoticeControl } from "../../components/groups/NoticeControl";
import "../../components/groups/groups.css";
import { addDays, copenhagenToday, formatMeetingStart } from "../../components/copenhagenTime";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** A member's own group: who is in it, the meetings ahead with "I can't come", recent ones to reflect on, the board. */

const UPCOMING_SHOWN_FIRST = 3;
export function YouthGroupPage() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const [group, setGroup] = useState<Group | null>(null);
  const [members, setMembers] = useState<GroupMember[]>([]);
  const [meetings, setMeetings] = useState<MyGroupMeeting[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [showAllUpcoming, setShowAllUpcoming] = useState(false);

  const load = useCallback(async () => {
    try {
      const found = await groupsApi.get(id);
      setGroup(found);
      setMembers((await groupsApi.members(id)).items);
      const today = copenhagenToday();
      setMeetings((await groupMeetings.mine({ from: addDays(today, -28), to: addDays(today, 56) })).items);
    } catch (failure) {
      setError(failure);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error && !group) {
    return (
      <>
        <PageHeading title={t("groups.youth.title")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      </>
    );
  }
  if (!group) return <Loading />;

  const upcoming = (meetings ?? []).filter((m) => !m.started);
  // The next few first, so the board is within reach on a phone; the rest on request.
  const shownUpcoming = showAllUpcoming ? upcoming : upcoming.slice(0, UPCOMING_SHOWN_FIRST);
  const past = (meetings ?? []).filter((m) => m.started && m.status === "planned").reverse();

  function setNotice(meetingId: string, given: boolean): void {
    setMeetings((current) =>
      (current ?? []).map((m) => (m.id === meetingId ? { ...m, myNotice: given } : m)),
    );
  }

  return (
    <div className="nx-groups">
      <PageHeading title={t("groups.youth.titleWithName", { name: group.name })} />
      <p className="font-lead">
        {t("groups.facts.slotValue", {
          weekday: weekdayName(group.weekday, i18n.language),
          time: group.startTime,
        })}
        {group.place ? ` · ${group.place}` : ""}
      </p>
      <dl className="nx-facts">
        <dt>{t("groups.facts.facilitators")}</dt>
        <dd>{group.facilitators.map((f) => f.displayName).join(", ")}</dd>
        <dt>{t("groups.youth.members")}</dt>
        <dd>{members.map((m) => m.displayName).join(", ") || "–"}</dd>
      </dl>

      <section className="nx-section nx-group-meetings" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("groups.youth.upcoming")}</h2>
        {meetings === null ? <Loading /> : null}
        {meetings && upcoming.length === 0 ? <p>{t("groups.youth.noUpcoming")}</p> : null}
        {upcoming.length > 0 ? (
          <ul className="nx-plain-list nobullet-list" aria-labelledby="upcoming-heading">
            {shownUpcoming.map((meeting) => (
              <li key={meeting.id} className="nx-item">
                <h3>{formatMeetingStart(meeting.startsAt, i18n.language)}</h3>
                <MeetingFacts meeting={meeting} />
                {meeting.status === "planned" ? (
                  <NoticeControl
                    meetingId={meeting.id}
                    given={meeting.myNotice}
                    onChange={(given) => setNotice(meeting.id, given)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {shownUpcoming.length < upcoming.length ? (
          <button type="button" className="button button-secondary" onClick={() => setShowAllUpcoming(true)}>
            {t("groups.youth.showAllUpcoming", { count: upcoming.length })}
          </button>
        ) : null}
      </section>

      {past.length > 0 ? (
        <section className="nx-section" aria-labelledby="past-heading">
          <h2 id="past-heading">{t("groups.youth.past")}</h2>
          <p>{t("groups.youth.pastIntro")}</p>
          <ul className="nx-plain-list nobullet-list" aria-labelledby="past-heading">
            {past.map((meeting) => (
              <li key={meeting.id} className="nx-item">
                <Link to={`/group-meetings/${meeting.id}`}>
                  {t("groups.youth.reflectOn", { when: formatMeetingStart(meeting.startsAt, i18n.language) })}
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/reflections">{t("groups.reflection.all")}</Link>
          </p>
        </section>
      ) : null}

      <Board groupId={group.id} />
    </div>
  );
}
