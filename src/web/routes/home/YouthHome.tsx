import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "../../components/Loading";
import { IncomingInterestNotice } from "../../components/matching/IncomingInterestNotice";
import { useYouthRecord } from "../../components/youth/useYouthRecord";
import { YouthLoadProblem } from "../../components/youth/YouthLoadProblem";

/** The young person's home: how far their profile is, and the way to it. */
export function YouthHome() {
  const { t } = useTranslation();
  const record = useYouthRecord();
  const youth = record.youth;
  return (
    <>
      <p>{t("welcome.youth.intro")}</p>
      <IncomingInterestNotice />
      <ul className="nx-cards nobullet-list">
        <li className="card">
          <div className="card-content">
            <h2 className="card-heading h3">
              <Link to="/for-you">{t("forYou.title")}</Link>
            </h2>
            <p>{t("youthHome.forYouText")}</p>
          </div>
        </li>
        <li className="card">
          <div className="card-content">
            <h2 className="card-heading h3">
              <Link to="/matches">{t("matchesPage.youth.title")}</Link>
            </h2>
            <p>{t("youthHome.matchesText")}</p>
          </div>
        </li>
        <li className="card">
          <div className="card-content">
            <h2 className="card-heading h3">
              <Link to="/work-identity">{t("workIdentity.title")}</Link>
            </h2>
            <p>{t("workIdentity.homeText")}</p>
          </div>
        </li>
      </ul>
      {record.loading ? <Loading /> : null}
      {record.error ? <YouthLoadProblem error={record.error} self /> : null}
      {youth ? (
        <>
          <section className="nx-section" aria-labelledby="completeness-heading">
            <h2 id="completeness-heading">{t("youthHome.completenessHeading")}</h2>
            <p id="completeness-text">
              {t("youthHome.completeness", { percent: youth.completeness.percent })}
            </p>
            <progress
              className="nx-meter"
              max={100}
              value={youth.completeness.percent}
              aria-labelledby="completeness-text"
            />
            {youth.completeness.missing.length > 0 ? (
              <p>
                {t("youthHome.missing", {
                  parts: youth.completeness.missing.map((part) => t(`profile.parts.${part}`)).join(", "),
                })}
              </p>
            ) : (
              <p>{t("youthHome.complete")}</p>
            )}
            <p>
              <Link className="button button-primary" to="/profile">
                {t("youthHome.profileLink")}
              </Link>
            </p>
          </section>
          <ul className="nx-cards nobullet-list">
            <li className="card">
              <div className="card-content">
                <h2 className="card-heading h3">
                  <Link to="/profile/preview">{t("preview.title")}</Link>
                </h2>
                <p>{t("youthHome.previewText")}</p>
              </div>
            </li>
            <li className="card">
              <div className="card-content">
                <h2 className="card-heading h3">
                  <Link to="/profile/progress">{t("progress.title")}</Link>
                </h2>
                <p>{t("youthHome.progressText")}</p>
              </div>
            </li>
            <li className="card">
              <div className="card-content">
                <h2 className="card-heading h3">
                  <Link to="/profile/sensitive">{t("sensitive.title")}</Link>
                </h2>
                <p>{t("youthHome.sensitiveText")}</p>
              </div>
            </li>
          </ul>
        </>
      ) : null}
    </>
  );
}
