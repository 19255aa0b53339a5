import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type InternshipFeedback, type WorkIdentity, workIdentity } from "../../api/workIdentity";
import { Alert } from "../../components/Alert";
import "../../components/groups/groups.css";
import { formatMeetingStart } from "../../components/copenhagenTime";
import { formatPeriod } from "../../components/internships/dates";
import { Loading } from "../../components/Loading";
import { TagList } from "../../components/openings/OpeningDetails";
import { PageHeading } from "../../components/PageHeading";
import { problemMessage } from "../../components/problems";
import { useReference } from "../../components/useReference";

/**
 * /work-identity: what the young person has to build on. Their own strengths first, then what
 * companies saw in them, then what they learned about themselves in the network group; matchmaking
 * starts from resources, never from problems.
 */
export function WorkIdentityPage() {
  const { t } = useTranslation();
  const [identity, setIdentity] = useState<WorkIdentity | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    workIdentity.mine().then(
      (found) => {
        if (!cancelled) setIdentity(found);
      },
      (failure: unknown) => {
        if (!cancelled) setError(failure);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <div className="nx-groups">
      <PageHeading title={t("workIdentity.title")} />
      <p>{t("workIdentity.intro")}</p>
      {error ? <Alert variant="error">{problemMessage(error, t)}</Alert> : null}
      {!identity && !error ? <Loading /> : null}
      {identity ? (
        <>
          <StrengthsSection strengths={identity.strengths} />
          <SeenByOthersSection feedback={identity.internshipFeedback} />
          <ReflectionsSection reflections={identity.reflections} />
        </>
      ) : null}
    </div>
  );
}

function StrengthsSection({ strengths }: { strengths: string[] }) {
  const { t } = useTranslation();
  const reference = useReference();
  const headingId = useId();
  return (
    <section className="nx-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("workIdentity.strengths.heading")}</h2>
      {strengths.length > 0 ? (
        <>
          <p>{t("workIdentity.strengths.intro")}</p>
          {/* Until the vocabulary has come, the names would be bare codes. */}
          {reference.loading ? <Loading /> : <TagList items={strengths.map(reference.strengthName)} />}
        </>
      ) : (
        <p>{t("workIdentity.strengths.empty")}</p>
      )}
      <p>
        <Link to="/profile">{t("workIdentity.strengths.edit")}</Link>
      </p>
    </section>
  );
}

function SeenByOthersSection({ feedback }: { feedback: InternshipFeedback[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="nx-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("workIdentity.seen.heading")}</h2>
      {feedback.length === 0 ? (
        <p>{t("workIdentity.seen.empty")}</p>
      ) : (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {feedback.map((entry) => (
            <li key={entry.internshipId} className="nx-item">
              <h3>
                <Link to={`/internships/${entry.internshipId}`}>
                  {t("workIdentity.seen.internship", {
                    title: entry.opening.title,
                    company: entry.company.name,
                  })}
                </Link>
              </h3>
              <p className="nx-board-meta">{formatPeriod(entry.startDate, entry.endDate, i18n.language)}</p>
              {entry.fromCompany ? (
                <>
                  <h4>{t("workIdentity.seen.companyShowed", { company: entry.company.name })}</h4>
                  <p className="nx-board-text">{entry.fromCompany.showed}</p>
                  <h4>{t("workIdentity.seen.companyWentWell")}</h4>
                  <p className="nx-board-text">{entry.fromCompany.wentWell}</p>
                </>
              ) : (
                <p>{t("workIdentity.seen.companyNotYet")}</p>
              )}
              {entry.fromMe ? (
                <>
                  <h4>{t("workIdentity.seen.meShowed")}</h4>
                  <p className="nx-board-text">{entry.fromMe.showed}</p>
                  <h4>{t("workIdentity.seen.meWentWell")}</h4>
                  <p className="nx-board-text">{entry.fromMe.wentWell}</p>
                </>
              ) : (
                <p>
                  <Link to={`/internships/${entry.internshipId}`}>{t("workIdentity.seen.meNotYet")}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReflectionsSection({ reflections }: { reflections: WorkIdentity["reflections"] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="nx-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("workIdentity.learned.heading")}</h2>
      {reflections.length === 0 ? (
        <p>{t("workIdentity.learned.empty")}</p>
      ) : (
        <ul className="nx-plain-list nobullet-list" aria-labelledby={headingId}>
          {reflections.map((reflection) => (
            <li key={reflection.id} className="nx-item">
              <h3>
                <Link to={`/group-meetings/${reflection.meeting.id}`}>
                  {reflection.meeting.groupName}:{" "}
                  {formatMeetingStart(reflection.meeting.startsAt, i18n.language)}
                </Link>
              </h3>
              {reflection.meeting.theme ? (
                <p>{t("workIdentity.learned.theme", { theme: reflection.meeting.theme })}</p>
              ) : null}
              <p className="nx-board-text">{reflection.text}</p>
              <p className="nx-board-meta">
                {reflection.sharedWithCounsellor
                  ? t("workIdentity.learned.isShared")
                  : t("workIdentity.learned.isPrivate")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/reflections">{t("workIdentity.learned.all")}</Link>
      </p>
    </section>
  );
}
