import { randomUUID } from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { hashPassword } from "../../src/server/accounts/passwords.js";
import type { Database } from "../../src/server/db/database.js";
import { municipalities, type Role, type UserStatus, users } from "../../src/server/db/schema.js";

export const TEST_PASSWORD = "correct-horse-battery";

const hashes = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
};

let codeCounter = 100 + Math.floor(Math.random() * 400);
const unique = () => randomUUID().slice(0, 8);

export interface MunicipalityFixture {
  id: string;
  name: string;
  slug: string;
  code: string;
}

export async function createMunicipality(
  db: Database,
  overrides: Partial<Omit<MunicipalityFixture, "id">> = {},
) {
  const suffix = unique();
  const [row] = await db
    .insert(municipalities)
    .values({
      name: overrides.name ?? `Testkommune ${suffix}`,
      slug: overrides.slug ?? `test-${suffix}`,
      code: overrides.code ?? String(codeCounter++).padStart(3, "0"),
    })
    .returning();
  if (!row) throw new Error("no municipality");
  return { id: row.id, name: row.name, slug: row.slug, code: row.code } satisfies MunicipalityFixture;
}

export interface UserFixture {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  municipalityId: string | null;
  password: string;
}

export async function createUser(
  db: Database,
  options: {
    role: Role;
    municipality?: { id: string } | null;
    status?: UserStatus;
    password?: string;
    email?: string;
    displayName?: string;
  },
): Promise<UserFixture> {
  const password = options.password ?? TEST_PASSWORD;
  const email = options.email ?? `${options.role.replace("_", "-")}-${unique()}@example.test`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      displayName: options.displayName ?? `Test ${options.role} ${unique()}`,
      role: options.role,
      municipalityId: options.municipality?.id ?? null,
      status: options.status ?? "active",
      passwordHash: options.status === "invited" ? null : await cachedHash(password),
    })
    .returning();
  if (!row) throw new Error("no user");
  return {
    id: row.id,
    email,
    displayName: row.displayName,
    role: row.role,
    municipalityId: row.municipalityId,
    password,
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Calls the API as this user, with the cookie and, on state-changing methods, the CSRF header. */
  request(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    body?: object,
  ): Promise<LightMyRequestResponse>;
}

export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "nextwork_session");
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `nextwork_session=${cookie.value}`;
}

export function sessionFrom(app: FastifyInstance, response: LightMyRequestResponse): Session {
  const cookie = sessionCookieFrom(response);
  const csrfToken: string = response.json().csrfToken;
  return {
    cookie,
    csrfToken,
    request: async (method, url, body) => {
      // What factories wrote straight to the database reaches the app's caches within milliseconds;
      // waiting for it here keeps tests deterministic (decision 0010).
      await app.changes.heardOwnChanges();
      return app.inject({
        method,
        url,
        headers: { cookie, ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }) },
        ...(body ? { payload: body } : {}),
      });
    },
  };
}

export async function login(
  app: FastifyInstance,
  user: { email: string; password: string },
  ip = "127.0.0.1",
) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email: user.email, password: user.password },
    remoteAddress: ip,
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return sessionFrom(app, response);
}

/** A municipality with a user of the given role in it, logged in. */
export async function loggedInUser(
  app: FastifyInstance,
  db: Database,
  role: Role,
  municipality?: { id: string },
) {
  const home =
    role === "researcher" || role === "system_admin"
      ? null
      : (municipality ?? (await createMunicipality(db)));
  const user = await createUser(db, { role, municipality: home });
  return { user, municipality: home, session: await login(app, user) };
}
