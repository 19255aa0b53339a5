import { and, eq, ne, sql } from "drizzle-orm";
import type { Database, Executor } from "../db/database.js";
import { municipalities, sessions, users } from "../db/schema.js";

export async function insertSession(
  db: Executor,
  values: { tokenHash: string; userId: string; csrfToken: string; now: Date; expiresAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: values.tokenHash,
      userId: values.userId,
      csrfToken: values.csrfToken,
      createdAt: values.now,
      lastSeenAt: values.now,
      expiresAt: values.expiresAt,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error("session insert returned nothing");
  return row.id;
}

function buildFindSessionWithUser(db: Database) {
  return db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        status: users.status,
        locale: users.locale,
        municipalityId: users.municipalityId,
      },
      municipality: { id: municipalities.id, slug: municipalities.slug, name: municipalities.name },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .where(eq(sessions.tokenHash, sql.placeholder("tokenHash")))
    .limit(1)
    .prepare("find_session_with_user");
}

// Every authenticated request runs this query, so it is prepared once per connection, not planned each time.
const preparedFindSession = new WeakMap<Database, ReturnType<typeof buildFindSessionWithUser>>();

/** One query answers every authenticated request: the session, its user and the user's municipality. */
export async function findSessionWithUser(db: Database, tokenHash: string) {
  let query = preparedFindSession.get(db);
  if (!query) {
    query = buildFindSessionWithUser(db);
    preparedFindSession.set(db, query);
  }
  const [row] = await query.execute({ tokenHash });
  return row;
}

export async function touchSession(db: Executor, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionByTokenHash(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(
  db: Executor,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}
