import type { Database, Executor } from "../db/database.js";
import type { Locale, Role } from "../db/schema.js";
import { ChangeAwareCache, type ChangeFeed } from "./change-feed.js";
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

type SessionRow = NonNullable<Awaited<ReturnType<typeof repository.findSessionWithUser>>>;
export type SessionCache = ChangeAwareCache<SessionRow>;

/**
 * Every authenticated request needs its session; reading it from memory spares the database a round
 * trip per request. Logging out, a password change, a changed role or status and a renamed
 * municipality all reach the cache through the change feed (migration 0006).
 */
export function createSessionCache(feed: ChangeFeed): SessionCache {
  return new ChangeAwareCache<SessionRow>(feed, 50_000, (topic, key, cache) => {
    if (topic === "user") cache.deleteWhere((row) => row.user.id === key);
    else if (topic === "municipality") cache.deleteWhere((row) => row.municipality?.id === key);
  });
}

/** The session behind a cookie token, or null when it is unknown, expired, idle too long or its user is not active. */
export async function resolveSession(
  db: Database,
  token: string,
  clock: Clock,
  policy: SessionPolicy,
  cache?: SessionCache,
): Promise<AuthContext | null> {
  const tokenHash = hashToken(token);
  const now = clock.now().getTime();
  const lapsed = (row: SessionRow) =>
    row.expiresAt.getTime() <= now ||
    row.lastSeenAt.getTime() + policy.idleMs <= now ||
    row.user.status !== "active";
  // Only the database may end a session: a cached row that looks lapsed is read again first.
  const cached = cache?.get(tokenHash);
  if (cached && lapsed(cached)) cache?.delete(tokenHash);
  const load = () => repository.findSessionWithUser(db, tokenHash);
  const row = cache ? await cache.read(tokenHash, load) : await load();
  if (!row) return null;
  if (lapsed(row)) {
    cache?.delete(tokenHash);
    await repository.deleteSession(db, row.sessionId);
    return null;
  }
  if (now - row.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    const lastSeenAt = new Date(now);
    await repository.touchSession(db, row.sessionId, lastSeenAt);
    cache?.update(tokenHash, { ...row, lastSeenAt });
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
