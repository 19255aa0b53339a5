import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

const invite = (overrides: object = {}) => ({
  email: `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`,
  displayName: "Invitee",
  role: "staff",
  ...overrides,
});

describe("tenant isolation", () => {
  it("gives another municipality's admin 404 for a user and never lists them", async () => {
    const roskildeStaff = await createUser(t.db, { role: "staff", municipality: roskilde });
    const { session: sonderborgAdmin } = await loggedInUser(t.app, t.db, "municipality_admin", sonderborg);
    const direct = await sonderborgAdmin.request("GET", `/api/users/${roskildeStaff.id}`);
    expect(direct.statusCode).toBe(404);
    expect(direct.json().type).toBe("https://nextwork.dk/problems/not-found");
    const disable = await sonderborgAdmin.request("POST", `/api/users/${roskildeStaff.id}/disable`);
    expect(disable.statusCode).toBe(404);

    const listed = await sonderborgAdmin.request("GET", "/api/users?limit=200");
    const items: { id: string; municipality: { id: string } | null }[] = listed.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.municipality?.id === sonderborg.id)).toBe(true);
    expect(items.some((u) => u.id === roskildeStaff.id)).toBe(false);
  });

  it("lets a system admin see users of every municipality", async () => {
    const roskildeStaff = await createUser(t.db, { role: "staff", municipality: roskilde });
    const { session } = await loggedInUser(t.app, t.db, "system_admin");
    expect((await session.request("GET", `/api/users/${roskildeStaff.id}`)).json().email).toBe(
      roskildeStaff.email,
    );
  });

  it("pages through users with a cursor and filters by role", async () => {
    const own = await createMunicipality(t.db);
    const { session } = await loggedInUser(t.app, t.db, "municipality_admin", own);
    for (let i = 0; i < 4; i++) await createUser(t.db, { role: "youth", municipality: own });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = await session.request("GET", `/api/users?limit=2&role=youth${query}`);
      expect(page.statusCode).toBe(200);
      const body: { items: { id: string; role: string }[]; nextCursor: string | null } = page.json();
      expect(body.items.every((u) => u.role === "youth")).toBe(true);
      seen.push(...body.items.map((u) => u.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const badCursor = await session.request("GET", "/api/users?cursor=nonsense");
    expect(badCursor.statusCode).toBe(400);
  });
});

describe("who may invite whom", () => {
  it("lets a municipality admin invite staff and admins into their own municipality only", async () => {
    const { session } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const staff = await session.request("POST", "/api/users", invite({ role: "staff" }));
    expect(staff.statusCode).toBe(201);
    expect(staff.json().municipality.id).toBe(roskilde.id);
    expect(
      (await session.request("POST", "/api/users", invite({ role: "municipality_admin" }))).statusCode,
    ).toBe(201);
    for (const role of ["youth", "company_contact", "researcher", "system_admin"]) {
      const refused = await session.request("POST", "/api/users", invite({ role }));
      expect(refused.statusCode, role).toBe(403);
    }
    const elsewhere = await session.request("POST", "/api/users", invite({ municipalityId: sonderborg.id }));
    expect(elsewhere.statusCode).toBe(404);
  });

  it("lets a system admin invite any role, with a municipality exactly when the role has one", async () => {
    const { session } = await loggedInUser(t.app, t.db, "system_admin");
    expect(
      (await session.request("POST", "/api/users", invite({ role: "youth", municipalityId: roskilde.id })))
        .statusCode,
    ).toBe(201);
    expect((await session.request("POST", "/api/users", invite({ role: "researcher" }))).statusCode).toBe(
      201,
    );
    const missing = await session.request("POST", "/api/users", invite({ role: "staff" }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: "municipalityId", message: expect.any(String) }]);
    const extra = await session.request(
      "POST",
      "/api/users",
      invite({ role: "researcher", municipalityId: roskilde.id }),
    );
    expect(extra.statusCode).toBe(400);
  });

  it("refuses the other roles and a duplicate email", async () => {
    for (const role of ["staff", "youth", "company_contact", "researcher"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role, roskilde);
      expect((await session.request("POST", "/api/users", invite())).statusCode, role).toBe(403);
      expect((await session.request("GET", "/api/users")).statusCode, role).toBe(403);
    }
    const existing = await createUser(t.db, { role: "staff", municipality: roskilde });
    const { session } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const duplicate = await session.request(
      "POST",
      "/api/users",
      invite({ email: existing.email.toUpperCase() }),
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].path).toBe("email");
  });

  it("rejects bad input with field errors and unknown fields", async () => {
    const { session } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    const bad = await session.request("POST", "/api/users", {
      email: "not-an-email",
      displayName: "",
      role: "boss",
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const paths = bad
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(["displayName", "email", "extra", "role"]);
  });
});

describe("disable", () => {
  it("disables a user of one's municipality and ends their sessions", async () => {
    const staff = await createUser(t.db, { role: "staff", municipality: roskilde });
    const staffSession = await login(t.app, staff);
    const { session: admin, user: adminUser } = await loggedInUser(
      t.app,
      t.db,
      "municipality_admin",
      roskilde,
    );
    const disabled = await admin.request("POST", `/api/users/${staff.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().status).toBe("disabled");
    expect((await staffSession.request("GET", "/api/me")).statusCode).toBe(401);
    await expect(login(t.app, staff)).rejects.toThrow();
    expect((await admin.request("POST", `/api/users/${adminUser.id}/disable`)).statusCode).toBe(409);
  });
});

describe("colleagues to choose from", () => {
  it("lists the municipality's active staff, names only, for staff and admins", async () => {
    const own = await createMunicipality(t.db);
    const colleague = await createUser(t.db, {
      role: "staff",
      municipality: own,
      displayName: "Kollega Kirsten",
    });
    await createUser(t.db, { role: "staff", municipality: own, status: "disabled" });
    await createUser(t.db, { role: "youth", municipality: own });
    await createUser(t.db, { role: "staff", municipality: sonderborg });
    const { session: staff, user: me } = await loggedInUser(t.app, t.db, "staff", own);
    const listed = (await staff.request("GET", "/api/staff")).json().items;
    expect(listed).toEqual(
      expect.arrayContaining([
        { id: colleague.id, displayName: "Kollega Kirsten" },
        { id: me.id, displayName: me.displayName },
      ]),
    );
    expect(listed).toHaveLength(2);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", own);
    expect((await admin.request("GET", "/api/staff")).json().items).toHaveLength(2);
    for (const role of ["youth", "company_contact", "researcher", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role, own);
      expect((await session.request("GET", "/api/staff")).statusCode, role).toBe(403);
    }
  });
});
