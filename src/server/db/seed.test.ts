import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { login } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { demoAccounts, seedDemoData } from "./seed.js";

const password = "demo-password-for-test";
let t: TestApp;
let seededFirstTime: boolean;
beforeAll(async () => {
  t = await createTestApp();
  seededFirstTime = await seedDemoData(t.db, password);
});
afterAll(() => t.close());

async function count(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0].n;
  } finally {
    await client.end();
  }
}

it("seeds an empty database once, with every demo account able to log in to its home", async () => {
  expect(seededFirstTime).toBe(true);
  expect(await seedDemoData(t.db, password)).toBe(false);
  for (const account of demoAccounts) {
    const session = await login(t.app, { email: account.email, password });
    const me = (await session.request("GET", "/api/me")).json();
    expect(me.role).toBe(account.role);
    expect(me.municipality?.slug ?? null).toBe(account.municipalitySlug);
  }
  const roles = new Set(demoAccounts.map((a) => a.role));
  expect(roles.size).toBe(6);
});

it("fills Roskilde and Sønderborg with a living network", async () => {
  const inRoskilde = (table: string, extra = "") =>
    count(
      `select count(*)::int as n from ${table} t join municipalities m on m.id = t.municipality_id where m.slug = 'roskilde' ${extra}`,
    );
  expect(await inRoskilde("youth")).toBe(30);
  expect(await inRoskilde("companies")).toBe(20);
  expect(await inRoskilde("wishes")).toBe(10);
  const openingsPerCompany = await count(
    "select count(*)::int as n from companies c where (select count(*) from openings o where o.company_id = c.id) not between 1 and 3",
  );
  expect(openingsPerCompany).toBe(0);
  const consenting = await inRoskilde(
    "youth",
    "and exists (select 1 from youth_consents c where c.youth_id = t.id and c.granted)",
  );
  expect(consenting).toBeGreaterThan(20);
  expect(consenting).toBeLessThan(30);
  expect(
    await count(
      "select count(*)::int as n from youth t join municipalities m on m.id = t.municipality_id where m.slug = 'sonderborg'",
    ),
  ).toBeGreaterThan(0);
  expect(await count("select count(*)::int as n from postal_codes")).toBeGreaterThan(10);

  const young = await login(t.app, { email: "ung@roskilde.demo", password });
  const profile = (await young.request("GET", "/api/youth/me")).json();
  expect(profile.completeness).toEqual({ percent: 100, missing: [] });
  expect(profile.consents).toContainEqual(
    expect.objectContaining({ kind: "profile_visible_to_companies", granted: true }),
  );

  const contact = await login(t.app, { email: "virksomhed@roskilde.demo", password });
  const visible = (await contact.request("GET", "/api/youth?limit=200")).json().items;
  expect(visible.length).toBe(consenting);
  expect(visible.some((item: { id: string }) => item.id === profile.id)).toBe(true);
});
