import i18n from "i18next";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { onUnauthorized, setCsrfToken } from "../api/client";
import { auth, me as meApi } from "../api/endpoints";
import type { Locale, Me, SessionStart } from "../api/types";
import { currentLocale } from "../i18n";

export type Session =
  | { status: "loading"; me: null }
  /** `loggedOut` when the user chose to log out, so nobody is sent back to log in again. */
  | { status: "anonymous"; me: null; loggedOut: boolean }
  | { status: "authenticated"; me: Me };

interface SessionActions {
  login: (email: string, password: string) => Promise<Me>;
  acceptInvitation: (token: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  changeLocale: (locale: Locale) => Promise<void>;
  /** Ends the session in the browser only, for when the server has already ended it. */
  forgetSession: () => void;
}

type SessionContextValue = Session & SessionActions;

const SessionContext = createContext<SessionContextValue | null>(null);

const LOADING: Session = { status: "loading", me: null };
const ANONYMOUS: Session = { status: "anonymous", me: null, loggedOut: false };
const LOGGED_OUT: Session = { status: "anonymous", me: null, loggedOut: true };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>(LOADING);

  const endSession = useCallback((loggedOut = false) => {
    setCsrfToken(null);
    setSession(loggedOut ? LOGGED_OUT : ANONYMOUS);
  }, []);

  // A logged-in user's saved locale is their preference, so it wins over the browser's stored choice.
  // The i18next singleton is used directly: it is stable, so the session probe below runs only once.
  const startSession = useCallback((user: Me) => {
    setSession({ status: "authenticated", me: user });
    if (user.locale !== currentLocale()) void i18n.changeLanguage(user.locale);
  }, []);

  useEffect(() => {
    let cancelled = false;
    async function probe(): Promise<void> {
      try {
        const user = await meApi.get();
        const { csrfToken } = await auth.csrf();
        if (cancelled) return;
        setCsrfToken(csrfToken);
        startSession(user);
      } catch {
        if (!cancelled) endSession();
      }
    }
    void probe();
    return () => {
      cancelled = true;
    };
  }, [startSession, endSession]);

  useEffect(() => {
    onUnauthorized(() => endSession());
    return () => onUnauthorized(null);
  }, [endSession]);

  const begin = useCallback(
    (start: SessionStart): Me => {
      setCsrfToken(start.csrfToken);
      startSession(start.user);
      return start.user;
    },
    [startSession],
  );

  const login = useCallback(
    async (email: string, password: string) => begin(await auth.login(email, password)),
    [begin],
  );

  const acceptInvitation = useCallback(
    async (token: string, password: string) => begin(await auth.acceptInvitation(token, password)),
    [begin],
  );

  const logout = useCallback(async () => {
    try {
      await auth.logout();
    } finally {
      endSession(true);
    }
  }, [endSession]);

  const changeLocale = useCallback(
    async (locale: Locale) => {
      await i18n.changeLanguage(locale);
      if (session.status !== "authenticated" || session.me.locale === locale) return;
      const updated = await meApi.setLocale(locale);
      setSession({ status: "authenticated", me: updated });
    },
    [session],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ ...session, login, acceptInvitation, logout, changeLocale, forgetSession: () => endSession() }),
    [session, login, acceptInvitation, logout, changeLocale, endSession],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside SessionProvider");
  return value;
}

/** The logged-in user; only for components rendered behind RequireAuth. */
export function useMe(): Me {
  const session = useSession();
  if (session.status !== "authenticated") throw new Error("useMe needs an authenticated session");
  return session.me;
}
