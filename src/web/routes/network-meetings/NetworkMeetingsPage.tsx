import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { type NetworkMeeting, type NetworkMeetingYear, networkMeetings } from "../../api/networkMeetings";
import { CASEWORKER_ROLES } from "../../auth/RequireRole";
import { useMe } from "../../auth/session";
import { Alert } from "../../components/Alert";
import { copenhagenYear } from "../../components/copenhagenTime";
import { Loading } from "../../components/Loading";
import { AnswerButtons } from "../../components/network-meetings/AnswerButtons";
import { AttendanceSummary } from "../../components/network-meetings/AttendanceSummary";
import { CancelledNotice, MeetingFacts } from "../../components/network-meetings/MeetingFacts";
import { MeetingForm } from "../../components/network-meetings/MeetingForm";
import { YearSwitch } from "../../components/network-meetings/YearSwitch";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";

/** The year in the address when it is a sensible one, else this year in Copenhagen. */
function yearOf(value: string | null): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : copenhagenYear();
}

function useYear(year: number) {
  const [programme, setProgramme] = useState<NetworkMeetingYear | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let cancelled = false;
    setProgramme(null);
    setError(null);
    networkMeetings.year(year).then(
      (found) => {
        if (!cancelled) setProgramme(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [year]);
  return { programme, setProgramme, error };
}

/**
 * /network-meetings: staff see and plan the year's network meetings and how often each company came;
 * a company contact sees the meetings their company is invited to and answers them.
 */
export function NetworkMeetingsPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const year = yearOf(params.get("year"));
  if (CASEWORKER_ROLES.includes(me.role)) return <StaffProgramme year={year} />;
  return <CompanyProgramme year={year} />;
}

function StaffProgramme({ year }: { year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [planning, setPlanning] = useState(false);
  const { programme, error } = useYear(year);

  return (
    <>
      <PageHeading title={t("networkMeetings.staff.title")} />
      <p>{t("networkMeetings.staff.intro")}</p>
      <p>
        <Link to="/referrals">{t("networkMeetings.staff.referralsLink")}</Link>
      </p>
      {!planning ? (
        <p>
          <button
            type="button"
            id="nm-plan"
            className="button button-primary nx-big-button"
            onClick={() => setPlanning(true)}
          >
            {t("networkMeetings.staff.plan")}
          </button>
        </p>
      ) : (
        <section className="nx-section" aria-labelledby="nm-plan-heading">
          <h2 id="nm-plan-heading">{t("networkMeetings.staff.plan")}</h2>
          <MeetingForm
            submitLabel={t("networkMeetings.form.create")}
            onSubmit={async (input) => {
              const created = await networkMeetings.create(input);
              navigate(`/network-meetings/${created.id}`, {
                state: { notice: t("networkMeetings.staff.created") },
              });
            }}
            onCancel={() => {
              setPlanning(false);
              requestAnimationFrame(() => document.getElementById("nm-plan")?.focus());
            }}
          />
        </section>
      )}

      <h2 id={headingId}>{t("networkMeetings.programme.heading", { year })}</h2>
      <YearSwitch year={year} />
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!programme && !error ? <Loading text={t("networkMeetings.programme.loading")} /> : null}
      {programme && programme.items.length === 0 ? (
        <p>{t("networkMeetings.programme.staffEmpty", { year })}</p>
      ) : null}
      {programme && programme.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {programme.items.map((meeting) => (
            <li key={meeting.id} className="nx-item">
              <h3>
                <Link to={`/network-meetings/${meeting.id}`}>{meeting.title}</Link>
              </h3>
              <MeetingFacts meeting={meeting} />
            </li>
          ))}
        </ul>
      ) : null}

      <AttendanceSummary year={year} />
    </>
  );
}

function CompanyProgramme({ year }: { year: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { programme, setProgramme, error } = useYear(year);

  function replace(saved: NetworkMeeting): void {
    if (!programme) return;
    setProgramme({
      ...programme,
      items: programme.items.map((meeting) => (meeting.id === saved.id ? saved : meeting)),
    });
  }

  return (
    <>
      <PageHeading title={t("networkMeetings.company.title")} />
      <p>{t("networkMeetings.company.intro")}</p>
      {programme?.attendance ? (
        <p className="font-lead">
          {year === copenhagenYear()
            ? t("networkMeetings.company.figure", {
                count: programme.attendance.attended,
                min: programme.attendance.target.min,
                max: programme.attendance.target.max,
              })
            : t("networkMeetings.company.figureYear", {
                count: programme.attendance.attended,
                min: programme.attendance.target.min,
                max: programme.attendance.target.max,
                year,
              })}
        </p>
      ) : null}

      <h2 id={headingId}>{t("networkMeetings.programme.heading", { year })}</h2>
      <YearSwitch year={year} />
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!programme && !error ? <Loading text={t("networkMeetings.programme.loading")} /> : null}
      {programme && programme.items.length === 0 ? (
        <p>{t("networkMeetings.programme.companyEmpty", { year })}</p>
      ) : null}
      {programme && programme.items.length > 0 ? (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {programme.items.map((meeting) => (
            <li key={meeting.id} className="nx-item">
              <h3>
                <Link to={`/network-meetings/${meeting.id}`}>{meeting.title}</Link>
              </h3>
              <MeetingFacts meeting={meeting} />
              <CancelledNotice meeting={meeting} />
              <AnswerButtons meeting={meeting} onAnswered={replace} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
