import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { outbox } from "../../api/endpoints";
import { Alert } from "../../components/Alert";
import { formatDateTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";

const PAGE_SIZE = 20;

/** Mails stored instead of sent when no SMTP server is configured; developers follow links from here. */
export function OutboxSection({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is a reload signal.
  const fetchPage = useCallback(
    (cursor: string | null) => outbox.list({ limit: PAGE_SIZE, cursor }),
    [version],
  );
  const list = useCursorList(fetchPage);

  return (
    <section className="nx-section">
      <h2 id={headingId}>{t("outbox.heading")}</h2>
      <p>{t("outbox.intro")}</p>
      {list.loading ? <Loading text={t("outbox.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p>{t("outbox.empty")}</p> : null}
      {list.items.length > 0 ? (
        <ul className="nx-outbox nobullet-list" data-testid="outbox">
          {list.items.map((mail) => (
            <li key={mail.id} className="nx-outbox-mail">
              <h3 className="h5">{mail.subject}</h3>
              <dl className="nx-facts">
                <dt>{t("outbox.to")}</dt>
                <dd className="nx-break">{mail.to}</dd>
                <dt>{t("outbox.created")}</dt>
                <dd>
                  <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, i18n.language)}</time>
                </dd>
              </dl>
              {mail.links.length > 0 ? (
                <ul className="nx-outbox-links">
                  {mail.links.map((link) => (
                    <li key={link}>
                      <a className="nx-break" href={link}>
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              <details className="nx-outbox-text">
                <summary>{t("outbox.showText")}</summary>
                <pre>{mail.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("outbox.loadMore")} />
      ) : null}
    </section>
  );
}
