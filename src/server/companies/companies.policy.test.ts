import { describe, expect, it } from "vitest";
import type { Role } from "../db/schema.js";
import type { CurrentUser } from "../platform/sessions.js";
import { forbiddenCompanyChanges, mayReachCompany, municipalityScopeOf } from "./companies.policy.js";

const user = (role: Role, municipalityId: string | null = "m-1"): CurrentUser => ({
  id: "u-1",
  email: "u@example.test",
  displayName: "U",
  role,
  locale: "da",
  municipalityId,
  municipality: null,
});

describe("companies policy", () => {
  it("lets managers reach every company of their municipality, a contact only their own", () => {
    expect(mayReachCompany(user("staff"), "c-1", undefined)).toBe(true);
    expect(mayReachCompany(user("municipality_admin"), "c-1", undefined)).toBe(true);
    expect(mayReachCompany(user("company_contact"), "c-1", "c-1")).toBe(true);
    expect(mayReachCompany(user("company_contact"), "c-1", "c-2")).toBe(false);
    expect(mayReachCompany(user("company_contact"), "c-1", undefined)).toBe(false);
    expect(mayReachCompany(user("youth"), "c-1", "c-1")).toBe(false);
  });

  it("keeps the programme fields and the CVR number for managers, whatever value a contact sends", () => {
    const current = { cvr: "11111111" };
    expect(
      forbiddenCompanyChanges(
        user("staff"),
        { coordinatorId: null, networkMemberSince: "2026-01-01", cvr: "12345674" },
        current,
      ),
    ).toEqual([]);
    expect(
      forbiddenCompanyChanges(
        user("company_contact"),
        { name: "Ny", offers: null, cvr: current.cvr },
        current,
      ),
    ).toEqual([]);
    expect(
      forbiddenCompanyChanges(
        user("company_contact"),
        { coordinatorId: null, networkMemberSince: null, cvr: "12345674" },
        current,
      ),
    ).toEqual(["coordinatorId", "networkMemberSince", "cvr"]);
  });

  it("scopes to the user's municipality and refuses a user without one", () => {
    expect(municipalityScopeOf(user("staff"))).toEqual({ kind: "municipality", municipalityId: "m-1" });
    expect(() => municipalityScopeOf(user("system_admin", null))).toThrow();
  });
});
