import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companyImportCsv } from "../../../tests/support/company-factories.js";
import { createCompany, createCompanyContact } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type Session,
} from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, companies } from "../db/schema.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Posts a CSV file as the session's user, as the UI's upload does. */
function postCsv(session: Session, url: string, csv: string, contentType = "text/csv; charset=utf-8") {
  return t.app.inject({
    method: "POST",
    url,
    headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken, "content-type": contentType },
    payload: csv,
  });
}

async function companiesIn(municipality: { id: string }): Promise<number> {
  const [row] = await t.db
    .select({ n: count() })
    .from(companies)
    .where(eq(companies.municipalityId, municipality.id));
  return row?.n ?? 0;
}

async function staffOfNewMunicipality() {
  const municipality = await createMunicipality(t.db);
  const { session, user } = await loggedInUser(t.app, t.db, "staff", municipality);
  return { municipality, session, user };
}

describe("description", () => {
  it("describes the import routes as taking text/csv in OpenAPI", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const path of ["/api/companies/import", "/api/companies/import/preview"]) {
      expect(Object.keys(spec.paths[path].post.requestBody.content), path).toEqual(["text/csv"]);
    }
    expect(
      Object.keys(spec.paths["/api/companies/import/template.csv"].get.responses["200"].content),
    ).toEqual(["text/csv"]);
  });
});

describe("template", () => {
  it("downloads a semicolon-separated UTF-8 template with a BOM that previews without errors", async () => {
    const { session } = await staffOfNewMunicipality();
    const template = await session.request("GET", "/api/companies/import/template.csv");
    expect(template.statusCode).toBe(200);
    expect(template.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(template.headers["content-disposition"]).toContain("attachment");
    expect(template.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header] = template.body.slice(1).split("\r\n");
    expect(header).toBe(
      "cvr;name;industry;address;postal_code;employee_count;description;offers;p_numbers;coordinator_email",
    );
    const preview = await postCsv(session, "/api/companies/import/preview", template.body);
    expect(preview.json()).toEqual({ rowCount: 1, validRowCount: 1, errors: [] });
  });
});

describe("preview", () => {
  it("lists every row's errors, including CVRs that exist, and writes nothing", async () => {
    const { municipality, session } = await staffOfNewMunicipality();
    const existing = await createCompany(t.db, { municipality });
    const good = companyImportCsv(2).trimEnd().split("\r\n");
    const csv = [
      ...good,
      `${existing.cvr};Findes allerede;;;;;;;;`,
      "12345678;;;;4000;ti;;;;nobody@example.test",
      good[1],
    ].join("\n");
    const before = await companiesIn(municipality);
    const preview = await postCsv(session, "/api/companies/import/preview", csv);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      rowCount: 5,
      validRowCount: 2,
      errors: [
        { row: 4, column: "cvr", message: "A company with this CVR number exists in the municipality" },
        { row: 5, column: "cvr", message: expect.stringContaining("modulus-11") },
        { row: 5, column: "name", message: "Required" },
        { row: 5, column: "employee_count", message: "Must be a whole number" },
        { row: 6, column: "cvr", message: "The same CVR number as row 2" },
      ],
    });
    expect(await companiesIn(municipality)).toBe(before);
  });

  it("checks coordinator emails against the municipality's staff", async () => {
    const { session } = await staffOfNewMunicipality();
    const elsewhere = await createUser(t.db, { role: "staff", municipality: await createMunicipality(t.db) });
    const preview = await postCsv(
      session,
      "/api/companies/import/preview",
      companyImportCsv(1, { coordinatorEmail: elsewhere.email }),
    );
    expect(preview.json().errors).toEqual([
      { row: 2, column: "coordinator_email", message: "No staff member of the municipality has this email" },
    ]);
  });

  it("takes text/csv only, and at most 5 MB", async () => {
    const { session } = await staffOfNewMunicipality();
    const json = await session.request("POST", "/api/companies/import/preview", { csv: "cvr;name" });
    expect(json.statusCode).toBe(415);
    expect(json.headers["content-type"]).toContain("application/problem+json");
    const plain = await postCsv(session, "/api/companies/import/preview", "cvr;name\n", "text/plain");
    expect(plain.statusCode).toBe(415);
    const huge = await postCsv(session, "/api/companies/import/preview", "x".repeat(5 * 1024 * 1024 + 1));
    expect(huge.statusCode).toBe(413);
  });
});

describe("import", () => {
  it("imports nothing when any row has an error, and says which", async () => {
    const { municipality, session } = await staffOfNewMunicipality();
    const rows = companyImportCsv(50).trimEnd().split("\r\n");
    rows.splice(30, 0, "24256791;Forkert CVR;;;;;;;;");
    const response = await postCsv(session, "/api/companies/import", rows.join("\r\n"));
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors).toEqual([
      { path: "rows.31.cvr", message: expect.stringContaining("modulus-11") },
    ]);
    expect(await companiesIn(municipality)).toBe(0);
  });

  it("imports every row with its coordinator, audits it once, and refuses the same file twice", async () => {
    const { municipality, session, user } = await staffOfNewMunicipality();
    const csv = companyImportCsv(3, { coordinatorEmail: user.email.toUpperCase() });
    const imported = await postCsv(session, "/api/companies/import", csv);
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toEqual({ imported: 3 });
    const listed = (await session.request("GET", "/api/companies")).json().items;
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({
      name: "Importeret Firma 1 ApS",
      description: "Butik med café; åbent alle dage",
      pNumbers: ["1012345678", "1012345679"],
      employeeCount: 5,
      coordinator: { id: user.id },
    });
    const audited = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.municipalityId, municipality.id));
    expect(audited.filter((e) => e.action === "company.imported")).toHaveLength(1);

    const again = await postCsv(session, "/api/companies/import", csv);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toHaveLength(3);
    const empty = await postCsv(session, "/api/companies/import", "cvr;name\r\n");
    expect(empty.json().errors).toEqual([{ path: "rows.0", message: "The file has no companies" }]);
    expect(await companiesIn(municipality)).toBe(3);
  });

  it("lets admins import but not company contacts", async () => {
    const municipality = await createMunicipality(t.db);
    const { session: adminSession } = await loggedInUser(t.app, t.db, "municipality_admin", municipality);
    expect((await postCsv(adminSession, "/api/companies/import", companyImportCsv(1))).statusCode).toBe(201);
    const contact = await login(
      t.app,
      await createCompanyContact(t.db, await createCompany(t.db, { municipality })),
    );
    expect((await postCsv(contact, "/api/companies/import/preview", companyImportCsv(1))).statusCode).toBe(
      403,
    );
    expect((await postCsv(contact, "/api/companies/import", companyImportCsv(1))).statusCode).toBe(403);
  });

  it("imports a file of 5,000 companies", async () => {
    const { municipality, session } = await staffOfNewMunicipality();
    const response = await postCsv(session, "/api/companies/import", companyImportCsv(5_000));
    expect(response.statusCode, response.body.slice(0, 500)).toBe(201);
    expect(response.json()).toEqual({ imported: 5_000 });
    expect(await companiesIn(municipality)).toBe(5_000);
  });
});
