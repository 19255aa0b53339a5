import { eq } from "drizzle-orm";
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
} from "../../../tests/support/factories.js";
import { createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { minutes } from "../../../tests/support/test-clock.js";
import { matches, outboxMails, youthConsents } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

/** A match in the municipality between a contactable young person and a company with one contact. */
async function matchIn(municipality: MunicipalityFixture, contactable = true) {
  const young = await createYouth(t.db, { municipality, contactable });
  const company = await createCompany(t.db, { municipality, name: "Dyrehandlen ApS" });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { title: "Praktik i dyrehandel" });
  const match = await createMatch(t.db, { young, opening, company, contact });
  return {
    young,
    company,
    contact,
    match,
    youth: await login(t.app, young.user),
    employer: await login(t.app, contact),
  };
}

const mailsTo = (email: string) => t.db.select().from(outboxMails).where(eq(outboxMails.to, email));

describe("access", () => {
  it("answers 401 on every route without a session", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    for (const [method, url] of [
      ["GET", `/api/matches/${id}/messages`],
      ["POST", `/api/matches/${id}/messages`],
      ["POST", `/api/matches/${id}/read`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("lets only the two sides read and write; staff learn why not, everyone else finds nothing", async () => {
    const { match, youth, employer, company } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    expect((await youth.request("POST", url, { body: "Hej!" })).statusCode).toBe(201);
    expect((await employer.request("POST", url, { body: "Hej selv" })).statusCode).toBe(201);
    expect((await youth.request("GET", url)).json().items).toHaveLength(2);
    expect((await employer.request("GET", url)).json().items).toHaveLength(2);

    const colleague = await login(t.app, await createCompanyContact(t.db, company));
    expect((await colleague.request("GET", url)).json().items).toHaveLength(2);

    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    for (const session of [staff, admin]) {
      const read = await session.request("GET", url);
      expect(read.statusCode).toBe(403);
      expect(read.json().detail).toBe("Staff see that a conversation exists, not its text");
      expect(read.body).not.toContain("Hej");
      expect((await session.request("POST", url, { body: "Hej" })).statusCode).toBe(403);
      expect((await session.request("POST", `/api/matches/${match.id}/read`)).statusCode).toBe(403);
    }

    const otherCompany = await createCompany(t.db, { municipality: roskilde });
    const outsider = await login(t.app, await createCompanyContact(t.db, otherCompany));
    const otherYoung = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    for (const session of [outsider, otherYoung, foreignStaff]) {
      expect((await session.request("GET", url)).statusCode).toBe(404);
      expect((await session.request("POST", url, { body: "Hej" })).statusCode).toBe(404);
      expect((await session.request("POST", `/api/matches/${match.id}/read`)).statusCode).toBe(404);
    }
    const { session: researcher } = await loggedInUser(t.app, t.db, "researcher");
    expect((await researcher.request("GET", url)).statusCode).toBe(403);
    expect(
      (await youth.request("GET", "/api/matches/0192f7c6-0000-7000-8000-000000000000/messages")).statusCode,
    ).toBe(404);
  });
});

describe("messages", () => {
  it("shows who wrote each message: the company contact's name, the young person's first name", async () => {
    const { match, youth, employer, contact, young } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    const sent = await youth.request("POST", url, { body: "Hej, jeg glæder mig" });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      body: "Hej, jeg glæder mig",
      createdAt: t.clock.now().toISOString(),
      author: { side: "youth", displayName: young.user.displayName.split(" ")[0], mine: true },
      readByOtherSide: false,
    });
    await employer.request("POST", url, { body: "Velkommen" });
    const seenByCompany = (await employer.request("GET", url)).json().items;
    expect(seenByCompany.map((m: { author: object }) => m.author)).toEqual([
      { side: "youth", displayName: young.user.displayName.split(" ")[0], mine: false },
      { side: "company", displayName: contact.displayName, mine: true },
    ]);
    const [row] = await t.db
      .select({ lastActivityAt: matches.lastActivityAt })
      .from(matches)
      .where(eq(matches.id, match.id));
    expect(row?.lastActivityAt.toISOString()).toBe(t.clock.now().toISOString());
  });

  it("takes 1-4000 characters of plain text after trimming, newlines and tabs but no other control characters", async () => {
    const { match, youth } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    const longest = await youth.request("POST", url, { body: "x".repeat(4000) });
    expect(longest.statusCode).toBe(201);
    expect(longest.json().body).toHaveLength(4000);
    expect((await youth.request("POST", url, { body: `  ${"y".repeat(4000)}\n ` })).statusCode).toBe(201);
    for (const body of [
      "x".repeat(4001),
      "",
      "   \n\t  ",
      "ding\u0007",
      "esc\u001b[31m",
      "nul\u0000",
      "cr\roverwrite",
      "c1\u009b",
    ]) {
      const response = await youth.request("POST", url, { body });
      expect(response.statusCode, JSON.stringify(body.slice(0, 20))).toBe(400);
      expect(response.json().errors[0].path).toBe("body");
    }
    expect((await youth.request("POST", url, {})).statusCode).toBe(400);
    expect((await youth.request("POST", url, { body: "hej", html: true })).statusCode).toBe(400);

    const lines = await youth.request("POST", url, { body: "  Linje 1\r\n\tLinje 2\n  " });
    expect(lines.json().body).toBe("Linje 1\n\tLinje 2");
    expect((await youth.request("GET", url)).json().items).toHaveLength(3);
  });

  it("stores and returns HTML as the text it is, neither interpreted nor sanitised", async () => {
    const { match, youth, employer } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    const body = `<script>alert("x")</script><b>fed</b> &amp; <img src=x onerror=alert(1)> 'quote'`;
    expect((await youth.request("POST", url, { body })).json().body).toBe(body);
    const read = await employer.request("GET", url);
    expect(read.headers["content-type"]).toContain("application/json");
    expect(read.json().items[0].body).toBe(body);
  });

  it("keeps an ended match readable but closed for writing", async () => {
    const { match, youth, employer } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    await youth.request("POST", url, { body: "Før" });
    await t.db
      .update(matches)
      .set({ status: "ended", endedAt: t.clock.now(), endReason: "timing" })
      .where(eq(matches.id, match.id));
    for (const session of [youth, employer]) {
      const refused = await session.request("POST", url, { body: "Efter" });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toContain("ended");
      expect((await session.request("GET", url)).json().items.map((m: { body: string }) => m.body)).toEqual([
        "Før",
      ]);
    }
  });

  it("stops the company writing when the young person withdraws consent to be contacted; all can still read", async () => {
    const { match, youth, employer, young } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    expect((await employer.request("POST", url, { body: "Hej" })).statusCode).toBe(201);
    await t.db.insert(youthConsents).values({
      youthId: young.id,
      municipalityId: young.municipalityId,
      kind: "contact_by_companies",
      granted: false,
      textVersion: "test",
      recordedAt: new Date("2026-10-01T10:00:00Z"),
      recordedByUserId: young.user.id,
    });
    const refused = await employer.request("POST", url, { body: "Er du der?" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain("no longer lets companies contact them");
    expect((await youth.request("POST", url, { body: "Tak for nu" })).statusCode).toBe(201);
    expect((await employer.request("GET", url)).json().items).toHaveLength(2);
  });

  it("lets the company write in a match with a young person who never gave the general contact consent", async () => {
    const { match, employer } = await matchIn(roskilde, false);
    const sent = await employer.request("POST", `/api/matches/${match.id}/messages`, { body: "Hej" });
    expect(sent.statusCode).toBe(201);
  });

  it("pages backwards from the newest, each page oldest first", async () => {
    const { match, youth } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    for (const n of [1, 2, 3, 4, 5]) {
      await youth.request("POST", url, { body: `Besked ${n}` });
      t.clock.advance(1000);
    }
    const bodies = (response: { json(): { items: { body: string }[] } }) =>
      response.json().items.map((m) => m.body);
    const first = await youth.request("GET", `${url}?limit=2`);
    expect(bodies(first)).toEqual(["Besked 4", "Besked 5"]);
    const second = await youth.request("GET", `${url}?limit=2&cursor=${first.json().nextCursor}`);
    expect(bodies(second)).toEqual(["Besked 2", "Besked 3"]);
    const last = await youth.request("GET", `${url}?limit=2&cursor=${second.json().nextCursor}`);
    expect(bodies(last)).toEqual(["Besked 1"]);
    expect(last.json().nextCursor).toBeNull();
    expect((await youth.request("GET", `${url}?cursor=nonsense`)).statusCode).toBe(400);
  });
});

describe("read marks", () => {
  it("marks a message read by the other side once someone there has read up to it", async () => {
    const { match, youth, employer, company } = await matchIn(roskilde);
    const url = `/api/matches/${match.id}/messages`;
    const readByOther = async () =>
      (await youth.request("GET", url))
        .json()
        .items.map((m: { readByOtherSide: boolean }) => m.readByOtherSide);
    await youth.request("POST", url, { body: "Første" });
    expect(await readByOther()).toEqual([false]);

    // The young person's own read mark says nothing about the company having read it.
    t.clock.advance(1000);
    expect((await youth.request("POST", `/api/matches/${match.id}/read`)).statusCode).toBe(204);
    expect(await readByOther()).toEqual([false]);

    t.clock.advance(1000);
    const colleague = await login(t.app, await createCompanyContact(t.db, company));
    expect((await colleague.request("POST", `/api/matches/${match.id}/read`)).statusCode).toBe(204);
    expect(await readByOther()).toEqual([true]);

    t.clock.advance(1000);
    await youth.request("POST", url, { body: "Anden" });
    expect(await readByOther()).toEqual([true, false]);

    // The company's own message is unread by the young person until they read.
    t.clock.advance(1000);
    await employer.request("POST", url, { body: "Svar" });
    const seen = () =>
      employer
        .request("GET", url)
        .then((r) =>
          r.json().items.map((m: { body: string; readByOtherSide: boolean }) => [m.body, m.readByOtherSide]),
        );
    expect(await seen()).toEqual([
      ["Første", true],
      ["Anden", false],
      ["Svar", false],
    ]);
    t.clock.advance(1000);
    await youth.request("POST", `/api/matches/${match.id}/read`);
    expect((await seen())[2]).toEqual(["Svar", true]);
  });
});

describe("email about new messages", () => {
  it("tells each person on the other side at most once an hour per conversation, without the text", async () => {
    const { match, youth, employer, contact, company, young } = await matchIn(roskilde);
    const colleague = await createCompanyContact(t.db, company);
    const url = `/api/matches/${match.id}/messages`;
    await youth.request("POST", url, { body: "Hemmelig første besked" });
    t.clock.advance(minutes(10));
    await youth.request("POST", url, { body: "Hemmelig anden besked" });
    for (const person of [contact, colleague]) {
      const mails = await mailsTo(person.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.links).toEqual([`http://nextwork.test/matches/${match.id}`]);
      expect(mails[0]?.text).toContain(`http://nextwork.test/matches/${match.id}`);
      expect(mails[0]?.text).toContain("Praktik i dyrehandel");
      expect(mails[0]?.text).not.toContain("Hemmelig");
    }
    expect(await mailsTo(young.user.email)).toHaveLength(0);

    // The author's side is never emailed about their own messages; the other side gets its own hour.
    await employer.request("POST", url, { body: "Svar" });
    expect(await mailsTo(young.user.email)).toHaveLength(1);
    expect(await mailsTo(contact.email)).toHaveLength(1);

    t.clock.advance(minutes(51));
    // A fresh session: the first one has been idle longer than the idle timeout.
    const back = await login(t.app, young.user);
    expect((await back.request("POST", url, { body: "Efter en time" })).statusCode).toBe(201);
    expect(await mailsTo(contact.email)).toHaveLength(2);
    expect(await mailsTo(colleague.email)).toHaveLength(2);
  });

  it("respects the recipient's choice not to be emailed about messages", async () => {
    const { match, youth, employer, young } = await matchIn(roskilde);
    const off = await youth.request("PUT", "/api/me/notification-preferences", { message: false });
    expect(off.statusCode).toBe(200);
    expect(
      (await employer.request("POST", `/api/matches/${match.id}/messages`, { body: "Hej" })).statusCode,
    ).toBe(201);
    expect(await mailsTo(young.user.email)).toHaveLength(0);
    await youth.request("PUT", "/api/me/notification-preferences", { message: true });
    t.clock.advance(minutes(1));
    await employer.request("POST", `/api/matches/${match.id}/messages`, { body: "Hej igen" });
    expect(await mailsTo(young.user.email)).toHaveLength(1);
  });
});
