import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Role } from "../../api/types";

type WelcomeRole = Exclude<Role, "municipality_admin" | "system_admin">;

/** Three things a role will use once its features arrive: descriptions, not links. */
const TOPICS = ["one", "two", "three"] as const;

type ShortcutKey =
  | "companyMatches"
  | "companyOpenings"
  | "pipeline"
  | "groups"
  | "networkMeetings"
  | "events";

/** The role's main pages, as links. A role without any yet gets the descriptions of what is coming. */
const SHORTCUTS: Partial<Record<WelcomeRole, readonly { to: string; key: ShortcutKey }[]>> = {
  company_contact: [
    { to: "/matches", key: "companyMatches" },
    { to: "/company/openings", key: "companyOpenings" },
    { to: "/network-meetings", key: "networkMeetings" },
  ],
  staff: [
    { to: "/pipeline", key: "pipeline" },
    { to: "/groups", key: "groups" },
    { to: "/network-meetings", key: "networkMeetings" },
    { to: "/events", key: "events" },
  ],
};

export function WelcomeHome({ role }: { role: WelcomeRole }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t(`welcome.${role}.intro`)}</p>
      {SHORTCUTS[role] ? (
        <ul className="nx-cards nobullet-list">
          {SHORTCUTS[role].map((shortcut) => (
            <li key={shortcut.key} className="card">
              <div className="card-content">
                <h2 className="card-heading h3">
                  <Link to={shortcut.to}>{t(`homeShortcuts.${shortcut.key}.title`)}</Link>
                </h2>
                <p>{t(`homeShortcuts.${shortcut.key}.text`)}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {SHORTCUTS[role] ? null : (
        <>
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
      )}
    </>
  );
}
