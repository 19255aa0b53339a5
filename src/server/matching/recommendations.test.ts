import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CompanyFixture,
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
  type ResourceProfileOverrides,
  type YouthFixture,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
} from "../../../tests/support/factories.js";
import { createInterest, createMatch } from "../../../tests/support/matching-factories.js";
import { openingBody, seedPostalCodes } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { postalCodes } from "../db/schema.js";
import {
  type OpeningRecommendation,
  openingRecommendationPageSchema,
  type YouthRecommendation,
  youthRecommendationPageSchema,
} from "./recommendations.schemas.js";

let t: TestApp;

const roskilde = { latitude: 55.6415, longitude: 12.0803 };
/** Test-only postal codes about `km` kilometres east of Roskilde's 4000. */
const eastOf = (code: string, km: number) => ({
  code,
  name: `${km} km øst for Roskilde`,
  latitude: roskilde.latitude,
  longitude: roskilde.longitude + km / 62.9,
});

beforeAll(async () => {
  t = await createTestApp();
  await seedPostalCodes(t.db);
  await t.db
    .insert(postalCodes)
    .values([eastOf("9005", 5), eastOf("9010", 10), eastOf("9030", 30), eastOf("9060", 60)])
    .onConflictDoNothing();
});
afterAll(() => t.close());

interface Network {
  municipality: MunicipalityFixture;
  company: CompanyFixture;
  contact: Session;
}

/** A municipality of its own with one company and a logged-in contact, so each test sees only its data. */
async function network(): Promise<Network> {
  const municipality = await createMunicipality(t.db);
  const company = await createCompany(t.db, { municipality });
  const contact = await login(t.app, await createCompanyContact(t.db, company));
  return { municipality, company, contact };
}

async function youngPerson(
  municipality: MunicipalityFixture,
  options: { consented?: boolean; profile?: ResourceProfileOverrides; postalCode?: string } = {},
): Promise<{ young: YouthFixture; session: Session }> {
  const young = await createYouth(t.db, { municipality, ...options });
  return { young, session: await login(t.app, young.user) };
}

type OpeningItem = OpeningRecommendation;
type YouthItem = YouthRecommendation;
interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

// The ranked routes skip the response check at run time for speed; every answer is checked here.
async function openingPage(session: Session, query = "", url = "/api/me/recommendations") {
  const response = await session.request("GET", `${url}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return openingRecommendationPageSchema.parse(response.json());
}

async function youthPage(session: Session, openingId: string, query = "") {
  const response = await session.request("GET", `/api/openings/${openingId}/recommendations${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return youthRecommendationPageSchema.parse(response.json());
}

const openingIdsOf = (page: Page<OpeningItem>) => page.items.map((item) => item.opening.id);
const youthIdsOf = (page: Page<YouthItem>) => page.items.map((item) => item.youth.id);
const codesOf = (item: { reasons: { code: string }[] } | undefined) =>
  (item?.reasons ?? []).map((reason) => reason.code);

describe("access", () => {
  const id = "0192f7c6-0000-7000-8000-000000000000";

  it("answers 401 on every route without a session", async () => {
    for (const [method, url] of [
      ["GET", "/api/me/recommendations"],
      ["GET", `/api/youth/${id}/recommendations`],
      ["GET", `/api/openings/${id}/recommendations`],
      ["POST", "/api/dismissals"],
      ["POST", "/api/dismissals/undo"],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        ...(method === "POST" ? { payload: { openingId: id } } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("answers 403 to the wrong roles", async () => {
    const { municipality, contact } = await network();
    const { young, session: youth } = await youngPerson(municipality);
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    expect((await contact.request("GET", "/api/me/recommendations")).statusCode).toBe(403);
    expect((await youth.request("GET", `/api/openings/${id}/recommendations`)).statusCode).toBe(403);
    expect((await youth.request("GET", `/api/youth/${young.id}/recommendations`)).statusCode).toBe(403);
    expect((await contact.request("GET", `/api/youth/${young.id}/recommendations`)).statusCode).toBe(403);
    expect((await researcher.request("POST", "/api/dismissals", { openingId: id })).statusCode).toBe(403);
  });

  it("rejects an invalid cursor, limit or distance", async () => {
    const { municipality } = await network();
    const { session } = await youngPerson(municipality);
    for (const query of [
      "?cursor=bm9wZQ",
      "?limit=51",
      "?limit=0",
      "?maxDistanceKm=0",
      "?maxDistanceKm=501",
    ]) {
      expect((await session.request("GET", `/api/me/recommendations${query}`)).statusCode, query).toBe(400);
    }
  });
});

describe("openings recommended to a young person", () => {
  it("ranks the animal shelter 5 km away above the warehouse 30 km away for a young person who loves animals", async () => {
    const { municipality, company } = await network();
    const { session } = await youngPerson(municipality, {
      profile: {
        interests: ["animals-nature"],
        strengths: ["good-with-animals", "patient"],
        maxTravelKm: 40,
      },
    });
    const warehouse = await createOpening(t.db, company, {
      title: "Lagerpraktik",
      occupationField: "warehouse-logistics",
      qualitiesWanted: ["physically-strong"],
      workplacePostalCode: "9030",
    });
    const shelter = await createOpening(t.db, company, {
      title: "Dyreinternat",
      occupationField: "animals-nature",
      qualitiesWanted: ["good-with-animals", "patient"],
      workplacePostalCode: "9005",
      mentorName: "Mette",
    });

    const page = await openingPage(session);
    expect(openingIdsOf(page)).toEqual([shelter.id, warehouse.id]);
    expect(page.total).toBe(2);
    expect(page.nextCursor).toBeNull();
    const [best, second] = page.items;
    expect(best?.score).toBeGreaterThan(second?.score ?? 100);
    expect(best?.reasons).toEqual(
      expect.arrayContaining([
        { code: "shared_interest", field: "animals-nature" },
        { code: "strengths_wanted", strengths: ["good-with-animals", "patient"] },
        { code: "distance", km: 5 },
        { code: "mentor" },
      ]),
    );
    expect(best?.opening).toEqual({
      id: shelter.id,
      title: "Dyreinternat",
      occupationField: "animals-nature",
      company: { id: company.id, name: company.name },
      workplacePostalCode: "9005",
      hoursPerWeek: 20,
      durationWeeks: null,
      earliestStart: null,
      hasMentor: true,
      supportOffered: [],
    });
    expect(best?.interest).toEqual({ mine: false, matchId: null });
    expect(second?.reasons).toEqual(expect.arrayContaining([{ code: "distance", km: 30 }]));
  });

  it("never shows paused, filled or closed openings, nor those too far away or with too many hours", async () => {
    const { municipality, company } = await network();
    const { session } = await youngPerson(municipality, { profile: { maxTravelKm: 20, hoursPerWeek: 20 } });
    const open = await createOpening(t.db, company);
    for (const status of ["paused", "filled", "closed"] as const)
      await createOpening(t.db, company, { status });
    await createOpening(t.db, company, { workplacePostalCode: "9060" });
    await createOpening(t.db, company, { hoursPerWeek: 30 });
    const page = await openingPage(session);
    expect(openingIdsOf(page)).toEqual([open.id]);
    expect(page.total).toBe(1);
  });

  it("shows another municipality's openings to nobody, and staff get 404 for another municipality's young person", async () => {
    const here = await network();
    const there = await network();
    const { young, session } = await youngPerson(here.municipality);
    const { young: elsewhere } = await youngPerson(there.municipality);
    const local = await createOpening(t.db, here.company);
    await createOpening(t.db, there.company);
    expect(openingIdsOf(await openingPage(session))).toEqual([local.id]);

    const { session: staff } = await loggedInUser(t.app, t.db, "staff", here.municipality);
    const own = await openingPage(staff, "", `/api/youth/${young.id}/recommendations`);
    expect(openingIdsOf(own)).toEqual([local.id]);
    expect((await staff.request("GET", `/api/youth/${elsewhere.id}/recommendations`)).statusCode).toBe(404);
    const unknown = "0192f7c6-0000-7000-8000-000000000001";
    expect((await staff.request("GET", `/api/youth/${unknown}/recommendations`)).statusCode).toBe(404);
  });

  it("filters by occupation field and by distance", async () => {
    const { municipality, company } = await network();
    const { session } = await youngPerson(municipality, { profile: { maxTravelKm: 40 } });
    const near = await createOpening(t.db, company, { workplacePostalCode: "9005" });
    const far = await createOpening(t.db, company, { workplacePostalCode: "9030" });
    const shop = await createOpening(t.db, company, {
      occupationField: "retail",
      workplacePostalCode: "9005",
    });

    const animals = await openingPage(session, "?field=animals-nature");
    expect(new Set(openingIdsOf(animals))).toEqual(new Set([near.id, far.id]));
    expect(animals.total).toBe(2);
    expect(openingIdsOf(await openingPage(session, "?field=retail"))).toEqual([shop.id]);
    expect((await openingPage(session, "?field=it-development")).total).toBe(0);

    const within = await openingPage(session, "?maxDistanceKm=10");
    expect(new Set(openingIdsOf(within))).toEqual(new Set([near.id, shop.id]));
    expect(openingIdsOf(await openingPage(session, "?maxDistanceKm=10&field=retail"))).toEqual([shop.id]);
  });

  it("pages without overlap, and the pages together give every opening once", async () => {
    const { municipality, company } = await network();
    const { session } = await youngPerson(municipality, { profile: { maxTravelKm: 40 } });
    const created: string[] = [];
    for (const [i, postal] of ["4000", "9005", "9010", "9030", "4000", "9005", "9010"].entries()) {
      created.push((await createOpening(t.db, company, { workplacePostalCode: postal, title: `P${i}` })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<OpeningItem> = await openingPage(
        session,
        `?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.total).toBe(7);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...openingIdsOf(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(created));
    const whole = await openingPage(session, "?limit=50");
    expect(openingIdsOf(whole)).toEqual(seen);
    const scores = whole.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("marks the openings the young person is interested in and the ones they matched", async () => {
    const { municipality, company } = await network();
    const contactUser = await createCompanyContact(t.db, company);
    const { young, session } = await youngPerson(municipality);
    const interested = await createOpening(t.db, company, { workplacePostalCode: "9005" });
    const matched = await createOpening(t.db, company, { workplacePostalCode: "9010" });
    const other = await createOpening(t.db, company, { workplacePostalCode: "4000" });
    await createInterest(t.db, { young, opening: interested, side: "youth" });
    const match = await createMatch(t.db, { young, opening: matched, company, contact: contactUser });
    const byId = new Map((await openingPage(session)).items.map((item) => [item.opening.id, item.interest]));
    expect(byId.get(interested.id)).toEqual({ mine: true, matchId: null });
    expect(byId.get(matched.id)).toEqual({ mine: true, matchId: match.id });
    expect(byId.get(other.id)).toEqual({ mine: false, matchId: null });
  });
});

describe("the index follows every change on the very next request", () => {
  it("an opening created, changed and closed", async () => {
    const { municipality, contact } = await network();
    const { session } = await youngPerson(municipality, { profile: { interests: ["animals-nature"] } });
    expect((await openingPage(session)).total).toBe(0);

    const created = await contact.request("POST", "/api/openings", openingBody({ title: "Ny praktik" }));
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().id;
    const first = await openingPage(session);
    expect(openingIdsOf(first)).toEqual([id]);
    expect(codesOf(first.items[0])).toContain("shared_interest");

    const changed = await contact.request("PATCH", `/api/openings/${id}`, {
      occupationField: "it-development",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(codesOf((await openingPage(session)).items[0])).not.toContain("shared_interest");

    const closed = await contact.request("POST", `/api/openings/${id}/status`, { status: "closed" });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await openingPage(session)).total).toBe(0);
  });

  it("a change of the young person's profile", async () => {
    const { municipality, company } = await network();
    const { young, session } = await youngPerson(municipality, {
      profile: { interests: ["animals-nature"] },
    });
    const shop = await createOpening(t.db, company, {
      occupationField: "retail",
      workplacePostalCode: "9010",
    });
    const shelter = await createOpening(t.db, company, { workplacePostalCode: "9010" });
    expect(openingIdsOf(await openingPage(session))).toEqual([shelter.id, shop.id]);

    const saved = await session.request("PATCH", `/api/youth/${young.id}/profile`, { interests: ["retail"] });
    expect(saved.statusCode, saved.body).toBe(200);
    const page = await openingPage(session);
    expect(openingIdsOf(page)).toEqual([shop.id, shelter.id]);
    expect(page.items[0]?.reasons).toContainEqual({ code: "shared_interest", field: "retail" });
  });

  it("a consent withdrawn, and given again", async () => {
    const { municipality, company, contact } = await network();
    const { young, session } = await youngPerson(municipality);
    const opening = await createOpening(t.db, company);
    expect(youthIdsOf(await youthPage(contact, opening.id))).toEqual([young.id]);

    const consent = (granted: boolean) =>
      session.request("POST", `/api/youth/${young.id}/consents`, {
        kind: "profile_visible_to_companies",
        granted,
        textVersion: "test",
      });
    expect((await consent(false)).statusCode).toBe(200);
    expect(await youthPage(contact, opening.id)).toEqual({ items: [], nextCursor: null, total: 0 });
    t.clock.advance(1000);
    expect((await consent(true)).statusCode).toBe(200);
    expect(youthIdsOf(await youthPage(contact, opening.id))).toEqual([young.id]);
  });
});

describe("young people recommended for an opening", () => {
  it("shows only consenting young people of the municipality who are applicant or active, best first", async () => {
    const { municipality, company, contact } = await network();
    const there = await network();
    const opening = await createOpening(t.db, company, { workplacePostalCode: "9005" });
    const { young: near } = await youngPerson(municipality);
    const { young: further } = await youngPerson(municipality, { postalCode: "4030" });
    await youngPerson(municipality, { consented: false });
    const { young: paused } = await youngPerson(municipality);
    await t.db.execute(`update youth set status = 'paused' where id = '${paused.id}'`);
    await youngPerson(there.municipality);

    const page = await youthPage(contact, opening.id);
    expect(youthIdsOf(page)).toEqual([near.id, further.id]);
    expect(page.total).toBe(2);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    expect(youthIdsOf(await youthPage(staff, opening.id))).toEqual([near.id, further.id]);
  });

  it("shows each young person exactly as the company view, and no reason from a part kept private", async () => {
    const { municipality, company, contact } = await network();
    const opening = await createOpening(t.db, company, {
      occupationField: "animals-nature",
      workplacePostalCode: "9005",
      qualitiesWanted: ["reliable"],
    });
    const { young } = await youngPerson(municipality, {
      profile: {
        interests: ["animals-nature"],
        strengths: ["reliable"],
        visibility: { interests: "private", travel: "private" },
      },
    });
    const [item] = (await youthPage(contact, opening.id)).items;
    expect(item?.youth.id).toBe(young.id);
    expect(item?.youth.profile).not.toHaveProperty("interests");
    expect(item?.youth.profile).not.toHaveProperty("travel");
    expect(codesOf(item)).toContain("strengths_wanted");
    expect(codesOf(item)).not.toContain("shared_interest");
    expect(codesOf(item)).not.toContain("related_interest");
    expect(codesOf(item)).not.toContain("distance");
    expect(item?.concerns.map((concern) => concern.code)).not.toContain("far_away");

    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    const companyView = await staff.request("GET", `/api/youth/${young.id}/company-view`);
    expect(item?.youth).toEqual(companyView.json());

    // The young person's own view and staff's use the whole profile.
    const own = await openingPage(staff, "", `/api/youth/${young.id}/recommendations`);
    expect(codesOf(own.items[0])).toEqual(expect.arrayContaining(["shared_interest", "distance"]));
  });

  it("gives a company contact 404 for another company's opening and for another municipality's", async () => {
    const { municipality, contact } = await network();
    const otherCompany = await createCompany(t.db, { municipality });
    const theirs = await createOpening(t.db, otherCompany);
    const elsewhere = await network();
    const farOpening = await createOpening(t.db, elsewhere.company);
    await youngPerson(municipality);
    for (const id of [theirs.id, farOpening.id, "0192f7c6-0000-7000-8000-000000000002"]) {
      expect((await contact.request("GET", `/api/openings/${id}/recommendations`)).statusCode, id).toBe(404);
    }
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    expect((await staff.request("GET", `/api/openings/${theirs.id}/recommendations`)).statusCode).toBe(200);
    expect((await staff.request("GET", `/api/openings/${farOpening.id}/recommendations`)).statusCode).toBe(
      404,
    );
  });

  it("answers an empty list for the company's own paused opening", async () => {
    const { municipality, company, contact } = await network();
    const paused = await createOpening(t.db, company, { status: "paused" });
    await youngPerson(municipality);
    expect(await youthPage(contact, paused.id)).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it("marks interest from both sides and the match", async () => {
    const { municipality, company, contact } = await network();
    const contactUser = await createCompanyContact(t.db, company);
    const opening = await createOpening(t.db, company);
    const { young: ours } = await youngPerson(municipality);
    const { young: theirs } = await youngPerson(municipality);
    const { young: matched } = await youngPerson(municipality);
    await createInterest(t.db, { young: ours, opening, side: "company", contact: contactUser });
    await createInterest(t.db, { young: theirs, opening, side: "youth" });
    const match = await createMatch(t.db, { young: matched, opening, company, contact: contactUser });
    const byId = new Map(
      (await youthPage(contact, opening.id)).items.map((item) => [item.youth.id, item.interest]),
    );
    expect(byId.get(ours.id)).toEqual({ ours: true, theirs: false, matchId: null });
    expect(byId.get(theirs.id)).toEqual({ ours: false, theirs: true, matchId: null });
    expect(byId.get(matched.id)).toEqual({ ours: true, theirs: true, matchId: match.id });
  });

  it("filters by distance and pages", async () => {
    const { municipality, company, contact } = await network();
    const opening = await createOpening(t.db, company, { workplacePostalCode: "4000" });
    const { young: local } = await youngPerson(municipality, { postalCode: "4000" });
    const { young: tune } = await youngPerson(municipality, { postalCode: "4030" });
    const { young: lejre } = await youngPerson(municipality, { postalCode: "4320" });
    expect(youthIdsOf(await youthPage(contact, opening.id, "?maxDistanceKm=1"))).toEqual([local.id]);
    const first = await youthPage(contact, opening.id, "?limit=2");
    expect(first.total).toBe(3);
    const second = await youthPage(contact, opening.id, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...youthIdsOf(first), ...youthIdsOf(second)])).toEqual(
      new Set([local.id, tune.id, lejre.id]),
    );
  });
});

describe('"not for me"', () => {
  it("hides an opening for that young person only, shows it among the hidden ones, and undo shows it again", async () => {
    const { municipality, company } = await network();
    const { session } = await youngPerson(municipality);
    const { session: other } = await youngPerson(municipality);
    const kept = await createOpening(t.db, company, { workplacePostalCode: "9005" });
    const dismissed = await createOpening(t.db, company, { workplacePostalCode: "9010" });

    for (let i = 0; i < 2; i++) {
      const response = await session.request("POST", "/api/dismissals", { openingId: dismissed.id });
      expect(response.statusCode, response.body).toBe(204);
    }
    expect(openingIdsOf(await openingPage(session))).toEqual([kept.id]);
    const hidden = await openingPage(session, "?hidden=true");
    expect(openingIdsOf(hidden)).toEqual([dismissed.id]);
    expect(hidden.total).toBe(1);
    expect(openingIdsOf(await openingPage(other))).toEqual([kept.id, dismissed.id]);

    expect(
      (await session.request("POST", "/api/dismissals/undo", { openingId: dismissed.id })).statusCode,
    ).toBe(204);
    expect(openingIdsOf(await openingPage(session))).toEqual([kept.id, dismissed.id]);
    expect((await openingPage(session, "?hidden=true")).total).toBe(0);
  });

  it("hides a young person for one opening, for that contact only", async () => {
    const { municipality, company, contact } = await network();
    const colleague = await login(t.app, await createCompanyContact(t.db, company));
    const opening = await createOpening(t.db, company);
    const another = await createOpening(t.db, company);
    const { young } = await youngPerson(municipality);

    const body = { openingId: opening.id, youthId: young.id };
    expect((await contact.request("POST", "/api/dismissals", body)).statusCode).toBe(204);
    expect((await youthPage(contact, opening.id)).total).toBe(0);
    expect(youthIdsOf(await youthPage(contact, opening.id, "?hidden=true"))).toEqual([young.id]);
    expect(youthIdsOf(await youthPage(contact, another.id))).toEqual([young.id]);
    expect(youthIdsOf(await youthPage(colleague, opening.id))).toEqual([young.id]);
    expect((await contact.request("POST", "/api/dismissals/undo", body)).statusCode).toBe(204);
    expect(youthIdsOf(await youthPage(contact, opening.id))).toEqual([young.id]);
  });

  it("refuses pairs out of reach, and asks companies and staff to name the young person", async () => {
    const { municipality, company, contact } = await network();
    const opening = await createOpening(t.db, company);
    const otherCompanyOpening = await createOpening(t.db, await createCompany(t.db, { municipality }));
    const closed = await createOpening(t.db, company, { status: "closed" });
    const { young, session } = await youngPerson(municipality);
    const { young: hidden } = await youngPerson(municipality, { consented: false });
    const { young: stranger } = await youngPerson((await network()).municipality);

    expect((await contact.request("POST", "/api/dismissals", { openingId: opening.id })).statusCode).toBe(
      400,
    );
    for (const body of [
      { openingId: otherCompanyOpening.id, youthId: young.id },
      { openingId: opening.id, youthId: hidden.id },
      { openingId: opening.id, youthId: stranger.id },
    ]) {
      expect((await contact.request("POST", "/api/dismissals", body)).statusCode, JSON.stringify(body)).toBe(
        404,
      );
    }
    expect((await session.request("POST", "/api/dismissals", { openingId: closed.id })).statusCode).toBe(404);
    expect(
      (await session.request("POST", "/api/dismissals", { openingId: opening.id, youthId: hidden.id }))
        .statusCode,
    ).toBe(404);
    expect(
      (await session.request("POST", "/api/dismissals", { openingId: opening.id, youthId: young.id }))
        .statusCode,
    ).toBe(204);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    expect((await staff.request("POST", "/api/dismissals", { openingId: opening.id })).statusCode).toBe(400);
    expect(
      (await staff.request("POST", "/api/dismissals", { openingId: opening.id, youthId: hidden.id }))
        .statusCode,
    ).toBe(204);
    expect(
      (await staff.request("POST", "/api/dismissals", { openingId: opening.id, youthId: stranger.id }))
        .statusCode,
    ).toBe(404);
  });
});
