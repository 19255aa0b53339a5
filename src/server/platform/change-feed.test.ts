import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompany, createOpening, createYouth } from "../../../tests/support/domain-factories.js";
import { createMunicipality, createUser, login } from "../../../tests/support/factories.js";
import { seedPostalCodes } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { CHANGE_CHANNEL, ChangeAwareCache } from "./change-feed.js";

let t: TestApp;
let admin: pg.Client;

beforeAll(async () => {
  t = await createTestApp();
  await seedPostalCodes(t.db);
  admin = new pg.Client({ connectionString: t.databaseUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await t.close();
});

/** A write the change feed never hears: replica mode skips the triggers that announce it. */
async function unannounced(sql: string, params: unknown[]) {
  await admin.query("set session_replication_role = replica");
  try {
    await admin.query(sql, params);
  } finally {
    await admin.query("set session_replication_role = origin");
  }
}

async function until(condition: () => boolean) {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const me = (cookie: string) => t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });

describe("the session cache", () => {
  it("serves a session from memory and drops it when its user changes", async () => {
    const municipality = await createMunicipality(t.db);
    const user = await createUser(t.db, { role: "staff", municipality });
    const session = await login(t.app, user);
    expect((await me(session.cookie)).statusCode).toBe(200);

    await unannounced("update users set status = 'disabled' where id = $1", [user.id]);
    // Unannounced, so the cached session still stands: proof that it came from memory.
    expect((await me(session.cookie)).statusCode).toBe(200);

    await admin.query("update users set display_name = display_name where id = $1", [user.id]);
    await t.app.changes.heardOwnChanges();
    expect((await me(session.cookie)).statusCode).toBe(401);
  });

  it("refuses a logged-out session on the very next request", async () => {
    const municipality = await createMunicipality(t.db);
    const session = await login(t.app, await createUser(t.db, { role: "staff", municipality }));
    expect((await me(session.cookie)).statusCode).toBe(200);
    const logout = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(session.cookie)).statusCode).toBe(401);
  });

  it("reads from the database while the feed is down, and caches again once it is back", async () => {
    const municipality = await createMunicipality(t.db);
    const user = await createUser(t.db, { role: "staff", municipality });
    const session = await login(t.app, user);
    await me(session.cookie);

    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = $1",
      [`LISTEN ${CHANGE_CHANNEL}`],
    );
    await until(() => !t.app.changes.live);
    await unannounced("update users set display_name = 'Read while down' where id = $1", [user.id]);
    expect((await me(session.cookie)).json().displayName).toBe("Read while down");

    await until(() => t.app.changes.live);
    await me(session.cookie);
    await unannounced("update users set display_name = 'Unannounced' where id = $1", [user.id]);
    expect((await me(session.cookie)).json().displayName).toBe("Read while down");
  });
});

describe("a young person's recommendation state", () => {
  it("shows a dismissal made through the API on the very next request, and one heard from elsewhere", async () => {
    const municipality = await createMunicipality(t.db);
    const young = await createYouth(t.db, { municipality });
    const company = await createCompany(t.db, { municipality });
    const first = await createOpening(t.db, company);
    const second = await createOpening(t.db, company);
    const session = await login(t.app, young.user);
    const ids = async () => {
      const response = await t.app.inject({
        method: "GET",
        url: "/api/me/recommendations",
        headers: { cookie: session.cookie },
      });
      return response.json().items.map((item: { opening: { id: string } }) => item.opening.id);
    };
    expect(await ids()).toEqual(expect.arrayContaining([first.id, second.id]));

    const dismissed = await t.app.inject({
      method: "POST",
      url: "/api/dismissals",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
      payload: { openingId: first.id },
    });
    expect(dismissed.statusCode, dismissed.body).toBeLessThan(300);
    expect(await ids()).not.toContain(first.id);

    const insertDismissal =
      "insert into recommendation_dismissals (user_id, youth_id, opening_id, municipality_id, created_at) values ($1, $2, $3, $4, now())";
    const values = [young.user.id, young.id, second.id, municipality.id];
    await unannounced(insertDismissal, values);
    expect(await ids()).toContain(second.id);
    await admin.query("delete from recommendation_dismissals where opening_id = $1", [second.id]);
    await admin.query(insertDismissal, values);
    await t.app.changes.heardOwnChanges();
    expect(await ids()).not.toContain(second.id);
  });
});

describe("ChangeAwareCache", () => {
  const forgetAll = (_topic: string, _key: string, cache: ChangeAwareCache<string>) => cache.clear();

  it("does not keep a value read while a change was heard", async () => {
    const cache = new ChangeAwareCache<string>(t.app.changes, 10, forgetAll);
    let loads = 0;
    const changingLoad = async () => {
      loads += 1;
      await admin.query("select pg_notify($1, 'test:changed')", [CHANGE_CHANNEL]);
      await t.app.changes.heardOwnChanges();
      return "value";
    };
    expect(await cache.read("k", changingLoad)).toBe("value");
    expect(await cache.read("k", changingLoad)).toBe("value");
    expect(loads).toBe(2);

    const quietLoad = async () => {
      loads += 1;
      return "quiet";
    };
    await cache.read("q", quietLoad);
    await cache.read("q", quietLoad);
    expect(loads).toBe(3);
  });

  it("keeps at most its bound, dropping the entry stored longest ago", async () => {
    const cache = new ChangeAwareCache<string>(t.app.changes, 3, forgetAll);
    for (const key of ["a", "b", "c", "d"]) await cache.read(key, async () => key);
    expect(cache.size).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("d")).toBe("d");
  });
});
