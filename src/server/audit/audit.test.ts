import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMunicipality, createUser, loggedInUser, login } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface AuditItem {
  action: string;
  subjectId: string | null;
  actor: { id: string } | null;
  municipality: { id: string } | null;
  ip: string | null;
  requestId: string | null;
}

describe("audit log", () => {
  it("records logins, failures, logouts, invitations and disabling for the municipality's admin", async () => {
    const municipality = await createMunicipality(t.db);
    const staff = await createUser(t.db, { role: "staff", municipality });
    await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: staff.email, password: "wrong-wrong" },
    });
    const staffSession = await login(t.app, staff);
    await staffSession.request("POST", "/api/auth/logout");
    const { session: admin, user: adminUser } = await loggedInUser(
      t.app,
      t.db,
      "municipality_admin",
      municipality,
    );
    const invited = await admin.request("POST", "/api/users", {
      email: `audited-${Date.now()}@example.test`,
      displayName: "Audited",
      role: "staff",
    });
    await admin.request("POST", `/api/users/${staff.id}/disable`);

    const items: AuditItem[] = (await admin.request("GET", "/api/audit-events?limit=200")).json().items;
    const about = (subjectId: string) => items.filter((e) => e.subjectId === subjectId).map((e) => e.action);
    expect(about(staff.id)).toEqual([
      "user.disabled",
      "auth.logout",
      "auth.login_succeeded",
      "auth.login_failed",
    ]);
    expect(about(invited.json().id)).toEqual(["user.invited"]);
    const disabled = items.find((e) => e.action === "user.disabled");
    expect(disabled).toMatchObject({ actor: { id: adminUser.id }, municipality: { id: municipality.id } });
    expect(disabled?.ip).toBeTruthy();
    expect(disabled?.requestId).toBeTruthy();
    expect(items.every((e) => e.municipality?.id === municipality.id)).toBe(true);
  });

  it("keeps one municipality's events from another's admin", async () => {
    const mine = await createMunicipality(t.db);
    const theirs = await createMunicipality(t.db);
    const theirUser = await createUser(t.db, { role: "staff", municipality: theirs });
    await login(t.app, theirUser);
    const { session } = await loggedInUser(t.app, t.db, "municipality_admin", mine);
    const items: AuditItem[] = (await session.request("GET", "/api/audit-events?limit=200")).json().items;
    expect(items.some((e) => e.subjectId === theirUser.id)).toBe(false);
  });

  it("cannot be changed or deleted, even with SQL", async () => {
    const municipality = await createMunicipality(t.db);
    await login(t.app, await createUser(t.db, { role: "staff", municipality }));
    await expect(t.database.pool.query("update audit_events set action = 'tampered'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.pool.query("delete from audit_events")).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query("truncate audit_events")).rejects.toThrow(/append-only/);
  });
});
