import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
  sessionFrom,
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

/** The newest outbox link sent to an address, as the system admin sees it. */
async function linkSentTo(email: string): Promise<string> {
  const { session } = await loggedInUser(t.app, t.db, "system_admin");
  const outbox = await session.request("GET", "/api/admin/outbox?limit=200");
  expect(outbox.statusCode).toBe(200);
  const mail = outbox.json().items.find((m: { to: string }) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail.links[0];
}

const tokenOf = (link: string) => link.split("/").at(-1) ?? "";

describe("invitation", () => {
  it("emails a single-use link that activates the account and logs the user in", async () => {
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", municipality);
    const email = `new-staff-${Date.now()}@example.test`;
    const invited = await admin.request("POST", "/api/users", {
      email,
      displayName: "Ny Medarbejder",
      role: "staff",
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email,
      status: "invited",
      role: "staff",
      municipality: { id: municipality.id },
    });

    const link = await linkSentTo(email);
    expect(link).toMatch(/^http:\/\/nextwork\.test\/invitation\/[\w-]{40,}$/);
    const token = tokenOf(link);

    const preview = await t.app.inject({ method: "GET", url: `/api/auth/invitation/${token}` });
    expect(preview.json()).toEqual({ email, displayName: "Ny Medarbejder" });

    const weak = await t.app.inject({
      method: "POST",
      url: "/api/auth/invitation",
      payload: { token, password: "short" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe("password");

    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/auth/invitation",
      payload: { token, password: "my-own-long-passphrase" },
    });
    expect(accepted.statusCode).toBe(200);
    const session = sessionFrom(t.app, accepted);
    expect((await session.request("GET", "/api/me")).json()).toMatchObject({ email, role: "staff" });

    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/invitation",
      payload: { token, password: "another-long-passphrase" },
    });
    expect(again.statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/auth/invitation/${token}` })).statusCode).toBe(
      404,
    );
    await expect(login(t.app, { email, password: "my-own-long-passphrase" })).resolves.toBeTruthy();
  });

  it("stops working after 7 days", async () => {
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", municipality);
    const email = `late-${Date.now()}@example.test`;
    await admin.request("POST", "/api/users", { email, displayName: "Sen", role: "staff" });
    const token = tokenOf(await linkSentTo(email));
    t.clock.advance(minutes(7 * 24 * 60 + 1));
    const accepted = await t.app.inject({
      method: "POST",
      url: "/api/auth/invitation",
      payload: { token, password: "my-own-long-passphrase" },
    });
    expect(accepted.statusCode).toBe(404);
  });
});

describe("password reset", () => {
  it("answers 202 whether or not the address is known, and mails only known ones", async () => {
    const user = await createUser(t.db, { role: "youth", municipality });
    const known = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset",
      payload: { email: user.email },
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset",
      payload: { email: "nobody-here@example.test" },
    });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    await expect(linkSentTo(user.email)).resolves.toContain("/reset-password/");
    await expect(linkSentTo("nobody-here@example.test")).rejects.toThrow();
  });

  it("sets the password once, ends all sessions, and lifts a lock-out", async () => {
    const user = await createUser(t.db, { role: "youth", municipality });
    const oldSession = await login(t.app, user);
    for (let attempt = 0; attempt < 10; attempt++) {
      await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: user.email, password: "guess-guess" },
      });
    }
    const locked = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: user.email, password: user.password },
    });
    expect(locked.statusCode).toBe(429);

    await t.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email: user.email } });
    const token = tokenOf(await linkSentTo(user.email));
    const confirmed = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      payload: { token, password: "reset-long-passphrase" },
    });
    expect(confirmed.statusCode).toBe(204);
    expect((await oldSession.request("GET", "/api/me")).statusCode).toBe(401);
    await expect(
      login(t.app, { email: user.email, password: "reset-long-passphrase" }),
    ).resolves.toBeTruthy();

    const reused = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      payload: { token, password: "another-long-passphrase" },
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().type).toBe("https://nextwork.dk/problems/invalid-token");
  });

  it("stops working after one hour", async () => {
    const user = await createUser(t.db, { role: "youth", municipality });
    await t.app.inject({ method: "POST", url: "/api/auth/password-reset", payload: { email: user.email } });
    const token = tokenOf(await linkSentTo(user.email));
    t.clock.advance(minutes(61));
    const confirmed = await t.app.inject({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      payload: { token, password: "reset-long-passphrase" },
    });
    expect(confirmed.statusCode).toBe(400);
  });
});

describe("when mail cannot be sent", () => {
  it("answers 503 and leaves no half-invited user behind", async () => {
    // Nothing listens on port 1, so every SMTP delivery fails.
    const unreachableSmtp = await createTestApp({ env: { SMTP_URL: "smtp://127.0.0.1:1" } });
    try {
      const home = await createMunicipality(unreachableSmtp.db);
      const { session } = await loggedInUser(
        unreachableSmtp.app,
        unreachableSmtp.db,
        "municipality_admin",
        home,
      );
      const email = `unsent-${Date.now()}@example.test`;
      const response = await session.request("POST", "/api/users", {
        email,
        displayName: "Unsent",
        role: "staff",
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().type).toBe("https://nextwork.dk/problems/service-unavailable");
      const users = (await session.request("GET", "/api/users?limit=200")).json().items;
      expect(users.some((u: { email: string }) => u.email === email)).toBe(false);
    } finally {
      await unreachableSmtp.close();
    }
  });
});
