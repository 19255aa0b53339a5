import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router";
import { useSession } from "../auth/session";
import { Icon } from "./Icon";
import { LanguageSwitch } from "./LanguageSwitch";

const MENU_ID = "nx-main-menu";

/** A link in the main menu; choosing it closes the phone menu, even when it is the page already shown. */
function MenuLink({
  to,
  end,
  onChoose,
  children,
}: {
  to: string;
  end?: boolean;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <NavLink to={to} end={end} className="nx-nav-link" onClick={onChoose}>
      {children}
    </NavLink>
  );
}

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const [loggingOut, setLoggingOut] = useState(false);
  // The phone menu belongs to the page it was opened on, so any change of page closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);

  function closeMenu(): void {
    setMenuOpenOn(null);
  }

  useEffect(() => {
    if (!menuOpen) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== "Escape") return;
      // Escape typed into a field of the page is not meant for the menu.
      const focused = document.activeElement;
      if (focused && focused !== document.body && !nav.current?.contains(focused)) return;
      setMenuOpenOn(null);
      menuButton.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [menuOpen]);

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
            {/* The button sits inside the landmark so that a phone's screen reader finds the menu closed too. */}
            <nav
              ref={nav}
              aria-label={t("header.navLabel")}
              className={menuOpen ? "nx-nav nx-nav-open" : "nx-nav"}
            >
              <button
                ref={menuButton}
                type="button"
                className="button button-secondary button-menu-open nx-menu-button"
                aria-expanded={menuOpen}
                aria-controls={MENU_ID}
                onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
              >
                <Icon name={menuOpen ? "close" : "menu"} />
                {t("header.menu")}
              </button>
              <ul id={MENU_ID} className="nx-nav-list nobullet-list">
                <li>
                  <MenuLink onChoose={closeMenu} to="/home">
                    {t("header.home")}
                  </MenuLink>
                </li>
                {session.me.role === "youth" ? (
                  <>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/for-you">
                        {t("header.forYou")}
                      </MenuLink>
                    </li>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/matches">
                        {t("header.myMatches")}
                      </MenuLink>
                    </li>
                  </>
                ) : null}
                {session.me.role === "youth" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/profile">
                      {t("header.profile")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ? (
                  <>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/openings">
                        {t("header.openings")}
                      </MenuLink>
                    </li>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/wishes">
                        {t("header.wishes")}
                      </MenuLink>
                    </li>
                  </>
                ) : null}
                {session.me.role === "company_contact" ? (
                  <>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/company" end>
                        {t("header.company")}
                      </MenuLink>
                    </li>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/company/openings">
                        {t("header.openings")}
                      </MenuLink>
                    </li>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/matches">
                        {t("header.companyMatches")}
                      </MenuLink>
                    </li>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/network/youth">
                        {t("header.networkYouth")}
                      </MenuLink>
                    </li>
                    <li>
                      <MenuLink onChoose={closeMenu} to="/network/wishes">
                        {t("header.networkWishes")}
                      </MenuLink>
                    </li>
                  </>
                ) : null}
                {session.me.role === "staff" || session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/youth">
                      {t("header.youth")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "staff" || session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/companies">
                      {t("header.companies")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "staff" || session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/pipeline">
                      {t("header.pipeline")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ||
                session.me.role === "company_contact" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/internships">
                      {t(
                        session.me.role === "youth"
                          ? "internships.nav.youth"
                          : session.me.role === "company_contact"
                            ? "internships.nav.company"
                            : "internships.nav.staff",
                      )}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ||
                session.me.role === "company_contact" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/events">
                      {t("events.nav")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "youth" || session.me.role === "company_contact" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/referrals">
                      {t("referrals.nav")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "company_contact" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/network-meetings">
                      {t("networkMeetings.nav")}
                    </MenuLink>
                  </li>
                ) : null}
                {session.me.role === "youth" ||
                session.me.role === "staff" ||
                session.me.role === "municipality_admin" ? (
                  <li>
                    <MenuLink onChoose={closeMenu} to="/groups">
                      {t(session.me.role === "youth" ? "groups.nav.youth" : "groups.nav.staff")}
                    </MenuLink>
                  </li>
                ) : null}
                <li>
                  <MenuLink onChoose={closeMenu} to="/account">
                    {t("header.account")}
                  </MenuLink>
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
