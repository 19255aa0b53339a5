import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCompany,
  createCompanyContact,
  createOpening,
  createYouth,
  type YouthFixture,
} from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
} from "../../../tests/support/group-factories.js";
import { createInternship } from "../../../tests/support/internship-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import { createEvaluation, createReflection } from "../../../tests/support/work-identity-factories.js";

let t: TestApp;
let roskilde: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
});
afterAll(() => t.close());

const url = "/api/me/work-identity";
const days = (n: number) => minutes(60 * 24 * n);
const ago = (ms: number) => new Date(t.clock.now().getTime() - ms);

/** A young person's group with meetings in the past, `count` of them, oldest first. */
async function pastMeetings(municipality: { id: string }, young: YouthFixture, count: number) {
  const facilitator = await createUser(t.db, { role: "staff", municipality });
  const group = await createNetworkGroup(t.db, {
    municipality,
    facilitators: [facilitator],
    name: "Torsdagsgruppen",
  });
  await addGroupMember(t.db, group, young);
  const meetings = [];
  for (let week = count; week >= 1; week -= 1) {
    const startsAt = ago(days(7 * week));
    meetings.push({
      ...(await createGroupMeeting(t.db, group, startsAt, { theme: "Hvad er jeg god til?" })),
      startsAt,
    });
  }
  return meetings;
}

/** An internship of the young person at a new company of their municipality, in the given state. */
async function internshipOf(
  young: YouthFixture,
  options: { status: "completed" | "ended_early" | "active"; startDate: string; plannedEndDate: string },
) {
  const company = await createCompany(t.db, { municipality: { id: young.municipalityId } });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { title: `Lager og logistik ${options.startDate}` });
  const internship = await createInternship(t.db, { young, company, opening, contact, ...options });
  return { ...internship, company, contact, opening };
}

/** A young person with one shared and one private reflection and a completed internship both sides evaluated. */
async function youngWithWorkIdentity(municipality: { id: string }, words: string) {
  const young = await createYouth(t.db, { municipality, profile: { strengths: ["reliable", "curious"] } });
  const [first, second] = await pastMeetings(municipality, young, 2);
  if (!first || !second) throw new Error("two meetings expected");
  const older = await createReflection(t.db, young, first, {
    text: `${words}: jeg kan godt sige min mening.`,
    sharedWithCounsellor: true,
    createdAt: ago(days(13)),
  });
  const newer = await createReflection(t.db, young, second, {
    text: `${words}: <b>jeg lytter</b> godt.`,
    createdAt: ago(days(6)),
  });
  const internship = await internshipOf(young, {
    status: "completed",
    startDate: "2026-09-07",
    plannedEndDate: "2026-10-30",
  });
  await createEvaluation(t.db, internship, young, {
    side: "company",
    author: internship.contact,
    wentWell: `${words}: mødte til tiden hver dag`,
    showed: `${words}: ansvarlighed og godt humør`,
  });
  await createEvaluation(t.db, internship, young, {
    side: "youth",
    author: young.user,
    wentWell: `${words}: kollegerne var søde`,
    showed: `${words}: at jeg kan lære nyt hurtigt`,
  });
  return { young, reflections: { older, newer }, internship, session: await login(t.app, young.user) };
}

describe("access", () => {
  it("answers 401 without a session and 403 to everyone but young people", async () => {
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
    for (const role of ["staff", "municipality_admin", "system_admin"] as const) {
      const { session } = await loggedInUser(t.app, t.db, role, roskilde);
      expect((await session.request("GET", url)).statusCode, role).toBe(403);
    }
    const company = await createCompany(t.db, { municipality: roskilde });
    const contact = await login(t.app, await createCompanyContact(t.db, company));
    const refused = await contact.request("GET", url);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
  });

  it("answers 404 to a youth account with no young person's record behind it", async () => {
    const { session } = await loggedInUser(t.app, t.db, "youth", roskilde);
    expect((await session.request("GET", url)).statusCode).toBe(404);
  });
});

describe("reading my work identity", () => {
  it("gives my strengths, both sides' evaluations and my reflections, shared or not", async () => {
    const world = await youngWithWorkIdentity(roskilde, "Mine");
    const response = await world.session.request("GET", url);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.strengths).toEqual(["reliable", "curious"]);
    expect(body.internshipFeedback).toEqual([
      {
        internshipId: world.internship.id,
        company: { name: world.internship.company.name },
        opening: { title: "Lager og logistik 2026-09-07" },
        startDate: "2026-09-07",
        // The factory ends a completed internship on 1 November.
        endDate: "2026-11-01",
        fromCompany: {
          wentWell: "Mine: mødte til tiden hver dag",
          showed: "Mine: ansvarlighed og godt humør",
        },
        fromMe: { wentWell: "Mine: kollegerne var søde", showed: "Mine: at jeg kan lære nyt hurtigt" },
      },
    ]);
    expect(body.reflections.map((reflection: { id: string }) => reflection.id)).toEqual([
      world.reflections.newer.id,
      world.reflections.older.id,
    ]);
    expect(body.reflections[0]).toEqual({
      id: world.reflections.newer.id,
      meeting: {
        id: expect.any(String),
        groupName: "Torsdagsgruppen",
        startsAt: expect.any(String),
        theme: "Hvad er jeg god til?",
      },
      text: "Mine: <b>jeg lytter</b> godt.",
      sharedWithCounsellor: false,
      createdAt: ago(days(6)).toISOString(),
    });
    expect(body.reflections[1].sharedWithCounsellor).toBe(true);
  });

  it("lists only evaluated internships, newest first, with a missing side as null and the day an early end came", async () => {
    const young = await createYouth(t.db, { municipality: roskilde, profile: { strengths: [] } });
    const session = await login(t.app, young.user);
    await internshipOf(young, { status: "active", startDate: "2026-11-16", plannedEndDate: "2027-01-08" });
    const unevaluated = await internshipOf(young, {
      status: "completed",
      startDate: "2026-08-03",
      plannedEndDate: "2026-09-04",
    });
    const endedEarly = await internshipOf(young, {
      status: "ended_early",
      startDate: "2026-10-05",
      plannedEndDate: "2026-12-18",
    });
    await createEvaluation(t.db, endedEarly, young, {
      side: "company",
      author: endedEarly.contact,
      wentWell: "Godt samarbejde",
      showed: "Mod på nye opgaver",
    });
    const onlyMine = await internshipOf(young, {
      status: "completed",
      startDate: "2026-06-01",
      plannedEndDate: "2026-07-31",
    });
    await createEvaluation(t.db, onlyMine, young, {
      side: "youth",
      author: young.user,
      wentWell: "Jeg fik ansvar",
      showed: "Jeg er stabil",
    });

    const body = (await session.request("GET", url)).json();
    expect(body.strengths).toEqual([]);
    expect(body.reflections).toEqual([]);
    expect(body.internshipFeedback.map((entry: { internshipId: string }) => entry.internshipId)).toEqual([
      endedEarly.id,
      onlyMine.id,
    ]);
    expect(body.internshipFeedback).not.toContainEqual(
      expect.objectContaining({ internshipId: unevaluated.id }),
    );
    expect(body.internshipFeedback[0]).toMatchObject({
      endDate: "2026-11-01",
      fromCompany: { wentWell: "Godt samarbejde", showed: "Mod på nye opgaver" },
      fromMe: null,
    });
    expect(body.internshipFeedback[1]).toMatchObject({
      fromCompany: null,
      fromMe: { wentWell: "Jeg fik ansvar", showed: "Jeg er stabil" },
    });
  });

  it("gives at most the 50 newest reflections", async () => {
    const young = await createYouth(t.db, { municipality: roskilde });
    const meetings = await pastMeetings(roskilde, young, 51);
    const written = [];
    for (const [index, meeting] of meetings.entries()) {
      written.push(
        await createReflection(t.db, young, meeting, {
          text: `Refleksion ${index + 1}`,
          createdAt: new Date(meeting.startsAt.getTime() + minutes(120)),
        }),
      );
    }
    const body = (await (await login(t.app, young.user)).request("GET", url)).json();
    expect(body.reflections).toHaveLength(50);
    expect(body.reflections[0].text).toBe("Refleksion 51");
    expect(body.reflections[49].text).toBe("Refleksion 2");
    expect(body.reflections.map((reflection: { id: string }) => reflection.id)).not.toContain(written[0]?.id);
  });
});

describe("isolation", () => {
  it("never shows another young person's data, in my municipality or another", async () => {
    const mine = await youngWithWorkIdentity(roskilde, "Mine");
    const neighbour = await youngWithWorkIdentity(roskilde, "Naboens");
    const elsewhere = await youngWithWorkIdentity(await createMunicipality(t.db), "Andetsteds");

    for (const [world, words, others] of [
      [mine, "Mine", ["Naboens", "Andetsteds"]],
      [neighbour, "Naboens", ["Mine", "Andetsteds"]],
      [elsewhere, "Andetsteds", ["Mine", "Naboens"]],
    ] as const) {
      const response = await world.session.request("GET", url);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.reflections).toHaveLength(2);
      expect(body.internshipFeedback).toHaveLength(1);
      expect(body.internshipFeedback[0].internshipId).toBe(world.internship.id);
      expect(response.body).toContain(words);
      for (const other of others) expect(response.body).not.toContain(other);
    }
  });
});
