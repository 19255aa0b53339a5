import { useTranslation } from "react-i18next";
import type { Role } from "../../api/types";

type WelcomeRole = Exclude<Role, "municipality_admin" | "system_admin">;

/** Three things each role will use; the features arrive later, so these are descriptions, not links. */
const TOPICS = ["one", "two", "three"] as const;

export function WelcomeHome({ role }: { role: WelcomeRole }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t(`welcome.${role}.intro`)}</p>
      <h2>{t("welcome.comingHeading")}</h2>
      <ul className="nx-cards nobullet-list">
        {TOPICS.map((topic) => (
          <li key={topic} className="card">
            <div className="card-content">
              <h3 className="card-heading">{t(`welcome.${role}.${topic}.heading`)}</h3>
              <p>{t(`welcome.${role}.${topic}.text`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
