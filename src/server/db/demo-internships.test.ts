import { afterAll, beforeAll, expect, it } from "vitest";
import { login } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { seedDemoData } from "./seed.js";

const password = "demo-password-for-test";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, password);
});
afterAll(() => t.close());

const as = (email: string) => login(t.app, { email, password });

it("gives the demo young person a running internship at the demo company, holding its seat", async () => {
  const young = await as("ung@roskilde.demo");
  const own = (await young.request("GET", "/api/internships")).json().items;
  expect(own).toHaveLength(1);
  expect(own[0]).toMatchObject({ status: "active", company: { name: "Fjordens Dyrepension" } });
  const detail = (await young.request("GET", `/api/internships/${own[0].id}`)).json();
  expect(detail.checkIns.map((entry: { side: string }) => entry.side)).toEqual(["youth", "youth"]);
  expect(detail.absences).toEqual([expect.objectContaining({ kind: "sick", recordedBy: "youth" })]);
  expect(detail.mentor.name).toBeTruthy();

  const staff = await as("staff@roskilde.demo");
  const seen = (await staff.request("GET", `/api/internships/${own[0].id}`)).json();
  expect(seen.checkIns).toHaveLength(4);
  // Both sides checked in every finished week and one sick day is far from a fifth: no warning.
  expect(seen.warnings).toEqual([]);
  const opening = (await staff.request("GET", "/api/internships?status=active")).json().items[0].opening;
  expect(opening.title).toBe("Hjælper i hestestalden");
});

it("shows the demo company a completed internship with both sides' evaluations", async () => {
  const contact = await as("virksomhed@roskilde.demo");
  const trainees = (await contact.request("GET", "/api/internships")).json().items;
  expect(trainees.map((item: { status: string }) => item.status).sort()).toEqual(["active", "completed"]);
  const completed = trainees.find((item: { status: string }) => item.status === "completed");
  const detail = (await contact.request("GET", `/api/internships/${completed.id}`)).json();
  expect(detail.evaluations.map((entry: { side: string }) => entry.side)).toEqual(["youth", "company"]);
  expect(detail.youth.displayName).toBeUndefined();
});
