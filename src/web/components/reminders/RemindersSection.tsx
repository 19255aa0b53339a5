import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Reminder, reminders } from "../../api/reminders";
import type { Role } from "../../api/types";
import { Alert } from "../Alert";
import { formatClockTime, formatMeetingStart } from "../copenhagenTime";
import { Icon } from "../Icon";
import { LiveStatus } from "../LiveStatus";
import { problemMessage } from "../problems";

/** Meeting times are Danish wall-clock times, whatever the browser's zone. */
function meetingPath(reminder: Reminder): string {
  const folder = reminder.subjectType === "group_meeting" ? "group-meetings" : "network-meetings";
  return `/${folder}/${encodeURIComponent(reminder.subjectId)}`;
}

/**
 * Home: a meeting tomorrow, moved or cancelled, as notices the reader removes with "OK, fjern".
 * Nothing when there is none; a failed fetch leaves the home page as it was, since the emails carry
 * the same news.
 */
export function RemindersSection({ role: _role }: { role: Role }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [items, setItems] = useState<Reminder[] | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let current = true;
    reminders.list().then(
      (found) => {
        if (current) setItems(found.items);
      },
      () => {
        // Only a friendly extra on the home page.
      },
    );
    return () => {
      current = false;
    };
  }, []);

  if (!items) return null;
  return (
    <>
      <LiveStatus text={status} />
      {items.length > 0 ? (
        <section className="nx-section" aria-labelledby={headingId}>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {t("reminders.heading")}
          </h2>
          <ul className="nobullet-list">
            {items.map((reminder) => (
              <ReminderNotice
                key={reminder.id}
                reminder={reminder}
                onDismissed={() => {
                  setItems((previous) => previous?.filter((item) => item.id !== reminder.id) ?? null);
                  setStatus(t("reminders.dismissed"));
                  // The notice and its button are gone: keep the keyboard user in the section.
                  window.setTimeout(() => heading.current?.focus(), 0);
                }}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ReminderNotice({ reminder, onDismissed }: { reminder: Reminder; onDismissed: () => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const locale = i18n.language;
  const place = reminder.place ? t("reminders.place", { place: reminder.place }) : "";
  const variant = reminder.kind === "meeting_tomorrow" ? "info" : "warning";

  const text =
    reminder.kind === "meeting_tomorrow"
      ? t("reminders.tomorrow", { title: reminder.title, time: formatClockTime(reminder.startsAt, locale) })
      : reminder.kind === "meeting_moved"
        ? t("reminders.moved", { title: reminder.title, when: formatMeetingStart(reminder.startsAt, locale) })
        : t("reminders.cancelled", {
            title: reminder.title,
            when: formatMeetingStart(reminder.startsAt, locale),
          });

  async function dismiss(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await reminders.dismiss(reminder.id);
      onDismissed();
    } catch (problem) {
      setFailure(problem);
      setBusy(false);
    }
  }

  return (
    // The alert is a div inside the item: list-item styles would otherwise take the icon's room.
    <li>
      <div className={`alert alert-${variant} nx-alert`}>
        <Icon name={variant} className="alert-icon" label={t(`alerts.${variant}`)} />
        <div className="alert-body">
          <p className="alert-heading">
            {text}
            {reminder.kind === "meeting_cancelled" ? "" : place}
          </p>
          {reminder.kind === "meeting_cancelled" && reminder.reason ? (
            <p className="alert-text nx-pre-line">{t("reminders.reason", { reason: reminder.reason })}</p>
          ) : null}
          <p className="alert-text">
            <Link to={meetingPath(reminder)}>
              {t("reminders.toMeeting")}
              <span className="sr-only">{`: ${reminder.title}`}</span>
            </Link>
          </p>
          {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
          <p className="alert-text">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void dismiss()}
              disabled={busy}
            >
              {t("reminders.dismiss")}
              <span className="sr-only">{`: ${t("reminders.dismissFor", { title: reminder.title })}`}</span>
            </button>
          </p>
        </div>
      </div>
    </li>
  );
}
