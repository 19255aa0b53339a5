import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type NetworkMeeting, type NetworkMeetingYear, networkMeetings } from "../../api/networkMeetings";
import type { Role } from "../../api/types";
import { CASEWORKER_ROLES } from "../../auth/RequireRole";
import { Alert } from "../Alert";
import { copenhagenYear } from "../copenhagenTime";
import { Loading } from "../Loading";
import { problemMessage } from "../problems";
import { AnswerButtons } from "./AnswerButtons";
import { MeetingFacts } from "./MeetingFacts";

interface NextMeeting {
  meeting: NetworkMeeting | null;
  /** This year's programme, for the company's attendance figure. */
  thisYear: NetworkMeetingYear;
}

const isAhead = (meeting: NetworkMeeting): boolean => meeting.status === "planned" && !meeting.past;

/** The next planned meeting; late in the year it may be in next year's programme. */
async function loadNextMeeting(): Promise<NextMeeting> {
  const year = copenhagenYear();
  const thisYear = await networkMeetings.year(year);
  const ahead = thisYear.items.find(isAhead);
  if (ahead) return { meeting: ahead, thisYear };
  const nextYear = await networkMeetings.year(year + 1);
  return { meeting: nextYear.items.find(isAhead) ?? null, thisYear };
}

/**
 * Home: a company contact sees the next network meeting with their answer (and can answer there) and
 * how many meetings the company came to this year; staff see the next meeting with its answers.
 */
export function NetworkMeetingHomeSection({ role }: { role: Role }) {
  const forStaff = CASEWORKER_ROLES.includes(role);
  if (!forStaff && role !== "company_contact") return null;
  return <NextMeetingSection forStaff={forStaff} />;
}

function NextMeetingSection({ forStaff }: { forStaff: boolean }) {
  const { t } = useTranslation();
  const [next, setNext] = useState<NextMeeting | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    loadNextMeeting().then(
      (found) => {
        if (!cancelled) setNext(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const attendance = next?.thisYear.attendance;
  return (
    <section className="nx-section" aria-labelledby="nm-home-heading">
      <h2 id="nm-home-heading">{t("networkMeetings.home.heading")}</h2>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!next && !error ? <Loading text={t("networkMeetings.home.loading")} /> : null}
      {next && !next.meeting ? (
        <p>{forStaff ? t("networkMeetings.home.staffNone") : t("networkMeetings.home.companyNone")}</p>
      ) : null}
      {next?.meeting ? (
        <>
          <h3>
            <Link to={`/network-meetings/${next.meeting.id}`}>{next.meeting.title}</Link>
          </h3>
          <MeetingFacts meeting={next.meeting} />
          {forStaff ? null : (
            <AnswerButtons
              meeting={next.meeting}
              onAnswered={(saved) =>
                setNext((current) => (current ? { ...current, meeting: saved } : current))
              }
            />
          )}
        </>
      ) : null}
      {attendance ? (
        <p>
          {t("networkMeetings.company.figure", {
            count: attendance.attended,
            min: attendance.target.min,
            max: attendance.target.max,
          })}
        </p>
      ) : null}
      {next || error ? (
        <p>
          <Link to="/network-meetings">
            {forStaff ? t("networkMeetings.home.staffLink") : t("networkMeetings.home.companyLink")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
