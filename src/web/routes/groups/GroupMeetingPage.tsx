import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type GroupMeeting, groupMeetings, type MyGroupMeeting } from "../../api/groups";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { ConfirmPanel } from "../../components/ConfirmPanel";
import { ErrorSummary, summaryItems } from "../../components/ErrorSummary";
import { TextAreaField, TextField } from "../../components/Field";
import { AttendanceTaker } from "../../components/groups/AttendanceTaker";
import { MeetingFacts } from "../../components/groups/MeetingFacts";
import { NoticeControl } from "../../components/groups/NoticeControl";
import { ReflectionForm } from "../../components/groups/ReflectionForm";
import { LiveStatus } from "../../components/LiveStatus";
import "../../components/groups/groups.css";
import { copenhagenParts, copenhagenToIso, formatMeetingStart } from "../../components/copenhagenTime";
import { Loading } from "../../components/Loading";
import { PageHeading } from "../../components/PageHeading";
import { problemFieldErrors, problemMessage } from "../../components/problems";

/**
 * /group-meetings/:id: for the facilitator, the theme and agenda, moving or cancelling, and taking
 * attendance once it has started; for a member, "I can't come" before and a reflection after.
 */
export function GroupMeetingPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { id = "" } = useParams();
  const [meeting, setMeeting] = useState<MyGroupMeeting | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let cancelled = false;
    groupMeetings.get(id).then(
      (found) => {
        if (!cancelled) setMeeting(found);
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
        <PageHeading title={t("groups.meeting.notFound")} />
        <Alert variant="error">{problemMessage(error, t)}</Alert>
      </>
    );
  }
  if (!meeting) return <Loading />;

  const started = meeting.started;
  const staff = me.role !== "youth";
  const changed = (next: GroupMeeting, text: string) => {
    setMeeting({ ...meeting, ...next });
    setStatus(text);
  };

  return (
    <div className="nx-groups">
      <PageHeading title={t("groups.meeting.title", { group: meeting.groupName })} />
      <p className="font-lead">{formatMeetingStart(meeting.startsAt, i18n.language)}</p>
      <p>
        <Link to={`/groups/${meeting.groupId}`}>
          {t("groups.meeting.toGroup", { group: meeting.groupName })}
        </Link>
      </p>
      <MeetingFacts meeting={meeting} />
      <LiveStatus text={status} visible />

      {staff && meeting.status === "planned" && started ? (
        <section className="nx-section" aria-labelledby="attendance-heading">
          <h2 id="attendance-heading">{t("groups.attendance.heading")}</h2>
          <AttendanceTaker meetingId={meeting.id} />
        </section>
      ) : null}

      {staff && meeting.status === "planned" ? (
        <>
          <ThemeForm meeting={meeting} onSaved={(next) => changed(next, t("groups.meeting.themeSaved"))} />
          {started ? null : (
            <MoveForm meeting={meeting} onSaved={(next) => changed(next, t("groups.meeting.moved"))} />
          )}
          {started ? null : (
            <CancelSection
              meeting={meeting}
              onCancelled={(next) => changed(next, t("groups.meeting.cancelledDone"))}
            />
          )}
        </>
      ) : null}

      {!staff && meeting.status === "planned" && !started ? (
        <section className="nx-section" aria-labelledby="notice-heading">
          <h2 id="notice-heading">{t("groups.notice.heading")}</h2>
          <NoticeControl
            meetingId={meeting.id}
            given={meeting.myNotice}
            onChange={(given) => setMeeting({ ...meeting, myNotice: given })}
          />
        </section>
      ) : null}

      {!staff && meeting.status === "planned" && started ? (
        <section className="nx-section" aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">{t("groups.reflection.heading")}</h2>
          <ReflectionForm meetingId={meeting.id} />
        </section>
      ) : null}
    </div>
  );
}

function ThemeForm({
  meeting,
  onSaved,
}: {
  meeting: GroupMeeting;
  onSaved: (meeting: GroupMeeting) => void;
}) {
  const { t } = useTranslation();
  const fields = { theme: "meeting-theme", agenda: "meeting-agenda" };
  const [theme, setTheme] = useState(meeting.theme ?? "");
  const [agenda, setAgenda] = useState(meeting.agenda ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      onSaved(
        await groupMeetings.update(meeting.id, {
          theme: theme.trim() || null,
          agenda: agenda.trim() || null,
        }),
      );
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, fields));
      setMessage(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="theme-heading">
      <h2 id="theme-heading">{t("groups.meeting.themeHeading")}</h2>
      <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary message={message} items={summaryItems(errors, Object.values(fields))} />
        <TextField
          id={fields.theme}
          label={t("groups.meetings.theme")}
          value={theme}
          onChange={setTheme}
          required={false}
          maxLength={200}
          error={errors[fields.theme]}
        />
        <TextAreaField
          id={fields.agenda}
          label={t("groups.meetings.agenda")}
          value={agenda}
          onChange={setAgenda}
          maxLength={4000}
          error={errors[fields.agenda]}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("groups.meeting.saveTheme")}
        </button>
      </form>
    </section>
  );
}

function MoveForm({ meeting, onSaved }: { meeting: GroupMeeting; onSaved: (meeting: GroupMeeting) => void }) {
  const { t } = useTranslation();
  const initial = copenhagenParts(new Date(meeting.startsAt));
  const fields = { startsAt: "move-date", place: "move-place" };
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [place, setPlace] = useState(meeting.place ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const startsAt = copenhagenToIso(date, time);
    if (!startsAt) {
      setErrors({ [fields.startsAt]: t("groups.meetings.errors.when") });
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(undefined);
    try {
      onSaved(await groupMeetings.update(meeting.id, { startsAt, place: place.trim() || null }));
      setOpen(false);
    } catch (failure) {
      setErrors(problemFieldErrors(failure, t, fields));
      setMessage(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="move-heading">
      <h2 id="move-heading">{t("groups.meeting.moveHeading")}</h2>
      {open ? (
        <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary message={message} items={summaryItems(errors, Object.values(fields))} />
          <TextField
            id={fields.startsAt}
            label={t("groups.meetings.date")}
            type="date"
            value={date}
            onChange={setDate}
            error={errors[fields.startsAt]}
          />
          <TextField
            id="move-time"
            label={t("groups.meetings.time")}
            hint={t("groups.form.startTimeHint")}
            value={time}
            onChange={setTime}
            maxLength={5}
            inputClassName="input-width-xs"
          />
          <TextField
            id={fields.place}
            label={t("groups.form.place")}
            value={place}
            onChange={setPlace}
            required={false}
            maxLength={300}
            error={errors[fields.place]}
          />
          <div className="nx-button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t("groups.meeting.moveSubmit")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
              {t("groups.common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t("groups.meeting.move")}
        </button>
      )}
    </section>
  );
}

function CancelSection({
  meeting,
  onCancelled,
}: {
  meeting: GroupMeeting;
  onCancelled: (meeting: GroupMeeting) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function cancel(): Promise<void> {
    if (!reason.trim()) {
      setReasonError(t("groups.meeting.errors.reason"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCancelled(await groupMeetings.cancel(meeting.id, reason.trim()));
      setOpen(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t("groups.meeting.cancelHeading")}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {open ? (
        <ConfirmPanel
          heading={t("groups.meeting.cancelConfirmHeading")}
          confirmLabel={t("groups.meeting.cancelConfirm")}
          cancelLabel={t("groups.meeting.keep")}
          onConfirm={() => void cancel()}
          onCancel={() => setOpen(false)}
          busy={busy}
        >
          <TextAreaField
            id="cancel-reason"
            label={t("groups.meeting.reason")}
            hint={t("groups.meeting.reasonHint")}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonError(undefined);
            }}
            maxLength={500}
            rows={3}
            error={reasonError}
          />
        </ConfirmPanel>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t("groups.meeting.cancel")}
        </button>
      )}
    </section>
  );
}
