import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { notificationPreferences } from "../../api/endpoints";
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences } from "../../api/types";
import { Alert } from "../Alert";
import { LiveStatus } from "../LiveStatus";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import type { Reader } from "./fitText";

/**
 * The four kinds of matchmaking email as switches, each saved as soon as it is flipped, with a text
 * that says what it means for the reader (a young person or a company contact).
 */
export function NotificationSettings({ reader }: { reader: Reader }) {
  const { t } = useTranslation();
  const [preferences, setPreferences] = useState<NotificationPreferences | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [busy, setBusy] = useState<NotificationKind | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    let cancelled = false;
    notificationPreferences.get().then(
      (found) => {
        if (!cancelled) setPreferences(found);
      },
      (failure: unknown) => {
        if (!cancelled) setLoadError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function flip(kind: NotificationKind, on: boolean): Promise<void> {
    setBusy(kind);
    setSaveError(null);
    try {
      const saved = await notificationPreferences.save({ [kind]: on });
      setPreferences(saved);
      setAnnouncement(
        t(saved[kind] ? "notifications.savedOn" : "notifications.savedOff", {
          name: t(`notifications.${reader}.${kind}.label`),
        }),
      );
    } catch (failure) {
      setSaveError(failure);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="nx-section" aria-labelledby="notifications" id="notifications-section">
      <h2 id="notifications" tabIndex={-1} className="nx-focus-heading">
        {t("notifications.heading")}
      </h2>
      <p>{t(`notifications.${reader}.intro`)}</p>
      <LiveStatus text={announcement} />
      {loadError ? <Alert variant="error">{problemMessage(loadError, t)}</Alert> : null}
      {saveError ? <Alert variant="error">{problemMessage(saveError, t)}</Alert> : null}
      {!preferences && !loadError ? <Loading /> : null}
      {preferences ? (
        <ul className="nx-switches nobullet-list">
          {NOTIFICATION_KINDS.map((kind) => {
            const on = preferences[kind];
            return (
              <li key={kind} className="nx-switch">
                <button
                  type="button"
                  role="switch"
                  aria-checked={on}
                  aria-describedby={`notification-${kind}-text`}
                  className="toggle-switch nx-toggle"
                  disabled={busy !== null}
                  onClick={() => void flip(kind, !on)}
                >
                  <span>
                    {t(`notifications.${reader}.${kind}.label`)}
                    <span className="nx-switch-state" aria-hidden="true">
                      {on ? t("notifications.on") : t("notifications.off")}
                    </span>
                  </span>
                </button>
                <p id={`notification-${kind}-text`} className="nx-muted nx-switch-text">
                  {t(`notifications.${reader}.${kind}.text`)}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
