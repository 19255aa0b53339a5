import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { calendarFeed } from "../../api/calendarFeed";
import { Alert } from "../Alert";
import { ConfirmPanel } from "../ConfirmPanel";
import { LiveStatus } from "../LiveStatus";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";

type Confirming = "renew" | "off" | null;

/**
 * Account: "Kalender". The personal link a calendar app subscribes to, so meetings show up in the
 * reader's own calendar. Made on request; renewing or turning it off ends the old link at once,
 * so both are confirmed first.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const renewButton = useRef<HTMLButtonElement>(null);
  const offButton = useRef<HTMLButtonElement>(null);
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    let current = true;
    calendarFeed.get().then(
      (feed) => {
        if (current) setUrl(feed.url);
      },
      (problem: unknown) => {
        if (current) setLoadError(problem);
      },
    );
    return () => {
      current = false;
    };
  }, []);

  function focusLater(element: { current: HTMLElement | null }): void {
    window.setTimeout(() => element.current?.focus(), 0);
  }

  async function make(kind: "create" | "renew"): Promise<void> {
    setBusy(true);
    setFailure(null);
    setStatus("");
    try {
      const feed = await calendarFeed.renew();
      setUrl(feed.url);
      setConfirming(null);
      setStatus(t(kind === "create" ? "calendarFeed.created" : "calendarFeed.renewed"));
      focusLater(input);
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  async function turnOff(): Promise<void> {
    setBusy(true);
    setFailure(null);
    setStatus("");
    try {
      await calendarFeed.turnOff();
      setUrl(null);
      setConfirming(null);
      setStatus(t("calendarFeed.turnedOff"));
      focusLater(createButton);
    } catch (problem) {
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  async function copy(): Promise<void> {
    if (!url) return;
    setStatus("");
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setStatus(t("calendarFeed.copied"));
    } catch {
      // Without clipboard access (an insecure origin, a refusing browser) the user copies by hand.
      input.current?.focus();
      input.current?.select();
      setStatus(t("calendarFeed.selected"));
    }
  }

  function cancel(): void {
    const opener = confirming === "renew" ? renewButton : offButton;
    setConfirming(null);
    setFailure(null);
    focusLater(opener);
  }

  return (
    <section className="nx-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("calendarFeed.heading")}</h2>
      <p>{t("calendarFeed.intro")}</p>
      <LiveStatus text={status} />
      {url === undefined && !loadError ? <Loading /> : null}
      {loadError ? <Alert variant="error">{problemMessage(loadError, t)}</Alert> : null}
      {failure && !confirming ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
      {url === null ? (
        <>
          <p>{t("calendarFeed.none")}</p>
          <p>
            <button
              ref={createButton}
              type="button"
              className="button button-primary"
              onClick={() => void make("create")}
              disabled={busy}
            >
              {t("calendarFeed.create")}
            </button>
          </p>
        </>
      ) : null}
      {url ? (
        <>
          <p>{t("calendarFeed.private")}</p>
          <div className="form-group">
            <label className="form-label" htmlFor={inputId}>
              {t("calendarFeed.label")}
            </label>
            <input
              ref={input}
              id={inputId}
              className="form-input"
              type="text"
              readOnly
              value={url}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <p>
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              {t("calendarFeed.copy")}
            </button>
          </p>
          <h3>{t("calendarFeed.howHeading")}</h3>
          <p>{t("calendarFeed.howIntro")}</p>
          <ul>
            <li>{t("calendarFeed.howGoogle")}</li>
            <li>{t("calendarFeed.howOutlook")}</li>
            <li>{t("calendarFeed.howIphone")}</li>
          </ul>
          {confirming === "renew" ? (
            <ConfirmPanel
              heading={t("calendarFeed.renewHeading")}
              confirmLabel={t("calendarFeed.renewConfirm")}
              cancelLabel={t("common.cancel")}
              onConfirm={() => void make("renew")}
              onCancel={cancel}
              busy={busy}
            >
              <p>{t("calendarFeed.renewText")}</p>
              {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
            </ConfirmPanel>
          ) : null}
          {confirming === "off" ? (
            <ConfirmPanel
              heading={t("calendarFeed.offHeading")}
              confirmLabel={t("calendarFeed.offConfirm")}
              cancelLabel={t("common.cancel")}
              onConfirm={() => void turnOff()}
              onCancel={cancel}
              busy={busy}
            >
              <p>{t("calendarFeed.offText")}</p>
              {failure ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
            </ConfirmPanel>
          ) : null}
          {confirming ? null : (
            <div className="nx-button-row">
              <button
                ref={renewButton}
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setStatus("");
                  setConfirming("renew");
                }}
              >
                {t("calendarFeed.renew")}
              </button>
              <button
                ref={offButton}
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setStatus("");
                  setConfirming("off");
                }}
              >
                {t("calendarFeed.off")}
              </button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
