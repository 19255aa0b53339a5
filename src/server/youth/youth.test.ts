import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompany, createCompanyContact, createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import { createTestApp, TEST_ENCRYPTION_KEY, type TestApp } from "../../../tests/support/test-app.js";
import { createFieldCipher } from "../platform/field-encryption.js";
import { insertKnownPostalCodes } from "../reference/known-postal-codes.js";

let t: TestApp;
let home: MunicipalityFixture;
let elsewhere: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  home = await createMunicipality(t.db);
  elsewhere = await createMunicipality(t.db);
});
afterAll(() => t.close());

const unique = () => crypto.randomUUID().slice(0, 8);

async function staffSession(municipality = home) {
  const counsellor = await createUser(t.db, { role: "staff", municipality });
  return { counsellor, session: await login(t.app, counsellor) };
}

function enrolment(counsellorId: string, overrides: object = {}) {
  return {
    displayName: "Amina Jensen",
    email: `amina-${unique()}@example.test`,
    birthDate: "2003-04-01",
    phone: "+45 20 30 40 50",
    postalCode: "4000",
    counsellorId,
    ...overrides,
  };
}

async function query(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("enrolment", () => {
  it("creates the young person's account, invites them and audits it", async () => {
    const { counsellor, session } = await staffSession();
    const body = enrolment(counsellor.id, { cpr: "010403-1234" });
    const response = await session.request("POST", "/api/youth", body);
    expect(response.statusCode).toBe(201);
    const young = response.json();
    expect(young).toMatchObject({
      displayName: "Amina Jensen",
      email: body.email,
      status: "active",
      cprMasked: "010403-XXXX",
      counsellor: { id: counsellor.id },
      municipality: { id: home.id },
      completeness: { percent: 0 },
    });
    const outbox = await query('select links from outbox_mails where "to" = $1', [body.email]);
    expect(outbox[0].links[0]).toContain("/invitation/");
    const audit = await query("select action from audit_events where subject_id = $1", [young.id]);
    expect(audit.map((row) => row.action)).toContain("youth.enrolled");
  });

  it("keeps the CPR number encrypted at rest", async () => {
    const { counsellor, session } = await staffSession();
    const young = (
      await session.request("POST", "/api/youth", enrolment(counsellor.id, { cpr: "0205031234" }))
    ).json();
    const [row] = await query("select cpr_encrypted, cpr_lookup_hash from youth where id = $1", [young.id]);
    expect(row.cpr_encrypted).not.toContain("0205031234");
    expect(row.cpr_encrypted).not.toContain("020503");
    expect(row.cpr_lookup_hash).not.toContain("0205031234");
    expect(createFieldCipher(Buffer.from(TEST_ENCRYPTION_KEY, "base64")).decrypt(row.cpr_encrypted)).toBe(
      "0205031234",
    );
  });

  it("refuses a duplicate email or CPR number with 409, and a malformed CPR with 400", async () => {
    const { counsellor, session } = await staffSession();
    const first = enrolment(counsellor.id, { cpr: "030303-4321" });
    expect((await session.request("POST", "/api/youth", first)).statusCode).toBe(201);
    const sameEmail = await session.request(
      "POST",
      "/api/youth",
      enrolment(counsellor.id, { email: first.email }),
    );
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json().errors[0].path).toBe("email");
    const sameCpr = await session.request(
      "POST",
      "/api/youth",
      enrolment(counsellor.id, { cpr: "0303034321" }),
    );
    expect(sameCpr.statusCode).toBe(409);
    expect(sameCpr.json().errors[0].path).toBe("cpr");
    const badCpr = await session.request(
      "POST",
      "/api/youth",
      enrolment(counsellor.id, { cpr: "310203-1234" }),
    );
    expect(badCpr.statusCode).toBe(400);
    expect(badCpr.json().errors[0].path).toBe("cpr");
  });

  it("requires a counsellor who is staff in the same municipality", async () => {
    const { session } = await staffSession();
    const foreignStaff = await createUser(t.db, { role: "staff", municipality: elsewhere });
    const youthUser = await createUser(t.db, { role: "youth", municipality: home });
    for (const counsellorId of [foreignStaff.id, youthUser.id]) {
      const response = await session.request("POST", "/api/youth", enrolment(counsellorId));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe("counsellorId");
    }
  });

  it("refuses an unknown postal code once the postal codes are imported", async () => {
    const withPostalCodes = await createTestApp();
    try {
      await insertKnownPostalCodes(withPostalCodes.db);
      const municipality = await createMunicipality(withPostalCodes.db);
      const counsellor = await createUser(withPostalCodes.db, { role: "staff", municipality });
      const session = await login(withPostalCodes.app, counsellor);
      const unknown = await session.request(
        "POST",
        "/api/youth",
        enrolment(counsellor.id, { postalCode: "9999" }),
      );
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors[0].path).toBe("postalCode");
      expect(
        (await session.request("POST", "/api/youth", enrolment(counsellor.id, { postalCode: "4000" })))
          .statusCode,
      ).toBe(201);
    } finally {
      await withPostalCodes.close();
    }
  });

  it("is for the municipality's team only", async () => {
    const { counsellor } = await staffSession();
    for (const role of ["youth", "company_contact", "researcher", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role, home);
      expect((await session.request("POST", "/api/youth", enrolment(counsellor.id))).statusCode, role).toBe(
        403,
      );
    }
  });
});

describe("tenant isolation", () => {
  it("answers 404 for a young person of another municipality on every route", async () => {
    const young = await createYouth(t.db, { municipality: elsewhere });
    const { session } = await staffSession(home);
    const { session: company } = await loggedInUser(t.app, t.db, "company_contact", home);
    const calls: [string, "GET" | "POST" | "PATCH" | "PUT", object?][] = [
      [`/api/youth/${young.id}`, "GET"],
      [`/api/youth/${young.id}`, "PATCH", { status: "paused" }],
      [`/api/youth/${young.id}/profile`, "PATCH", { aboutMe: "x" }],
      [`/api/youth/${young.id}/company-view`, "GET"],
      [
        `/api/youth/${young.id}/consents`,
        "POST",
        { kind: "profile_visible_to_companies", granted: false, textVersion: "1" },
      ],
      [`/api/youth/${young.id}/cpr/reveal`, "POST"],
      [`/api/youth/${young.id}/progress`, "GET"],
      [`/api/youth/${young.id}/sensitive`, "GET"],
    ];
    for (const [url, method, body] of calls) {
      expect((await session.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await company.request("GET", `/api/youth/${young.id}`)).statusCode).toBe(404);
    const listed = (await session.request("GET", "/api/youth?limit=200")).json().items;
    expect(listed.some((item: { id: string }) => item.id === young.id)).toBe(false);
  });

  it("lets a young person see only themself", async () => {
    const me = await createYouth(t.db, { municipality: home });
    const other = await createYouth(t.db, { municipality: home });
    const session = await login(t.app, me.user);
    expect((await session.request("GET", "/api/youth/me")).json().id).toBe(me.id);
    expect((await session.request("GET", `/api/youth/${me.id}`)).statusCode).toBe(200);
    expect((await session.request("GET", `/api/youth/${other.id}`)).statusCode).toBe(404);
    expect(
      (await session.request("PATCH", `/api/youth/${other.id}/profile`, { aboutMe: "x" })).statusCode,
    ).toBe(404);
    expect((await session.request("GET", "/api/youth")).statusCode).toBe(403);
  });
});

describe("the resource profile", () => {
  it("saves half-done, step by step, and shows what is missing", async () => {
    const me = await createYouth(t.db, {
      municipality: home,
      profile: {
        aboutMe: null,
        strengths: [],
        interests: [],
        hoursPerWeek: null,
        weekdays: [],
        maxTravelKm: null,
        languages: [],
      },
    });
    const session = await login(t.app, me.user);
    const first = await session.request("PATCH", `/api/youth/${me.id}/profile`, {
      aboutMe: "Jeg er rolig og kan lide dyr.",
      interests: ["animals-nature", "animals-nature"],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().profile).toMatchObject({
      aboutMe: "Jeg er rolig og kan lide dyr.",
      interests: ["animals-nature"],
    });
    expect(first.json().completeness.missing).toContain("availability");

    const second = await session.request("PATCH", `/api/youth/${me.id}/profile`, {
      availability: { hoursPerWeek: 20, weekdays: [3, 1, 1] },
      travel: { maxKm: 12 },
    });
    const profile = second.json();
    expect(profile.profile.aboutMe).toBe("Jeg er rolig og kan lide dyr.");
    expect(profile.profile.availability).toEqual({ hoursPerWeek: 20, weekdays: [1, 3] });
    expect(profile.completeness.missing).not.toContain("availability");

    const invalid = await session.request("PATCH", `/api/youth/${me.id}/profile`, {
      availability: { hoursPerWeek: 0, weekdays: [8] },
      colour: "blue",
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["availability.hoursPerWeek", "availability.weekdays.0", "colour"]);
  });

  it("can be filled in by staff together with the young person", async () => {
    const { counsellor, session } = await staffSession();
    const young = await createYouth(t.db, { municipality: home, counsellor });
    const response = await session.request("PATCH", `/api/youth/${young.id}/profile`, {
      wantsToLearn: "At køre truck",
    });
    expect(response.json().profile.wantsToLearn).toBe("At køre truck");
  });
});

describe("readiness", () => {
  it("is set by staff only and starts as other", async () => {
    const { session } = await staffSession();
    const young = await createYouth(t.db, { municipality: home });
    const before = await session.request("GET", `/api/youth/${young.id}`);
    expect(before.json().readiness).toBe("other");
    const changed = await session.request("PATCH", `/api/youth/${young.id}`, { readiness: "job_ready" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().readiness).toBe("job_ready");
    const invalid = await session.request("PATCH", `/api/youth/${young.id}`, { readiness: "ready" });
    expect(invalid.statusCode).toBe(400);
    const self = await login(t.app, young.user);
    expect((await self.request("PATCH", `/api/youth/${young.id}`, { readiness: "other" })).statusCode).toBe(
      403,
    );
  });
});

describe("what companies see", () => {
  const secret = {
    aboutMe: "HEMMELIG-OM-MIG",
    wantsToLearn: "HEMMELIG-LAERE",
    experiences: [{ kind: "job" as const, title: "HEMMELIG-JOB" }],
  };

  it("never includes a private part, contact data, birth date, CPR or case data, over every field", async () => {
    const { counsellor, session: staff } = await staffSession();
    const enrolled = (
      await staff.request(
        "POST",
        "/api/youth",
        enrolment(counsellor.id, { cpr: "120603-5555", phone: "+45 99 88 77 66" }),
      )
    ).json();
    const young = { id: enrolled.id as string, userId: enrolled.userId as string };
    await staff.request("PATCH", `/api/youth/${young.id}/profile`, {
      ...secret,
      strengths: ["reliable"],
      interests: ["animals-nature"],
      visibility: { aboutMe: "private", wantsToLearn: "private", experiences: "private" },
    });
    await staff.request("POST", `/api/youth/${young.id}/consents`, {
      kind: "profile_visible_to_companies",
      granted: true,
      textVersion: "2026-11-1",
    });
    await staff.request("PUT", `/api/youth/${young.id}/sensitive`, {
      health: "HEMMELIG-HELBRED",
      treatment: null,
      otherSupport: null,
    });

    const company = await createCompany(t.db, { municipality: home });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const detail = await contact.request("GET", `/api/youth/${young.id}`);
    expect(detail.statusCode).toBe(200);
    const view = detail.json();
    expect(Object.keys(view).sort()).toEqual(["age", "firstName", "id", "profile"]);
    expect(view.firstName).toBe("Amina");
    expect(Object.keys(view.profile).sort()).toEqual(
      [
        "availability",
        "drivingLicence",
        "earliestStart",
        "interests",
        "languages",
        "strengths",
        "travel",
      ].sort(),
    );
    const listed = (await contact.request("GET", "/api/youth?limit=200")).json().items;
    const inList = listed.find((item: { id: string }) => item.id === young.id);
    expect(inList).toEqual(view);
    for (const body of [detail.body, JSON.stringify(inList)]) {
      for (const forbidden of [
        "HEMMELIG",
        enrolled.email,
        "99 88 77 66",
        "120603",
        "2003-04-01",
        counsellor.id,
        "Jensen",
        young.userId,
      ]) {
        expect(body, forbidden).not.toContain(forbidden);
      }
    }
    const preview = (await staff.request("GET", `/api/youth/${young.id}/company-view`)).json();
    expect(preview).toEqual(view);
  });

  it("shows nobody without consent, and hides a young person the moment consent is withdrawn", async () => {
    const consenting = await createYouth(t.db, { municipality: home });
    const silent = await createYouth(t.db, { municipality: home, consented: false });
    const company = await createCompany(t.db, { municipality: home });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const ids = async () =>
      (await contact.request("GET", "/api/youth?limit=200"))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await ids()).toContain(consenting.id);
    expect(await ids()).not.toContain(silent.id);
    expect((await contact.request("GET", `/api/youth/${silent.id}`)).statusCode).toBe(404);
    expect(
      (await contact.request("GET", "/api/youth?field=animals-nature&limit=200"))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(silent.id);

    const youngSession = await login(t.app, consenting.user);
    const withdrawn = await youngSession.request("POST", `/api/youth/${consenting.id}/consents`, {
      kind: "profile_visible_to_companies",
      granted: false,
      textVersion: "2026-11-1",
    });
    expect(withdrawn.json().consents).toContainEqual(
      expect.objectContaining({
        kind: "profile_visible_to_companies",
        granted: false,
        textVersion: "2026-11-1",
      }),
    );
    expect(await ids()).not.toContain(consenting.id);
    expect((await contact.request("GET", `/api/youth/${consenting.id}`)).statusCode).toBe(404);
  });

  it("does not let a company change anything about a young person", async () => {
    const young = await createYouth(t.db, { municipality: home });
    const company = await createCompany(t.db, { municipality: home });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    expect(
      (await contact.request("PATCH", `/api/youth/${young.id}/profile`, { aboutMe: "x" })).statusCode,
    ).toBe(403);
    expect((await contact.request("GET", `/api/youth/${young.id}/sensitive`)).statusCode).toBe(403);
    expect((await contact.request("GET", `/api/youth/${young.id}/progress`)).statusCode).toBe(403);
  });
});

describe("CPR and sensitive information", () => {
  it("reveals the full CPR number only to staff, as an audited act", async () => {
    const { counsellor, session } = await staffSession();
    const young = (
      await session.request("POST", "/api/youth", enrolment(counsellor.id, { cpr: "150505-4444" }))
    ).json();
    const revealed = await session.request("POST", `/api/youth/${young.id}/cpr/reveal`);
    expect(revealed.json()).toEqual({ cpr: "1505054444" });
    const audit = await query(
      "select action, actor_user_id from audit_events where subject_id = $1 and action = 'youth.cpr_revealed'",
      [young.id],
    );
    expect(audit).toEqual([{ action: "youth.cpr_revealed", actor_user_id: counsellor.id }]);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", home);
    expect((await admin.request("POST", `/api/youth/${young.id}/cpr/reveal`)).statusCode).toBe(403);
  });

  it("shows sensitive information to the young person and their own counsellor only, auditing staff reads", async () => {
    const { counsellor, session: counsellorSession } = await staffSession();
    const young = await createYouth(t.db, { municipality: home, counsellor });
    const youngSession = await login(t.app, young.user);
    const saved = await youngSession.request("PUT", `/api/youth/${young.id}/sensitive`, {
      health: "Angst",
      treatment: "Samtaleforløb",
      otherSupport: null,
    });
    expect(saved.json()).toMatchObject({ health: "Angst", treatment: "Samtaleforløb", otherSupport: null });
    const [stored] = await query(
      "select health_encrypted from youth_sensitive_information where youth_id = $1",
      [young.id],
    );
    expect(stored.health_encrypted).not.toContain("Angst");

    const before = await query(
      "select count(*)::int as n from audit_events where subject_id = $1 and action = 'youth.sensitive_read'",
      [young.id],
    );
    expect((await counsellorSession.request("GET", `/api/youth/${young.id}/sensitive`)).json().health).toBe(
      "Angst",
    );
    const after = await query(
      "select count(*)::int as n from audit_events where subject_id = $1 and action = 'youth.sensitive_read'",
      [young.id],
    );
    expect(after[0].n).toBe(before[0].n + 1);

    const { session: otherStaff } = await staffSession();
    expect((await otherStaff.request("GET", `/api/youth/${young.id}/sensitive`)).statusCode).toBe(404);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", home);
    expect((await admin.request("GET", `/api/youth/${young.id}/sensitive`)).statusCode).toBe(403);
    const full = await counsellorSession.request("GET", `/api/youth/${young.id}`);
    expect(full.body).not.toContain("Angst");
    const list = await counsellorSession.request("GET", "/api/youth?limit=200");
    expect(list.body).not.toContain("Angst");
  });
});

describe("progress dimensions", () => {
  it("records scores over time by the young person or staff, each 1 to 10", async () => {
    const { counsellor, session: staff } = await staffSession();
    const young = await createYouth(t.db, { municipality: home, counsellor });
    const youngSession = await login(t.app, young.user);
    const scores = { direction: 4, persistence: 5, curiosity: 7, resilience: 3, selfEsteem: 4 };
    expect(
      (
        await youngSession.request("POST", `/api/youth/${young.id}/progress`, {
          recordedOn: "2026-10-01",
          ...scores,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await staff.request("POST", `/api/youth/${young.id}/progress`, {
          recordedOn: "2026-11-01",
          ...scores,
          direction: 6,
        })
      ).statusCode,
    ).toBe(204);
    const invalid = await staff.request("POST", `/api/youth/${young.id}/progress`, {
      recordedOn: "2026-11-02",
      ...scores,
      curiosity: 11,
    });
    expect(invalid.statusCode).toBe(400);
    const items = (await youngSession.request("GET", `/api/youth/${young.id}/progress`)).json().items;
    expect(items.map((i: { recordedOn: string; direction: number }) => [i.recordedOn, i.direction])).toEqual([
      ["2026-10-01", 4],
      ["2026-11-01", 6],
    ]);
    expect(items[1].recordedBy.id).toBe(counsellor.id);
  });
});

describe("staff lists", () => {
  it("searches by name and filters by counsellor, status and field", async () => {
    const municipality = await createMunicipality(t.db);
    const { counsellor, session } = await staffSession(municipality);
    const mine = await createYouth(t.db, {
      municipality,
      counsellor,
      profile: { interests: ["it-support"] },
    });
    await createYouth(t.db, { municipality });
    const byCounsellor = (await session.request("GET", `/api/youth?counsellorId=${counsellor.id}`)).json()
      .items;
    expect(byCounsellor.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const byField = (await session.request("GET", "/api/youth?field=it-support")).json().items;
    expect(byField.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const byName = (
      await session.request("GET", `/api/youth?q=${encodeURIComponent(mine.user.displayName.slice(-8))}`)
    ).json().items;
    expect(byName.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const item = byName[0];
    expect(item).toMatchObject({
      email: mine.user.email,
      visibleToCompanies: true,
      completeness: { percent: expect.any(Number) },
    });
    expect(JSON.stringify(item)).not.toContain("cpr");
  });
});
