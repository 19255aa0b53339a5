import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router";
import { useSession } from "../auth/session";
import { Icon } from "./Icon";
import { LanguageSwitch } from "./LanguageSwitch";

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const [loggingOut, setLoggingOut] = useState(false);

  // Protected pages send the logged-out user to the front page (RequireAuth); other pages stay.
  async function logOut(): Promise<void> {
    setLoggingOut(true);
    try {
      await session.logout();
    } catch {
      // The session has ended in the browser either way; the server expires it too.
    } finally {
      setLoggingOut(false);
    }
  }

  return (
    <header className="header nx-header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to={session.status === "authenticated" ? "/home" : "/"}>{t("app.name")}</Link>
          </div>
          <LanguageSwitch />
        </div>
      </div>
      {session.status === "authenticated" ? (
        <div className="nx-nav-bar">
          <div className="container nx-nav-inner">
            <nav aria-label={t("header.navLabel")}>
              <ul className="nx-nav-list nobullet-list">
                <li>
                  <NavLink to="/home" className="nx-nav-link">
                    {t("header.home")}
                  </NavLink>
                </li>
                {session.me.role === "youth" ? (
                  <>
                    <li>
                      <NavLink to="/for-you" className="nx-nav-link">
                        {t("header.forYou")}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/matches" className="nx-nav-link">
                        {t("header.myMatches")}
                      </NavLink>
                    </li>
                  </>
                ) : null}
                {session.me.role === "youth" ? (
                  <li>
                    <NavLink to="/profile" className="nx-nav-link">
                      {t("header.profile")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ? (
                  <>
                    <li>
                      <NavLink to="/openings" className="nx-nav-link">
                        {t("header.openings")}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/wishes" className="nx-nav-link">
                        {t("header.wishes")}
                      </NavLink>
                    </li>
                  </>
                ) : null}
                {session.me.role === "company_contact" ? (
                  <>
                    <li>
                      <NavLink to="/company" end className="nx-nav-link">
                        {t("header.company")}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/company/openings" className="nx-nav-link">
                        {t("header.openings")}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/matches" className="nx-nav-link">
                        {t("header.companyMatches")}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/network/youth" className="nx-nav-link">
                        {t("header.networkYouth")}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/network/wishes" className="nx-nav-link">
                        {t("header.networkWishes")}
                      </NavLink>
                    </li>
                  </>
                ) : null}
                {session.me.role === "staff" || session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/youth" className="nx-nav-link">
                      {t("header.youth")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "staff" || session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/companies" className="nx-nav-link">
                      {t("header.companies")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "staff" || session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/pipeline" className="nx-nav-link">
                      {t("header.pipeline")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ||
                session.me.role === "company_contact" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/internships" className="nx-nav-link">
                      {t(
                        session.me.role === "youth"
                          ? "internships.nav.youth"
                          : session.me.role === "company_contact"
                            ? "internships.nav.company"
                            : "internships.nav.staff",
                      )}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ||
                session.me.role === "company_contact" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/events" className="nx-nav-link">
                      {t("events.nav")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "youth" || session.me.role === "company_contact" ? (
                  <li>
                    <NavLink to="/referrals" className="nx-nav-link">
                      {t("referrals.nav")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "company_contact" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/network-meetings" className="nx-nav-link">
                      {t("networkMeetings.nav")}
                    </NavLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <NavLink to="/groups" className="nx-nav-link">
                      {t(session.me.role === "youth" ? "groups.nav.youth" : "groups.nav.staff")}
                    </NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to="/account" className="nx-nav-link">
                    {t("header.account")}
                  </NavLink>
                </li>
                <li>
                  <button
                    type="button"
                    className="function-link nx-nav-link"
                    onClick={() => void logOut()}
                    disabled={loggingOut}
                  >
                    <Icon name="lock" />
                    {t("header.logout")}
                  </button>
                </li>
              </ul>
            </nav>
            <p className="nx-user">
              <span className="sr-only">{t("header.loggedInAs")} </span>
              {session.me.displayName}
            </p>
          </div>
        </div>
      ) : null}
    </header>
  );
}
