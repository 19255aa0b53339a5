import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError } from "../../api/client";
import { matches, messageReports } from "../../api/endpoints";
import type { Message } from "../../api/types";
import { Alert } from "../Alert";
import { TextAreaField } from "../Field";
import { formatDateTime } from "../format";
import { LiveStatus } from "../LiveStatus";
import { Loading } from "../Loading";
import { problemFieldErrors, problemMessage } from "../problems";

export const MESSAGE_MAX = 4000;
const REPORT_MAX = 1000;
const PAGE_SIZE = 30;
/** New messages from the other side are fetched this often while the page is open. */
const POLL_MS = 20_000;
/** Below this many characters left, the counter is also announced (once typing pauses). */
const ANNOUNCE_BELOW = 200;

function byTime(a: Message, b: Message): number {
  return a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);
}

/** Adds fetched messages to the shown ones: newer versions (read marks) replace older ones. */
function merge(current: Message[], fetched: Message[]): Message[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of fetched) byId.set(message.id, message);
  return [...byId.values()].sort(byTime);
}

interface ConversationProps {
  matchId: string;
  /** False once the match has ended: the conversation stays readable. */
  canWrite: boolean;
  /** Called after messages were read or sent, so the page can refresh what depends on them. */
  onActivity?: () => void;
}

/**
 * The conversation of a match: messages oldest first with read marks, a send box with a character
 * counter, and a way to report a message to the municipality's staff. Text is always plain text.
 */
export function Conversation({ matchId, canWrite, onActivity }: ConversationProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [messages, setMessages] = useState<Message[]>([]);
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [draft, setDraft] = useState("");
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const [counterAnnouncement, setCounterAnnouncement] = useState("");
  const seen = useRef<Set<string>>(new Set());
  const activity = useRef(onActivity);
  activity.current = onActivity;

  const markRead = useCallback(() => {
    matches.markRead(matchId).then(
      () => activity.current?.(),
      () => {
        // Read marks are a courtesy: a failure here must not disturb reading.
      },
    );
  }, [matchId]);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(null);
    seen.current = new Set();
    matches.messages(matchId, { limit: PAGE_SIZE }).then(
      (page) => {
        if (cancelled) return;
        for (const message of page.items) seen.current.add(message.id);
        setMessages([...page.items].sort(byTime));
        setOlderCursor(page.nextCursor);
        setLoading(false);
        if (page.items.some((message) => !message.author.mine)) markRead();
      },
      (failure: unknown) => {
        if (cancelled) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [matchId, markRead]);

  // While the page is open, new messages arrive without a reload.
  useEffect(() => {
    if (loading || error) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== "visible") return;
      matches.messages(matchId, { limit: PAGE_SIZE }).then(
        (page) => {
          const fresh = page.items.filter((message) => !seen.current.has(message.id));
          for (const message of fresh) seen.current.add(message.id);
          setMessages((current) => merge(current, page.items));
          const fromOthers = fresh.filter((message) => !message.author.mine).length;
          if (fromOthers > 0) {
            setAnnouncement(t("conversation.newMessages", { count: fromOthers }));
            markRead();
          }
        },
        () => {
          // The next round tries again.
        },
      );
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [matchId, loading, error, markRead, t]);

  // The counter is announced only when few characters are left, and only once typing pauses.
  const remaining = MESSAGE_MAX - draft.length;
  useEffect(() => {
    if (remaining >= ANNOUNCE_BELOW) {
      setCounterAnnouncement("");
      return;
    }
    const timer = window.setTimeout(
      () => setCounterAnnouncement(t("conversation.charactersLeft", { count: remaining })),
      1000,
    );
    return () => window.clearTimeout(timer);
  }, [remaining, t]);

  function loadOlder(): void {
    if (!olderCursor) return;
    setLoadingOlder(true);
    matches.messages(matchId, { limit: PAGE_SIZE, cursor: olderCursor }).then(
      (page) => {
        for (const message of page.items) seen.current.add(message.id);
        setMessages((current) => merge(current, page.items));
        setOlderCursor(page.nextCursor);
        setLoadingOlder(false);
      },
      (failure: unknown) => {
        setError(failure);
        setLoadingOlder(false);
      },
    );
  }

  async function send(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const body = draft.trim();
    if (!body) {
      setSendError("empty");
      document.getElementById("message-body")?.focus();
      return;
    }
    setSending(true);
    setSendError(null);
    try {
      const sent = await matches.send(matchId, body);
      seen.current.add(sent.id);
      setMessages((current) => merge(current, [sent]));
      setDraft("");
      setAnnouncement(t("conversation.sent"));
      activity.current?.();
    } catch (failure) {
      setSendError(failure);
    } finally {
      setSending(false);
    }
  }

  const bodyError =
    sendError === "empty"
      ? t("conversation.emptyMessage")
      : problemFieldErrors(sendError, t, { body: "message-body" })["message-body"];

  return (
    <section className="nx-section nx-conversation" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("conversation.heading")}</h2>
      <LiveStatus text={announcement} />
      {loading ? <Loading text={t("conversation.loading")} /> : null}
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {olderCursor ? (
        <p>
          <button
            type="button"
            className="button button-tertiary"
            onClick={loadOlder}
            disabled={loadingOlder}
          >
            {loadingOlder ? t("common.loadingMore") : t("conversation.older")}
          </button>
        </p>
      ) : null}
      {!loading && !error && messages.length === 0 ? (
        <p className="nx-muted">{canWrite ? t("conversation.emptyCanWrite") : t("conversation.empty")}</p>
      ) : null}
      {messages.length > 0 ? (
        <ol className="nx-messages nobullet-list" aria-label={t("conversation.listLabel")}>
          {messages.map((message) => (
            <MessageItem key={message.id} message={message} locale={i18n.language} />
          ))}
        </ol>
      ) : null}
      {canWrite ? (
        <form className="nx-send-form" onSubmit={(event) => void send(event)} noValidate>
          {sendError && sendError !== "empty" && !bodyError ? (
            <Alert variant="error">
              {problemMessage(sendError, t, { conflict: t("conversation.cannotWrite") })}
            </Alert>
          ) : null}
          <TextAreaField
            id="message-body"
            label={t("conversation.writeLabel")}
            hint={t("conversation.charactersLeft", { count: remaining })}
            value={draft}
            onChange={(value) => {
              setDraft(value);
              if (sendError === "empty") setSendError(null);
            }}
            maxLength={MESSAGE_MAX}
            rows={4}
            error={bodyError}
          />
          <LiveStatus text={counterAnnouncement} />
          <button type="submit" className="button button-primary nx-big-button" disabled={sending}>
            {sending ? t("common.sending") : t("conversation.send")}
          </button>
        </form>
      ) : (
        <Alert variant="info">{t("conversation.readOnly")}</Alert>
      )}
    </section>
  );
}

function MessageItem({ message, locale }: { message: Message; locale: string }) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [reportError, setReportError] = useState<unknown>(null);
  const [reported, setReported] = useState(false);
  const reportButtonId = `report-${message.id}`;
  const reasonId = `report-reason-${message.id}`;
  const statusId = `report-status-${message.id}`;
  const mine = message.author.mine;

  async function report(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!reason.trim()) {
      setReportError("empty");
      document.getElementById(reasonId)?.focus();
      return;
    }
    setBusy(true);
    setReportError(null);
    try {
      await messageReports.report(message.id, reason.trim());
      setReported(true);
      setReporting(false);
      requestAnimationFrame(() => document.getElementById(statusId)?.focus());
    } catch (failure) {
      if (failure instanceof ProblemError && failure.status === 409) {
        setReported(true);
        setReporting(false);
      } else {
        setReportError(failure);
      }
    } finally {
      setBusy(false);
    }
  }

  const reasonError =
    reportError === "empty"
      ? t("conversation.reportReasonMissing")
      : problemFieldErrors(reportError, t, { reason: reasonId })[reasonId];

  return (
    <li className={mine ? "nx-message nx-message-mine" : "nx-message"}>
      <p className="nx-message-meta">
        <span className="nx-strong">{mine ? t("conversation.you") : message.author.displayName}</span>{" "}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
      </p>
      {/* Plain text only: React escapes it, and line breaks are kept by CSS. */}
      <p className="nx-message-body nx-pre-line">{message.body}</p>
      {mine ? (
        <p className="nx-message-read">
          {message.readByOtherSide ? t("conversation.read") : t("conversation.delivered")}
        </p>
      ) : null}
      {!mine ? (
        <div id={statusId} role="status" tabIndex={-1}>
          {reported ? <p className="nx-muted">{t("conversation.reported")}</p> : null}
        </div>
      ) : null}
      {!mine && !reported && !reporting ? (
        <button
          type="button"
          id={reportButtonId}
          className="function-link nx-report-link"
          onClick={() => {
            setReporting(true);
            requestAnimationFrame(() => document.getElementById(reasonId)?.focus());
          }}
        >
          {t("conversation.report")}
          <span className="sr-only">
            {" "}
            {t("conversation.reportFrom", { name: message.author.displayName })}
          </span>
        </button>
      ) : null}
      {reporting ? (
        <form
          className="nx-report-form"
          onSubmit={(event) => void report(event)}
          noValidate
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              setReporting(false);
              requestAnimationFrame(() => document.getElementById(reportButtonId)?.focus());
            }
          }}
        >
          {reportError && reportError !== "empty" && !reasonError ? (
            <Alert variant="error">{problemMessage(reportError, t)}</Alert>
          ) : null}
          <TextAreaField
            id={reasonId}
            label={t("conversation.reportReason")}
            hint={t("conversation.reportHint")}
            value={reason}
            onChange={setReason}
            maxLength={REPORT_MAX}
            rows={3}
            error={reasonError}
          />
          <div className="nx-button-row nx-stack-on-phone">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t("common.sending") : t("conversation.sendReport")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => {
                setReporting(false);
                setReportError(null);
                requestAnimationFrame(() => document.getElementById(reportButtonId)?.focus());
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
