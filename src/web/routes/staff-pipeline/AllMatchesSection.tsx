import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { matches } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { DataTable } from "../../components/DataTable";
import { SelectField } from "../../components/Field";
import { formatDateTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 25;

/**
 * Every match of the municipality with its last activity: staff see that a conversation exists and
 * when it last moved, never its text (decision 0008).
 */
export function AllMatchesSection() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<"active" | "ended">("active");
  const fetchPage = useCallback(
    (cursor: string | null) => matches.list({ status, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    [status],
  );
  const list = useCursorList(fetchPage);
  return (
    <section className="nx-section" aria-labelledby="all-matches-heading">
      <h2 id="all-matches-heading">{t("pipeline.allMatches.heading")}</h2>
      <p>{t("pipeline.allMatches.intro")}</p>
      <SelectField
        id="all-matches-status"
        label={t("pipeline.allMatches.statusLabel")}
        value={status}
        onChange={(value) => setStatus(value === "ended" ? "ended" : "active")}
        options={[
          { value: "active", label: t("matchStatus.active") },
          { value: "ended", label: t("matchStatus.ended") },
        ]}
      />
      {list.error ? (
        <Alert variant="error">{problemMessage(list.error, t)}</Alert>
      ) : list.loading ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p>{t("pipeline.allMatches.empty")}</p>
      ) : (
        <>
          <DataTable labelledBy="all-matches-heading">
            <thead>
              <tr>
                <th scope="col">{t("pipeline.columns.youth")}</th>
                <th scope="col">{t("pipeline.columns.opening")}</th>
                <th scope="col">{t("pipeline.columns.company")}</th>
                <th scope="col">{t("matchList.meeting")}</th>
                <th scope="col">{t("matchList.lastActivity")}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((match) => (
                <tr key={match.id}>
                  <td data-title={t("pipeline.columns.youth")}>
                    <Link to={`/youth/${match.youth.id}`}>
                      {match.youth.displayName ?? match.youth.firstName}
                    </Link>
                  </td>
                  <td data-title={t("pipeline.columns.opening")}>{match.opening.title}</td>
                  <td data-title={t("pipeline.columns.company")}>
                    <Link to={`/companies/${match.company.id}`}>{match.company.name}</Link>
                  </td>
                  <td data-title={t("matchList.meeting")}>
                    {match.meeting
                      ? match.meeting.status === "accepted" && match.meeting.time
                        ? t("matchList.meetingAt", {
                            time: formatDateTime(match.meeting.time, i18n.language),
                          })
                        : t(`matchList.meetingStatus.${match.meeting.status}`)
                      : t("matchList.noMeeting")}
                  </td>
                  <td data-title={t("matchList.lastActivity")}>
                    {formatDateTime(match.lastActivityAt, i18n.language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {list.hasMore ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={list.loadMore}
              disabled={list.loadingMore}
            >
              {list.loadingMore ? t("common.loadingMore") : t("pipeline.allMatches.loadMore")}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
