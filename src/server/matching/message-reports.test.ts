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
import { createMatch } from "../../../tests/support/matching-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { auditEvents } from "../db/schema.js";

let t: TestApp;
let roskilde: MunicipalityFixture;
let sonderborg: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
  sonderborg = await createMunicipality(t.db);
});
afterAll(() => t.close());

/** A match with one message from the company, ready to be reported by the young person. */
async function conversationIn(municipality: MunicipalityFixture) {
  const young = await createYouth(t.db, { municipality, contactable: true });
  const company = await createCompany(t.db, { municipality, name: "Værkstedet ApS" });
  const contact = await createCompanyContact(t.db, company);
  const opening = await createOpening(t.db, company, { title: "Praktik på værksted" });
  const match = await createMatch(t.db, { young, opening, company, contact });
  const youth = await login(t.app, young.user);
  const employer = await login(t.app, contact);
  const sent = await employer.request("POST", `/api/matches/${match.id}/messages`, {
    body: "Du skal <b>bare</b> møde op kl. 6",
  });
  expect(sent.statusCode).toBe(201);
  return { young, contact, company, match, youth, employer, messageId: sent.json().id as string };
}

const reportUrl = (messageId: string) => `/api/messages/${messageId}/reports`;

async function auditOf(reportId: string, action: string) {
  return t.db
    .select({ actorUserId: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, reportId), eq(auditEvents.action, action)));
}

describe("access", () => {
  it("answers 401 without a session and 403 to the wrong roles", async () => {
    const id = "0192f7c6-0000-7000-8000-000000000000";
    for (const [method, url] of [
      ["POST", reportUrl(id)],
      ["GET", "/api/message-reports"],
      ["POST", `/api/message-reports/${id}/resolve`],
    ] as const) {
      const response = await t.app.inject({ method, url, ...(method === "GET" ? {} : { payload: {} }) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const { messageId, youth, employer } = await conversationIn(roskilde);
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", roskilde);
    expect((await staff.request("POST", reportUrl(messageId), { reason: "x" })).statusCode).toBe(403);
    for (const session of [youth, employer]) {
      expect((await session.request("GET", "/api/message-reports")).statusCode).toBe(403);
      expect(
        (await session.request("POST", `/api/message-reports/${id}/resolve`, { note: "x" })).statusCode,
      ).toBe(403);
    }
  });

  it("lets only the conversation's participants report its messages", async () => {
    const { messageId, company } = await conversationIn(roskilde);
    const otherCompany = await createCompany(t.db, { municipality: roskilde });
    const outsider = await login(t.app, await createCompanyContact(t.db, otherCompany));
    const otherYoung = await login(t.app, (await createYouth(t.db, { municipality: roskilde })).user);
    const foreignYoung = await login(t.app, (await createYouth(t.db, { municipality: sonderborg })).user);
    for (const session of [outsider, otherYoung, foreignYoung]) {
      expect((await session.request("POST", reportUrl(messageId), { reason: "Grimt" })).statusCode).toBe(404);
    }
    const colleague = await login(t.app, await createCompanyContact(t.db, company));
    expect((await colleague.request("POST", reportUrl(messageId), { reason: "Ikke ok" })).statusCode).toBe(
      201,
    );
    expect(
      (await colleague.request("POST", reportUrl("0192f7c6-0000-7000-8000-000000000000"), { reason: "x" }))
        .statusCode,
    ).toBe(404);
  });
});

describe("reporting a message", () => {
  it("takes a reason of 1-1000 characters, once per reporter and message", async () => {
    const { messageId, youth, employer } = await conversationIn(roskilde);
    for (const reason of ["", "   ", "x".repeat(1001)]) {
      expect((await youth.request("POST", reportUrl(messageId), { reason })).statusCode).toBe(400);
    }
    const first = await youth.request("POST", reportUrl(messageId), { reason: "x".repeat(1000) });
    expect(first.statusCode).toBe(201);
    expect(Object.keys(first.json())).toEqual(["id"]);
    const again = await youth.request("POST", reportUrl(messageId), { reason: "Igen" });
    expect(again.statusCode).toBe(409);
    // Another participant may report the same message.
    expect(
      (await employer.request("POST", reportUrl(messageId), { reason: "Min egen fejl" })).statusCode,
    ).toBe(201);
    expect(await auditOf(first.json().id, "message_report.created")).toHaveLength(1);
  });

  it("goes from report to the staff's review list (audited) to resolved", async () => {
    const { messageId, match, youth, young, contact } = await conversationIn(roskilde);
    const reported = await youth.request("POST", reportUrl(messageId), {
      reason: "Han beder mig komme kl. 6",
    });
    const reportId: string = reported.json().id;

    const { session: staff, user: staffUser } = await loggedInUser(t.app, t.db, "staff", roskilde);
    const open = await staff.request("GET", "/api/message-reports");
    expect(open.statusCode).toBe(200);
    const item = open.json().items.find((entry: { id: string }) => entry.id === reportId);
    expect(item).toEqual({
      id: reportId,
      reason: "Han beder mig komme kl. 6",
      createdAt: t.clock.now().toISOString(),
      resolvedAt: null,
      resolutionNote: null,
      reportedBy: { displayName: young.user.displayName },
      message: {
        id: messageId,
        body: "Du skal <b>bare</b> møde op kl. 6",
        createdAt: t.clock.now().toISOString(),
        author: { displayName: contact.displayName },
      },
      match: {
        id: match.id,
        opening: { title: "Praktik på værksted" },
        company: { name: "Værkstedet ApS" },
        youth: { displayName: young.user.displayName },
      },
    });
    const reads = await auditOf(reportId, "message_report.read");
    expect(reads).toEqual([{ actorUserId: staffUser.id }]);

    // Staff still cannot read the rest of the conversation.
    expect((await staff.request("GET", `/api/matches/${match.id}/messages`)).statusCode).toBe(403);

    expect(
      (await staff.request("POST", `/api/message-reports/${reportId}/resolve`, { note: "" })).statusCode,
    ).toBe(400);
    const resolved = await staff.request("POST", `/api/message-reports/${reportId}/resolve`, {
      note: "Talt med virksomheden",
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      id: reportId,
      resolvedAt: t.clock.now().toISOString(),
      resolutionNote: "Talt med virksomheden",
    });
    expect(
      (await staff.request("POST", `/api/message-reports/${reportId}/resolve`, { note: "Igen" })).statusCode,
    ).toBe(409);
    expect(await auditOf(reportId, "message_report.resolved")).toHaveLength(1);

    const stillOpen = await staff.request("GET", "/api/message-reports?status=open");
    expect(stillOpen.json().items.map((entry: { id: string }) => entry.id)).not.toContain(reportId);
    const done = await staff.request("GET", "/api/message-reports?status=resolved");
    expect(done.json().items.map((entry: { id: string }) => entry.id)).toContain(reportId);
  });

  it("shows a municipality's reports to its own staff and admins only", async () => {
    const { messageId, youth } = await conversationIn(roskilde);
    const reportId: string = (
      await youth.request("POST", reportUrl(messageId), { reason: "Uhøfligt" })
    ).json().id;
    const ids = async (session: Session) =>
      (await session.request("GET", "/api/message-reports"))
        .json()
        .items.map((entry: { id: string }) => entry.id);
    const { session: admin } = await loggedInUser(t.app, t.db, "municipality_admin", roskilde);
    expect(await ids(admin)).toContain(reportId);
    const { session: foreignStaff } = await loggedInUser(t.app, t.db, "staff", sonderborg);
    expect(await ids(foreignStaff)).not.toContain(reportId);
    expect(
      (await foreignStaff.request("POST", `/api/message-reports/${reportId}/resolve`, { note: "x" }))
        .statusCode,
    ).toBe(404);
    expect(await auditOf(reportId, "message_report.read")).toHaveLength(1);
  });

  it("pages the review list, newest first", async () => {
    const municipality = await createMunicipality(t.db);
    const reportIds: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { messageId, youth } = await conversationIn(municipality);
      reportIds.push((await youth.request("POST", reportUrl(messageId), { reason: `Grund ${i}` })).json().id);
    }
    const { session: staff } = await loggedInUser(t.app, t.db, "staff", municipality);
    const first = await staff.request("GET", "/api/message-reports?limit=2");
    expect(first.json().items.map((entry: { id: string }) => entry.id)).toEqual([reportIds[2], reportIds[1]]);
    const second = await staff.request(
      "GET",
      `/api/message-reports?limit=2&cursor=${first.json().nextCursor}`,
    );
    expect(second.json()).toMatchObject({ items: [{ id: reportIds[0] }], nextCursor: null });
  });
});
