import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInUser } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { occupationFields, postalCodes } from "../db/schema.js";
import { insertKnownPostalCodes, knownPostalCodes } from "./known-postal-codes.js";
import { importPostalCodes } from "./postal-code-import.js";
import { checkPostalCode, checkPostalCodes, townName } from "./postal-codes.js";
import { occupationFieldVocabulary, strengthVocabulary, supportVocabulary } from "./vocabulary.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const vocabularyRoutes = [
  "/api/reference/occupation-fields",
  "/api/reference/strengths",
  "/api/reference/support",
];

describe("reference API", () => {
  it("answers 401 without a session", async () => {
    for (const url of [...vocabularyRoutes, "/api/postal-codes/4000"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("gives every signed-in role the vocabularies", async () => {
    for (const role of ["youth", "company_contact", "staff", "researcher", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role);
      for (const url of vocabularyRoutes) {
        expect((await session.request("GET", url)).statusCode, `${role} ${url}`).toBe(200);
      }
    }
  });

  it("lists the occupation fields with their names and ISCO groups", async () => {
    const { session } = await loggedInUser(t.app, t.db, "youth");
    const { items } = (await session.request("GET", "/api/reference/occupation-fields")).json();
    expect(items).toHaveLength(occupationFieldVocabulary.length);
    expect(items).toContainEqual({
      code: "animals-nature",
      name: { da: "Dyr og natur", en: "Animals and nature" },
      iscoCode: "92",
    });
  });

  it("lists strengths and support codes with Danish and English names", async () => {
    const { session } = await loggedInUser(t.app, t.db, "company_contact");
    const strengths = (await session.request("GET", "/api/reference/strengths")).json().items;
    expect(strengths).toHaveLength(strengthVocabulary.length);
    expect(strengths).toContainEqual({ code: "reliable", name: { da: "Pålidelig", en: "Reliable" } });
    const support = (await session.request("GET", "/api/reference/support")).json().items;
    expect(support).toHaveLength(supportVocabulary.length);
    expect(support).toContainEqual({ code: "mentor", name: { da: "Fast mentor", en: "A mentor" } });
  });

  it("leaves retired occupation fields out", async () => {
    await t.db.insert(occupationFields).values({
      code: "retired-test-field",
      nameDa: "Udgået",
      nameEn: "Retired",
      iscoCode: "9",
      introducedInVersion: 1,
      retiredInVersion: 2,
    });
    const { session } = await loggedInUser(t.app, t.db, "staff");
    const { items } = (await session.request("GET", "/api/reference/occupation-fields")).json();
    expect(items.map((item: { code: string }) => item.code)).not.toContain("retired-test-field");
  });
});

describe("postal codes", () => {
  it("are unchecked while none are imported", async () => {
    expect(await checkPostalCode(t.db, "4000")).toBe("unchecked");
    expect(await checkPostalCodes(t.db, ["4000", "9999"])).toEqual(
      new Map([
        ["4000", "unchecked"],
        ["9999", "unchecked"],
      ]),
    );
    expect(await townName(t.db, "4000")).toBeUndefined();
    const { session } = await loggedInUser(t.app, t.db, "youth");
    expect((await session.request("GET", "/api/postal-codes/4000")).statusCode).toBe(404);
  });

  it("are known or unknown once the table is filled", async () => {
    await insertKnownPostalCodes(t.db);
    expect(await checkPostalCode(t.db, "6400")).toBe("known");
    expect(await checkPostalCode(t.db, "9999")).toBe("unknown");
    expect(await checkPostalCodes(t.db, ["4000", "9999", "4000"])).toEqual(
      new Map([
        ["4000", "known"],
        ["9999", "unknown"],
      ]),
    );
    expect(await checkPostalCodes(t.db, [])).toEqual(new Map());
    expect(await townName(t.db, "6300")).toBe("Gråsten");
  });

  it("answers a known postal code with its town and centre, else 404, and 400 for a malformed one", async () => {
    const { session } = await loggedInUser(t.app, t.db, "company_contact");
    const roskilde = await session.request("GET", "/api/postal-codes/4000");
    expect(roskilde.statusCode).toBe(200);
    expect(roskilde.json()).toEqual({
      code: "4000",
      name: "Roskilde",
      latitude: 55.6415,
      longitude: 12.0803,
    });
    const unknown = await session.request("GET", "/api/postal-codes/9999");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toContain("application/problem+json");
    const malformed = await session.request("GET", "/api/postal-codes/40a0");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((e: { path: string }) => e.path)).toEqual(["code"]);
  });

  it("import upserts, and the known set does not overwrite imported entries", async () => {
    const result = await importPostalCodes(t.db, [
      { code: "4000", name: "Roskilde (official)", latitude: 55.64, longitude: 12.08 },
      { code: "8000", name: "Aarhus C", latitude: 56.1567, longitude: 10.2039 },
    ]);
    expect(result).toEqual({ added: 1, updated: 1 });
    await insertKnownPostalCodes(t.db);
    expect(await townName(t.db, "4000")).toBe("Roskilde (official)");
    expect(await t.db.$count(postalCodes)).toBe(knownPostalCodes.length + 1);
  });
});
