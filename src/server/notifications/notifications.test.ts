import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMunicipality, createUser, loggedInUser } from "../../../tests/support/factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { outboxMails } from "../db/schema.js";
import { createMailer } from "../mail/mailer.js";
import { defaultPreferences, notify } from "./notifications.js";
import { savePreferences } from "./notifications.repository.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("notification preferences", () => {
  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/me/notification-preferences" });
    expect(response.statusCode).toBe(401);
  });

  it("starts from the role's defaults: a young person hears of one-sided interest only when they ask", async () => {
    const young = await loggedInUser(t.app, t.db, "youth");
    const contact = await loggedInUser(t.app, t.db, "company_contact");
    expect((await young.session.request("GET", "/api/me/notification-preferences")).json()).toEqual({
      interest: false,
      match: true,
      message: true,
      meeting: true,
      internship: true,
      reminder: true,
      referral: true,
    });
    expect((await contact.session.request("GET", "/api/me/notification-preferences")).json()).toEqual({
      interest: true,
      match: true,
      message: true,
      meeting: true,
      internship: true,
      reminder: true,
      referral: true,
    });
  });

  it("changes only the kinds sent, keeps them, and rejects unknown kinds", async () => {
    const { session } = await loggedInUser(t.app, t.db, "company_contact");
    const first = await session.request("PUT", "/api/me/notification-preferences", { message: false });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      interest: true,
      match: true,
      message: false,
      meeting: true,
      internship: true,
      reminder: true,
      referral: true,
    });
    await session.request("PUT", "/api/me/notification-preferences", { meeting: false });
    expect((await session.request("GET", "/api/me/notification-preferences")).json()).toEqual({
      interest: true,
      match: true,
      message: false,
      meeting: false,
      internship: true,
      reminder: true,
      referral: true,
    });
    const unknown = await session.request("PUT", "/api/me/notification-preferences", { newsletter: true });
    expect(unknown.statusCode).toBe(400);
  });
});

describe("notify", () => {
  const mailer = createMailer({
    smtpUrl: undefined,
    from: "test@nextwork.dk",
    clock: { now: () => new Date() },
    logger: { info: () => {}, error: () => {} },
  });

  it("emails only the recipients who want the kind", async () => {
    const municipality = await createMunicipality(t.db);
    const wants = await createUser(t.db, { role: "company_contact", municipality });
    const declines = await createUser(t.db, { role: "company_contact", municipality });
    const youthDefault = await createUser(t.db, { role: "youth", municipality });
    await savePreferences(t.db, declines.id, { interest: false }, new Date());
    const recipients = [wants, declines, youthDefault].map((user) => ({
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
    }));
    const emailed = await notify({ mailer }, t.db, "interest", recipients, (recipient) => ({
      subject: "Interesse",
      text: `Hej ${recipient.displayName}`,
      links: [],
    }));
    expect(emailed).toEqual([wants.id]);
    for (const user of [declines, youthDefault]) {
      expect(await t.db.select().from(outboxMails).where(eq(outboxMails.to, user.email))).toHaveLength(0);
    }
    const [mail] = await t.db.select().from(outboxMails).where(eq(outboxMails.to, wants.email));
    expect(mail?.text).toBe(`Hej ${wants.displayName}`);
    expect(defaultPreferences("youth").interest).toBe(false);
  });
});
