import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Loading } from "../components/Loading";
import { useSession } from "./session";

export interface FromState {
  from?: string;
}

/**
 * Sends anonymous visitors to /login and remembers where they were going; after an explicit
 * log out the user goes to the front page instead.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <Loading />;
  if (session.status === "anonymous") {
    if (session.loggedOut) return <Navigate to="/" replace />;
    const state: FromState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

/** Only same-site paths are followed, so a crafted link cannot send a user elsewhere after login. */
export function safeReturnPath(state: unknown): string {
  if (typeof state !== "object" || state === null || !("from" in state)) return "/home";
  const { from } = state;
  if (typeof from !== "string" || !from.startsWith("/") || from.startsWith("//")) return "/home";
  return from;
}

/**
 * Pages meant for visitors (landing, login) send logged-in users on: to where they came from
 * before being asked to log in, or home. This is also how a successful login leaves the login page.
 */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === "loading") return <Loading />;
  if (session.status === "authenticated") return <Navigate to={safeReturnPath(location.state)} replace />;
  return children;
}
