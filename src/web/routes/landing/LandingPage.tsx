import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "../../components/PageHeading";

const PRINCIPLES = ["resources", "network", "youthFirst"] as const;

export function LandingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t("landing.title")} />
      <p className="font-lead">{t("landing.lead")}</p>
      <p>{t("landing.intro")}</p>
      <h2>{t("landing.principlesHeading")}</h2>
      <ul className="nx-cards nobullet-list">
        {PRINCIPLES.map((principle) => (
          <li key={principle} className="card">
            <div className="card-content">
              <h3 className="card-heading">{t(`landing.principles.${principle}.heading`)}</h3>
              <p>{t(`landing.principles.${principle}.text`)}</p>
            </div>
          </li>
        ))}
      </ul>
      <h2>{t("landing.loginHeading")}</h2>
      <p>{t("landing.loginText")}</p>
      <p>
        <Link className="button button-primary" to="/login">
          {t("landing.loginLink")}
        </Link>
      </p>
    </>
  );
}
