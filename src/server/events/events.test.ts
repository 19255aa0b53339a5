import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CompanyFixture,
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
  type YouthFixture,
} from "../../../tests/support/domain-factories.js";
import {
  addEventOpening,
  addEventYouth,
  createEvent,
  type EventFixture,
  rankOpenings,
  rankYouth,
} from "../../../tests/support/event-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
  type Session,
  type UserFixture,
} from "../../../tests/support/factories.js";
import { recordProfileConsent } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import {
  auditEvents,
  matchmakingCompanyRankings,
  matchmakingYouthRankings,
  openings,
  youth,
  youthResourceProfiles,
} from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;
let staffUser: UserFixture;
let staff: Session;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
  const logged = await loggedInUser(t.app, t.db, "staff", roskilde);
  staffUser = logged.user;
  staff = logged.session;
});
afterAll(() => t.close());

const someId = "0192f7c6-0000-7000-8000-000000000000";
const at = (offsetMs: number) => new Date(t.clock.now().getTime() + offsetMs).toISOString();

/** A create body whose window opens in 10 minutes and closes in 20. */
const eventBody = (overrides: object = {}) => ({
  title: "Matchmaking på Roskilde Bibliotek",
  eventDate: "2026-12-03",
  place: "Roskilde Bibliotek, Dronning Margrethes Vej 14",
  rankingOpensAt: at(minutes(10)),
  rankingClosesAt: at(minutes(20)),
  ...overrides,
});

async function auditActionsOf(subjectId: string) {
  const rows = await t.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, subjectId));
  return rows.map((row) => row.action);
}

interface Company {
  company: CompanyFixture;
  contact: UserFixture;
  session: Session;
}

async function companyIn(municipality: MunicipalityFixture): Promise<Company> {
  const company = await createCompany(t.db, { municipality });
  const contact = await createCompanyContact(t.db, company);
  return { company, contact, session: await login(t.app, contact) };
}

/**
 * An event of Roskilde whose window is open now and closes in five minutes, with two young people
 * and two openings of one company taking part.
 */
async function openEvent() {
  const now = t.clock.now();
  const event = await createEvent(t.db, {
    municipality: roskilde,
    createdBy: staffUser,
    now,
    opensAt: new Date(now.getTime() - minutes(60)),
    closesAt: new Date(now.getTime() + minutes(5)),
  });
  const young = [
    await createYouth(t.db, { municipality: roskilde }),
    await createYouth(t.db, { municipality: roskilde }),
  ];
  const employer = await companyIn(roskilde);
  const shop = await createOpening(t.db, employer.company, { title: "Butiksmedhjælper" });
  const stable = await createOpening(t.db, employer.company, { title: "Staldhjælp" });
  await addEventYouth(t.db, event, young);
  await addEventOpening(t.db, event, shop);
  await addEventOpening(t.db, event, stable, 2);
  return { event, young, employer, shop, stable };
}

describe("access", () => {
  const routes = [
    ["POST", "/api/matchmaking-events"],
    ["GET", "/api/matchmaking-events"],
    ["GET", `/api/matchmaking-events/${someId}`],
    ["PATCH", `/api/matchmaking-events/${someId}`],
    ["GET", `/api/matchmaking-events/${someId}/participants`],
    ["PUT", `/api/matchmaking-events/${someId}/participants`],
    ["GET", `/api/matchmaking-events/${someId}/my-ranking`],
    ["PUT", `/api/matchmaking-events/${someId}/my-ranking`],
    ["GET", `/api/matchmaking-events/${someId}/openings/${someId}/ranking`],
    ["PUT", `/api/matchmaking-events/${someId}/openings/${someId}/ranking`],
    ["POST", `/api/matchmaking-events/${someId}/assignment`],
    ["GET", `/api/matchmaking-events/${someId}/assignment`],
    ["PATCH", `/api/matchmaking-events/${someId}/assignment/pairs/${someId}`],
    ["POST", `/api/matchmaking-events/${someId}/publish`],
  ] as const;
  const staffOnly = new Set([0, 3, 4, 5, 10, 11, 12, 13]);

  it("answers 401 without a session, and 403 to roles outside each route", async () => {
    for (const [method, url] of routes) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const forbiddenFor = async (session: Session, indexes: number[]) => {
      for (const index of indexes) {
        const [method, url] = routes[index] ?? ["GET", ""];
        const response = await session.request(method, url, method === "GET" ? undefined : {});
        expect(response.statusCode, `${method} ${url}`).toBe(403);
      }
    };
    const all = routes.map((_, index) => index);
    await forbiddenFor((await loggedInUser(t.app, t.db, "researcher")).session, all);
    await forbiddenFor((await loggedInUser(t.app, t.db, "system_admin")).session, all);
    const young = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    await forbiddenFor(young, [...staffOnly, 8, 9]);
    const { session: contact } = await companyIn(roskilde);
    await forbiddenFor(contact, [...staffOnly, 6, 7]);
    await forbiddenFor(staff, [6, 7]);
  });
});

describe("events", () => {
  it("lets staff create an event, and audits it", async () => {
    const response = await staff.request("POST", "/api/matchmaking-events", eventBody());
    expect(response.statusCode).toBe(201);
    const event = response.json();
    expect(event).toEqual({
      id: expect.any(String),
      title: "Matchmaking på Roskilde Bibliotek",
      eventDate: "2026-12-03",
      place: "Roskilde Bibliotek, Dronning Margrethes Vej 14",
      rankingOpensAt: at(minutes(10)),
      rankingClosesAt: at(minutes(20)),
      status: "planned",
      rankingOpen: false,
      youthCount: 0,
      openingCount: 0,
      progress: { youthRanked: 0, openingsRanked: 0 },
      proposedAt: null,
      publishedAt: null,
    });
    expect(await auditActionsOf(event.id)).toEqual(["matchmaking_event.created"]);
  });

  it("refuses a window that closes before it opens, or a bad date, with field errors", async () => {
    const backwards = await staff.request(
      "POST",
      "/api/matchmaking-events",
      eventBody({ rankingClosesAt: at(minutes(5)) }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toContainEqual(expect.objectContaining({ path: "rankingClosesAt" }));
    const badDate = await staff.request(
      "POST",
      "/api/matchmaking-events",
      eventBody({ eventDate: "3/12/2026" }),
    );
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors).toContainEqual(expect.objectContaining({ path: "eventDate" }));
  });

  it("lists the municipality's events newest event date first, a page at a time, and nobody else's", async () => {
    const municipality = await createMunicipality(t.db);
    const { session } = await loggedInUser(t.app, t.db, "staff", municipality);
    const ids: string[] = [];
    for (const eventDate of ["2026-12-01", "2027-01-15", "2026-12-20"]) {
      ids.push(
        (await session.request("POST", "/api/matchmaking-events", eventBody({ eventDate }))).json().id,
      );
    }
    const first = (await session.request("GET", "/api/matchmaking-events?limit=2")).json();
    expect(first.items.map((item: { eventDate: string }) => item.eventDate)).toEqual([
      "2027-01-15",
      "2026-12-20",
    ]);
    const second = (
      await session.request("GET", `/api/matchmaking-events?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();

    const { session: foreign } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await foreign.request("GET", "/api/matchmaking-events")).json().items).toEqual([]);
    expect((await foreign.request("GET", `/api/matchmaking-events/${ids[0]}`)).statusCode).toBe(404);
    expect(
      (await foreign.request("PATCH", `/api/matchmaking-events/${ids[0]}`, { title: "Ny" })).statusCode,
    ).toBe(404);
    expect((await session.request("GET", "/api/matchmaking-events?cursor=nonsense")).statusCode).toBe(400);
  });

  it("lets staff change an event, keeping the window in order with the stored times", async () => {
    const event = (await staff.request("POST", "/api/matchmaking-events", eventBody())).json();
    const changed = await staff.request("PATCH", `/api/matchmaking-events/${event.id}`, {
      title: "Matchmaking i Hal 2",
      rankingClosesAt: at(minutes(90)),
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ title: "Matchmaking i Hal 2", rankingClosesAt: at(minutes(90)) });
    const backwards = await staff.request("PATCH", `/api/matchmaking-events/${event.id}`, {
      rankingOpensAt: at(minutes(120)),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: "rankingOpensAt" })]);
    expect((await staff.request("PATCH", `/api/matchmaking-events/${event.id}`, {})).statusCode).toBe(400);
    expect(await auditActionsOf(event.id)).toEqual([
      "matchmaking_event.created",
      "matchmaking_event.updated",
    ]);
  });

  it("shows a young person and a company contact only the events they take part in", async () => {
    const { event, young, employer, shop, stable } = await openEvent();
    const participant = await login(t.app, young[0]?.user ?? staffUser);
    const seen = await participant.request("GET", `/api/matchmaking-events/${event.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      youthCount: 2,
      openingCount: 2,
      status: "ranking",
      rankingOpen: true,
    });
    expect(seen.json()).not.toHaveProperty("progress");
    expect(seen.json()).not.toHaveProperty("myOpenings");
    expect((await participant.request("GET", "/api/matchmaking-events")).json().items).toEqual([
      expect.objectContaining({ id: event.id }),
    ]);

    const byContact = (await employer.session.request("GET", `/api/matchmaking-events/${event.id}`)).json();
    expect(byContact).not.toHaveProperty("progress");
    expect(byContact.myOpenings).toEqual(
      expect.arrayContaining([
        { id: shop.id, title: "Butiksmedhjælper", ranked: false },
        { id: stable.id, title: "Staldhjælp", ranked: false },
      ]),
    );

    const outsiderYouth = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const { session: outsiderContact } = await companyIn(roskilde);
    for (const session of [outsiderYouth, outsiderContact]) {
      expect((await session.request("GET", `/api/matchmaking-events/${event.id}`)).statusCode).toBe(404);
      expect((await session.request("GET", "/api/matchmaking-events")).json().items).toEqual([]);
    }
  });
});

describe("participants", () => {
  it("adds young people who are looking and open openings with free seats, which bring those seats", async () => {
    const event = (await staff.request("POST", "/api/matchmaking-events", eventBody())).json();
    const young = await createYouth(t.db, { municipality: roskilde });
    const { company } = await companyIn(roskilde);
    const opening = await createOpening(t.db, company, { title: "Lager", seats: 3, seatsTaken: 1 });
    const url = `/api/matchmaking-events/${event.id}/participants`;
    const saved = await staff.request("PUT", url, { youthIds: [young.id], openingIds: [opening.id] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({
      youth: [{ id: young.id, displayName: young.user.displayName, ranked: false }],
      openings: [{ id: opening.id, title: "Lager", companyName: company.name, capacity: 2, ranked: false }],
    });
    expect((await staff.request("GET", url)).json()).toEqual(saved.json());
    expect((await staff.request("GET", `/api/matchmaking-events/${event.id}`)).json()).toMatchObject({
      youthCount: 1,
      openingCount: 1,
    });

    // Saving again keeps the seats the opening brought, though another seat has since been taken.
    await t.db.update(openings).set({ seatsTaken: 2 }).where(eq(openings.id, opening.id));
    const again = await staff.request("PUT", url, { youthIds: [young.id], openingIds: [opening.id] });
    expect(again.json().openings[0].capacity).toBe(2);
    expect(await auditActionsOf(event.id)).toEqual([
      "matchmaking_event.created",
      "matchmaking_event.participants_changed",
      "matchmaking_event.participants_changed",
    ]);
  });

  it("names every id that cannot take part, and changes nothing", async () => {
    const event = (await staff.request("POST", "/api/matchmaking-events", eventBody())).json();
    const looking = await createYouth(t.db, { municipality: roskilde });
    const paused = await createYouth(t.db, { municipality: roskilde });
    await t.db.update(youth).set({ status: "paused" }).where(eq(youth.id, paused.id));
    const foreignYoung = await createYouth(t.db, { municipality: sonderborg });
    const { company } = await companyIn(roskilde);
    const open = await createOpening(t.db, company);
    const closed = await createOpening(t.db, company, { status: "closed" });
    const full = await createOpening(t.db, company, { seats: 1, seatsTaken: 1 });
    const foreignOpening = await createOpening(t.db, (await companyIn(sonderborg)).company);
    const url = `/api/matchmaking-events/${event.id}/participants`;
    const response = await staff.request("PUT", url, {
      youthIds: [looking.id, paused.id, foreignYoung.id, someId],
      openingIds: [open.id, closed.id, full.id, foreignOpening.id],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual([
      "youthIds.1",
      "youthIds.2",
      "youthIds.3",
      "openingIds.1",
      "openingIds.2",
      "openingIds.3",
    ]);
    expect((await staff.request("GET", url)).json()).toEqual({ youth: [], openings: [] });
    const twice = await staff.request("PUT", url, { youthIds: [looking.id, looking.id], openingIds: [] });
    expect(twice.statusCode).toBe(400);
  });

  it("takes the rankings of those who leave with them, both ways", async () => {
    const { event, young, shop, stable } = await openEvent();
    const [stays, leaves] = young;
    if (!stays || !leaves) throw new Error("two young people expected");
    await rankOpenings(t.db, event, stays, [stable, shop]);
    await rankOpenings(t.db, event, leaves, [shop]);
    await rankYouth(t.db, event, shop, [leaves, stays]);
    await rankYouth(t.db, event, stable, [stays]);
    const url = `/api/matchmaking-events/${event.id}/participants`;
    const saved = await staff.request("PUT", url, { youthIds: [stays.id], openingIds: [shop.id] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().youth).toEqual([expect.objectContaining({ id: stays.id, ranked: true })]);
    const youthRanks = await t.db
      .select({ youthId: matchmakingYouthRankings.youthId, openingId: matchmakingYouthRankings.openingId })
      .from(matchmakingYouthRankings)
      .where(eq(matchmakingYouthRankings.eventId, event.id));
    expect(youthRanks).toEqual([{ youthId: stays.id, openingId: shop.id }]);
    const companyRanks = await t.db
      .select({
        youthId: matchmakingCompanyRankings.youthId,
        openingId: matchmakingCompanyRankings.openingId,
      })
      .from(matchmakingCompanyRankings)
      .where(eq(matchmakingCompanyRankings.eventId, event.id));
    expect(companyRanks).toEqual([{ youthId: stays.id, openingId: shop.id }]);
  });
});

describe("a young person's ranking", () => {
  it("is open only inside the window, by the clock", async () => {
    const event = (await staff.request("POST", "/api/matchmaking-events", eventBody())).json();
    const young: YouthFixture = await createYouth(t.db, { municipality: roskilde });
    const { company } = await companyIn(roskilde);
    const opening = await createOpening(t.db, company);
    await staff.request("PUT", `/api/matchmaking-events/${event.id}/participants`, {
      youthIds: [young.id],
      openingIds: [opening.id],
    });
    const session = await login(t.app, young.user);
    const url = `/api/matchmaking-events/${event.id}/my-ranking`;
    const before = await session.request("GET", url);
    expect(before.json()).toMatchObject({ ranking: [], maxChoices: 10, rankingOpen: false });
    expect((await session.request("PUT", url, { openingIds: [opening.id] })).statusCode).toBe(409);

    t.clock.advance(minutes(10));
    const during = await session.request("PUT", url, { openingIds: [opening.id] });
    expect(during.statusCode).toBe(200);
    expect(during.json()).toMatchObject({ ranking: [opening.id], rankingOpen: true });
    expect((await staff.request("GET", `/api/matchmaking-events/${event.id}`)).json()).toMatchObject({
      status: "ranking",
      progress: { youthRanked: 1, openingsRanked: 0 },
    });

    t.clock.advance(minutes(10));
    expect((await session.request("PUT", url, { openingIds: [] })).statusCode).toBe(409);
    expect((await session.request("GET", url)).json()).toMatchObject({
      ranking: [opening.id],
      rankingOpen: false,
    });
  });

  it("holds up to ten of the event's own openings, each once, best first", async () => {
    const { event, young, employer, shop, stable } = await openEvent();
    const session = await login(t.app, young[0]?.user ?? staffUser);
    const url = `/api/matchmaking-events/${event.id}/my-ranking`;
    const shown = (await session.request("GET", url)).json();
    expect(shown.openings).toEqual(
      expect.arrayContaining([
        {
          id: shop.id,
          title: "Butiksmedhjælper",
          companyName: employer.company.name,
          occupationField: "animals-nature",
          workplacePostalCode: "4000",
          hoursPerWeek: 20,
        },
      ]),
    );
    const saved = await session.request("PUT", url, { openingIds: [stable.id, shop.id] });
    expect(saved.json().ranking).toEqual([stable.id, shop.id]);
    const reordered = await session.request("PUT", url, { openingIds: [shop.id] });
    expect(reordered.json().ranking).toEqual([shop.id]);

    const other = await createOpening(t.db, employer.company);
    const notInEvent = await session.request("PUT", url, { openingIds: [shop.id, other.id] });
    expect(notInEvent.statusCode).toBe(400);
    expect(notInEvent.json().errors).toEqual([expect.objectContaining({ path: "openingIds.1" })]);
    expect((await session.request("PUT", url, { openingIds: [shop.id, shop.id] })).statusCode).toBe(400);
    const eleven = Array.from({ length: 11 }, () => crypto.randomUUID());
    expect((await session.request("PUT", url, { openingIds: eleven })).statusCode).toBe(400);
    expect((await session.request("GET", url)).json().ranking).toEqual([shop.id]);
  });

  it("is not there for a young person who does not take part", async () => {
    const { event, shop } = await openEvent();
    const outsider = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const url = `/api/matchmaking-events/${event.id}/my-ranking`;
    expect((await outsider.request("GET", url)).statusCode).toBe(404);
    expect((await outsider.request("PUT", url, { openingIds: [shop.id] })).statusCode).toBe(404);
    const foreign = await login(t.app, (await createYouth(t.db, { municipality: sonderborg })).user);
    expect((await foreign.request("PUT", url, { openingIds: [shop.id] })).statusCode).toBe(404);
  });
});

describe("an opening's ranking", () => {
  it("shows the company the consenting young people with only what they show the network", async () => {
    const { event, young, employer, shop } = await openEvent();
    const [shows, hides] = young;
    if (!shows || !hides) throw new Error("two young people expected");
    await t.db
      .update(youthResourceProfiles)
      .set({ visibility: { strengths: "private" } })
      .where(eq(youthResourceProfiles.youthId, hides.id));
    const unseen = await createYouth(t.db, { municipality: roskilde, consented: false });
    await addEventYouth(t.db, event, [unseen]);
    const url = `/api/matchmaking-events/${event.id}/openings/${shop.id}/ranking`;
    const response = await employer.session.request("GET", url);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.opening).toEqual({ id: shop.id, title: "Butiksmedhjælper" });
    expect(body.youth).toHaveLength(2);
    expect(body.youth).toContainEqual({
      id: shows.id,
      firstName: shows.user.displayName.split(" ")[0],
      strengths: ["reliable", "curious"],
      interests: ["animals-nature"],
    });
    expect(body.youth).toContainEqual(expect.objectContaining({ id: hides.id, strengths: [] }));
    expect(JSON.stringify(body)).not.toContain(shows.user.displayName);
    expect(body).toMatchObject({ ranking: [], rankingOpen: true });

    const refused = await employer.session.request("PUT", url, { youthIds: [shows.id, unseen.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: "youthIds.1" })]);
    const saved = await employer.session.request("PUT", url, { youthIds: [hides.id, shows.id] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().ranking).toEqual([hides.id, shows.id]);
    expect(
      (await employer.session.request("GET", `/api/matchmaking-events/${event.id}`)).json().myOpenings,
    ).toContainEqual({ id: shop.id, title: "Butiksmedhjælper", ranked: true });

    // Withdrawing consent takes the young person off the company's screen, rank and all.
    await recordProfileConsent(t.db, shows, false, t.clock.now());
    const after = (await employer.session.request("GET", url)).json();
    expect(after.youth.map((y: { id: string }) => y.id)).toEqual([hides.id]);
    expect(after.ranking).toEqual([hides.id]);
  });

  it("is the opening's company's and staff's only, and only inside the window", async () => {
    const { event, young, employer, shop } = await openEvent();
    const url = `/api/matchmaking-events/${event.id}/openings/${shop.id}/ranking`;
    const body = { youthIds: [young[0]?.id] };

    // A contact of another company with an opening in the same event still cannot touch this list.
    const rival = await companyIn(roskilde);
    await addEventOpening(t.db, event, await createOpening(t.db, rival.company));
    expect((await rival.session.request("GET", url)).statusCode).toBe(404);
    expect((await rival.session.request("PUT", url, body)).statusCode).toBe(404);
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await foreignStaff.request("GET", url)).statusCode).toBe(404);
    const notInEvent = await createOpening(t.db, employer.company);
    expect(
      (
        await employer.session.request(
          "GET",
          `/api/matchmaking-events/${event.id}/openings/${notInEvent.id}/ranking`,
        )
      ).statusCode,
    ).toBe(404);

    const byStaff = await staff.request("PUT", url, body);
    expect(byStaff.statusCode).toBe(200);
    expect((await employer.session.request("GET", url)).json().ranking).toEqual(body.youthIds);

    t.clock.advance(minutes(6));
    expect((await employer.session.request("PUT", url, { youthIds: [] })).statusCode).toBe(409);
    const stored = await t.db
      .select({ youthId: matchmakingCompanyRankings.youthId })
      .from(matchmakingCompanyRankings)
      .where(
        and(
          eq(matchmakingCompanyRankings.eventId, event.id),
          eq(matchmakingCompanyRankings.openingId, shop.id),
        ),
      );
    expect(stored.map((row) => row.youthId)).toEqual(body.youthIds);
  });

  it("stays closed before the window opens", async () => {
    const now = t.clock.now();
    const event: EventFixture = await createEvent(t.db, {
      municipality: roskilde,
      createdBy: staffUser,
      now,
      opensAt: new Date(now.getTime() + minutes(30)),
      closesAt: new Date(now.getTime() + minutes(90)),
      status: "planned",
    });
    const employer = await companyIn(roskilde);
    const opening = await createOpening(t.db, employer.company);
    const young = await createYouth(t.db, { municipality: roskilde });
    await addEventOpening(t.db, event, opening);
    await addEventYouth(t.db, event, [young]);
    const url = `/api/matchmaking-events/${event.id}/openings/${opening.id}/ranking`;
    expect((await employer.session.request("GET", url)).json().rankingOpen).toBe(false);
    expect((await employer.session.request("PUT", url, { youthIds: [young.id] })).statusCode).toBe(409);
    expect((await staff.request("GET", `/api/matchmaking-events/${event.id}`)).json().status).toBe("planned");
  });
});
