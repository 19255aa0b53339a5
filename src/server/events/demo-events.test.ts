import { afterAll, beforeAll, expect, it } from "vitest";
import { login } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { seedDemoData } from "../db/seed.js";

const password = "demo-password-for-test";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, password, t.clock.now());
});
afterAll(() => t.close());

it("gives the Roskilde demo a ranked event whose window has closed, ready for staff to run", async () => {
  const staff = await login(t.app, { email: "staff@roskilde.demo", password });
  const [event] = (await staff.request("GET", "/api/matchmaking-events")).json().items;
  expect(event).toMatchObject({
    status: "ranking",
    rankingOpen: false,
    youthCount: 12,
    openingCount: 6,
    progress: { youthRanked: 12, openingsRanked: 6 },
    proposedAt: null,
  });
  expect(Date.parse(event.rankingClosesAt)).toBeLessThan(t.clock.now().getTime());

  const young = await login(t.app, { email: "ung@roskilde.demo", password });
  const mine = (await young.request("GET", `/api/matchmaking-events/${event.id}/my-ranking`)).json();
  expect(mine.ranking.length).toBeGreaterThanOrEqual(3);
  const contact = await login(t.app, { email: "virksomhed@roskilde.demo", password });
  const seen = (await contact.request("GET", `/api/matchmaking-events/${event.id}`)).json();
  expect(seen.myOpenings).toEqual([expect.objectContaining({ ranked: true })]);

  const proposal = await staff.request("POST", `/api/matchmaking-events/${event.id}/assignment`);
  expect(proposal.statusCode).toBe(200);
  const { summary } = proposal.json();
  expect(summary.assigned).toBeGreaterThan(3);
  expect(summary.byChoice[0]).toBeGreaterThan(0);
  expect(summary.assigned + summary.unassigned).toBe(12);
});
