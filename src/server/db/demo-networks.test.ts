import { afterAll, beforeAll, expect, it } from "vitest";
import { login } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { seedDemoData } from "./seed.js";

const password = "demo-password-for-test";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, password, t.clock.now());
});
afterAll(() => t.close());

const as = (email: string) => login(t.app, { email, password });

it("puts the demo young person in a network group with upcoming meetings and a living board", async () => {
  const young = await as("ung@roskilde.demo");
  const groups = (await young.request("GET", "/api/groups")).json().items;
  expect(groups).toHaveLength(1);
  expect(groups[0].name).toBe("Tirsdagsgruppen");

  const upcoming = (await young.request("GET", `/api/groups/${groups[0].id}/meetings`)).json().items;
  expect(upcoming.length).toBeGreaterThanOrEqual(8);
  expect(upcoming.every((meeting: { status: string }) => meeting.status === "planned")).toBe(true);

  const board = (await young.request("GET", `/api/groups/${groups[0].id}/board`)).json();
  expect(board.items).toHaveLength(3);
  expect(board.items.some((post: { author: { mine: boolean } }) => post.author.mine)).toBe(true);
  expect(board.items.flatMap((post: { replies: unknown[] }) => post.replies).length).toBeGreaterThan(0);

  const reflections = (await young.request("GET", "/api/me/reflections")).json().items;
  expect(reflections).toEqual([expect.objectContaining({ sharedWithCounsellor: true })]);
});

it("gives staff two groups with past attendance and one member who raises the missed-meetings signal", async () => {
  const staff = await as("staff@roskilde.demo");
  const groups = (await staff.request("GET", "/api/groups")).json().items;
  expect(groups.map((group: { name: string }) => group.name).sort()).toEqual([
    "Tirsdagsgruppen",
    "Torsdagsgruppen",
  ]);
  for (const group of groups) {
    const stability = (await staff.request("GET", `/api/groups/${group.id}/attendance-stability`)).json()
      .items;
    expect(stability).toHaveLength(8);
    expect(stability.every((member: { heldMeetings: number }) => member.heldMeetings >= 6)).toBe(true);
  }
  const signals = (await staff.request("GET", "/api/attendance-signals?counsellor=me")).json().items;
  expect(signals).toHaveLength(1);
  expect(signals[0].signal).toBe(true);
  expect(signals[0].missedInARow).toBeGreaterThanOrEqual(2);
});

it("gives the demo company a year of network meetings with past attendance and one to answer", async () => {
  const contact = await as("virksomhed@roskilde.demo");
  const year = Number(
    new Intl.DateTimeFormat("en", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(t.clock.now()),
  );
  const programmes = [];
  for (const shown of [year - 1, year, year + 1])
    programmes.push((await contact.request("GET", `/api/network-meetings?year=${shown}`)).json());
  const meetings = programmes.flatMap((programme) => programme.items);
  expect(meetings).toHaveLength(7);
  // Fjordens Dyrepension came to four of the five held meetings.
  expect(programmes.reduce((sum, programme) => sum + programme.attendance.attended, 0)).toBe(4);
  const upcoming = meetings.filter((meeting: { past: boolean }) => !meeting.past);
  expect(upcoming).toHaveLength(2);
  expect(upcoming[0].myAnswer).toBeNull();

  const staff = await as("staff@roskilde.demo");
  const held = meetings.filter((meeting: { past: boolean }) => meeting.past);
  const detail = (await staff.request("GET", `/api/network-meetings/${held[0].id}`)).json();
  expect(detail.minutes).toBeTruthy();
  expect(detail.counts.attended).toBeGreaterThan(0);
});

it("lets the demo young person see Gartneriet's recommendation to Hotel Fjordudsigt", async () => {
  const young = await as("ung@roskilde.demo");
  const { received } = (await young.request("GET", "/api/referrals")).json();
  expect(received).toEqual([
    expect.objectContaining({
      fromCompany: expect.objectContaining({ name: "Gartneriet Svogerslev" }),
      toCompany: expect.objectContaining({ name: "Hotel Fjordudsigt" }),
    }),
  ]);
  expect(received[0].toCompanyOpenings.length).toBeGreaterThan(0);
});

it("shows the demo young person that a meeting of their group was moved", async () => {
  const young = await as("ung@roskilde.demo");
  const { items } = (await young.request("GET", "/api/me/reminders")).json();
  expect(items).toEqual([expect.objectContaining({ kind: "meeting_moved", title: "Tirsdagsgruppen" })]);
});
