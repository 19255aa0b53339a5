import type { Database, Executor } from "../db/database.js";
import type { Locale, Role } from "../db/schema.js";
import type { Clock } from "./clock.js";
import * as repository from "./sessions.repository.js";
import { createToken, hashToken } from "./tokens.js";

export interface MunicipalityRef {
  id: string;
  slug: string;
  name: string;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  municipalityId: string | null;
  municipality: MunicipalityRef | null;
}

export interface AuthContext {
  sessionId: string;
  csrfToken: string;
  user: CurrentUser;
}

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

/** Writing last-seen on every request would turn each read into a write; a minute's precision is enough. */
const TOUCH_INTERVAL_MS = 60_000;

export async function startSession(db: Executor, userId: string, clock: Clock, policy: SessionPolicy) {
  const token = createToken();
  const csrfToken = createToken();
  const now = clock.now();
  await repository.insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + policy.absoluteMs),
  });
  return { token, csrfToken };
}

/** The session behind a cookie token, or null when it is unknown, expired, idle too long or its user is not active. */
export async function resolveSession(
  db: Database,
  token: string,
  clock: Clock,
  policy: SessionPolicy,
): Promise<AuthContext | null> {
  const row = await repository.findSessionWithUser(db, hashToken(token));
  if (!row) return null;
  const now = clock.now().getTime();
  const expired = row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + policy.idleMs <= now;
  if (expired || row.user.status !== "active") {
    await repository.deleteSession(db, row.sessionId);
    return null;
  }
  if (now - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await repository.touchSession(db, row.sessionId, new Date(now));
  }
  const { status: _status, ...user } = row.user;
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    user: { ...user, municipality: row.municipality },
  };
}

export const endSession = repository.deleteSession;

export async function endSessionByToken(db: Executor, token: string): Promise<void> {
  await repository.deleteSessionByTokenHash(db, hashToken(token));
}
export const endSessionsOfUser = repository.deleteSessionsOfUser;
