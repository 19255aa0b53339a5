import { type FormEvent, useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { dismissals, interests, recommendations } from "../../api/endpoints";
import type { OpeningRecommendation, RecommendationPage } from "../../api/types";
import { Alert } from "../../components/Alert";
import { SelectField } from "../../components/Field";
import { LiveStatus } from "../../components/LiveStatus";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { FitExplanation } from "../../components/matching/FitExplanation";
import { IncomingInterestNotice } from "../../components/matching/IncomingInterestNotice";
import { InterestForm } from "../../components/matching/InterestForm";
import { useDismissals } from "../../components/matching/useDismissals";
import { WithdrawInterest } from "../../components/matching/WithdrawInterest";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { type ReferenceData, useReference, useTownNames } from "../../components/useReference";
import { useYouthRecord } from "../../components/youth/useYouthRecord";

const PAGE_SIZE = 10;
const DISTANCES = ["5", "10", "25", "50"] as const;

interface Filters {
  field: string;
  maxKm: string;
}

/**
 * /for-you ("Til dig"): the young person's own recommendations, best first, each with the reasons
 * it fits and what speaks against it; "Jeg er interesseret" and "Ikke for mig". ?hidden=true lists
 * the ones they hid, to show them again. Stacked cards and big buttons: one thumb on a 360 px phone.
 */
export function ForYouPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const [searchParams] = useSearchParams();
  const hiddenView = searchParams.get("hidden") === "true";
  const reference = useReference();
  const record = useYouthRecord();
  const [draft, setDraft] = useState<Filters>({ field: "", maxKm: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const [total, setTotal] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const hiding = useDismissals();
  const { reset } = hiding;

  const fetchPage = useCallback(
    async (cursor: string | null): Promise<RecommendationPage<OpeningRecommendation>> => {
      if (cursor === null) reset();
      const page = await recommendations.forMe({
        field: filters.field || null,
        maxDistanceKm: filters.maxKm ? Number(filters.maxKm) : null,
        hidden: hiddenView,
        limit: PAGE_SIZE,
        cursor,
      });
      setTotal(page.total);
      return page;
    },
    [filters, hiddenView, reset],
  );
  const list = useCursorList(fetchPage);
  const town = useTownNames(list.items.map((item) => item.opening.workplacePostalCode));
  const consented =
    record.youth?.consents.some(
      (consent) => consent.kind === "profile_visible_to_companies" && consent.granted,
    ) ?? true;

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFilters(draft);
  }

  async function toggleHidden(item: OpeningRecommendation): Promise<void> {
    const key = item.opening.id;
    const hideNow = hiddenView === hiding.isChanged(key);
    const done = await hiding.toggle(key, () =>
      hideNow ? dismissals.dismiss({ openingId: key }) : dismissals.undo({ openingId: key }),
    );
    if (!done) return;
    setAnnouncement(
      hideNow
        ? t("forYou.hiddenNotice", { title: item.opening.title })
        : t("forYou.shownNotice", { title: item.opening.title }),
    );
    requestAnimationFrame(() => document.getElementById(`hide-${key}`)?.focus());
  }

  const filtered = filters.field !== "" || filters.maxKm !== "";

  return (
    <>
      <PageHeading title={hiddenView ? t("forYou.hiddenTitle") : t("forYou.title")} />
      <LiveStatus text={announcement} />
      {hiddenView ? (
        <>
          <p>{t("forYou.hiddenIntro")}</p>
          <p>
            <Link to="/for-you">{t("forYou.backToSuggestions")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="font-lead">{t("forYou.intro")}</p>
          <IncomingInterestNotice offerSetting />
        </>
      )}
      {record.youth && !consented ? (
        <Alert variant="warning" heading={t("forYou.noConsentHeading")}>
          <p>{t("forYou.noConsentText")}</p>
          <p>
            <Link to="/profile?step=9">{t("forYou.giveConsent")}</Link>
          </p>
        </Alert>
      ) : null}

      <search aria-label={t("forYou.filterLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <SelectField
            id="for-you-field"
            label={t("forYou.field")}
            required={false}
            value={draft.field}
            onChange={(field) => setDraft((current) => ({ ...current, field }))}
            options={[{ value: "", label: t("forYou.allFields") }, ...reference.fieldOptions]}
          />
          <SelectField
            id="for-you-distance"
            label={t("forYou.distance")}
            required={false}
            value={draft.maxKm}
            onChange={(maxKm) => setDraft((current) => ({ ...current, maxKm }))}
            options={[
              { value: "", label: t("forYou.anyDistance") },
              ...DISTANCES.map((km) => ({ value: km, label: t("forYou.withinKm", { count: Number(km) }) })),
            ]}
          />
          <button type="submit" className="button button-secondary nx-big-button">
            {t("forYou.search")}
          </button>
        </form>
      </search>

      <h2 id={headingId}>{hiddenView ? t("forYou.hiddenHeading") : t("forYou.heading")}</h2>
      {list.loading ? <Loading text={t("forYou.loading")} /> : null}
      {!list.loading && !list.error && total !== null && list.items.length > 0 ? (
        <p>{t(hiddenView ? "forYou.hiddenTotal" : "forYou.total", { count: total })}</p>
      ) : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{hiddenView ? t("forYou.hiddenEmpty") : filtered ? t("forYou.noMatches") : t("forYou.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-rec-list nobullet-list" aria-labelledby={headingId}>
          {list.items.map((item) => {
            const key = item.opening.id;
            const collapsed = hiding.isChanged(key);
            return (
              <li key={key} className={collapsed ? "nx-rec-card nx-rec-collapsed" : "nx-rec-card"}>
                {collapsed ? (
                  <CollapsedCard
                    item={item}
                    hiddenView={hiddenView}
                    busy={hiding.busyKey === key}
                    onUndo={() => void toggleHidden(item)}
                  />
                ) : (
                  <RecommendationCard
                    item={item}
                    reference={reference}
                    town={town(item.opening.workplacePostalCode)}
                    consented={consented}
                    hiddenView={hiddenView}
                    busyHiding={hiding.busyKey === key}
                    onToggleHidden={() => void toggleHidden(item)}
                    onInterest={(interest) =>
                      list.replaceItem({ ...item, interest }, (candidate) => candidate.opening.id === key)
                    }
                  />
                )}
                {hiding.failure?.key === key ? (
                  <Alert variant="error">{problemMessage(hiding.failure.error, t)}</Alert>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("forYou.loadMore")} />
      ) : null}
      {hiddenView ? null : (
        <p className="nx-after-form">
          <Link to="/for-you?hidden=true">{t("forYou.seeHidden")}</Link>
        </p>
      )}
    </>
  );
}

interface RecommendationCardProps {
  item: OpeningRecommendation;
  reference: ReferenceData;
  town: string;
  consented: boolean;
  hiddenView: boolean;
  busyHiding: boolean;
  onToggleHidden: () => void;
  onInterest: (interest: OpeningRecommendation["interest"]) => void;
}

function RecommendationCard(props: RecommendationCardProps) {
  const { item, reference } = props;
  const { opening } = item;
  const { t } = useTranslation();
  const [sent, setSent] = useState<"interest" | "match" | "withdrawn" | null>(null);
  const statusId = `interest-status-${opening.id}`;

  return (
    <article aria-labelledby={`rec-title-${opening.id}`}>
      <h3 className="nx-rec-title" id={`rec-title-${opening.id}`}>
        <Link to={`/openings/${opening.id}`}>{opening.title}</Link>
      </h3>
      <p className="nx-card-sub">{opening.company.name}</p>
      <dl className="nx-card-facts">
        <dt>{t("openingDetails.field")}</dt>
        <dd>{reference.fieldName(opening.occupationField)}</dd>
        <dt>{t("openingDetails.place")}</dt>
        <dd>{props.town}</dd>
        <dt>{t("openingDetails.hours")}</dt>
        <dd>{t("openingDetails.hoursValue", { count: opening.hoursPerWeek })}</dd>
        {opening.durationWeeks !== null ? (
          <>
            <dt>{t("openingDetails.duration")}</dt>
            <dd>{t("openingDetails.weeks", { count: opening.durationWeeks })}</dd>
          </>
        ) : null}
      </dl>
      <FitExplanation reasons={item.reasons} concerns={item.concerns} reader="youth" vocabulary={reference} />
      <div className="nx-rec-actions">
        <div id={statusId} role="status" tabIndex={-1} className="nx-rec-status">
          {sent === "match" ? <p className="nx-strong">{t("forYou.matchNow")}</p> : null}
          {sent === "interest" ? <p className="nx-strong">{t("forYou.interestSent")}</p> : null}
          {sent === "withdrawn" ? <p className="nx-strong">{t("forYou.interestWithdrawn")}</p> : null}
        </div>
        {item.interest.matchId ? (
          <p>
            <Link className="button button-primary nx-big-button" to={`/matches/${item.interest.matchId}`}>
              {t("forYou.goToMatch")}
              <span className="sr-only">: {opening.title}</span>
            </Link>
          </p>
        ) : item.interest.mine ? (
          <>
            {sent ? null : <p className="nx-strong">{t("forYou.alreadyInterested")}</p>}
            <WithdrawInterest
              id={`interest-${opening.id}`}
              reader="youth"
              openingId={opening.id}
              about={opening.title}
              onWithdrawn={() => {
                setSent("withdrawn");
                props.onInterest({ mine: false, matchId: null });
                requestAnimationFrame(() => document.getElementById(statusId)?.focus());
              }}
            />
          </>
        ) : !props.consented ? (
          <p className="nx-muted">
            {t("forYou.consentNeeded")} <Link to="/profile?step=9">{t("forYou.giveConsent")}</Link>
          </p>
        ) : props.hiddenView ? null : (
          <InterestForm
            id={`interest-${opening.id}`}
            openLabel={t("forYou.interested")}
            about={opening.title}
            messageLabel={t("forYou.messageLabel")}
            messageHint={t("forYou.messageHint", { company: opening.company.name })}
            sendLabel={t("forYou.sendInterest")}
            problems={{ conflict: t("forYou.interestConflict") }}
            onSend={async (message) => {
              const result = await interests.create({
                openingId: opening.id,
                ...(message ? { message } : {}),
              });
              setSent(result.match ? "match" : "interest");
              props.onInterest({ mine: true, matchId: result.match?.id ?? null });
              requestAnimationFrame(() => document.getElementById(statusId)?.focus());
            }}
          />
        )}
        {item.interest.mine ? null : (
          <button
            type="button"
            id={`hide-${opening.id}`}
            className="button button-secondary nx-big-button"
            disabled={props.busyHiding}
            onClick={props.onToggleHidden}
          >
            {props.hiddenView ? t("forYou.showAgain") : t("forYou.notForMe")}
            <span className="sr-only">: {opening.title}</span>
          </button>
        )}
      </div>
    </article>
  );
}

function CollapsedCard(props: {
  item: OpeningRecommendation;
  hiddenView: boolean;
  busy: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation();
  const { opening } = props.item;
  return (
    <div className="nx-rec-collapsed-row">
      <p>
        {props.hiddenView
          ? t("forYou.shownRow", { title: opening.title })
          : t("forYou.hiddenRow", { title: opening.title })}
      </p>
      <button
        type="button"
        id={`hide-${opening.id}`}
        className="button button-secondary nx-big-button"
        disabled={props.busy}
        onClick={props.onUndo}
      >
        {t("forYou.undo")}
        <span className="sr-only">: {opening.title}</span>
      </button>
    </div>
  );
}
