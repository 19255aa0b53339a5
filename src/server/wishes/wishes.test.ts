import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCompany,
  createCompanyContact,
  createWish,
  createYouth,
  type YouthFixture,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
} from "../../../tests/support/factories.js";
import { openingBody, recordProfileConsent } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents, openings, outboxMails, wishes } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

async function loggedInYoung(municipality: MunicipalityFixture, consented = true) {
  const young = await createYouth(t.db, { municipality, consented });
  return { young, session: await login(t.app, young.user) };
}

async function loggedInContact(municipality: MunicipalityFixture) {
  const company = await createCompany(t.db, { municipality });
  const contact = await createCompanyContact(t.db, company);
  return { company, contact, session: await login(t.app, contact) };
}

const ids = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => item.id);

const wishBody = (overrides: object = {}) => ({
  occupationField: "animals-nature",
  description: "Jeg vil gerne prøve at arbejde i en dyrehandel.",
  hoursPerWeek: 20,
  ...overrides,
});

describe("access", () => {
  it("answers 401 on every route without a session", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    for (const [method, url] of [
      ["GET", "/api/wishes"],
      ["GET", `/api/wishes/${id}`],
      ["POST", "/api/wishes"],
      ["PATCH", `/api/wishes/${id}`],
      ["POST", `/api/wishes/${id}/withdraw`],
      ["POST", `/api/wishes/${id}/answer`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("answers 403 to the wrong roles", async () => {
    const { young } = await loggedInYoung(roskilde);
    const wish = await createWish(t.db, young);
    const { session: contact } = await loggedInContact(roskilde);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const { session: youth } = await loggedInYoung(roskilde);
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    for (const [name, session] of [
      ["contact", contact],
      ["staff", staff],
    ] as const) {
      expect((await session.request("POST", "/api/wishes", wishBody())).statusCode, name).toBe(403);
      expect(
        (await session.request("PATCH", `/api/wishes/${wish.id}`, { description: "x" })).statusCode,
      ).toBe(403);
      expect((await session.request("POST", `/api/wishes/${wish.id}/withdraw`)).statusCode, name).toBe(403);
    }
    expect((await youth.request("POST", `/api/wishes/${wish.id}/answer`, openingBody())).statusCode).toBe(
      403,
    );
    expect((await staff.request("POST", `/api/wishes/${wish.id}/answer`, openingBody())).statusCode).toBe(
      403,
    );
    expect((await researcher.request("GET", "/api/wishes")).statusCode).toBe(403);
  });
});

describe("a young person's wishes", () => {
  it("posts, lists, reads, changes and withdraws their own wishes, audited", async () => {
    const { young, session } = await loggedInYoung(roskilde);
    const created = await session.request("POST", "/api/wishes", wishBody({ areaPostalCode: "4000" }));
    expect(created.statusCode).toBe(201);
    const wish = created.json();
    expect(wish).toMatchObject({
      youthId: young.id,
      occupationField: "animals-nature",
      hoursPerWeek: 20,
      areaPostalCode: "4000",
      status: "open",
    });
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([wish.id]);
    expect((await session.request("GET", `/api/wishes/${wish.id}`)).json().id).toBe(wish.id);

    const changed = await session.request("PATCH", `/api/wishes/${wish.id}`, {
      description: "Heste, helst.",
      areaPostalCode: null,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      description: "Heste, helst.",
      areaPostalCode: null,
      hoursPerWeek: 20,
    });

    const withdrawn = await session.request("POST", `/api/wishes/${wish.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe("withdrawn");
    expect((await session.request("POST", `/api/wishes/${wish.id}/withdraw`)).statusCode).toBe(409);
    expect(
      (await session.request("PATCH", `/api/wishes/${wish.id}`, { description: "Igen" })).statusCode,
    ).toBe(409);
    const actions = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, wish.id));
    expect(actions.map((a) => a.action).sort()).toEqual(["wish.created", "wish.updated", "wish.withdrawn"]);
  });

  it("rejects fewer than 15 hours, an unknown field and unknown fields", async () => {
    const { session } = await loggedInYoung(roskilde);
    const bad = await session.request(
      "POST",
      "/api/wishes",
      wishBody({ hoursPerWeek: 10, occupationField: "astronaut", youthId: "x" }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["hoursPerWeek", "occupationField", "youthId"]);
    const noHours = await session.request("POST", "/api/wishes", wishBody({ hoursPerWeek: undefined }));
    expect(noHours.statusCode).toBe(201);
    expect(noHours.json().hoursPerWeek).toBeNull();
  });

  it("never shows or changes another young person's wish", async () => {
    const { young: other } = await loggedInYoung(roskilde);
    const foreign = await createWish(t.db, other);
    const { session } = await loggedInYoung(roskilde);
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([]);
    expect((await session.request("GET", `/api/wishes/${foreign.id}`)).statusCode).toBe(404);
    expect(
      (await session.request("PATCH", `/api/wishes/${foreign.id}`, { description: "x" })).statusCode,
    ).toBe(404);
    expect((await session.request("POST", `/api/wishes/${foreign.id}/withdraw`)).statusCode).toBe(404);
  });

  it("refuses a youth user without a youth record posting a wish", async () => {
    const { session } = await loggedInUser(t.app, t.db, "youth", roskilde);
    expect((await session.request("POST", "/api/wishes", wishBody())).statusCode).toBe(403);
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([]);
  });
});

describe("what companies and staff see", () => {
  it("shows companies only open wishes of consenting young people of their municipality, minimally", async () => {
    const municipality = await createMunicipality(t.db);
    const consenting = await createYouth(t.db, { municipality });
    const silent = await createYouth(t.db, { municipality, consented: false });
    const open = await createWish(t.db, consenting, { hoursPerWeek: 25 });
    const withdrawn = await createWish(t.db, consenting, { status: "withdrawn" });
    const hidden = await createWish(t.db, silent);
    const elsewhere = await createWish(t.db, await createYouth(t.db, { municipality: sonderborg }));
    const { session } = await loggedInContact(municipality);

    const list = await session.request("GET", "/api/wishes");
    expect(list.statusCode).toBe(200);
    expect(ids(list)).toEqual([open.id]);
    expect(Object.keys(list.json().items[0]).sort()).toEqual([
      "areaPostalCode",
      "createdAt",
      "description",
      "hoursPerWeek",
      "id",
      "occupationField",
      "status",
      "youthId",
    ]);
    expect((await session.request("GET", `/api/wishes/${open.id}`)).statusCode).toBe(200);
    for (const wish of [withdrawn, hidden, elsewhere]) {
      expect((await session.request("GET", `/api/wishes/${wish.id}`)).statusCode).toBe(404);
    }
    expect(ids(await session.request("GET", "/api/wishes?status=withdrawn"))).toEqual([]);
  });

  it("hides a young person's wishes at once when they withdraw their consent", async () => {
    const municipality = await createMunicipality(t.db);
    const young = await createYouth(t.db, { municipality });
    const wish = await createWish(t.db, young);
    const { session } = await loggedInContact(municipality);
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([wish.id]);

    await recordProfileConsent(t.db, young, false);
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([]);
    expect((await session.request("GET", `/api/wishes/${wish.id}`)).statusCode).toBe(404);
    expect((await session.request("POST", `/api/wishes/${wish.id}/answer`, openingBody())).statusCode).toBe(
      404,
    );

    await recordProfileConsent(t.db, young, true, new Date(Date.now() + 1000));
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([wish.id]);
  });

  it("shows staff every wish of their municipality, consent or not, and none of others", async () => {
    const municipality = await createMunicipality(t.db);
    const a = await createWish(t.db, await createYouth(t.db, { municipality, consented: false }));
    const b = await createWish(t.db, await createYouth(t.db, { municipality }), { status: "answered" });
    const elsewhere = await createWish(t.db, await createYouth(t.db, { municipality: sonderborg }));
    const { session } = await loggedInUser(t.app, t.db, "staff", municipality);
    expect(ids(await session.request("GET", "/api/wishes"))).toEqual([a.id, b.id]);
    expect(ids(await session.request("GET", "/api/wishes?status=answered"))).toEqual([b.id]);
    expect((await session.request("GET", `/api/wishes/${a.id}`)).json()).toHaveProperty("updatedAt");
    expect((await session.request("GET", `/api/wishes/${elsewhere.id}`)).statusCode).toBe(404);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", municipality);
    expect(ids(await admin.request("GET", "/api/wishes"))).toEqual([a.id, b.id]);
  });
});

describe("answering a wish", () => {
  async function answerable(): Promise<{ young: YouthFixture; wish: { id: string } }> {
    const young = await createYouth(t.db, { municipality: roskilde });
    return { young, wish: await createWish(t.db, young) };
  }

  it("creates an opening linked to the wish, marks it answered and emails the young person", async () => {
    const { young, wish } = await answerable();
    const { company, contact, session } = await loggedInContact(roskilde);
    const response = await session.request(
      "POST",
      `/api/wishes/${wish.id}/answer`,
      openingBody({ seats: 1 }),
    );
    expect(response.statusCode).toBe(201);
    const opening = response.json();
    expect(opening).toMatchObject({
      company: { id: company.id },
      wishId: wish.id,
      status: "open",
      createdByUserId: contact.id,
      reasonableShare: { openSeats: 1 },
    });
    const [stored] = await t.db.select().from(openings).where(eq(openings.id, opening.id));
    expect(stored?.wishId).toBe(wish.id);
    const [answered] = await t.db.select().from(wishes).where(eq(wishes.id, wish.id));
    expect(answered?.status).toBe("answered");

    const mails = await t.db.select().from(outboxMails).where(eq(outboxMails.to, young.user.email));
    expect(mails).toHaveLength(1);
    const link = `http://nextwork.test/openings/${opening.id}`;
    expect(mails[0]?.links).toEqual([link]);
    expect(mails[0]?.text).toContain(link);
    expect(mails[0]?.text).toContain("Hej");
    expect(mails[0]?.text).toContain("has answered your wish");

    const audited = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "wish.answered"), eq(auditEvents.subjectId, wish.id)));
    expect(audited).toHaveLength(1);

    // The young person sees the new opening and the answered wish.
    const youth = await login(t.app, young.user);
    expect((await youth.request("GET", `/api/openings/${opening.id}`)).statusCode).toBe(200);
    expect((await youth.request("GET", `/api/wishes/${wish.id}`)).json().status).toBe("answered");
    // An answered wish is no longer open to other companies, nor can it be answered again.
    const { session: second } = await loggedInContact(roskilde);
    expect((await second.request("GET", `/api/wishes/${wish.id}`)).statusCode).toBe(404);
    expect((await second.request("POST", `/api/wishes/${wish.id}/answer`, openingBody())).statusCode).toBe(
      404,
    );
  });

  it("cannot answer the wish of a young person without consent, nor one of another municipality", async () => {
    const silent = await createYouth(t.db, { municipality: roskilde, consented: false });
    const hidden = await createWish(t.db, silent);
    const elsewhere = await createWish(t.db, await createYouth(t.db, { municipality: sonderborg }));
    const { session } = await loggedInContact(roskilde);
    for (const wish of [hidden, elsewhere]) {
      expect((await session.request("POST", `/api/wishes/${wish.id}/answer`, openingBody())).statusCode).toBe(
        404,
      );
    }
    const [untouched] = await t.db.select().from(wishes).where(eq(wishes.id, hidden.id));
    expect(untouched?.status).toBe("open");
    expect(await t.db.select().from(openings).where(eq(openings.wishId, hidden.id))).toEqual([]);
  });

  it("validates the opening like posting one, leaving the wish open", async () => {
    const { wish } = await answerable();
    const { session } = await loggedInContact(roskilde);
    const bad = await session.request(
      "POST",
      `/api/wishes/${wish.id}/answer`,
      openingBody({ hoursPerWeek: 12, seats: 0, companyId: crypto.randomUUID() }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["companyId", "hoursPerWeek", "seats"]);
    const [still] = await t.db.select().from(wishes).where(eq(wishes.id, wish.id));
    expect(still?.status).toBe("open");
  });

  it("lets the young person no longer withdraw or change an answered wish", async () => {
    const { young, wish } = await answerable();
    const { session } = await loggedInContact(roskilde);
    expect((await session.request("POST", `/api/wishes/${wish.id}/answer`, openingBody())).statusCode).toBe(
      201,
    );
    const youth: Session = await login(t.app, young.user);
    expect((await youth.request("POST", `/api/wishes/${wish.id}/withdraw`)).statusCode).toBe(409);
  });
});
