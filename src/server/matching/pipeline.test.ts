import { eq } from "drizzle-orm";
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
  createMunicipality,
  loggedInUser,
  type MunicipalityFixture,
  type UserFixture,
} from "../../../tests/support/factories.js";
import { createInterest, createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { interests, matches, meetings, youth } from "../db/schema.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(t.clock.now().getTime() - days * DAY);

interface Network {
  municipality: MunicipalityFixture;
  company: CompanyFixture;
  contact: UserFixture;
  opening: () => Promise<{ id: string; title: string }>;
  young: (status?: "applicant" | "active" | "paused") => Promise<YouthFixture>;
}

async function network(): Promise<Network> {
  const municipality = await createMunicipality(t.db);
  const company = await createCompany(t.db, { municipality });
  const contact = await createCompanyContact(t.db, company);
  let openings = 0;
  return {
    municipality,
    company,
    contact,
    async opening() {
      openings += 1;
      const title = `Praktik ${openings} hos ${company.name}`;
      return { id: (await createOpening(t.db, company, { title })).id, title };
    },
    async young(status = "active") {
      const young = await createYouth(t.db, { municipality, contactable: true });
      if (status !== "active") await t.db.update(youth).set({ status }).where(eq(youth.id, young.id));
      return young;
    },
  };
}

async function meeting(
  n: Network,
  match: { id: string },
  status: "proposed" | "accepted" | "declined",
  time: Date,
): Promise<void> {
  await t.db.insert(meetings).values({
    municipalityId: n.municipality.id,
    matchId: match.id,
    proposedByUserId: n.contact.id,
    proposedBySide: "company",
    place: "Algade 1",
    proposedTimes: [time],
    acceptedTime: status === "accepted" ? time : null,
    status,
  });
}

async function pipelineAs(n: Network) {
  const { session } = await loggedInUser(t.app, t.db, "staff", n.municipality);
  const response = await session.request("GET", "/api/matching/pipeline");
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe("access", () => {
  it("is for the municipality's staff only", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/matching/pipeline" })).statusCode).toBe(401);
    const n = await network();
    for (const role of ["youth", "company_contact", "researcher"] as const) {
      const { session } = await loggedInUser(
        t.app,
        t.db,
        role,
        role === "researcher" ? undefined : n.municipality,
      );
      expect((await session.request("GET", "/api/matching/pipeline")).statusCode, role).toBe(403);
    }
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", n.municipality);
    expect((await admin.request("GET", "/api/matching/pipeline")).statusCode).toBe(200);
  });
});

describe("stages", () => {
  it("counts each seeking young person once, at the furthest stage they reached", async () => {
    const n = await network();
    await n.young();
    await n.young("applicant");
    const withdrawnOnly = await n.young();
    const gone = await createInterest(t.db, {
      young: withdrawnOnly,
      opening: await n.opening(),
      side: "youth",
    });
    await t.db
      .update(interests)
      .set({ withdrawnAt: daysAgo(1) })
      .where(eq(interests.id, gone.id));
    await createInterest(t.db, { young: await n.young(), opening: await n.opening(), side: "youth" });
    await createInterest(t.db, {
      young: await n.young(),
      opening: await n.opening(),
      side: "company",
      contact: n.contact,
    });
    const matchOnly = { young: await n.young(), company: n.company, contact: n.contact };
    await createMatch(t.db, { ...matchOnly, opening: await n.opening() });
    const ended = await createMatch(t.db, {
      ...matchOnly,
      young: await n.young(),
      opening: await n.opening(),
    });
    await t.db.update(matches).set({ status: "ended", endReason: "timing" }).where(eq(matches.id, ended.id));
    const planned = await createMatch(t.db, {
      ...matchOnly,
      young: await n.young(),
      opening: await n.opening(),
    });
    await meeting(n, planned, "accepted", new Date(t.clock.now().getTime() + DAY));
    const held = await createMatch(t.db, {
      ...matchOnly,
      young: await n.young(),
      opening: await n.opening(),
    });
    await meeting(n, held, "accepted", daysAgo(1));
    const declined = await createMatch(t.db, {
      ...matchOnly,
      young: await n.young(),
      opening: await n.opening(),
    });
    await meeting(n, declined, "declined", daysAgo(1));
    // A paused young person is not in the pipeline, whatever they did.
    await createInterest(t.db, { young: await n.young("paused"), opening: await n.opening(), side: "youth" });

    const { stages } = await pipelineAs(n);
    expect(stages).toEqual({ noInterest: 3, interest: 2, match: 4, meetingHeld: 1, internship: 0 });

    // The planned meeting is held once its time has passed on the app clock.
    t.clock.advance(2 * DAY);
    expect((await pipelineAs(n)).stages).toEqual({
      noInterest: 3,
      interest: 2,
      match: 3,
      meetingHeld: 2,
      internship: 0,
    });
  });

  it("counts nothing of another municipality", async () => {
    const n = await network();
    const other = await network();
    await createInterest(t.db, { young: await other.young(), opening: await other.opening(), side: "youth" });
    expect((await pipelineAs(n)).stages).toEqual({
      noInterest: 0,
      interest: 0,
      match: 0,
      meetingHeld: 0,
      internship: 0,
    });
  });
});

describe("who is stuck", () => {
  it("lists one-sided interests with no answer for more than 7 days, oldest first", async () => {
    const n = await network();
    const young = await n.young();
    const oldest = await n.opening();
    const fromYoung = await createInterest(t.db, {
      young,
      opening: oldest,
      side: "youth",
      createdAt: daysAgo(10),
    });
    const companyOpening = await n.opening();
    const fromCompany = await createInterest(t.db, {
      young,
      opening: companyOpening,
      side: "company",
      contact: n.contact,
      createdAt: daysAgo(8),
    });
    await createInterest(t.db, { young, opening: await n.opening(), side: "youth", createdAt: daysAgo(6) });
    const withdrawn = await createInterest(t.db, {
      young,
      opening: await n.opening(),
      side: "youth",
      createdAt: daysAgo(9),
    });
    await t.db
      .update(interests)
      .set({ withdrawnAt: daysAgo(2) })
      .where(eq(interests.id, withdrawn.id));
    await createMatch(t.db, {
      young,
      opening: await n.opening(),
      company: n.company,
      contact: n.contact,
      createdAt: daysAgo(9),
    });
    await createInterest(t.db, {
      young: await n.young("paused"),
      opening: oldest,
      side: "youth",
      createdAt: daysAgo(20),
    });
    const other = await network();
    await createInterest(t.db, {
      young: await other.young(),
      opening: await other.opening(),
      side: "youth",
      createdAt: daysAgo(20),
    });

    const { stuckInterests } = await pipelineAs(n);
    expect(stuckInterests).toEqual([
      {
        id: fromYoung.id,
        side: "youth",
        since: daysAgo(10).toISOString(),
        youth: { id: young.id, displayName: young.user.displayName },
        opening: oldest,
        company: { id: n.company.id, name: n.company.name },
      },
      expect.objectContaining({ id: fromCompany.id, side: "company", opening: companyOpening }),
    ]);

    t.clock.advance(2 * DAY);
    expect((await pipelineAs(n)).stuckInterests).toHaveLength(3);
  });

  it("lists active matches with no accepted meeting for more than 14 days", async () => {
    const n = await network();
    const match = (days: number) => async () => {
      const young = await n.young();
      const opening = await n.opening();
      const created = await createMatch(t.db, {
        young,
        opening,
        company: n.company,
        contact: n.contact,
        createdAt: daysAgo(days),
      });
      return { ...created, young, opening };
    };
    const stuck = await match(20)();
    const onlyProposed = await match(15)();
    await meeting(n, onlyProposed, "proposed", new Date(t.clock.now().getTime() + DAY));
    const withMeeting = await match(20)();
    await meeting(n, withMeeting, "accepted", new Date(t.clock.now().getTime() + DAY));
    const ended = await match(20)();
    await t.db.update(matches).set({ status: "ended", endReason: "timing" }).where(eq(matches.id, ended.id));
    await match(13)();

    const { stuckMatches } = await pipelineAs(n);
    expect(stuckMatches).toEqual([
      {
        id: stuck.id,
        since: daysAgo(20).toISOString(),
        youth: { id: stuck.young.id, displayName: stuck.young.user.displayName },
        opening: stuck.opening,
        company: { id: n.company.id, name: n.company.name },
      },
      expect.objectContaining({ id: onlyProposed.id }),
    ]);

    t.clock.advance(2 * DAY);
    expect((await pipelineAs(n)).stuckMatches).toHaveLength(3);
  });
});
