import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Database } from "../db/database.js";
import type { Role } from "../db/schema.js";
import type { Clock } from "./clock.js";
import { csrfRejected, forbidden, unauthorized } from "./problems.js";
import {
  type AuthContext,
  type CurrentUser,
  resolveSession,
  type SessionCache,
  type SessionPolicy,
} from "./sessions.js";
import { safeEqual } from "./tokens.js";

/** Who may call a route. Every route states it in its `config.access`; a route without one answers 500. */
export type RouteAccess = "public" | "authenticated" | readonly Role[];

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export interface AccessControlOptions {
  db: Database;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  cookieName: string;
  sessions: SessionCache;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerAccessControl(app: FastifyInstance, options: AccessControlOptions): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request) => {
    // Requests that matched no route go to the not-found handler, which needs no session.
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) throw new Error(`Route ${request.routeOptions.url} declares no access rule`);
    if (access === "public") return;

    const token = request.cookies[options.cookieName];
    const auth = token
      ? await resolveSession(options.db, token, options.clock, options.sessionPolicy, options.sessions)
      : null;
    if (!auth) throw unauthorized();
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers["x-csrf-token"];
      if (typeof header !== "string" || !safeEqual(header, auth.csrfToken)) throw csrfRejected();
    }
    if (access !== "authenticated" && !access.includes(auth.user.role)) throw forbidden();
    request.auth = auth;
  });
}

/** The signed-in user of a route whose access rule requires one. */
export function currentUser(request: FastifyRequest): CurrentUser {
  if (!request.auth) throw unauthorized();
  return request.auth.user;
}

export function currentAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthorized();
  return request.auth;
}
