import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { wishes } from "../../api/endpoints";
import type { Wish } from "../../api/types";
import { Alert } from "../../components/Alert";
import { ConfirmPanel } from "../../components/ConfirmPanel";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { useReference, useTownNames } from "../../components/useReference";
import { formatDate } from "../../components/youth/format";
import { WishForm } from "./WishForm";

const PAGE_SIZE = 20;

type Mode =
  | { kind: "list" }
  | { kind: "create" }
  | { kind: "edit"; id: string }
  | { kind: "withdraw"; id: string };

/** /wishes: the young person's own wishes, to post, change and withdraw. */
export function WishesPage() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const reference = useReference();
  const [version, setVersion] = useState(0);
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` reloads the list after a change.
  const fetchPage = useCallback(
    (cursor: string | null) => wishes.list({ limit: PAGE_SIZE, cursor }),
    [version],
  );
  const list = useCursorList(fetchPage);
  const town = useTownNames(list.items.map((wish) => wish.areaPostalCode));

  function done(text: string): void {
    setMode({ kind: "list" });
    setNotice(text);
    setVersion((current) => current + 1);
  }

  async function withdraw(wish: Wish): Promise<void> {
    setBusy(true);
    setActionError(null);
    try {
      await wishes.withdraw(wish.id);
      done(t("wishesPage.withdrawn"));
    } catch (failure) {
      setActionError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t("wishesPage.title")} />
      <p>{t("wishesPage.intro")}</p>
      {notice ? (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      ) : null}
      {mode.kind === "create" ? (
        <section className="nx-section" aria-labelledby={`${headingId}-new`}>
          <h2 id={`${headingId}-new`}>{t("wishesPage.newHeading")}</h2>
          <WishForm
            reference={reference}
            submitLabel={t("wishesPage.create")}
            onSubmit={async (content) => {
              await wishes.create(content);
              done(t("wishesPage.created"));
            }}
            onCancel={() => {
              setMode({ kind: "list" });
              newButton.current?.focus();
            }}
          />
        </section>
      ) : (
        <p>
          <button
            ref={newButton}
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(null);
              setMode({ kind: "create" });
            }}
          >
            {t("wishesPage.new")}
          </button>
        </p>
      )}

      <h2 id={headingId}>{t("wishesPage.heading")}</h2>
      {list.loading ? <Loading text={t("wishesPage.loading")} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? <p>{t("wishesPage.empty")}</p> : null}
      {list.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((wish) => (
            <li key={wish.id} className="nx-item">
              {mode.kind === "edit" && mode.id === wish.id ? (
                <section aria-labelledby={`${wish.id}-edit`}>
                  <h3 id={`${wish.id}-edit`}>{t("wishesPage.editHeading")}</h3>
                  <WishForm
                    initial={wish}
                    reference={reference}
                    submitLabel={t("wishesPage.save")}
                    onSubmit={async (content) => {
                      await wishes.update(wish.id, content);
                      done(t("wishesPage.saved"));
                    }}
                    onCancel={() => setMode({ kind: "list" })}
                  />
                </section>
              ) : (
                <>
                  <h3>{reference.fieldName(wish.occupationField)}</h3>
                  <p className="nx-pre-line">{wish.description}</p>
                  <dl className="nx-card-facts">
                    <dt>{t("wishesPage.status")}</dt>
                    <dd>
                      <span className={`nx-status nx-status-${wish.status}`}>
                        {t(`wishStatus.${wish.status}`)}
                      </span>
                    </dd>
                    {wish.hoursPerWeek !== null ? (
                      <>
                        <dt>{t("openingDetails.hours")}</dt>
                        <dd>{t("openingDetails.hoursValue", { count: wish.hoursPerWeek })}</dd>
                      </>
                    ) : null}
                    {wish.areaPostalCode ? (
                      <>
                        <dt>{t("wishesPage.area")}</dt>
                        <dd>{town(wish.areaPostalCode)}</dd>
                      </>
                    ) : null}
                    <dt>{t("wishesPage.posted")}</dt>
                    <dd>{formatDate(wish.createdAt, i18n.language)}</dd>
                  </dl>
                  {wish.status === "answered" ? <p>{t("wishesPage.answeredNote")}</p> : null}
                  {wish.status === "open" && mode.kind === "withdraw" && mode.id === wish.id ? (
                    <ConfirmPanel
                      heading={t("wishesPage.withdrawHeading")}
                      confirmLabel={t("wishesPage.withdrawConfirm")}
                      cancelLabel={t("common.cancel")}
                      busy={busy}
                      onConfirm={() => void withdraw(wish)}
                      onCancel={() => setMode({ kind: "list" })}
                    >
                      <p>{t("wishesPage.withdrawText")}</p>
                      {actionError ? <Alert variant="error">{problemMessage(actionError, t)}</Alert> : null}
                    </ConfirmPanel>
                  ) : null}
                  {wish.status === "open" && mode.kind === "list" ? (
                    <div className="nx-button-row">
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          setNotice(null);
                          setMode({ kind: "edit", id: wish.id });
                        }}
                      >
                        {t("wishesPage.edit")}
                        <span className="sr-only">{`: ${reference.fieldName(wish.occupationField)}`}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() => {
                          setNotice(null);
                          setActionError(null);
                          setMode({ kind: "withdraw", id: wish.id });
                        }}
                      >
                        {t("wishesPage.withdraw")}
                        <span className="sr-only">{`: ${reference.fieldName(wish.occupationField)}`}</span>
                      </button>
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("wishesPage.loadMore")} />
      ) : null}
    </>
  );
}
