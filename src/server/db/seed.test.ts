import { afterAll, beforeAll, expect, it } from "vitest";
import { login } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { demoAccounts, seedDemoData } from "./seed.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it("seeds an empty database once, with every demo account able to log in to its home", async () => {
  expect(await seedDemoData(t.db, "demo-password-for-test")).toBe(true);
  expect(await seedDemoData(t.db, "demo-password-for-test")).toBe(false);
  for (const account of demoAccounts) {
    const session = await login(t.app, { email: account.email, password: "demo-password-for-test" });
    const me = (await session.request("GET", "/api/me")).json();
    expect(me.role).toBe(account.role);
    expect(me.municipality?.slug ?? null).toBe(account.municipalitySlug);
  }
  const roles = new Set(demoAccounts.map((a) => a.role));
  expect(roles.size).toBe(6);
});
