import { type FormEvent, useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { messageReports } from "../../api/endpoints";
import type { MessageReport } from "../../api/types";
import { Alert } from "../../components/Alert";
import { TextAreaField } from "../../components/Field";
import { formatDateTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemFieldErrors, problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 20;
const NOTE_MAX = 1000;

/**
 * /message-reports: messages that a young person or a company contact reported, with the message
 * itself (reading them is audited), to resolve with a note. ?status=resolved for the dealt-with ones.
 */
export function MessageReportsPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const [searchParams] = useSearchParams();
  const resolved = searchParams.get("status") === "resolved";
  const fetchPage = useCallback(
    (cursor: string | null) =>
      messageReports.list({ status: resolved ? "resolved" : "open", limit: PAGE_SIZE, cursor }),
    [resolved],
  );
  const list = useCursorList(fetchPage);

  return (
    <>
      <p>
        <Link to="/pipeline">{t("reports.back")}</Link>
      </p>
      <PageHeading title={t("reports.title")} />
      <p className="font-lead">{t("reports.intro")}</p>
      <nav aria-label={t("reports.statusNav")}>
        <ul className="nx-tabs nobullet-list">
          <li>
            <Link to="/message-reports" aria-current={resolved ? undefined : "page"} className="nx-tab">
              {t("reports.open")}
            </Link>
          </li>
          <li>
            <Link
              to="/message-reports?status=resolved"
              aria-current={resolved ? "page" : undefined}
              className="nx-tab"
            >
              {t("reports.resolved")}
            </Link>
          </li>
        </ul>
      </nav>
      <h2 id={headingId}>{resolved ? t("reports.resolvedHeading") : t("reports.openHeading")}</h2>
      {list.loading ? <Loading /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{resolved ? t("reports.noneResolved") : t("reports.noneOpen")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((report) => (
            <ReportItem
              key={report.id}
              report={report}
              onResolved={(changed) => list.replaceItem(changed, (candidate) => candidate.id === changed.id)}
            />
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("reports.loadMore")} />
      ) : null}
    </>
  );
}

function ReportItem({
  report,
  onResolved,
}: {
  report: MessageReport;
  onResolved: (report: MessageReport) => void;
}) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const noteId = `note-${report.id}`;
  const locale = i18n.language;

  async function resolve(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t("reports.noteMissing"));
      document.getElementById(noteId)?.focus();
      return;
    }
    setNoteError(undefined);
    setBusy(true);
    setFailure(null);
    try {
      onResolved(await messageReports.resolve(report.id, note.trim()));
      setDone(true);
    } catch (problem) {
      setNoteError(problemFieldErrors(problem, t, { note: noteId })[noteId]);
      setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="nx-item">
      <h3>
        {t("reports.itemHeading", {
          opening: report.match.opening.title,
          company: report.match.company.name,
          youth: report.match.youth.displayName,
        })}
      </h3>
      <dl className="nx-card-facts">
        <dt>{t("reports.reportedBy")}</dt>
        <dd>
          {report.reportedBy.displayName}, {formatDateTime(report.createdAt, locale)}
        </dd>
        <dt>{t("reports.reason")}</dt>
        <dd className="nx-pre-line">{report.reason}</dd>
        <dt>{t("reports.author")}</dt>
        <dd>
          {report.message.author.displayName}, {formatDateTime(report.message.createdAt, locale)}
        </dd>
      </dl>
      <h4 className="h5">{t("reports.message")}</h4>
      <blockquote className="nx-quote nx-pre-line">{report.message.body}</blockquote>
      {done ? (
        <Alert variant="success" focus>
          {t("reports.done")}
        </Alert>
      ) : null}
      {report.resolvedAt ? (
        <p>
          <strong>{t("reports.resolvedAt", { time: formatDateTime(report.resolvedAt, locale) })}</strong>{" "}
          <span className="nx-pre-line">{report.resolutionNote}</span>
        </p>
      ) : (
        <form className="nx-form" onSubmit={(event) => void resolve(event)} noValidate>
          {failure && !noteError ? <Alert variant="error">{problemMessage(failure, t)}</Alert> : null}
          <TextAreaField
            id={noteId}
            label={t("reports.note")}
            hint={t("reports.noteHint")}
            value={note}
            onChange={setNote}
            maxLength={NOTE_MAX}
            rows={3}
            error={noteError}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("reports.resolve")}
          </button>
        </form>
      )}
    </li>
  );
}
