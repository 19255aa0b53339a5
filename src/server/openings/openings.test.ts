import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
} from "../../../tests/support/factories.js";
import { openingBody, seedPostalCodes } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
  await seedPostalCodes(t.db);
});
afterAll(() => t.close());

/** A company with a logged-in contact. */
async function companyWithContact(municipality: MunicipalityFixture, employeeCount = 12) {
  const company = await createCompany(t.db, { municipality, employeeCount });
  const contact = await createCompanyContact(t.db, company);
  return { company, contact, session: await login(t.app, contact) };
}

async function loggedInYouth(municipality: MunicipalityFixture): Promise<Session> {
  const young = await createYouth(t.db, { municipality });
  return login(t.app, young.user);
}

const ids = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => item.id);

describe("access", () => {
  it("answers 401 on every route without a session", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    for (const [method, url] of [
      ["GET", "/api/openings"],
      ["GET", `/api/openings/${id}`],
      ["POST", "/api/openings"],
      ["PATCH", `/api/openings/${id}`],
      ["POST", `/api/openings/${id}/status`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("answers 403 to roles that have no business with openings", async () => {
    const { company } = await companyWithContact(roskilde);
    const opening = await createOpening(t.db, company);
    for (const role of ["researcher", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role);
      expect((await session.request("GET", "/api/openings")).statusCode, role).toBe(403);
      expect((await session.request("GET", `/api/openings/${opening.id}`)).statusCode, role).toBe(403);
    }
    const youth = await loggedInYouth(roskilde);
    expect((await youth.request("POST", "/api/openings", openingBody())).statusCode).toBe(403);
    expect((await youth.request("PATCH", `/api/openings/${opening.id}`, { title: "x" })).statusCode).toBe(
      403,
    );
    expect(
      (await youth.request("POST", `/api/openings/${opening.id}/status`, { status: "closed" })).statusCode,
    ).toBe(403);
  });
});

describe("posting an opening", () => {
  it("lets a company contact post for their own company, audited, with the rimelighedskrav", async () => {
    const { company, contact, session } = await companyWithContact(roskilde, 12);
    const response = await session.request("POST", "/api/openings", openingBody({ seats: 2 }));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      company: { id: company.id, name: company.name },
      status: "open",
      hoursPerWeek: 20,
      seats: 2,
      qualitiesWanted: ["reliable"],
      requiresDrivingLicence: false,
      wishId: null,
      createdByUserId: contact.id,
      reasonableShare: { maxTrainees: 2, openSeats: 2, exceeded: false },
    });
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "opening.created"), eq(auditEvents.subjectId, body.id)));
    expect(audit).toMatchObject({
      actorUserId: contact.id,
      municipalityId: roskilde.id,
      subjectType: "opening",
    });
  });

  it("takes the company from the contact, never from the body", async () => {
    const { company, session } = await companyWithContact(roskilde);
    const other = await createCompany(t.db, { municipality: roskilde });
    const own = await session.request("POST", "/api/openings", openingBody({ companyId: company.id }));
    expect(own.statusCode).toBe(201);
    const foreign = await session.request("POST", "/api/openings", openingBody({ companyId: other.id }));
    expect(foreign.statusCode).toBe(404);
  });

  it("lets staff post for a company of their municipality only", async () => {
    const company = await createCompany(t.db, { municipality: roskilde });
    const elsewhere = await createCompany(t.db, { municipality: sonderborg });
    const { user, session } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const created = await session.request("POST", "/api/openings", openingBody({ companyId: company.id }));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ company: { id: company.id }, createdByUserId: user.id });
    const missing = await session.request("POST", "/api/openings", openingBody());
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: "companyId", message: expect.any(String) }]);
    const foreign = await session.request("POST", "/api/openings", openingBody({ companyId: elsewhere.id }));
    expect(foreign.statusCode).toBe(404);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    expect(
      (await admin.request("POST", "/api/openings", openingBody({ companyId: company.id }))).statusCode,
    ).toBe(201);
  });

  it("rejects fewer than 15 hours, no seats, unknown codes and unknown fields with field errors", async () => {
    const { session } = await companyWithContact(roskilde);
    const bad = await session.request(
      "POST",
      "/api/openings",
      openingBody({
        hoursPerWeek: 14,
        seats: 0,
        occupationField: "astronaut",
        supportOffered: ["Nap"],
        x: 1,
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    const paths = bad
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(["hoursPerWeek", "occupationField", "seats", "supportOffered.0", "x"]);
    const atLeast = await session.request(
      "POST",
      "/api/openings",
      openingBody({ hoursPerWeek: 15, seats: 1 }),
    );
    expect(atLeast.statusCode).toBe(201);
  });

  it("rejects a workplace postal code that is not a known one once postal codes are imported", async () => {
    const { session } = await companyWithContact(roskilde);
    const unknown = await session.request(
      "POST",
      "/api/openings",
      openingBody({ workplacePostalCode: "9999" }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: "workplacePostalCode", message: "Unknown postal code" }]);
  });
});

describe("seeing openings", () => {
  it("shows young people the open openings of their own municipality, without internal fields", async () => {
    const municipality = await createMunicipality(t.db);
    const company = await createCompany(t.db, { municipality });
    const open = await createOpening(t.db, company);
    const paused = await createOpening(t.db, company, { status: "paused" });
    const elsewhere = await createOpening(t.db, await createCompany(t.db, { municipality: sonderborg }));
    const youth = await loggedInYouth(municipality);

    const list = await youth.request("GET", "/api/openings");
    expect(list.statusCode).toBe(200);
    expect(ids(list)).toEqual([open.id]);
    const detail = await youth.request("GET", `/api/openings/${open.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().company).toEqual({ id: company.id, name: company.name });
    for (const hidden of ["createdByUserId", "wishId", "reasonableShare", "createdAt"]) {
      expect(detail.json(), hidden).not.toHaveProperty(hidden);
    }
    expect((await youth.request("GET", `/api/openings/${paused.id}`)).statusCode).toBe(404);
    expect((await youth.request("GET", `/api/openings/${elsewhere.id}`)).statusCode).toBe(404);
    expect(ids(await youth.request("GET", "/api/openings?status=paused"))).toEqual([]);
  });

  it("filters by field and hours", async () => {
    const municipality = await createMunicipality(t.db);
    const company = await createCompany(t.db, { municipality });
    const animals = await createOpening(t.db, company, { hoursPerWeek: 20 });
    const shop = await createOpening(t.db, company, { occupationField: "retail", hoursPerWeek: 30 });
    const youth = await loggedInYouth(municipality);
    expect(ids(await youth.request("GET", "/api/openings?field=retail"))).toEqual([shop.id]);
    expect(ids(await youth.request("GET", "/api/openings?minHours=25"))).toEqual([shop.id]);
    expect(ids(await youth.request("GET", "/api/openings?maxHours=25"))).toEqual([animals.id]);
    expect(ids(await youth.request("GET", "/api/openings?minHours=20&maxHours=30"))).toEqual([
      animals.id,
      shop.id,
    ]);
    expect((await youth.request("GET", "/api/openings?minHours=lots")).statusCode).toBe(400);
  });

  it("filters by distance between postal codes and tells how far each workplace is", async () => {
    const municipality = await createMunicipality(t.db);
    const company = await createCompany(t.db, { municipality });
    const roskildeCentre = await createOpening(t.db, company, { workplacePostalCode: "4000" });
    const tune = await createOpening(t.db, company, { workplacePostalCode: "4030" });
    const far = await createOpening(t.db, company, { workplacePostalCode: "6400" });
    const youth = await loggedInYouth(municipality);

    const near = await youth.request("GET", "/api/openings?postalCode=4000&maxKm=10");
    expect(near.statusCode).toBe(200);
    expect(ids(near)).toEqual([roskildeCentre.id, tune.id]);
    const [here, tuneItem] = near.json().items;
    expect(here.distanceKm).toBe(0);
    expect(tuneItem.distanceKm).toBeGreaterThan(5);
    expect(tuneItem.distanceKm).toBeLessThan(10);
    const all = await youth.request("GET", "/api/openings?postalCode=4000");
    expect(ids(all)).toEqual([roskildeCentre.id, tune.id, far.id]);
    expect(all.json().items[2].distanceKm).toBeGreaterThan(150);
    expect(ids(await youth.request("GET", "/api/openings?postalCode=4000&maxKm=1000"))).toHaveLength(3);

    const withoutOrigin = await youth.request("GET", "/api/openings?maxKm=10");
    expect(withoutOrigin.statusCode).toBe(400);
    expect(withoutOrigin.json().errors[0].path).toBe("postalCode");
    expect((await youth.request("GET", "/api/openings?postalCode=9999&maxKm=10")).statusCode).toBe(400);
  });

  it("shows a company contact their own company's openings in every status and nothing of others", async () => {
    const { company, session } = await companyWithContact(roskilde);
    const open = await createOpening(t.db, company);
    const closed = await createOpening(t.db, company, { status: "closed" });
    const other = await createOpening(t.db, await createCompany(t.db, { municipality: roskilde }));
    for (const url of ["/api/openings", "/api/openings?mine=true", "/api/openings?mine=false"]) {
      expect(ids(await session.request("GET", url)), url).toEqual([open.id, closed.id]);
    }
    expect(ids(await session.request("GET", "/api/openings?status=closed"))).toEqual([closed.id]);
    expect((await session.request("GET", `/api/openings/${other.id}`)).statusCode).toBe(404);
    expect((await session.request("PATCH", `/api/openings/${other.id}`, { title: "Mine" })).statusCode).toBe(
      404,
    );
    expect(
      (await session.request("POST", `/api/openings/${other.id}/status`, { status: "closed" })).statusCode,
    ).toBe(404);
  });

  it("shows staff all openings of their municipality, filtered by company and status", async () => {
    const municipality = await createMunicipality(t.db);
    const first = await createCompany(t.db, { municipality });
    const second = await createCompany(t.db, { municipality });
    const a = await createOpening(t.db, first);
    const b = await createOpening(t.db, second, { status: "paused" });
    const elsewhere = await createOpening(t.db, await createCompany(t.db, { municipality: sonderborg }));
    const { session } = await loggedInUser(t.app, t.db, "staff", municipality);
    expect(ids(await session.request("GET", "/api/openings"))).toEqual([a.id, b.id]);
    expect(ids(await session.request("GET", `/api/openings?companyId=${second.id}`))).toEqual([b.id]);
    expect(ids(await session.request("GET", "/api/openings?status=paused"))).toEqual([b.id]);
    expect(ids(await session.request("GET", "/api/openings?mine=true"))).toEqual([]);
    const detail = await session.request("GET", `/api/openings/${a.id}`);
    expect(detail.json().reasonableShare).toEqual({ maxTrainees: 2, openSeats: 1, exceeded: false });
    expect((await session.request("GET", `/api/openings/${elsewhere.id}`)).statusCode).toBe(404);
    expect((await session.request("PATCH", `/api/openings/${elsewhere.id}`, { title: "x" })).statusCode).toBe(
      404,
    );
  });

  it("pages with a cursor", async () => {
    const municipality = await createMunicipality(t.db);
    const company = await createCompany(t.db, { municipality });
    for (let i = 0; i < 5; i++) await createOpening(t.db, company);
    const youth = await loggedInYouth(municipality);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = await youth.request("GET", `/api/openings?limit=2${query}`);
      expect(page.statusCode).toBe(200);
      seen.push(...ids(page));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(5);
  });
});

describe("changing an opening", () => {
  it("keeps at least the seats approved internships hold", async () => {
    const { company, session } = await companyWithContact(roskilde);
    const opening = await createOpening(t.db, company, { seats: 3, seatsTaken: 2 });
    const tooFew = await session.request("PATCH", `/api/openings/${opening.id}`, { seats: 1 });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().errors.map((e: { path: string }) => e.path)).toEqual(["seats"]);
    const enough = await session.request("PATCH", `/api/openings/${opening.id}`, { seats: 2 });
    expect(enough.statusCode).toBe(200);
    expect(enough.json()).toMatchObject({ seats: 2, seatsTaken: 2 });
  });

  it("edits fields, clears optional ones with null, and validates like posting", async () => {
    const { company, session } = await companyWithContact(roskilde);
    const opening = await createOpening(t.db, company, { mentorName: "Hanne" });
    const edited = await session.request("PATCH", `/api/openings/${opening.id}`, {
      title: "Ny titel",
      hoursPerWeek: 25,
      mentorName: null,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: "Ny titel", hoursPerWeek: 25, mentorName: null });
    const bad = await session.request("PATCH", `/api/openings/${opening.id}`, {
      hoursPerWeek: 10,
      seats: 0,
      companyId: company.id,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["companyId", "hoursPerWeek", "seats"]);
  });

  it("pauses, reopens, fills, frees a seat and closes; closed is final", async () => {
    const { company, session } = await companyWithContact(roskilde);
    const opening = await createOpening(t.db, company);
    const status = (to: string) =>
      session.request("POST", `/api/openings/${opening.id}/status`, { status: to });
    for (const to of ["paused", "open", "filled", "open", "paused", "closed"]) {
      const response = await status(to);
      expect(response.statusCode, to).toBe(200);
      expect(response.json().status).toBe(to);
    }
    for (const to of ["open", "paused", "filled"]) {
      const refused = await status(to);
      expect(refused.statusCode, to).toBe(409);
      expect(refused.json().type).toBe("https://nextwork.dk/problems/conflict");
    }
    expect((await status("closed")).statusCode).toBe(200);
    expect(
      (await session.request("PATCH", `/api/openings/${opening.id}`, { title: "Igen" })).statusCode,
    ).toBe(409);
    expect((await status("archived")).statusCode).toBe(400);
    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "opening.status_changed"), eq(auditEvents.subjectId, opening.id)));
    expect(audited).toHaveLength(6);
  });

  it("refuses a filled opening going to paused", async () => {
    const { company, session } = await companyWithContact(roskilde);
    const opening = await createOpening(t.db, company, { status: "filled" });
    const refused = await session.request("POST", `/api/openings/${opening.id}/status`, { status: "paused" });
    expect(refused.statusCode).toBe(409);
  });
});

describe("the rimelighedskrav", () => {
  it("warns, without blocking, when the seats across open openings exceed what the company may take", async () => {
    // 12 ordinary employees allow 2 trainees.
    const { company, session } = await companyWithContact(roskilde, 12);
    await createOpening(t.db, company, { seats: 2 });
    await createOpening(t.db, company, { seats: 5, status: "paused" });
    const within = await session.request("POST", "/api/openings", openingBody({ seats: 1 }));
    expect(within.statusCode).toBe(201);
    expect(within.json().reasonableShare).toEqual({ maxTrainees: 2, openSeats: 3, exceeded: true });

    const paused = await session.request("POST", `/api/openings/${within.json().id}/status`, {
      status: "paused",
    });
    expect(paused.json().reasonableShare).toEqual({ maxTrainees: 2, openSeats: 2, exceeded: false });
    const listed = await session.request("GET", "/api/openings");
    for (const item of listed.json().items) {
      expect(item.reasonableShare).toEqual({ maxTrainees: 2, openSeats: 2, exceeded: false });
    }
  });

  it("gives no warning when the company's number of employees is unknown", async () => {
    const { company } = await companyWithContact(roskilde);
    const { companies } = await import("../companies/companies.tables.js");
    await t.db.update(companies).set({ employeeCount: null }).where(eq(companies.id, company.id));
    const opening = await createOpening(t.db, company, { seats: 9 });
    const { session } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const detail = await session.request("GET", `/api/openings/${opening.id}`);
    expect(detail.json().reasonableShare).toEqual({ maxTrainees: null, openSeats: 9, exceeded: false });
  });
});
