import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { youth as youthApi } from "../../api/endpoints";
import { type Group, type GroupMeeting, type GroupMember, groups as groupsApi } from "../../api/groups";
import type { YouthListItem } from "../../api/types";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { ConfirmPanel } from "../../components/ConfirmPanel";
import { DataTable } from "../../components/DataTable";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextField } from "../../components/Field";
import { GroupForm } from "../../components/groups/GroupForm";
import { weekdayName } from "../../components/groups/labels";
import { GroupStabilityTable } from "../../components/groups/StabilityTable";
import "../../components/groups/groups.css";
import {
  addDays,
  copenhagenToday,
  copenhagenToIso,
  formatLocalDate,
  formatMeetingStart,
} from "../../components/copenhagenTime";
import { LiveStatus } from "../../components/LiveStatus";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemFieldErrors, problemMessage } from "../../components/problems";

/** Staff: the group's details, members, meetings ahead and attendance stability. */
export function StaffGroupPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const [group, setGroup] = useState<Group | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const me = useMe();

  useEffect(() => {
    let cancelled = false;
    groupsApi.get(id).then(
      (found) => {
        if (!cancelled) setGroup(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (error) {
    return (
      <>
        <PageHeading title={t("groups.group.notFound")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
        <p>
          <Link to="/groups">{t("groups.group.back")}</Link>
        </p>
      </>
    );
  }
  if (!group) return <Loading />;
  const facilitating = group.facilitators.some((f) => f.userId === me.id);
  const created = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <div className="nx-groups">
      <PageHeading title={group.name} />
      <LiveStatus text={status} />
      {created ? <Alert variant="success">{t("groups.group.created")}</Alert> : null}
      <p>
        <Link to="/groups">{t("groups.group.back")}</Link>
      </p>
      <section className="nx-section" aria-labelledby="group-details-heading">
        <h2 id="group-details-heading">{t("groups.group.details")}</h2>
        {editing ? (
          <GroupForm
            group={group}
            submitLabel={t("groups.group.save")}
            onCancel={() => setEditing(false)}
            onSubmit={async (input) => {
              const { startsOn: _startsOn, ...changes } = input;
              setGroup(await groupsApi.update(group.id, changes));
              setEditing(false);
              setStatus(t("groups.group.saved"));
            }}
          />
        ) : (
          <>
            <GroupFacts group={group} />
            <p>
              <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                {t("groups.group.edit")}
              </button>
            </p>
          </>
        )}
        {facilitating ? (
          <p>
            <Link to={`/groups/${group.id}/board`}>{t("groups.group.toBoard")}</Link>
          </p>
        ) : null}
      </section>
      <MembersSection group={group} />
      <MeetingsSection group={group} />
      <section className="nx-section" aria-labelledby="stability-heading">
        <h2 id="stability-heading">{t("groups.stability.heading")}</h2>
        <p>{t("groups.stability.intro")}</p>
        <GroupStabilityTable groupId={group.id} labelledBy="stability-heading" />
      </section>
    </div>
  );
}

export function GroupFacts({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="nx-facts">
      <dt>{t("groups.facts.slot")}</dt>
      <dd>
        {t("groups.facts.slotValue", {
          weekday: weekdayName(group.weekday, i18n.language),
          time: group.startTime,
        })}{" "}
        ({t("groups.facts.minutes", { count: group.durationMinutes })})
      </dd>
      <dt>{t("groups.facts.place")}</dt>
      <dd>{group.place ?? "–"}</dd>
      {group.videoLink ? (
        <>
          <dt>{t("groups.facts.videoLink")}</dt>
          <dd className="nx-break">
            <a href={group.videoLink} rel="noreferrer" target="_blank">
              {group.videoLink}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t("groups.facts.facilitators")}</dt>
      <dd>{group.facilitators.map((f) => f.displayName).join(", ")}</dd>
      <dt>{t("groups.facts.status")}</dt>
      <dd>{t(`groups.status.${group.status}`)}</dd>
    </dl>
  );
}

function MembersSection({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const [members, setMembers] = useState<GroupMember[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<GroupMember | null>(null);
  const [moving, setMoving] = useState<YouthListItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<YouthListItem[] | null>(null);
  const [searching, setSearching] = useState(false);

  const load = useCallback(() => {
    groupsApi.members(group.id).then(
      (page) => setMembers(page.items),
      (failure: unknown) => setError(failure),
    );
  }, [group.id]);
  useEffect(load, [load]);

  const current = (members ?? []).filter((member) => !member.leftOn);

  async function search(event: FormEvent): Promise<void> {
    event.preventDefault();
    setSearching(true);
    setError(null);
    try {
      setResults((await youthApi.list({ q: query.trim() || null, limit: 10 })).items);
    } catch (failure) {
      setError(failure);
    } finally {
      setSearching(false);
    }
  }

  async function add(young: YouthListItem, move: boolean): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      setMembers((await groupsApi.addMember(group.id, young.id, move)).items);
      setMoving(null);
      setStatus(t(move ? "groups.members.moved" : "groups.members.added", { name: young.displayName }));
    } catch (failure) {
      // 409 for someone not already here means they are in another group: ask before moving them.
      if (failure instanceof ProblemError && failure.status === 409 && !move) {
        if (current.some((member) => member.youthId === young.id)) {
          setStatus(t("groups.members.alreadyHere", { name: young.displayName }));
        } else {
          setMoving(young);
        }
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  }

  async function remove(member: GroupMember): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await groupsApi.removeMember(group.id, member.youthId);
      setRemoving(null);
      setStatus(t("groups.members.removed", { name: member.displayName }));
      load();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t("groups.members.heading")}</h2>
      <LiveStatus text={status} visible />
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {members === null && !error ? <Loading /> : null}
      {members && current.length === 0 ? <p>{t("groups.members.empty")}</p> : null}
      {current.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby="members-heading">
          {current.map((member) => (
            <li key={member.youthId} className="nx-item">
              <p>
                <Link to={`/youth/${member.youthId}`}>{member.displayName}</Link>
                {member.joinedOn
                  ? ` · ${t("groups.members.joined", { date: formatLocalDate(member.joinedOn, i18n.language) })}`
                  : null}
              </p>
              {removing?.youthId === member.youthId ? (
                <ConfirmPanel
                  heading={t("groups.members.removeHeading", { name: member.displayName })}
                  confirmLabel={t("groups.members.removeConfirm")}
                  cancelLabel={t("groups.common.cancel")}
                  onConfirm={() => void remove(member)}
                  onCancel={() => setRemoving(null)}
                  busy={busy}
                >
                  <p>{t("groups.members.removeText")}</p>
                </ConfirmPanel>
              ) : (
                <button type="button" className="button button-secondary" onClick={() => setRemoving(member)}>
                  {t("groups.members.remove", { name: member.displayName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      <h3 id="add-member-heading">{t("groups.members.addHeading")}</h3>
      <form className="nx-form" onSubmit={(event) => void search(event)} aria-labelledby="add-member-heading">
        <TextField
          id="member-search"
          label={t("groups.members.search")}
          hint={t("groups.members.searchHint")}
          value={query}
          onChange={setQuery}
          required={false}
          maxLength={100}
        />
        <button type="submit" className="button button-secondary" disabled={searching}>
          {t("groups.members.searchButton")}
        </button>
      </form>
      {moving ? (
        <ConfirmPanel
          heading={t("groups.members.moveHeading", { name: moving.displayName })}
          confirmLabel={t("groups.members.moveConfirm")}
          cancelLabel={t("groups.common.cancel")}
          onConfirm={() => void add(moving, true)}
          onCancel={() => setMoving(null)}
          busy={busy}
        >
          <p>{t("groups.members.moveText", { name: moving.displayName, group: group.name })}</p>
        </ConfirmPanel>
      ) : null}
      {results?.length === 0 ? <p>{t("groups.members.noResults")}</p> : null}
      {results && results.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-label={t("groups.members.results")}>
          {results.map((young) => {
            const here = current.some((member) => member.youthId === young.id);
            return (
              <li key={young.id} className="nx-item">
                <p>
                  {young.displayName} <span className="nx-break">({young.email})</span>
                </p>
                {here ? (
                  <p>{t("groups.members.isMember")}</p>
                ) : (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => void add(young, false)}
                  >
                    {t("groups.members.add", { name: young.displayName })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

const MEETING_FIELDS = { startsAt: "meeting-date", theme: "meeting-theme" } as const;

function MeetingsSection({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const [meetings, setMeetings] = useState<GroupMeeting[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [adding, setAdding] = useState(false);
  const [date, setDate] = useState("");
  const [time, setTime] = useState(group.startTime);
  const [theme, setTheme] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    const today = copenhagenToday();
    groupsApi.meetings(group.id, { from: addDays(today, -14), to: addDays(today, 70) }).then(
      (page) => setMeetings(page.items),
      (failure: unknown) => setError(failure),
    );
  }, [group.id]);
  useEffect(load, [load]);

  async function generate(): Promise<void> {
    setBusy(true);
    try {
      const { generated } = await groupsApi.generate(group.id);
      setStatus(t("groups.meetings.generated", { count: generated }));
      load();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    const startsAt = copenhagenToIso(date, time);
    if (!startsAt) {
      setErrors({ [MEETING_FIELDS.startsAt]: t("groups.meetings.errors.when") });
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      await groupsApi.addMeeting(group.id, { startsAt, theme: theme.trim() || null });
      setAdding(false);
      setDate("");
      setTheme("");
      setStatus(t("groups.meetings.added"));
      load();
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, MEETING_FIELDS));
      setMessage(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section nx-group-meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t("groups.meetings.heading")}</h2>
      <LiveStatus text={status} visible />
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      <div className="nx-button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void generate()}
          disabled={busy}
        >
          {t("groups.meetings.generate")}
        </button>
        {adding ? null : (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t("groups.meetings.add")}
          </button>
        )}
      </div>
      {adding ? (
        <form className="nx-form" onSubmit={(event) => void add(event)} noValidate>
          <h3>{t("groups.meetings.addHeading")}</h3>
          <ErrorSummary message={message} items={summaryItems(errors, Object.values(MEETING_FIELDS))} />
          <TextField
            id={MEETING_FIELDS.startsAt}
            label={t("groups.meetings.date")}
            type="date"
            value={date}
            onChange={setDate}
            error={errors[MEETING_FIELDS.startsAt]}
          />
          <TextField
            id="meeting-time"
            label={t("groups.meetings.time")}
            hint={t("groups.form.startTimeHint")}
            value={time}
            onChange={setTime}
            maxLength={5}
            inputClassName="input-width-xs"
          />
          <TextField
            id={MEETING_FIELDS.theme}
            label={t("groups.meetings.theme")}
            value={theme}
            onChange={setTheme}
            required={false}
            maxLength={200}
            error={errors[MEETING_FIELDS.theme]}
          />
          <div className="nx-button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t("groups.meetings.addSubmit")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAdding(false)}>
              {t("groups.common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {meetings === null && !error ? <Loading /> : null}
      {meetings?.length === 0 ? <p>{t("groups.meetings.empty")}</p> : null}
      {meetings && meetings.length > 0 ? (
        <DataTable labelledBy="meetings-heading">
          <thead>
            <tr>
              <th scope="col">{t("groups.meetings.when")}</th>
              <th scope="col">{t("groups.meetings.theme")}</th>
              <th scope="col">{t("groups.meetings.status")}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td data-title={t("groups.meetings.when")}>
                  <Link to={`/group-meetings/${meeting.id}`}>
                    {formatMeetingStart(meeting.startsAt, i18n.language)}
                  </Link>
                </td>
                <td data-title={t("groups.meetings.theme")}>{meeting.theme ?? "–"}</td>
                <td data-title={t("groups.meetings.status")}>
                  {meeting.status === "cancelled" ? (
                    <span className="nx-status nx-status-cancelled">{t("groups.meetings.cancelled")}</span>
                  ) : (
                    t("groups.meetings.planned")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </section>
  );
}
