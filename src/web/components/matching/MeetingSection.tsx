import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { matches, meetings } from "../../api/endpoints";
import { CHEMISTRY_ANSWERS, type ChemistryAnswer, type Meeting } from "../../api/types";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { ErrorSummary, summaryItems } from "../ErrorSummary";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../Field";
import { formatMeetingTime, toLocalInputValue } from "../format";
import { Icon } from "../Icon";
import { Loading } from "../Loading";
import { problemFieldErrors, problemMessage } from "../problems";

const TIME_FIELDS = ["meeting-time-1", "meeting-time-2", "meeting-time-3"] as const;
const DURATIONS = ["30", "45", "60", "90"] as const;
const FEEDBACK_COMMENT_MAX = 2000;

interface MeetingSectionProps {
  matchId: string;
  canChange: boolean;
  /** The other side as the reader knows them: the company's name, or the young person's first name. */
  otherName: string;
  /** Called after a change, so the page can refresh the match's summary. */
  onChanged?: () => void;
}

/** The live meeting: the newest one that is proposed or accepted (the list is newest first). */
function currentMeeting(items: Meeting[]): Meeting | null {
  return items.find((meeting) => meeting.status === "proposed" || meeting.status === "accepted") ?? null;
}

/**
 * The first meeting: propose one to three times and a place; the other side accepts one or declines;
 * either side cancels; the accepted meeting can be downloaded as a calendar file; afterwards both
 * answer "did the chemistry work?".
 */
export function MeetingSection({ matchId, canChange, otherName, onChanged }: MeetingSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [items, setItems] = useState<Meeting[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [proposing, setProposing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    matches.meetings(matchId).then(
      (found) => {
        setItems(found.items);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [matchId]);

  useEffect(load, [load]);

  function changed(meeting: Meeting, message: string): void {
    setItems((current) => {
      const list = current ?? [];
      return list.some((item) => item.id === meeting.id)
        ? list.map((item) => (item.id === meeting.id ? meeting : item))
        : [meeting, ...list];
    });
    setNotice(message);
    setProposing(false);
    onChanged?.();
  }

  const current = items ? currentMeeting(items) : null;
  const earlier =
    items?.filter((meeting) => meeting.status === "declined" || meeting.status === "cancelled") ?? [];

  return (
    <section className="nx-section nx-meeting" aria-labelledby={headingId} id="meeting">
      <h2 id={headingId}>{t("meeting.heading")}</h2>
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!items && !error ? <Loading /> : null}
      {items && current ? (
        <CurrentMeeting meeting={current} otherName={otherName} canChange={canChange} onChanged={changed} />
      ) : null}
      {items && !current ? (
        <>
          <p>{t("meeting.none")}</p>
          {canChange && !proposing ? (
            <button
              type="button"
              id="propose-meeting"
              className="button button-primary nx-big-button"
              onClick={() => {
                setNotice(null);
                setProposing(true);
              }}
            >
              {t("meeting.propose")}
            </button>
          ) : null}
          {canChange && proposing ? (
            <ProposeMeetingForm
              matchId={matchId}
              onProposed={(meeting) => changed(meeting, t("meeting.proposed", { name: otherName }))}
              onCancel={() => {
                setProposing(false);
                requestAnimationFrame(() => document.getElementById("propose-meeting")?.focus());
              }}
            />
          ) : null}
        </>
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h3 className="h4">{t("meeting.earlierHeading")}</h3>
          <ul className="nx-earlier-meetings">
            {earlier.map((meeting) => (
              <li key={meeting.id}>
                {t(`meeting.earlier.${meeting.status === "declined" ? "declined" : "cancelled"}`, {
                  place: meeting.place,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

interface CurrentMeetingProps {
  meeting: Meeting;
  otherName: string;
  canChange: boolean;
  onChanged: (meeting: Meeting, message: string) => void;
}

function CurrentMeeting({ meeting, otherName, canChange, onChanged }: CurrentMeetingProps) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState("");
  const [confirming, setConfirming] = useState<"decline" | "cancel" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const locale = i18n.language;

  async function act(call: () => Promise<Meeting>, message: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onChanged(await call(), message);
      setConfirming(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function accept(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!choice) {
      setChoiceError(t("meeting.chooseTimeMissing"));
      document.getElementById("meeting-choice")?.focus();
      return;
    }
    setChoiceError(undefined);
    void act(
      () => meetings.accept(meeting.id, choice),
      t("meeting.accepted", { time: formatMeetingTime(choice, locale) }),
    );
  }

  const facts = (
    <dl className="nx-facts">
      <dt>{t("meeting.place")}</dt>
      <dd className="nx-pre-line">{meeting.place}</dd>
      <dt>{t("meeting.duration")}</dt>
      <dd>{t("meeting.minutes", { count: meeting.durationMinutes })}</dd>
    </dl>
  );
  const errorAlert = error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null;

  if (meeting.status === "accepted" && meeting.acceptedTime) {
    const held = new Date(meeting.acceptedTime).getTime() <= Date.now();
    return (
      <>
        <p className="nx-meeting-when">
          <Icon name="calendar-month" />
          <strong>
            {held
              ? t("meeting.heldAt", { time: formatMeetingTime(meeting.acceptedTime, locale) })
              : t("meeting.agreedAt", { time: formatMeetingTime(meeting.acceptedTime, locale) })}
          </strong>
        </p>
        {facts}
        {meeting.calendarUrl && !held ? (
          <p>
            <a className="button button-secondary nx-big-button" href={meeting.calendarUrl} download>
              <Icon name="download" />
              {t("meeting.download")}
            </a>
          </p>
        ) : null}
        {errorAlert}
        {held ? <MeetingFeedback meeting={meeting} otherName={otherName} onChanged={onChanged} /> : null}
        {!held && canChange && confirming !== "cancel" ? (
          <button
            type="button"
            id="cancel-meeting"
            className="button button-secondary nx-big-button"
            onClick={() => setConfirming("cancel")}
          >
            {t("meeting.cancel")}
          </button>
        ) : null}
        {confirming === "cancel" ? (
          <ConfirmPanel
            heading={t("meeting.cancelHeading")}
            confirmLabel={t("meeting.cancelConfirm")}
            cancelLabel={t("meeting.keep")}
            busy={busy}
            onConfirm={() =>
              void act(() => meetings.cancel(meeting.id), t("meeting.cancelled", { name: otherName }))
            }
            onCancel={() => {
              setConfirming(null);
              requestAnimationFrame(() => document.getElementById("cancel-meeting")?.focus());
            }}
          >
            <p>{t("meeting.cancelText", { name: otherName })}</p>
          </ConfirmPanel>
        ) : null}
      </>
    );
  }

  if (meeting.mine) {
    return (
      <>
        <p>
          <strong>{t("meeting.waiting", { name: otherName })}</strong>
        </p>
        <h3 className="h4">{t("meeting.proposedTimes")}</h3>
        <ul>
          {meeting.proposedTimes.map((time) => (
            <li key={time}>{formatMeetingTime(time, locale)}</li>
          ))}
        </ul>
        {facts}
        {errorAlert}
        {canChange && confirming !== "cancel" ? (
          <button
            type="button"
            id="cancel-meeting"
            className="button button-secondary nx-big-button"
            onClick={() => setConfirming("cancel")}
          >
            {t("meeting.withdraw")}
          </button>
        ) : null}
        {confirming === "cancel" ? (
          <ConfirmPanel
            heading={t("meeting.withdrawHeading")}
            confirmLabel={t("meeting.withdrawConfirm")}
            cancelLabel={t("meeting.keep")}
            busy={busy}
            onConfirm={() => void act(() => meetings.cancel(meeting.id), t("meeting.withdrawn"))}
            onCancel={() => {
              setConfirming(null);
              requestAnimationFrame(() => document.getElementById("cancel-meeting")?.focus());
            }}
          >
            <p>{t("meeting.withdrawText", { name: otherName })}</p>
          </ConfirmPanel>
        ) : null}
      </>
    );
  }

  return (
    <>
      <p>
        <strong>{t("meeting.invited", { name: otherName })}</strong>
      </p>
      {facts}
      {errorAlert}
      {canChange ? (
        <form className="nx-form" onSubmit={accept} noValidate>
          <RadioGroup
            id="meeting-choice"
            legend={t("meeting.chooseTime")}
            options={meeting.proposedTimes.map((time) => ({
              value: time,
              label: formatMeetingTime(time, locale),
            }))}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setChoiceError(undefined);
            }}
            error={choiceError}
          />
          <div className="nx-button-row nx-stack-on-phone">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t("meeting.accept")}
            </button>
            {confirming !== "decline" ? (
              <button
                type="button"
                id="decline-meeting"
                className="button button-secondary"
                disabled={busy}
                onClick={() => setConfirming("decline")}
              >
                {t("meeting.decline")}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {confirming === "decline" ? (
        <ConfirmPanel
          heading={t("meeting.declineHeading")}
          confirmLabel={t("meeting.declineConfirm")}
          cancelLabel={t("meeting.keep")}
          busy={busy}
          onConfirm={() =>
            void act(() => meetings.decline(meeting.id), t("meeting.declined", { name: otherName }))
          }
          onCancel={() => {
            setConfirming(null);
            requestAnimationFrame(() => document.getElementById("decline-meeting")?.focus());
          }}
        >
          <p>{t("meeting.declineText", { name: otherName })}</p>
        </ConfirmPanel>
      ) : null}
    </>
  );
}

interface ProposeMeetingFormProps {
  matchId: string;
  onProposed: (meeting: Meeting) => void;
  onCancel: () => void;
}

function ProposeMeetingForm({ matchId, onProposed, onCancel }: ProposeMeetingFormProps) {
  const { t } = useTranslation();
  const [times, setTimes] = useState<string[]>(["", "", ""]);
  const [place, setPlace] = useState("");
  const [duration, setDuration] = useState("60");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const earliest = toLocalInputValue(new Date(Date.now() + 60 * 60 * 1000));

  useEffect(() => {
    document.getElementById(TIME_FIELDS[0])?.focus();
  }, []);

  function validate(): Record<string, string | undefined> {
    const found: Record<string, string | undefined> = {};
    const now = Date.now();
    times.forEach((value, index) => {
      const field = TIME_FIELDS[index];
      if (!field) return;
      if (!value) {
        if (index === 0) found[field] = t("meeting.form.timeMissing");
        return;
      }
      const time = new Date(value).getTime();
      if (Number.isNaN(time)) found[field] = t("meeting.form.timeInvalid");
      else if (time <= now) found[field] = t("meeting.form.timePast");
    });
    if (!place.trim()) found["meeting-place"] = t("meeting.form.placeMissing");
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      const chosen = [...new Set(times.filter(Boolean).map((value) => new Date(value).toISOString()))];
      onProposed(
        await matches.proposeMeeting(matchId, {
          times: chosen,
          place: place.trim(),
          durationMinutes: Number(duration),
        }),
      );
    } catch (problem) {
      setErrors(
        problemFieldErrors(problem, t, {
          times: TIME_FIELDS[0],
          "times.0": TIME_FIELDS[0],
          "times.1": TIME_FIELDS[1],
          "times.2": TIME_FIELDS[2],
          place: "meeting-place",
          durationMinutes: "meeting-duration",
        }),
      );
      setFailure(problem);
      setBusy(false);
    }
  }

  const order = [...TIME_FIELDS, "meeting-place", "meeting-duration"];
  return (
    <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t("meeting.form.heading")}</h3>
      <p>{t("meeting.form.intro")}</p>
      <ErrorSummary
        message={failure ? problemMessage(failure, t) : undefined}
        items={summaryItems(errors, order)}
      />
      {TIME_FIELDS.map((field, index) => (
        <TextField
          key={field}
          id={field}
          type="datetime-local"
          label={
            index === 0 ? t("meeting.form.time1") : t("meeting.form.timeOptional", { number: index + 1 })
          }
          value={times[index] ?? ""}
          min={earliest}
          required={index === 0}
          error={errors[field]}
          onChange={(value) => setTimes((current) => current.map((old, at) => (at === index ? value : old)))}
        />
      ))}
      <TextField
        id="meeting-place"
        label={t("meeting.form.place")}
        hint={t("meeting.form.placeHint")}
        value={place}
        maxLength={300}
        error={errors["meeting-place"]}
        onChange={setPlace}
      />
      <SelectField
        id="meeting-duration"
        label={t("meeting.form.duration")}
        value={duration}
        onChange={setDuration}
        error={errors["meeting-duration"]}
        options={DURATIONS.map((minutes) => ({
          value: minutes,
          label: t("meeting.minutes", { count: Number(minutes) }),
        }))}
      />
      <div className="nx-button-row nx-stack-on-phone">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.sending") : t("meeting.form.submit")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

interface MeetingFeedbackProps {
  meeting: Meeting;
  otherName: string;
  onChanged: (meeting: Meeting, message: string) => void;
}

/** After the meeting: "Fungerede kemien?" yes / maybe / no, with an optional comment. */
function MeetingFeedback({ meeting, otherName, onChanged }: MeetingFeedbackProps) {
  const { t } = useTranslation();
  const [chemistry, setChemistry] = useState("");
  const [comment, setComment] = useState("");
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mine = meeting.feedback.mine;

  function isAnswer(value: string): value is ChemistryAnswer {
    return CHEMISTRY_ANSWERS.some((answer) => answer === value);
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!isAnswer(chemistry)) {
      setChoiceError(t("feedback.missing"));
      document.getElementById("chemistry")?.focus();
      return;
    }
    setChoiceError(undefined);
    setBusy(true);
    setFailure(null);
    try {
      onChanged(
        await meetings.feedback(meeting.id, {
          chemistry,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        }),
        t("feedback.thanks"),
      );
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  return (
    <div className="nx-feedback">
      <h3>{t("feedback.heading")}</h3>
      {mine ? (
        <>
          <p>{t("feedback.yourAnswer", { answer: t(`feedback.answers.${mine.chemistry}`) })}</p>
          {mine.comment ? <p className="nx-quote nx-pre-line">{mine.comment}</p> : null}
        </>
      ) : (
        <form className="nx-form" onSubmit={(event) => void submit(event)} noValidate>
          {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
          <RadioGroup
            id="chemistry"
            legend={t("feedback.question", { name: otherName })}
            hint={t("feedback.hint")}
            options={CHEMISTRY_ANSWERS.map((answer) => ({
              value: answer,
              label: t(`feedback.answers.${answer}`),
            }))}
            value={chemistry}
            onChange={(value) => {
              setChemistry(value);
              setChoiceError(undefined);
            }}
            error={choiceError}
          />
          <TextAreaField
            id="chemistry-comment"
            label={t("feedback.comment")}
            value={comment}
            onChange={setComment}
            maxLength={FEEDBACK_COMMENT_MAX}
            rows={3}
          />
          <button type="submit" className="button button-primary nx-big-button" disabled={busy}>
            {busy ? t("common.sending") : t("feedback.submit")}
          </button>
        </form>
      )}
      <p className="nx-muted">
        {meeting.feedback.otherSideAnswered
          ? t("feedback.otherAnswered", { name: otherName })
          : t("feedback.otherNotYet", { name: otherName })}
      </p>
    </div>
  );
}
