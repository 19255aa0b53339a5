import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ProblemError } from "../../api/client";
import { matches } from "../../api/endpoints";
import type { MatchListItem } from "../../api/types";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { formatDateTime } from "../../components/format";
import { InternshipFromMatch } from "../../components/internships/InternshipFromMatch";
import { Loading } from "../../components/Loading";
import { Conversation } from "../../components/matching/Conversation";
import { EndMatch } from "../../components/matching/EndMatch";
import { matchTitle } from "../../components/matching/MatchList";
import { MeetingSection } from "../../components/matching/MeetingSection";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/**
 * /matches/:id: one match as its young person or the company's contact sees it: the first meeting,
 * the conversation, and a polite way to end it. The same page for both sides, worded for each.
 */
export function MatchPage() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const reader = me.role === "youth" ? "youth" : "company";
  const [match, setMatch] = useState<MatchListItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [justEnded, setJustEnded] = useState(false);

  const load = useCallback(() => {
    matches.get(id).then(
      (found) => {
        setMatch(found);
        setError(null);
      },
      (failure: unknown) => setError(failure),
    );
  }, [id]);

  useEffect(() => {
    setMatch(null);
    setJustEnded(false);
    load();
  }, [load]);

  const back = (
    <p>
      <Link to="/matches">{t(`matchPage.${reader}.back`)}</Link>
    </p>
  );
  if (error && !match) {
    return (
      <>
        <PageHeading title={t("matchPage.notFoundTitle")} />
        {error instanceof ProblemError && error.status === 404 ? (
          <Alert variant="info">{t("matchPage.notFound")}</Alert>
        ) : (
          <Alert variant="error">{problemMessage(error, t)}</Alert>
        )}
        {back}
      </>
    );
  }
  if (!match) return <Loading />;

  const active = match.status === "active";
  const otherName =
    reader === "youth" ? match.company.name : (match.youth.firstName ?? t("matchList.unnamedYouth"));
  return (
    <>
      {back}
      <PageHeading title={matchTitle(match, reader, t)} />
      <p className="font-lead">
        {active
          ? t(`matchPage.${reader}.intro`, { name: otherName })
          : t("matchPage.endedIntro", { name: otherName })}
      </p>
      <ul className="nx-inline-links nobullet-list">
        {reader === "youth" ? (
          <li>
            <Link to={`/openings/${match.opening.id}`}>{t("matchPage.youth.openingLink")}</Link>
          </li>
        ) : (
          <>
            {match.youth.firstName ? (
              <li>
                <Link to={`/network/youth/${match.youth.id}`}>
                  {t("matchPage.company.profileLink", { name: match.youth.firstName })}
                </Link>
              </li>
            ) : null}
            {match.youth.firstName ? (
              <li>
                <Link to={`/referrals/new?youthId=${encodeURIComponent(match.youth.id)}`}>
                  {t("referrals.new.title")}
                </Link>
              </li>
            ) : null}
            <li>
              <Link to={`/company/openings/${match.opening.id}/recommendations`}>
                {t("matchPage.company.openingLink", { title: match.opening.title })}
              </Link>
            </li>
          </>
        )}
      </ul>
      {justEnded ? (
        <Alert variant="success" focus>
          {t("endMatch.done", { name: otherName })}
        </Alert>
      ) : null}
      {!active ? (
        <Alert variant="info" heading={t("matchPage.endedHeading")}>
          <p>
            {match.endedAt
              ? t("matchPage.endedAt", { time: formatDateTime(match.endedAt, i18n.language) })
              : null}{" "}
            {match.endReason
              ? t("matchPage.endReason", { reason: t(`matchEndReason.${match.endReason}`) })
              : null}
          </p>
        </Alert>
      ) : null}
      <MeetingSection matchId={match.id} canChange={active} otherName={otherName} onChanged={load} />
      <InternshipFromMatch matchId={match.id} matchActive={active} />
      <Conversation matchId={match.id} canWrite={active} />
      {active ? (
        <EndMatch
          match={match}
          reader={reader}
          otherName={otherName}
          onEnded={(ended) => {
            setMatch(ended);
            setJustEnded(true);
          }}
        />
      ) : null}
    </>
  );
}
