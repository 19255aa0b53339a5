import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { reflections } from "../../api/groups";
import { Alert } from "../../components/Alert";
import "../../components/groups/groups.css";
import { formatMeetingStart } from "../../components/copenhagenTime";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

/** /reflections: the young person's own reflections on group meetings, newest first. */
export function ReflectionsPage() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const fetchPage = useCallback((cursor: string | null) => reflections.mine(cursor, 20), []);
  const list = useCursorList(fetchPage);
  return (
    <div className="nx-groups">
      <PageHeading title={t("groups.reflection.listTitle")} />
      <p>{t("groups.reflection.listIntro")}</p>
      <h2 id={headingId}>{t("groups.reflection.listHeading")}</h2>
      {list.loading ? <Loading /> : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {!list.loading && !list.error && list.items.length === 0 ? <p>{t("groups.reflection.empty")}</p> : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((item) => (
            <li key={item.id} className="nx-item">
              <h3>
                <Link to={`/group-meetings/${item.meeting.id}`}>
                  {item.meeting.groupName}: {formatMeetingStart(item.meeting.startsAt, i18n.language)}
                </Link>
              </h3>
              {item.meeting.theme ? (
                <p>{t("groups.reflection.theme", { theme: item.meeting.theme })}</p>
              ) : null}
              <p className="nx-board-text">{item.text}</p>
              <p className="nx-board-meta">
                {item.sharedWithCounsellor
                  ? t("groups.reflection.isShared")
                  : t("groups.reflection.isPrivate")}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("groups.reflection.more")} />
      ) : null}
    </div>
  );
}
