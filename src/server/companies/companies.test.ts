import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companyBody } from "../../../tests/support/company-factories.js";
import {
  type CompanyFixture,
  createCompany,
  createCompanyContact,
  validCvr,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
  type UserFixture,
} from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, companyContacts, outboxMails, postalCodes, users } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;
let staff: Session;
let staffUser: UserFixture;
let admin: Session;
let sonderborgStaff: Session;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
  ({ session: staff, user: staffUser } = await loggedInUser(t.app, t.db, "staff", roskilde));
  ({ session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde));
  ({ session: sonderborgStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg));
});
afterAll(() => t.close());

const uuid = "0192f7c6-0000-7000-8000-000000000000";

async function auditActionsAbout(subjectId: string) {
  const rows = await t.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, subjectId));
  return rows.map((row) => row.action);
}

describe("access by role", () => {
  it("answers 401 without a session on every company route", async () => {
    const routes = [
      ["GET", "/api/companies"],
      ["GET", `/api/companies/${uuid}`],
      ["POST", "/api/companies"],
      ["PATCH", `/api/companies/${uuid}`],
      ["GET", `/api/companies/${uuid}/contacts`],
      ["POST", `/api/companies/${uuid}/contacts`],
      ["GET", "/api/companies/import/template.csv"],
      ["POST", "/api/companies/import/preview"],
      ["POST", "/api/companies/import"],
    ] as const;
    for (const [method, url] of routes) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("answers 403 to youth, researchers and system admins everywhere, and to contacts on staff routes", async () => {
    const company = await createCompany(t.db, { municipality: roskilde });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const everyRoute = [
      ["GET", "/api/companies"],
      ["GET", `/api/companies/${company.id}`],
      ["POST", "/api/companies"],
      ["PATCH", `/api/companies/${company.id}`],
      ["GET", `/api/companies/${company.id}/contacts`],
      ["POST", `/api/companies/${company.id}/contacts`],
      ["GET", "/api/companies/import/template.csv"],
      ["POST", "/api/companies/import/preview"],
      ["POST", "/api/companies/import"],
    ] as const;
    for (const role of ["youth", "researcher", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role, roskilde);
      for (const [method, url] of everyRoute) {
        const response = await session.request(method, url, method === "GET" ? undefined : {});
        expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
      }
    }
    const staffOnly = everyRoute.filter(
      ([method, url]) => !(url.startsWith(`/api/companies/${company.id}`) && method !== "POST"),
    );
    for (const [method, url] of staffOnly) {
      const response = await contact.request(method, url, method === "GET" ? undefined : {});
      expect(response.statusCode, `company_contact ${method} ${url}`).toBe(403);
    }
  });
});

describe("creating a company", () => {
  it("lets staff and admins add a company to their own municipality, and audits it", async () => {
    const coordinator = await createUser(t.db, { role: "staff", municipality: roskilde });
    const body = companyBody({ coordinatorId: coordinator.id });
    const created = await staff.request("POST", "/api/companies", body);
    expect(created.statusCode).toBe(201);
    const company = created.json();
    expect(company).toMatchObject({
      cvr: body.cvr,
      pNumbers: body.pNumbers,
      name: body.name,
      industry: "Landbrug",
      address: "Møllevej 3",
      postalCode: "4000",
      employeeCount: 8,
      description: body.description,
      offers: body.offers,
      coordinator: { id: coordinator.id, displayName: coordinator.displayName },
      networkMemberSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(Object.keys(company).sort()).toEqual(
      [
        "address",
        "coordinator",
        "createdAt",
        "cvr",
        "description",
        "employeeCount",
        "id",
        "industry",
        "name",
        "networkMemberSince",
        "offers",
        "pNumbers",
        "postalCode",
        "updatedAt",
      ].sort(),
    );
    expect(await auditActionsAbout(company.id)).toEqual(["company.created"]);
    expect((await admin.request("POST", "/api/companies", companyBody())).statusCode).toBe(201);
    // Only the required fields.
    const minimal = await staff.request("POST", "/api/companies", { cvr: validCvr(), name: "Lille Firma" });
    expect(minimal.statusCode).toBe(201);
    expect(minimal.json()).toMatchObject({ pNumbers: [], industry: null, coordinator: null });
  });

  it("checks the CVR number: 8 digits passing the modulus-11 check", async () => {
    for (const cvr of ["12345678", "1234567", "123456789", "abcdefgh", "24256791"]) {
      const response = await staff.request("POST", "/api/companies", companyBody({ cvr }));
      expect(response.statusCode, cvr).toBe(400);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(["cvr"]);
    }
    expect((await staff.request("POST", "/api/companies", companyBody({ cvr: "24256790" }))).statusCode).toBe(
      201,
    );
  });

  it("refuses a CVR number the municipality has with 409 on cvr, but another municipality may have it", async () => {
    const cvr = validCvr();
    expect((await staff.request("POST", "/api/companies", companyBody({ cvr }))).statusCode).toBe(201);
    const duplicate = await admin.request("POST", "/api/companies", companyBody({ cvr }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors).toEqual([{ path: "cvr", message: expect.any(String) }]);
    expect((await sonderborgStaff.request("POST", "/api/companies", companyBody({ cvr }))).statusCode).toBe(
      201,
    );
  });

  it("requires the coordinator to be a staff member of the same municipality", async () => {
    const elsewhere = await createUser(t.db, { role: "staff", municipality: sonderborg });
    const youth = await createUser(t.db, { role: "youth", municipality: roskilde });
    const disabled = await createUser(t.db, { role: "staff", municipality: roskilde, status: "disabled" });
    for (const coordinatorId of [elsewhere.id, youth.id, disabled.id, uuid]) {
      const response = await staff.request("POST", "/api/companies", companyBody({ coordinatorId }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: "coordinatorId", message: expect.any(String) }]);
    }
  });

  it("rejects unknown and invalid fields with field errors", async () => {
    const response = await staff.request("POST", "/api/companies", {
      ...companyBody(),
      municipalityId: sonderborg.id,
      postalCode: "40000",
      employeeCount: -1,
      pNumbers: ["123"],
      name: "",
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["employeeCount", "municipalityId", "name", "pNumbers.0", "postalCode"]);
  });
});

describe("reading and listing", () => {
  let coordinator: UserFixture;
  let bakery: CompanyFixture;
  let farm: CompanyFixture;
  let home: MunicipalityFixture;
  let homeStaff: Session;

  beforeAll(async () => {
    home = await createMunicipality(t.db);
    ({ session: homeStaff } = await loggedInUser(t.app, t.db, "staff", home));
    coordinator = await createUser(t.db, { role: "staff", municipality: home });
    bakery = await createCompany(t.db, { municipality: home, name: "Bageriet 100% Øko", coordinator });
    farm = await createCompany(t.db, { municipality: home, name: "Hestegården" });
    await createCompany(t.db, { municipality: roskilde, name: "Bageriet i Roskilde" });
    const patched = await homeStaff.request("PATCH", `/api/companies/${farm.id}`, { industry: "Landbrug" });
    expect(patched.statusCode).toBe(200);
  });

  const names = async (query: string) => {
    const response = await homeStaff.request("GET", `/api/companies${query}`);
    expect(response.statusCode, query).toBe(200);
    return response.json().items.map((c: { name: string }) => c.name);
  };

  it("lists only the municipality's own companies, page by page", async () => {
    expect(await names("")).toEqual(["Bageriet 100% Øko", "Hestegården"]);
    const first = (await homeStaff.request("GET", "/api/companies?limit=1")).json();
    expect(first.items).toHaveLength(1);
    const second = (
      await homeStaff.request("GET", `/api/companies?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((c: { id: string }) => c.id)).toEqual([farm.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("searches name and CVR and filters by coordinator and industry", async () => {
    expect(await names("?q=bager")).toEqual(["Bageriet 100% Øko"]);
    expect(await names("?q=100%25")).toEqual(["Bageriet 100% Øko"]);
    expect(await names("?q=_")).toEqual([]);
    expect(await names(`?q=${farm.cvr.slice(0, 6)}`)).toContain("Hestegården");
    expect(await names(`?coordinatorId=${coordinator.id}`)).toEqual(["Bageriet 100% Øko"]);
    expect(await names("?industry=landbrug")).toEqual(["Hestegården"]);
    expect((await homeStaff.request("GET", "/api/companies?coordinatorId=nope")).statusCode).toBe(400);
  });

  it("shows a company to staff of its municipality and 404 to any other", async () => {
    const own = await homeStaff.request("GET", `/api/companies/${bakery.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: bakery.id, cvr: bakery.cvr, coordinator: { id: coordinator.id } });
    for (const [method, url, body] of [
      ["GET", `/api/companies/${bakery.id}`, undefined],
      ["PATCH", `/api/companies/${bakery.id}`, { name: "Overtaget" }],
      ["GET", `/api/companies/${bakery.id}/contacts`, undefined],
      ["POST", `/api/companies/${bakery.id}/contacts`, { email: "x@example.test", displayName: "X" }],
    ] as const) {
      const response = await staff.request(method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().type).toBe("https://nextwork.dk/problems/not-found");
    }
    expect((await homeStaff.request("GET", `/api/companies/${uuid}`)).statusCode).toBe(404);
  });
});

describe("editing", () => {
  it("lets staff change every field, audits it, and keeps the CVR unique", async () => {
    const company = await createCompany(t.db, { municipality: roskilde });
    const other = await createCompany(t.db, { municipality: roskilde });
    const changed = await staff.request("PATCH", `/api/companies/${company.id}`, {
      name: "Nyt Navn A/S",
      industry: null,
      coordinatorId: staffUser.id,
      networkMemberSince: "2026-01-15",
      employeeCount: 30,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: "Nyt Navn A/S",
      industry: null,
      coordinator: { id: staffUser.id },
      networkMemberSince: "2026-01-15",
      employeeCount: 30,
      address: "Algade 1",
    });
    expect(await auditActionsAbout(company.id)).toEqual(["company.updated"]);
    const clash = await admin.request("PATCH", `/api/companies/${company.id}`, { cvr: other.cvr });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].path).toBe("cvr");
    const same = await admin.request("PATCH", `/api/companies/${company.id}`, { cvr: company.cvr });
    expect(same.statusCode).toBe(200);
    const bad = await admin.request("PATCH", `/api/companies/${company.id}`, { cvr: "12345678" });
    expect(bad.statusCode).toBe(400);
    const cleared = await staff.request("PATCH", `/api/companies/${company.id}`, { coordinatorId: null });
    expect(cleared.json().coordinator).toBeNull();
  });

  it("lets a company contact edit their own company's profile but not the programme fields, nor other companies", async () => {
    const company = await createCompany(t.db, { municipality: roskilde, coordinator: staffUser });
    const neighbour = await createCompany(t.db, { municipality: roskilde });
    const contact = await login(t.app, await createCompanyContact(t.db, company));

    const read = await contact.request("GET", `/api/companies/${company.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().coordinator).toEqual({ id: staffUser.id, displayName: staffUser.displayName });
    const edited = await contact.request("PATCH", `/api/companies/${company.id}`, {
      description: "Vi har fået nye stalde.",
      offers: "Weekendarbejde og en mentor.",
      pNumbers: ["1000000001", "1000000002"],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      description: "Vi har fået nye stalde.",
      pNumbers: ["1000000001", "1000000002"],
      coordinator: { id: staffUser.id },
    });

    for (const field of [
      { coordinatorId: null },
      { coordinatorId: staffUser.id },
      { networkMemberSince: "2020-01-01" },
      { cvr: validCvr() },
    ]) {
      const refused = await contact.request("PATCH", `/api/companies/${company.id}`, field);
      expect(refused.statusCode, JSON.stringify(field)).toBe(403);
    }
    expect((await contact.request("GET", `/api/companies/${company.id}`)).json().coordinator).not.toBeNull();

    expect((await contact.request("GET", `/api/companies/${neighbour.id}`)).statusCode).toBe(404);
    expect(
      (await contact.request("PATCH", `/api/companies/${neighbour.id}`, { name: "Hacket" })).statusCode,
    ).toBe(404);
    expect((await contact.request("GET", `/api/companies/${neighbour.id}/contacts`)).statusCode).toBe(404);
    // A foreign company answers 404 before the forbidden field is looked at: existence does not leak.
    expect(
      (await contact.request("PATCH", `/api/companies/${neighbour.id}`, { coordinatorId: null })).statusCode,
    ).toBe(404);
  });
});

describe("contact persons", () => {
  it("invites a contact: an invited company_contact linked to the company, a mail and an audit event", async () => {
    const company = await createCompany(t.db, { municipality: roskilde });
    const email = `kontakt-${crypto.randomUUID().slice(0, 8)}@firma.test`;
    const invited = await staff.request("POST", `/api/companies/${company.id}/contacts`, {
      email,
      displayName: "Karen Kontakt",
      jobTitle: "Butikschef",
    });
    expect(invited.statusCode).toBe(201);
    const contact = invited.json();
    expect(contact).toEqual({
      id: expect.any(String),
      email,
      displayName: "Karen Kontakt",
      jobTitle: "Butikschef",
      status: "invited",
      createdAt: expect.any(String),
    });

    const [user] = await t.db.select().from(users).where(eq(users.id, contact.id));
    expect(user).toMatchObject({ role: "company_contact", status: "invited", municipalityId: roskilde.id });
    const [link] = await t.db.select().from(companyContacts).where(eq(companyContacts.userId, contact.id));
    expect(link).toMatchObject({
      companyId: company.id,
      municipalityId: roskilde.id,
      jobTitle: "Butikschef",
    });
    const mails = await t.db.select().from(outboxMails).where(eq(outboxMails.to, email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(company.name);
    expect(mails[0]?.links[0]).toMatch(/^http:\/\/nextwork\.test\/invitation\//);
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, contact.id), eq(auditEvents.action, "user.invited")));
    expect(audited).toHaveLength(1);

    const listed = await admin.request("GET", `/api/companies/${company.id}/contacts`);
    expect(listed.json().items.map((c: { id: string }) => c.id)).toEqual([contact.id]);

    const duplicate = await staff.request("POST", `/api/companies/${company.id}/contacts`, {
      email: email.toUpperCase(),
      displayName: "Igen",
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].path).toBe("email");
    const unknownField = await staff.request("POST", `/api/companies/${company.id}/contacts`, {
      email: "ny@firma.test",
      displayName: "Ny",
      role: "staff",
    });
    expect(unknownField.statusCode).toBe(400);
  });

  it("shows a contact their colleagues but lets only staff invite", async () => {
    const company = await createCompany(t.db, { municipality: roskilde });
    const first = await createCompanyContact(t.db, company);
    const second = await createCompanyContact(t.db, company);
    const session = await login(t.app, first);
    const listed = await session.request("GET", `/api/companies/${company.id}/contacts`);
    expect(listed.statusCode).toBe(200);
    expect(
      listed
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    const invite = await session.request("POST", `/api/companies/${company.id}/contacts`, {
      email: "kollega@firma.test",
      displayName: "Kollega",
    });
    expect(invite.statusCode).toBe(403);
  });
});

describe("postal codes", () => {
  it("checks the postal code against the reference table once it is filled", async () => {
    await t.db
      .insert(postalCodes)
      .values([
        { code: "4000", name: "Roskilde", latitude: 55.64, longitude: 12.08 },
        { code: "6400", name: "Sønderborg", latitude: 54.91, longitude: 9.79 },
      ])
      .onConflictDoNothing();
    const unknown = await staff.request("POST", "/api/companies", companyBody({ postalCode: "0001" }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: "postalCode", message: "Unknown postal code" }]);
    expect(
      (await staff.request("POST", "/api/companies", companyBody({ postalCode: "6400" }))).statusCode,
    ).toBe(201);
    const company = await createCompany(t.db, { municipality: roskilde });
    const patch = await staff.request("PATCH", `/api/companies/${company.id}`, { postalCode: "0001" });
    expect(patch.statusCode).toBe(400);
  });
});

describe("a company contact's own company", () => {
  it("is found from the session, even before the company has any opening", async () => {
    const company = await createCompany(t.db, { municipality: roskilde });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const mine = await contact.request("GET", "/api/companies/mine");
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id: company.id, cvr: company.cvr, name: company.name });
  });

  it("is 404 for a contact user linked to no company, and not for other roles", async () => {
    const { session: unlinked } = await loggedInUser(t.app, t.db, "company_contact", roskilde);
    expect((await unlinked.request("GET", "/api/companies/mine")).statusCode).toBe(404);
    expect((await staff.request("GET", "/api/companies/mine")).statusCode).toBe(403);
  });
});
