import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInUser } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { buildApp, registeredRoutes } from "../app.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Replaces path parameters so the route matches: a UUID for :id, a token-like string otherwise. */
function concreteUrl(url: string): string {
  return url.replace(/:id\b/g, "0192f7c6-0000-7000-8000-000000000000").replace(/:\w+/g, "x".repeat(43));
}

describe("route inventory", () => {
  const apiRoutes = () =>
    registeredRoutes(t.app).filter((route) => route.url.startsWith("/api") && route.method !== "HEAD");

  it("has an access rule on every route", () => {
    const routes = registeredRoutes(t.app);
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes
      .filter((route) => route.access === undefined)
      .map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it("answers 401 problem+json on every non-public route without a session", async () => {
    const protectedRoutes = apiRoutes().filter((route) => route.access !== "public");
    expect(protectedRoutes.length).toBeGreaterThan(8);
    for (const route of protectedRoutes) {
      const response = await t.app.inject({
        method: route.method as "GET",
        url: concreteUrl(route.url),
        ...(route.method === "GET" ? {} : { payload: {} }),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("fails closed when a route forgets its rule", async () => {
    const app = await buildApp({ config: t.config, database: t.database, clock: t.clock });
    app.get("/api/forgotten", async () => ({ secret: true }));
    await app.ready();
    try {
      expect(registeredRoutes(app).find((r) => r.url === "/api/forgotten")?.access).toBeUndefined();
      const response = await app.inject({ method: "GET", url: "/api/forgotten" });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain("secret");
    } finally {
      await app.close();
    }
  });
});

describe("responses", () => {
  it("sets security headers everywhere and no-store on the API", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.json()).toEqual({ status: "ok" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers["strict-transport-security"]).toBeUndefined();
    const api = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(api.headers["cache-control"]).toBe("no-store");
  });

  it("answers unknown API routes with a 404 problem", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      type: "https://nextwork.dk/problems/not-found",
      status: 404,
      instance: "/api/no-such-thing",
    });
  });

  it("answers a wrong content type with 415 and malformed JSON with 400", async () => {
    const wrongType = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/xml" },
      payload: "<login/>",
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.headers["content-type"]).toContain("application/problem+json");
    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{",
    });
    expect(malformed.statusCode).toBe(400);
  });

  it("hides internals of a 500 and gives the request id", async () => {
    const { session } = await loggedInUser(t.app, t.db, "system_admin");
    await t.database.pool.query("alter table outbox_mails rename to outbox_mails_hidden");
    try {
      const response = await session.request("GET", "/api/admin/outbox");
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body).toMatchObject({ type: "https://nextwork.dk/problems/internal", status: 500 });
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.body).not.toMatch(/outbox_mails|select|relation|at /i);
    } finally {
      await t.database.pool.query("alter table outbox_mails_hidden rename to outbox_mails");
    }
  });

  it("describes every API route in OpenAPI 3.1 with its error responses", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/auth/login",
        "/api/users",
        "/api/users/{id}/disable",
        "/api/municipalities",
        "/api/audit-events",
      ]),
    );
    expect(spec.paths["/api/auth/login"].post.responses).toHaveProperty("401");
    const docs = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});

describe("web app", () => {
  it("serves the single-page app at / and at client routes, but not for unknown API paths", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const os = await import("node:os");
    const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "nextwork-web-"));
    fs.writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Nextwork</title>");
    const app = await buildApp({ config: { ...t.config, webRoot }, database: t.database, clock: t.clock });
    try {
      for (const url of ["/", "/login", "/invitation/abc"]) {
        const page = await app.inject({ method: "GET", url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toContain("<title>Nextwork</title>");
        expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      }
      expect((await app.inject({ method: "GET", url: "/api/nothing" })).statusCode).toBe(404);
    } finally {
      await app.close();
      fs.rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
