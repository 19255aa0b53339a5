import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { auditEvents } from "../../api/endpoints";
import { isAuditAction } from "../../api/types";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { formatDateTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 10;

const AUDIT_SUBJECTS = [
  "user",
  "municipality",
  "youth",
  "opening",
  "wish",
  "company",
  "interest",
  "match",
  "message",
  "message_report",
  "meeting",
  "internship",
  "matchmaking_event",
  "network_group",
  "group_meeting",
  "network_meeting",
  "company_referral",
] as const;

function isAuditSubject(type: string | null): type is (typeof AUDIT_SUBJECTS)[number] {
  return AUDIT_SUBJECTS.some((known) => known === type);
}

/** The latest audit events; `version` reloads the list after the page itself changed something. */
export function AuditEventsSection({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  const fetchPage = useCallback(
    (cursor: string | null) => auditEvents.list({ limit: PAGE_SIZE, cursor }),
    [version],
  );
  const list = useCursorList(fetchPage);

  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("audit.heading")}</h2>
      <p>{t("audit.intro")}</p>
      {list.loading ? <Loading text={t("audit.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p>{t("audit.empty")}</p> : null}
      {list.items.length > 0 ? (
        <DataTable labelledBy={headingId}>
          <thead>
            <tr>
              <th scope="col">{t("audit.time")}</th>
              <th scope="col">{t("audit.action")}</th>
              <th scope="col">{t("audit.actor")}</th>
              <th scope="col">{t("audit.subject")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((event) => (
              <tr key={event.id}>
                <td data-title={t("audit.time")} className="nx-nowrap">
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
                </td>
                <td data-title={t("audit.action")}>
                  {isAuditAction(event.action) ? (
                    t(`audit.actions.${event.action}`)
                  ) : (
                    <code>{event.action}</code>
                  )}
                </td>
                <td data-title={t("audit.actor")}>{event.actor?.displayName ?? t("audit.system")}</td>
                <td data-title={t("audit.subject")}>
                  {isAuditSubject(event.subjectType) ? t(`audit.subjects.${event.subjectType}`) : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("audit.loadMore")} />
      ) : null}
    </section>
  );
}
