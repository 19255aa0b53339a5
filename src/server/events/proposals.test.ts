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
import { createMatch } from "../../../tests/support/matching-factories.js";
import { recordProfileConsent } from "../../../tests/support/opening-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import { auditEvents, matches, matchmakingProposals, openings, outboxMails, youth } from "../db/schema.js";
import type { CurrentUser } from "../platform/sessions.js";
import { createAssignmentRunner } from "./assignment.js";
import { runAssignment } from "./assignment.service.js";

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

const eventUrl = (event: EventFixture, rest = "") => `/api/matchmaking-events/${event.id}${rest}`;

async function auditActionsOf(subjectId: string) {
  const rows = await t.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, subjectId))
    .orderBy(auditEvents.occurredAt, auditEvents.id);
  return rows.map((row) => row.action);
}

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));

/** An event of Roskilde whose ranking window closed an hour ago. */
const closedEvent = () =>
  createEvent(t.db, { municipality: roskilde, createdBy: staffUser, now: t.clock.now() });

async function companyWithOpenings(titles: string[]) {
  const company: CompanyFixture = await createCompany(t.db, { municipality: roskilde });
  const contact = await createCompanyContact(t.db, company);
  const made = [];
  for (const title of titles) made.push({ id: (await createOpening(t.db, company, { title })).id, title });
  return { company, contact, openings: made };
}

async function youngPeople(count: number): Promise<YouthFixture[]> {
  const made = [];
  for (let i = 0; i < count; i++) made.push(await createYouth(t.db, { municipality: roskilde }));
  return made;
}

/**
 * Three young people and two one-seat openings, the textbook case: y1 and y2 both want A first; A
 * prefers y2, so y1 goes on to B, which prefers y1 to y3, so y3 ends without a place.
 */
async function textbookEvent() {
  const event = await closedEvent();
  const { company, contact, openings: made } = await companyWithOpenings(["A: Butik", "B: Lager"]);
  const [a, b] = made;
  const [y1, y2, y3] = await youngPeople(3);
  if (!a || !b || !y1 || !y2 || !y3) throw new Error("setup");
  await addEventYouth(t.db, event, [y1, y2, y3]);
  await addEventOpening(t.db, event, a);
  await addEventOpening(t.db, event, b);
  await rankOpenings(t.db, event, y1, [a, b]);
  await rankOpenings(t.db, event, y2, [a, b]);
  await rankOpenings(t.db, event, y3, [b]);
  await rankYouth(t.db, event, a, [y2, y1]);
  await rankYouth(t.db, event, b, [y1, y3, y2]);
  return { event, company, contact, a, b, y1, y2, y3 };
}

type Pair = { youthId: string; openingId: string; choice: number; leftOut: boolean; matchId: string | null };
const pairsOf = (proposal: { pairs: Pair[] }) =>
  Object.fromEntries(proposal.pairs.map((pair) => [pair.youthId, pair.openingId]));

describe("running the assignment", () => {
  it("proposes the young-person-optimal stable assignment with its figures", async () => {
    const { event, company, a, b, y1, y2, y3 } = await textbookEvent();
    expect((await staff.request("GET", eventUrl(event, "/assignment"))).statusCode).toBe(404);
    const response = await staff.request("POST", eventUrl(event, "/assignment"));
    expect(response.statusCode).toBe(200);
    const proposal = response.json();
    expect(proposal).toMatchObject({
      eventId: event.id,
      status: "proposed",
      proposedAt: t.clock.now().toISOString(),
      publishedAt: null,
      summary: { byChoice: [1, 1], assigned: 2, unassigned: 1, freeSeats: 0, leftOut: 0 },
      unassigned: [{ youthId: y3.id, youthName: y3.user.displayName }],
    });
    expect(proposal.pairs).toEqual([
      {
        youthId: y2.id,
        youthName: y2.user.displayName,
        openingId: a.id,
        openingTitle: "A: Butik",
        companyName: company.name,
        choice: 1,
        leftOut: false,
        matchId: null,
      },
      expect.objectContaining({ youthId: y1.id, openingId: b.id, openingTitle: "B: Lager", choice: 2 }),
    ]);
    expect((await staff.request("GET", eventUrl(event, "/assignment"))).json()).toEqual(proposal);
    expect((await staff.request("GET", eventUrl(event))).json()).toMatchObject({
      status: "proposed",
      rankingOpen: false,
    });
    expect(await auditActionsOf(event.id)).toEqual(["matchmaking_event.assignment_run"]);
  });

  it("runs only once the ranking window has closed", async () => {
    const now = t.clock.now();
    const event = await createEvent(t.db, {
      municipality: roskilde,
      createdBy: staffUser,
      now,
      opensAt: new Date(now.getTime() - minutes(30)),
      closesAt: new Date(now.getTime() + minutes(5)),
    });
    expect((await staff.request("POST", eventUrl(event, "/assignment"))).statusCode).toBe(409);
    t.clock.advance(minutes(5));
    expect((await staff.request("POST", eventUrl(event, "/assignment"))).statusCode).toBe(200);
  });

  it("fills no opening beyond the seats it brought", async () => {
    const event = await closedEvent();
    const { openings: made } = await companyWithOpenings(["To pladser", "Ingen plads tilbage"]);
    const [twoSeats, closedNow] = made;
    const young = await youngPeople(4);
    if (!twoSeats || !closedNow) throw new Error("setup");
    await addEventYouth(t.db, event, young);
    await addEventOpening(t.db, event, twoSeats, 2);
    await addEventOpening(t.db, event, closedNow, 3);
    // An opening that closed after it was added brings no seats any more.
    await t.db.update(openings).set({ status: "closed" }).where(eq(openings.id, closedNow.id));
    for (const young_ of young) await rankOpenings(t.db, event, young_, [closedNow, twoSeats]);
    await rankYouth(t.db, event, twoSeats, young);
    await rankYouth(t.db, event, closedNow, young);
    const proposal = (await staff.request("POST", eventUrl(event, "/assignment"))).json();
    expect(proposal.pairs.map((pair: Pair) => pair.openingId)).toEqual([twoSeats.id, twoSeats.id]);
    // The first two the opening ranked get its seats; each got their second choice.
    expect(proposal.pairs.map((pair: Pair) => pair.youthId).sort()).toEqual(
      [young[0]?.id, young[1]?.id].sort(),
    );
    expect(proposal.summary).toMatchObject({ byChoice: [0, 2], assigned: 2, unassigned: 2, freeSeats: 0 });
  });

  it("pairs only young people the opening ranked, who still let companies see them and are looking", async () => {
    const event = await closedEvent();
    const { openings: made } = await companyWithOpenings(["Tre pladser"]);
    const [opening] = made;
    const [unranked, withdrew, paused, fine] = await youngPeople(4);
    if (!opening || !unranked || !withdrew || !paused || !fine) throw new Error("setup");
    await addEventYouth(t.db, event, [unranked, withdrew, paused, fine]);
    await addEventOpening(t.db, event, opening, 3);
    for (const young of [unranked, withdrew, paused, fine]) await rankOpenings(t.db, event, young, [opening]);
    await rankYouth(t.db, event, opening, [withdrew, paused, fine]);
    await recordProfileConsent(t.db, withdrew, false, t.clock.now());
    await t.db.update(youth).set({ status: "paused" }).where(eq(youth.id, paused.id));
    const proposal = (await staff.request("POST", eventUrl(event, "/assignment"))).json();
    expect(pairsOf(proposal)).toEqual({ [fine.id]: opening.id });
    expect(proposal.summary).toMatchObject({ assigned: 1, unassigned: 3, freeSeats: 2 });
  });

  it("may run again while under review, replacing the proposal and its left-out pairs", async () => {
    const { event, y1, y2, a, b } = await textbookEvent();
    await staff.request("POST", eventUrl(event, "/assignment"));
    const left = await staff.request("PATCH", eventUrl(event, `/assignment/pairs/${y1.id}`), {
      leftOut: true,
    });
    expect(left.json().summary.leftOut).toBe(1);
    const again = (await staff.request("POST", eventUrl(event, "/assignment"))).json();
    expect(again.summary.leftOut).toBe(0);
    expect(pairsOf(again)).toEqual({ [y1.id]: b.id, [y2.id]: a.id });
  });

  it("keeps the event and its participants as they were once the assignment has run", async () => {
    const { event, y1, a } = await textbookEvent();
    await staff.request("POST", eventUrl(event, "/assignment"));
    expect((await staff.request("PATCH", eventUrl(event), { title: "Nyt navn" })).statusCode).toBe(409);
    expect(
      (
        await staff.request("PUT", eventUrl(event, "/participants"), {
          youthIds: [y1.id],
          openingIds: [a.id],
        })
      ).statusCode,
    ).toBe(409);
  });

  it("is out of reach for another municipality's staff", async () => {
    const { event, y1 } = await textbookEvent();
    const { session: foreign } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect((await foreign.request("POST", eventUrl(event, "/assignment"))).statusCode).toBe(404);
    await staff.request("POST", eventUrl(event, "/assignment"));
    expect((await foreign.request("GET", eventUrl(event, "/assignment"))).statusCode).toBe(404);
    expect(
      (await foreign.request("PATCH", eventUrl(event, `/assignment/pairs/${y1.id}`), { leftOut: true }))
        .statusCode,
    ).toBe(404);
    expect((await foreign.request("POST", eventUrl(event, "/publish"))).statusCode).toBe(404);
    expect((await staff.request("GET", `/api/matchmaking-events/${someId}/assignment`)).statusCode).toBe(404);
  });

  it("gives the same proposal when a worker thread assigns", async () => {
    const event = await closedEvent();
    const { openings: made } = await companyWithOpenings(["Et", "To", "Tre", "Fire", "Fem"]);
    const young = await youngPeople(16);
    await addEventYouth(t.db, event, young);
    for (const [index, opening] of made.entries())
      await addEventOpening(t.db, event, opening, 1 + (index % 3));
    for (const [index, young_] of young.entries()) {
      const choices = [0, 2, 4].flatMap((shift) => made[(index + shift) % made.length] ?? []);
      await rankOpenings(t.db, event, young_, choices);
    }
    for (const [index, opening] of made.entries()) {
      await rankYouth(t.db, event, opening, young.filter((_, y) => (y + index) % 3 !== 0).reverse());
    }
    const inline = (await staff.request("POST", eventUrl(event, "/assignment"))).json();
    expect(inline.summary.assigned).toBeGreaterThan(4);

    const runner = createAssignmentRunner({ workerThreshold: 0 });
    const actor: CurrentUser = {
      id: staffUser.id,
      email: staffUser.email,
      displayName: staffUser.displayName,
      role: "staff",
      locale: "da",
      municipalityId: roskilde.id,
      municipality: { id: roskilde.id, slug: roskilde.slug, name: roskilde.name },
    };
    try {
      const inWorker = await t.db.transaction((tx) =>
        runAssignment(
          { clock: t.clock },
          tx,
          { ip: "127.0.0.1", requestId: "test" },
          actor,
          event.id,
          runner,
        ),
      );
      expect(inWorker.pairs).toEqual(inline.pairs);
      expect(inWorker.summary).toEqual(inline.summary);
    } finally {
      await runner.close();
    }
  });
});

describe("leaving a pair out", () => {
  it("needs a proposal and a pair in it", async () => {
    const { event, y1, y3 } = await textbookEvent();
    const url = (youthId: string) => eventUrl(event, `/assignment/pairs/${youthId}`);
    expect((await staff.request("PATCH", url(y1.id), { leftOut: true })).statusCode).toBe(409);
    await staff.request("POST", eventUrl(event, "/assignment"));
    expect((await staff.request("PATCH", url(y3.id), { leftOut: true })).statusCode).toBe(404);
    const left = await staff.request("PATCH", url(y1.id), { leftOut: true });
    expect(left.statusCode).toBe(200);
    expect(left.json().pairs).toContainEqual(expect.objectContaining({ youthId: y1.id, leftOut: true }));
    const back = await staff.request("PATCH", url(y1.id), { leftOut: false });
    expect(back.json().summary.leftOut).toBe(0);
    expect(await auditActionsOf(event.id)).toEqual([
      "matchmaking_event.assignment_run",
      "matchmaking_event.pair_left_out",
      "matchmaking_event.pair_left_out",
    ]);
  });
});

describe("publishing", () => {
  it("makes every pair not left out a match, tells both sides, and happens once", async () => {
    const { event, contact, a, b, y1, y2, y3 } = await textbookEvent();
    expect((await staff.request("POST", eventUrl(event, "/publish"))).statusCode).toBe(409);
    await staff.request("POST", eventUrl(event, "/assignment"));
    await staff.request("PATCH", eventUrl(event, `/assignment/pairs/${y1.id}`), { leftOut: true });

    const response = await staff.request("POST", eventUrl(event, "/publish"));
    expect(response.statusCode).toBe(200);
    const published = response.json();
    expect(published).toMatchObject({ status: "published", publishedAt: t.clock.now().toISOString() });
    const made = await t.db.select().from(matches).where(eq(matches.openingId, a.id));
    expect(made).toEqual([expect.objectContaining({ youthId: y2.id, status: "active" })]);
    expect(published.pairs).toContainEqual(expect.objectContaining({ youthId: y2.id, matchId: made[0]?.id }));
    expect(published.pairs).toContainEqual(
      expect.objectContaining({ youthId: y1.id, leftOut: true, matchId: null }),
    );
    expect(await t.db.select().from(matches).where(eq(matches.openingId, b.id))).toEqual([]);

    const youthMail = await mailsTo(y2.user.email);
    expect(youthMail).toHaveLength(1);
    expect(youthMail[0]?.text).toContain(`/matches/${made[0]?.id}`);
    const companyMail = await mailsTo(contact.email);
    expect(companyMail).toHaveLength(1);
    expect(companyMail[0]?.text).toContain(y2.user.displayName.split(" ")[0]);
    expect(companyMail[0]?.text).not.toContain(y2.user.displayName);
    expect(await mailsTo(y1.user.email)).toEqual([]);
    expect(await mailsTo(y3.user.email)).toEqual([]);

    // The young person and the company find the match where matches are.
    const young = await login(t.app, y2.user);
    expect((await young.request("GET", `/api/matches/${made[0]?.id}`)).statusCode).toBe(200);

    expect((await staff.request("POST", eventUrl(event, "/publish"))).statusCode).toBe(409);
    expect((await staff.request("POST", eventUrl(event, "/assignment"))).statusCode).toBe(409);
    expect(
      (await staff.request("PATCH", eventUrl(event, `/assignment/pairs/${y1.id}`), { leftOut: false }))
        .statusCode,
    ).toBe(409);
    expect(await t.db.select().from(matches).where(eq(matches.youthId, y2.id))).toHaveLength(1);
    expect(await auditActionsOf(event.id)).toEqual([
      "matchmaking_event.assignment_run",
      "matchmaking_event.pair_left_out",
      "matchmaking_event.published",
    ]);
    expect(await auditActionsOf(made[0]?.id ?? "")).toEqual(["match.created"]);
  });

  it("reuses a match the pair already has, and leaves an ended one ended", async () => {
    const { event, company, contact, a, b, y1, y2 } = await textbookEvent();
    const existing = await createMatch(t.db, { young: y2, opening: a, company, contact });
    const ended = await createMatch(t.db, { young: y1, opening: b, company, contact });
    await t.db.update(matches).set({ status: "ended", endReason: "timing" }).where(eq(matches.id, ended.id));
    await staff.request("POST", eventUrl(event, "/assignment"));
    const published = (await staff.request("POST", eventUrl(event, "/publish"))).json();
    expect(published.pairs).toContainEqual(expect.objectContaining({ youthId: y2.id, matchId: existing.id }));
    expect(published.pairs).toContainEqual(expect.objectContaining({ youthId: y1.id, matchId: ended.id }));
    expect(await t.db.select().from(matches).where(eq(matches.youthId, y2.id))).toHaveLength(1);
    const [stillEnded] = await t.db.select().from(matches).where(eq(matches.id, ended.id));
    expect(stillEnded?.status).toBe("ended");
    expect(await mailsTo(y2.user.email)).toHaveLength(1);
    expect(await mailsTo(y1.user.email)).toEqual([]);
    const stored = await t.db
      .select({ matchId: matchmakingProposals.matchId })
      .from(matchmakingProposals)
      .where(eq(matchmakingProposals.eventId, event.id));
    expect(stored.map((row) => row.matchId).sort()).toEqual([existing.id, ended.id].sort());
  });
});
