import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMunicipality, loggedInUser } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("municipalities", () => {
  it("lets a system admin create one and refuses a taken slug or code", async () => {
    const { session } = await loggedInUser(t.app, t.db, "system_admin");
    const created = await session.request("POST", "/api/municipalities", {
      name: "Greve Kommune",
      slug: "greve",
      code: "253",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      name: "Greve Kommune",
      slug: "greve",
      code: "253",
    });
    const clash = await session.request("POST", "/api/municipalities", {
      name: "Greve igen",
      slug: "greve",
      code: "253",
    });
    expect(clash.statusCode).toBe(409);
    expect(
      clash
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["code", "slug"]);
  });

  it("rejects malformed input with field errors", async () => {
    const { session } = await loggedInUser(t.app, t.db, "system_admin");
    const bad = await session.request("POST", "/api/municipalities", {
      name: "",
      slug: "Not A Slug",
      code: "12",
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["code", "name", "slug"]);
  });

  it("refuses creation to everyone but a system admin", async () => {
    for (const role of ["municipality_admin", "staff", "researcher"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role);
      const response = await session.request("POST", "/api/municipalities", {
        name: "X",
        slug: "x-kommune",
        code: "999",
      });
      expect(response.statusCode, role).toBe(403);
    }
  });

  it("shows municipal users only their own municipality, researchers all", async () => {
    const own = await createMunicipality(t.db);
    await createMunicipality(t.db);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", own);
    const staffList = (await staff.request("GET", "/api/municipalities")).json();
    expect(staffList.items).toEqual([{ id: own.id, name: own.name, slug: own.slug, code: own.code }]);
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    const researcherList = (await researcher.request("GET", "/api/municipalities?limit=200")).json();
    expect(researcherList.items.length).toBeGreaterThanOrEqual(2);
  });
});
