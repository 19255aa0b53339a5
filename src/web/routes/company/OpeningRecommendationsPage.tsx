import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ProblemError } from "../../api/client";
import { dismissals, interests, matches, openings, recommendations } from "../../api/endpoints";
import type {
  InterestListItem,
  MatchListItem,
  Opening,
  RecommendationPage,
  YouthRecommendation,
} from "../../api/types";
import { Alert } from "../../components/Alert";
import { SelectField } from "../../components/Field";
import { formatDateTime } from "../../components/format";
import { LiveStatus } from "../../components/LiveStatus";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { FitExplanation } from "../../components/matching/FitExplanation";
import { InterestForm } from "../../components/matching/InterestForm";
import { MatchList } from "../../components/matching/MatchList";
import { useDismissals } from "../../components/matching/useDismissals";
import { WithdrawInterest } from "../../components/matching/WithdrawInterest";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useCursorList } from "../../components/useCursorList";
import { type ReferenceData, useReference } from "../../components/useReference";

const PAGE_SIZE = 10;
const DISTANCES = ["5", "10", "25", "50"] as const;
/** An opening has few matches (one per young person, a seat or two each); one page holds them. */
const MATCHES_LIMIT = 200;

/**
 * /company/openings/:id/recommendations ("Anbefalede unge"): for one of the company's openings, the
 * young people who showed interest, the matches, and young people recommended by fit with reasons;
 * "Vi er interesserede" and "Ikke for os". ?hidden=true lists the ones the contact hid.
 */
export function OpeningRecommendationsPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [opening, setOpening] = useState<Opening | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [openingMatches, setOpeningMatches] = useState<MatchListItem[] | null>(null);
  const [matchesVersion, setMatchesVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setOpening(null);
    setError(null);
    openings.get(id).then(
      (found) => {
        if (!cancelled) setOpening(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `matchesVersion` is a reload signal.
  useEffect(() => {
    let cancelled = false;
    matches.list({ status: "active", openingId: id, limit: MATCHES_LIMIT }).then(
      (page) => {
        if (!cancelled) setOpeningMatches(page.items);
      },
      () => {
        if (!cancelled) setOpeningMatches([]);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, matchesVersion]);

  const reloadMatches = useCallback(() => setMatchesVersion((current) => current + 1), []);
  const matchFor = (youthId: string) =>
    openingMatches?.find((match) => match.youth.id === youthId)?.id ?? null;

  const back = (
    <p>
      <Link to="/company/openings">{t("openingRecs.back")}</Link>
    </p>
  );
  if (error) {
    return (
      <>
        <PageHeading title={t("openingRecs.notFoundTitle")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("openingRecs.notFound")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        {back}
      </>
    );
  }
  if (!opening) return <Loading />;

  return (
    <>
      {back}
      <PageHeading title={t("openingRecs.title", { title: opening.title })} />
      <p className="font-lead">{t("openingRecs.intro")}</p>
      {opening.status !== "open" ? (
        <Alert variant="info">
          {t("openingRecs.notOpen", { status: t(`openingStatus.${opening.status}`) })}
        </Alert>
      ) : null}
      <nav aria-label={t("openingRecs.sectionsLabel")}>
        <ul className="nx-inline-links nobullet-list">
          <li>
            <a href="#incoming">{t("openingRecs.incomingHeading")}</a>
          </li>
          <li>
            <a href="#matches">{t("openingRecs.matchesHeading")}</a>
          </li>
          <li>
            <a href="#recommended">{t("openingRecs.recommendedHeading")}</a>
          </li>
        </ul>
      </nav>
      <IncomingInterests openingId={opening.id} matchFor={matchFor} onMatch={reloadMatches} />
      <section className="nx-section" aria-labelledby="matches">
        <h2 id="matches" tabIndex={-1} className="nx-focus-heading">
          {t("openingRecs.matchesHeading")}
        </h2>
        {openingMatches === null ? <Loading /> : null}
        {openingMatches?.length === 0 ? <p>{t("openingRecs.noMatches")}</p> : null}
        {openingMatches && openingMatches.length > 0 ? (
          <MatchList items={openingMatches} reader="company" labelledBy="matches" />
        ) : null}
        <p>
          <Link to="/matches">{t("openingRecs.allMatches")}</Link>
        </p>
      </section>
      <RecommendedYouth openingId={opening.id} onMatch={reloadMatches} />
    </>
  );
}

interface IncomingInterestsProps {
  openingId: string;
  matchFor: (youthId: string) => string | null;
  onMatch: () => void;
}

/** Young people who marked interest in the opening: the company answers with its own interest. */
function IncomingInterests({ openingId, matchFor, onMatch }: IncomingInterestsProps) {
  const { t, i18n } = useTranslation();
  const fetchPage = useCallback(
    (cursor: string | null) => interests.list({ openingId, side: "youth", limit: PAGE_SIZE, cursor }),
    [openingId],
  );
  const list = useCursorList(fetchPage);
  const [matched, setMatched] = useState<Record<string, string>>({});
  const live = list.items.filter((interest) => interest.withdrawnAt === null);

  return (
    <section className="nx-section" aria-labelledby="incoming">
      <h2 id="incoming" tabIndex={-1} className="nx-focus-heading">
        {t("openingRecs.incomingHeading")}
      </h2>
      {list.loading ? <Loading /> : null}
      {!list.loading && live.length === 0 && !list.error ? <p>{t("openingRecs.noIncoming")}</p> : null}
      {live.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby="incoming">
          {live.map((interest) => (
            <IncomingInterestItem
              key={interest.id}
              interest={interest}
              matchId={matched[interest.youthId] ?? matchFor(interest.youthId)}
              locale={i18n.language}
              onMatch={(matchId) => {
                setMatched((current) => ({ ...current, [interest.youthId]: matchId }));
                onMatch();
              }}
            />
          ))}
        </ul>
      ) : null}
      {list.error ? <Alert variant="error">{problemMessage(list.error, t)}</Alert> : null}
      {list.hasMore ? (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("openingRecs.moreIncoming")} />
      ) : null}
    </section>
  );
}

function IncomingInterestItem(props: {
  interest: InterestListItem;
  matchId: string | null;
  locale: string;
  onMatch: (matchId: string) => void;
}) {
  const { interest, matchId } = props;
  const { t } = useTranslation();
  const name = interest.youth?.firstName ?? t("matchList.unnamedYouth");
  const statusId = `incoming-status-${interest.id}`;
  const [answered, setAnswered] = useState(false);
  return (
    <li className="nx-item">
      <h3>
        {interest.youth?.firstName ? (
          <Link to={`/network/youth/${interest.youthId}`}>
            {t("networkYouth.nameAge", { name, age: interest.youth.age })}
          </Link>
        ) : (
          name
        )}
      </h3>
      <p className="nx-muted">
        {t("openingRecs.interestedSince", { time: formatDateTime(interest.createdAt, props.locale) })}
      </p>
      {interest.message ? (
        <blockquote className="nx-quote nx-pre-line">
          <span className="sr-only">{t("openingRecs.theirMessage", { name })} </span>
          {interest.message}
        </blockquote>
      ) : null}
      <div id={statusId} role="status" tabIndex={-1}>
        {answered && matchId ? <p className="nx-strong">{t("openingRecs.matchNow", { name })}</p> : null}
      </div>
      {matchId ? (
        <p>
          <Link className="button button-primary nx-big-button" to={`/matches/${matchId}`}>
            {t("openingRecs.goToMatch", { name })}
          </Link>
        </p>
      ) : (
        <InterestForm
          id={`incoming-${interest.id}`}
          openLabel={t("openingRecs.interestedBack")}
          about={name}
          messageLabel={t("openingRecs.messageLabel")}
          messageHint={t("openingRecs.messageHint", { name })}
          sendLabel={t("openingRecs.sendInterest")}
          problems={{
            "not-found": t("openingRecs.cannotContact", { name }),
            conflict: t("openingRecs.interestConflict"),
          }}
          onSend={async (message) => {
            const result = await interests.create({
              openingId: interest.openingId,
              youthId: interest.youthId,
              ...(message ? { message } : {}),
            });
            if (result.match) {
              setAnswered(true);
              props.onMatch(result.match.id);
              requestAnimationFrame(() => document.getElementById(statusId)?.focus());
            }
          }}
        />
      )}
    </li>
  );
}

interface RecommendedYouthProps {
  openingId: string;
  onMatch: () => void;
}

/** Young people ranked by fit for the opening, with reasons worded for the company. */
function RecommendedYouth({ openingId, onMatch }: RecommendedYouthProps) {
  const { t } = useTranslation();
  const reference = useReference();
  const [searchParams] = useSearchParams();
  const hiddenView = searchParams.get("hidden") === "true";
  const [draftKm, setDraftKm] = useState("");
  const [maxKm, setMaxKm] = useState("");
  const [total, setTotal] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const hiding = useDismissals();
  const { reset } = hiding;

  const fetchPage = useCallback(
    async (cursor: string | null): Promise<RecommendationPage<YouthRecommendation>> => {
      if (cursor === null) reset();
      const page = await recommendations.forOpening(openingId, {
        maxDistanceKm: maxKm ? Number(maxKm) : null,
        hidden: hiddenView,
        limit: PAGE_SIZE,
        cursor,
      });
      setTotal(page.total);
      return page;
    },
    [openingId, maxKm, hiddenView, reset],
  );
  const list = useCursorList(fetchPage);

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setMaxKm(draftKm);
  }

  async function toggleHidden(item: YouthRecommendation): Promise<void> {
    const key = item.youth.id;
    const hideNow = hiddenView === hiding.isChanged(key);
    const input = { openingId, youthId: key };
    const done = await hiding.toggle(key, () =>
      hideNow ? dismissals.dismiss(input) : dismissals.undo(input),
    );
    if (!done) return;
    setAnnouncement(
      hideNow
        ? t("openingRecs.hiddenNotice", { name: item.youth.firstName })
        : t("openingRecs.shownNotice", { name: item.youth.firstName }),
    );
    requestAnimationFrame(() => document.getElementById(`hide-${key}`)?.focus());
  }

  const base = `/company/openings/${openingId}/recommendations`;
  return (
    <section className="nx-section" aria-labelledby="recommended">
      <h2 id="recommended" tabIndex={-1} className="nx-focus-heading">
        {hiddenView ? t("openingRecs.hiddenHeading") : t("openingRecs.recommendedHeading")}
      </h2>
      <LiveStatus text={announcement} />
      <p>{hiddenView ? t("openingRecs.hiddenIntro") : t("openingRecs.recommendedIntro")}</p>
      <p>
        {hiddenView ? (
          <Link to={base}>{t("openingRecs.backToRecommended")}</Link>
        ) : (
          <Link to={`${base}?hidden=true`}>{t("openingRecs.seeHidden")}</Link>
        )}
      </p>
      <search aria-label={t("openingRecs.filterLabel")}>
        <form className="nx-form nx-filter" onSubmit={search}>
          <SelectField
            id="recs-distance"
            label={t("openingRecs.distance")}
            required={false}
            value={draftKm}
            onChange={setDraftKm}
            options={[
              { value: "", label: t("forYou.anyDistance") },
              ...DISTANCES.map((km) => ({ value: km, label: t("forYou.withinKm", { count: Number(km) }) })),
            ]}
          />
          <button type="submit" className="button button-secondary nx-big-button">
            {t("openingRecs.search")}
          </button>
        </form>
      </search>
      {list.loading ? <Loading text={t("openingRecs.loading")} /> : null}
      {!list.loading && !list.error && total !== null && list.items.length > 0 ? (
        <p>{t("openingRecs.total", { count: total })}</p>
      ) : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <p>{hiddenView ? t("openingRecs.hiddenEmpty") : t("openingRecs.empty")}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="nx-rec-list nobullet-list" aria-labelledby="recommended">
          {list.items.map((item) => {
            const key = item.youth.id;
            const collapsed = hiding.isChanged(key);
            return (
              <li key={key} className={collapsed ? "nx-rec-card nx-rec-collapsed" : "nx-rec-card"}>
                {collapsed ? (
                  <div className="nx-rec-collapsed-row">
                    <p>
                      {hiddenView
                        ? t("openingRecs.shownRow", { name: item.youth.firstName })
                        : t("openingRecs.hiddenRow", { name: item.youth.firstName })}
                    </p>
                    <button
                      type="button"
                      id={`hide-${key}`}
                      className="button button-secondary nx-big-button"
                      disabled={hiding.busyKey === key}
                      onClick={() => void toggleHidden(item)}
                    >
                      {t("forYou.undo")}
                      <span className="sr-only">: {item.youth.firstName}</span>
                    </button>
                  </div>
                ) : (
                  <YouthCard
                    item={item}
                    openingId={openingId}
                    reference={reference}
                    hiddenView={hiddenView}
                    busyHiding={hiding.busyKey === key}
                    onToggleHidden={() => void toggleHidden(item)}
                    onInterest={(interest) => {
                      list.replaceItem({ ...item, interest }, (candidate) => candidate.youth.id === key);
                      if (interest.matchId) onMatch();
                    }}
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
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} label={t("openingRecs.loadMore")} />
      ) : null}
    </section>
  );
}

interface YouthCardProps {
  item: YouthRecommendation;
  openingId: string;
  reference: ReferenceData;
  hiddenView: boolean;
  busyHiding: boolean;
  onToggleHidden: () => void;
  onInterest: (interest: YouthRecommendation["interest"]) => void;
}

function YouthCard(props: YouthCardProps) {
  const { item, reference } = props;
  const { youth, interest } = item;
  const { t } = useTranslation();
  const [sent, setSent] = useState<"interest" | "match" | "withdrawn" | null>(null);
  const statusId = `youth-status-${youth.id}`;
  const name = youth.firstName;
  const interestsShown = youth.profile.interests ?? [];

  return (
    <article aria-labelledby={`youth-title-${youth.id}`}>
      <h3 className="nx-rec-title" id={`youth-title-${youth.id}`}>
        <Link to={`/network/youth/${youth.id}`}>{t("networkYouth.nameAge", { name, age: youth.age })}</Link>
      </h3>
      {interestsShown.length > 0 ? (
        <p className="nx-card-sub">
          {t("openingRecs.interests", { fields: interestsShown.map(reference.fieldName).join(", ") })}
        </p>
      ) : null}
      {interest.theirs && !interest.matchId ? (
        <p className="nx-strong">
          <span className="nx-badge">{t("openingRecs.theirInterestBadge")}</span>{" "}
          {t("openingRecs.theirInterest", { name })}
        </p>
      ) : null}
      <FitExplanation
        reasons={item.reasons}
        concerns={item.concerns}
        reader="company"
        vocabulary={reference}
      />
      <div className="nx-rec-actions">
        <div id={statusId} role="status" tabIndex={-1} className="nx-rec-status">
          {sent === "match" ? <p className="nx-strong">{t("openingRecs.matchNow", { name })}</p> : null}
          {sent === "interest" ? (
            <p className="nx-strong">{t("openingRecs.interestSent", { name })}</p>
          ) : null}
          {sent === "withdrawn" ? <p className="nx-strong">{t("openingRecs.interestWithdrawn")}</p> : null}
        </div>
        {interest.matchId ? (
          <p>
            <Link className="button button-primary nx-big-button" to={`/matches/${interest.matchId}`}>
              {t("openingRecs.goToMatch", { name })}
            </Link>
          </p>
        ) : interest.ours ? (
          <>
            {sent ? null : <p className="nx-strong">{t("openingRecs.alreadyInterested", { name })}</p>}
            <WithdrawInterest
              id={`interest-${youth.id}`}
              reader="company"
              openingId={props.openingId}
              youthId={youth.id}
              about={name}
              onWithdrawn={() => {
                setSent("withdrawn");
                props.onInterest({ ...interest, ours: false });
                requestAnimationFrame(() => document.getElementById(statusId)?.focus());
              }}
            />
          </>
        ) : props.hiddenView ? null : (
          <InterestForm
            id={`interest-${youth.id}`}
            openLabel={interest.theirs ? t("openingRecs.interestedBack") : t("openingRecs.interested")}
            about={name}
            messageLabel={t("openingRecs.messageLabel")}
            messageHint={t("openingRecs.messageHint", { name })}
            sendLabel={t("openingRecs.sendInterest")}
            problems={{
              "not-found": t("openingRecs.cannotContact", { name }),
              conflict: t("openingRecs.interestConflict"),
            }}
            onSend={async (message) => {
              const result = await interests.create({
                openingId: props.openingId,
                youthId: youth.id,
                ...(message ? { message } : {}),
              });
              setSent(result.match ? "match" : "interest");
              props.onInterest({ ...interest, ours: true, matchId: result.match?.id ?? null });
              requestAnimationFrame(() => document.getElementById(statusId)?.focus());
            }}
          />
        )}
        {interest.ours || interest.matchId ? null : (
          <button
            type="button"
            id={`hide-${youth.id}`}
            className="button button-secondary nx-big-button"
            disabled={props.busyHiding}
            onClick={props.onToggleHidden}
          >
            {props.hiddenView ? t("openingRecs.showAgain") : t("openingRecs.notForUs")}
            <span className="sr-only">: {name}</span>
          </button>
        )}
      </div>
    </article>
  );
}
