import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMunicipality,
  createUser,
  login,
  type MunicipalityFixture,
  sessionFrom,
  TEST_PASSWORD,
} from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";

let t: TestApp;
let municipality: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  municipality = await createMunicipality(t.db);
});
afterAll(() => t.close());

const postLogin = (payload: object, remoteAddress = "127.0.0.1") =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload, remoteAddress });

describe("login", () => {
  it("answers with the user and a CSRF token and sets a session cookie", async () => {
    const user = await createUser(t.db, { role: "staff", municipality });
    const response = await postLogin({ email: user.email.toUpperCase(), password: user.password });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: "staff",
      municipality: { id: municipality.id, slug: municipality.slug, name: municipality.name },
      locale: "da",
    });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = response.cookies.find((c) => c.name === "nextwork_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeFalsy();
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("gives identical 401 bodies for a wrong password and an unknown email", async () => {
    const user = await createUser(t.db, { role: "staff", municipality });
    const wrongPassword = await postLogin({ email: user.email, password: "not-the-password" }, "10.0.0.1");
    const unknownEmail = await postLogin(
      { email: "nobody@example.test", password: "not-the-password" },
      "10.0.0.1",
    );
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.headers["content-type"]).toContain("application/problem+json");
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.cookies).toHaveLength(0);
  });

  it("refuses invited and disabled users with the same 401", async () => {
    const disabled = await createUser(t.db, { role: "staff", municipality, status: "disabled" });
    const response = await postLogin({ email: disabled.email, password: disabled.password });
    expect(response.statusCode).toBe(401);
    expect(response.json().type).toBe("https://nextwork.dk/problems/invalid-credentials");
  });

  it("marks the cookie Secure with the __Host- prefix in production", async () => {
    const production = await createTestApp({ env: { NODE_ENV: "production" } });
    try {
      const user = await createUser(production.db, { role: "system_admin" });
      const response = await production.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: user.email, password: user.password },
      });
      const cookie = response.cookies.find((c) => c.name === "__Host-nextwork_session");
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax", path: "/" });
      expect(response.headers["strict-transport-security"]).toContain("max-age=");
    } finally {
      await production.close();
    }
  });

  it("gives a new session token at every login and ends the one the browser held", async () => {
    const user = await createUser(t.db, { role: "staff", municipality });
    const first = await login(t.app, user);
    const second = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: user.password },
      headers: { cookie: first.cookie },
    });
    const secondSession = sessionFrom(t.app, second);
    expect(secondSession.cookie).not.toBe(first.cookie);
    expect((await first.request("GET", "/api/me")).statusCode).toBe(401);
    expect((await secondSession.request("GET", "/api/me")).statusCode).toBe(200);
  });
});

describe("sessions", () => {
  it("requires the CSRF header on state-changing requests", async () => {
    const user = await createUser(t.db, { role: "staff", municipality });
    const session = await login(t.app, user);
    const withoutHeader = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      payload: { locale: "en" },
      headers: { cookie: session.cookie },
    });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().type).toBe("https://nextwork.dk/problems/csrf");
    const wrongHeader = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      payload: { locale: "en" },
      headers: { cookie: session.cookie, "x-csrf-token": "forged" },
    });
    expect(wrongHeader.statusCode).toBe(403);
    const withHeader = await session.request("PATCH", "/api/me", { locale: "en" });
    expect(withHeader.statusCode).toBe(200);
    expect(withHeader.json().locale).toBe("en");
    const csrf = await session.request("GET", "/api/auth/csrf");
    expect(csrf.json()).toEqual({ csrfToken: session.csrfToken });
  });

  it("logout ends the session on the server", async () => {
    const user = await createUser(t.db, { role: "youth", municipality });
    const session = await login(t.app, user);
    const logout = await session.request("POST", "/api/auth/logout");
    expect(logout.statusCode).toBe(204);
    expect((await session.request("GET", "/api/me")).statusCode).toBe(401);
  });

  it("expires after 30 idle minutes but not while in use", async () => {
    const user = await createUser(t.db, { role: "youth", municipality });
    const session = await login(t.app, user);
    t.clock.advance(minutes(29));
    expect((await session.request("GET", "/api/me")).statusCode).toBe(200);
    t.clock.advance(minutes(29));
    expect((await session.request("GET", "/api/me")).statusCode).toBe(200);
    t.clock.advance(minutes(31));
    const expired = await session.request("GET", "/api/me");
    expect(expired.statusCode).toBe(401);
    expect(expired.json().type).toBe("https://nextwork.dk/problems/unauthorized");
  });

  it("expires 12 hours after login however active", async () => {
    const user = await createUser(t.db, { role: "youth", municipality });
    const session = await login(t.app, user);
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      t.clock.advance(minutes(20));
      expect((await session.request("GET", "/api/me")).statusCode).toBe(200);
    }
    t.clock.advance(minutes(21));
    expect((await session.request("GET", "/api/me")).statusCode).toBe(401);
  });

  it("changing the password ends the user's other sessions but keeps this one", async () => {
    const user = await createUser(t.db, { role: "staff", municipality });
    const here = await login(t.app, user);
    const elsewhere = await login(t.app, user);
    const wrong = await here.request("POST", "/api/auth/password", {
      currentPassword: "wrong-password-1",
      newPassword: "a-brand-new-passphrase",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ path: "currentPassword", message: expect.any(String) }]);
    const weak = await here.request("POST", "/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "password123",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({
      type: "https://nextwork.dk/problems/weak-password",
      errors: [{ path: "newPassword" }],
    });
    const changed = await here.request("POST", "/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "a-brand-new-passphrase",
    });
    expect(changed.statusCode).toBe(204);
    expect((await here.request("GET", "/api/me")).statusCode).toBe(200);
    expect((await elsewhere.request("GET", "/api/me")).statusCode).toBe(401);
    await expect(
      login(t.app, { email: user.email, password: "a-brand-new-passphrase" }),
    ).resolves.toBeTruthy();
  });
});

describe("login rate limits", () => {
  it("answers 429 with Retry-After after 10 failures for one account, and counts only failures", async () => {
    const user = await createUser(t.db, { role: "staff", municipality });
    await login(t.app, user);
    await login(t.app, user);
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await postLogin(
        { email: user.email, password: "wrong-password" },
        `10.1.0.${attempt}`,
      );
      expect(response.statusCode).toBe(401);
    }
    const limited = await postLogin({ email: user.email, password: user.password }, "10.1.1.1");
    expect(limited.statusCode).toBe(429);
    expect(limited.json().type).toBe("https://nextwork.dk/problems/rate-limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(15 * 60);
    t.clock.advance(minutes(16));
    expect((await postLogin({ email: user.email, password: user.password }, "10.1.1.1")).statusCode).toBe(
      200,
    );
  });

  it("answers 429 after 100 failures from one IP, whichever accounts they name", async () => {
    const ip = "10.2.0.1";
    for (let attempt = 0; attempt < 100; attempt++) {
      await postLogin({ email: `guess-${attempt}@example.test`, password: "wrong-password" }, ip);
    }
    const user = await createUser(t.db, { role: "staff", municipality });
    expect((await postLogin({ email: user.email, password: user.password }, ip)).statusCode).toBe(429);
    expect((await postLogin({ email: user.email, password: user.password }, "10.2.0.2")).statusCode).toBe(
      200,
    );
    t.clock.advance(minutes(16));
  });
});
