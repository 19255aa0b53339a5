import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetworkMeeting } from "../../../tests/support/company-network-factories.js";
import { createCompany, createCompanyContact, createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  createUser,
  loggedInUser,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
} from "../../../tests/support/group-factories.js";
import {
  mailerFailingFor,
  mailsTo,
  reminderJobDeps,
  remindersOf,
  turnOffReminderMails,
} from "../../../tests/support/reminder-factories.js";
import { createTestApp, silentLogger, type TestApp, testConfig } from "../../../tests/support/test-app.js";
import { TestClock } from "../../../tests/support/test-clock.js";
import { buildApp } from "../app.js";
import { connectDatabase } from "../db/database.js";
import { networkMeetingResponses, users } from "../db/schema.js";
import { MAX_REMINDER_ATTEMPTS, runReminderJob } from "./reminder-job.js";

let t: TestApp;
let roskilde: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const minute = 60_000;

/** A group with a facilitator (logged in) and members, and one meeting at `startsAt`. */
async function groupWithMeeting(startsAt: Date, memberCount = 1) {
  const facilitator = await loggedInUser(t.app, t.db, "staff", roskilde);
  const group = await createNetworkGroup(t.db, { municipality: roskilde, facilitators: [facilitator.user] });
  const members = [];
  for (let i = 0; i < memberCount; i++) {
    const young = await createYouth(t.db, { municipality: roskilde });
    await addGroupMember(t.db, group, young);
    members.push(young);
  }
  const meeting = await createGroupMeeting(t.db, group, startsAt);
  return { facilitator, group, members, meeting };
}

const subjects = async (email: string) => (await mailsTo(t.db, email)).map((mail) => mail.subject);

describe("the reminder job: tomorrow's meetings", () => {
  it("mails members and facilitators once, from 09:00 the day before, however often it runs or restarts", async () => {
    // Wednesday 2 December, 19:00 in Copenhagen.
    const { facilitator, group, members, meeting } = await groupWithMeeting(at("2026-12-02T18:00:00Z"));
    const [member] = members;
    if (!member) throw new Error("no member");
    const former = await createYouth(t.db, { municipality: roskilde });
    await addGroupMember(t.db, group, former, { joinedOn: "2026-09-01" });
    await t.database.pool.query(
      "update network_group_memberships set left_on = '2026-11-01' where youth_id = $1",
      [former.id],
    );
    const elsewhere = await groupWithMeeting(at("2026-12-09T18:00:00Z"));
    const deps = reminderJobDeps(t);

    // 08:30 the day before: made, not yet due.
    const early = await runReminderJob(deps, at("2026-12-01T07:30:00Z"));
    expect(early.created).toBeGreaterThanOrEqual(2);
    expect(await mailsTo(t.db, member.user.email)).toEqual([]);
    const [queued] = await remindersOf(t.db, member.user.id);
    expect(queued).toMatchObject({ kind: "meeting_tomorrow", subjectId: meeting.id, sentAt: null });
    expect(queued?.dueAt.toISOString()).toBe("2026-12-01T08:00:00.000Z");

    await runReminderJob(deps, at("2026-12-01T08:00:00Z"));
    await runReminderJob(deps, at("2026-12-01T08:01:00Z"));
    const [mail] = await mailsTo(t.db, member.user.email);
    expect(await subjects(member.user.email)).toEqual([
      "Påmindelse: Tirsdagsgruppen i morgen / Reminder: Tirsdagsgruppen tomorrow",
    ]);
    expect(mail?.text).toContain("onsdag den 2. december 2026 kl. 19.00");
    expect(mail?.text).toContain("Ungdommens Hus");
    expect(mail?.links).toEqual([`http://nextwork.test/group-meetings/${meeting.id}`]);
    expect(await subjects(facilitator.user.email)).toHaveLength(1);
    expect(await mailsTo(t.db, former.user.email)).toEqual([]);
    expect(await mailsTo(t.db, elsewhere.members[0]?.user.email ?? "")).toEqual([]);

    // A restart: a new app with its jobs on, on a pool of its own. A newcomer's mails show when its
    // reminder job has run; everyone else's "tomorrow" mail stays one.
    const late = await createYouth(t.db, { municipality: roskilde });
    await addGroupMember(t.db, group, late);
    await facilitator.session.request("PATCH", `/api/group-meetings/${meeting.id}`, { place: "Biblioteket" });
    const database = connectDatabase(t.databaseUrl, silentLogger, 2);
    const restarted = await buildApp({
      config: testConfig({ BACKGROUND_JOBS: "on" }),
      database,
      clock: new TestClock(at("2026-12-01T09:00:00Z")),
    });
    try {
      await expect
        .poll(async () => (await subjects(late.user.email)).sort(), { timeout: 5_000 })
        .toEqual([
          "Mødet er ændret: Tirsdagsgruppen / Meeting changed: Tirsdagsgruppen",
          // Joined after the first run: the new instance makes theirs.
          "Påmindelse: Tirsdagsgruppen i morgen / Reminder: Tirsdagsgruppen tomorrow",
        ]);
    } finally {
      await restarted.close();
      await database.close();
    }
    expect(await subjects(member.user.email)).toEqual([
      "Påmindelse: Tirsdagsgruppen i morgen / Reminder: Tirsdagsgruppen tomorrow",
      "Mødet er ændret: Tirsdagsgruppen / Meeting changed: Tirsdagsgruppen",
    ]);
  });

  it("sends each reminder once when two instances run at the same moment", async () => {
    const { facilitator, members } = await groupWithMeeting(at("2026-12-03T18:00:00Z"), 8);
    const other = connectDatabase(t.databaseUrl, silentLogger, 3);
    try {
      const now = at("2026-12-02T09:00:00Z");
      const results = await Promise.all([
        runReminderJob(reminderJobDeps(t), now),
        runReminderJob(reminderJobDeps(t, { database: other }), now),
      ]);
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBeGreaterThanOrEqual(9);
    } finally {
      await other.close();
    }
    for (const user of [facilitator.user, ...members.map((member) => member.user)]) {
      expect(await mailsTo(t.db, user.email), user.email).toHaveLength(1);
    }
  });

  it("leaves out people who turned reminder mails off, and marks theirs as done", async () => {
    const { members } = await groupWithMeeting(at("2026-12-04T18:00:00Z"), 2);
    const [quiet, keen] = members;
    if (!quiet || !keen) throw new Error("no members");
    await turnOffReminderMails(t.db, quiet.user.id);
    const result = await runReminderJob(reminderJobDeps(t), at("2026-12-03T09:00:00Z"));
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    expect(await mailsTo(t.db, quiet.user.email)).toEqual([]);
    expect((await remindersOf(t.db, quiet.user.id))[0]?.sentAt).not.toBeNull();
    expect(await mailsTo(t.db, keen.user.email)).toHaveLength(1);
  });

  it("does not mail disabled accounts", async () => {
    const { members } = await groupWithMeeting(at("2026-12-05T18:00:00Z"));
    const [member] = members;
    if (!member) throw new Error("no member");
    await t.db.update(users).set({ status: "disabled" }).where(eq(users.id, member.user.id));
    await runReminderJob(reminderJobDeps(t), at("2026-12-04T09:00:00Z"));
    expect(await mailsTo(t.db, member.user.email)).toEqual([]);
  });

  it("reminds invited companies' contacts of a network meeting, except those who said no", async () => {
    const staff = await createUser(t.db, { role: "staff", municipality: roskilde });
    const invited = await createCompany(t.db, { municipality: roskilde });
    const notInvited = await createCompany(t.db, { municipality: roskilde });
    const coming = await createCompanyContact(t.db, invited);
    const declined = await createCompanyContact(t.db, invited);
    const outsider = await createCompanyContact(t.db, notInvited);
    const meeting = await createNetworkMeeting(t.db, {
      municipality: roskilde,
      createdBy: staff,
      startsAt: at("2026-12-07T14:00:00Z"),
      invited: [invited],
      title: "Netværksmøde om mentorer",
    });
    await t.db.insert(networkMeetingResponses).values({
      meetingId: meeting.id,
      userId: declined.id,
      companyId: invited.id,
      municipalityId: roskilde.id,
      answer: "no",
      answeredAt: at("2026-11-28T10:00:00Z"),
    });
    await runReminderJob(reminderJobDeps(t), at("2026-12-06T09:00:00Z"));
    const [mail] = await mailsTo(t.db, coming.email);
    expect(mail?.subject).toBe(
      "Påmindelse: Netværksmøde om mentorer i morgen / Reminder: Netværksmøde om mentorer tomorrow",
    );
    expect(mail?.links).toEqual([`http://nextwork.test/network-meetings/${meeting.id}`]);
    expect(mail?.text).toContain("Erhvervshuset, Algade 2");
    expect(await mailsTo(t.db, declined.email)).toEqual([]);
    expect(await mailsTo(t.db, outsider.email)).toEqual([]);
  });
});

describe("the reminder job: moved and cancelled meetings", () => {
  it("tells members of the new time and drops the out-of-date 'tomorrow' reminder", async () => {
    const { facilitator, members, meeting } = await groupWithMeeting(at("2026-12-10T18:00:00Z"));
    const [member] = members;
    if (!member) throw new Error("no member");
    const deps = reminderJobDeps(t);
    await runReminderJob(deps, at("2026-12-09T07:00:00Z"));
    expect(await remindersOf(t.db, member.user.id)).toHaveLength(1);

    const moved = await facilitator.session.request("PATCH", `/api/group-meetings/${meeting.id}`, {
      startsAt: "2026-12-17T19:00:00+01:00",
    });
    expect(moved.statusCode).toBe(200);
    await runReminderJob(deps, at("2026-12-09T08:00:00Z"));

    expect(await subjects(member.user.email)).toEqual([
      "Mødet er ændret: Tirsdagsgruppen / Meeting changed: Tirsdagsgruppen",
    ]);
    const [mail] = await mailsTo(t.db, member.user.email);
    expect(mail?.text).toContain("torsdag den 17. december 2026 kl. 19.00");
    expect((await remindersOf(t.db, member.user.id)).every((reminder) => reminder.sentAt !== null)).toBe(
      true,
    );
    // Whoever moved it knows already.
    expect(await mailsTo(t.db, facilitator.user.email)).toEqual([]);
  });

  it("tells members of a cancellation with its reason, and nothing about 'tomorrow'", async () => {
    const { facilitator, members, meeting } = await groupWithMeeting(at("2026-12-12T10:00:00Z"), 2);
    const deps = reminderJobDeps(t);
    await runReminderJob(deps, at("2026-12-11T07:00:00Z"));
    const cancelled = await facilitator.session.request("POST", `/api/group-meetings/${meeting.id}/cancel`, {
      reason: "Facilitatoren er syg",
    });
    expect(cancelled.statusCode).toBe(200);
    await runReminderJob(deps, at("2026-12-11T09:00:00Z"));
    for (const member of members) {
      const mails = await mailsTo(t.db, member.user.email);
      expect(mails.map((mail) => mail.subject)).toEqual([
        "Aflyst: Tirsdagsgruppen / Cancelled: Tirsdagsgruppen",
      ]);
      expect(mails[0]?.text).toContain("Begrundelse: Facilitatoren er syg");
    }
  });

  it("sends nothing about a meeting that has begun by the time the job gets to it", async () => {
    const { facilitator, members, meeting } = await groupWithMeeting(at("2026-12-14T18:00:00Z"));
    await facilitator.session.request("POST", `/api/group-meetings/${meeting.id}/cancel`, {
      reason: "Storm",
    });
    await runReminderJob(reminderJobDeps(t), at("2026-12-14T18:30:00Z"));
    expect(await mailsTo(t.db, members[0]?.user.email ?? "")).toEqual([]);
    expect((await remindersOf(t.db, members[0]?.user.id ?? ""))[0]?.sentAt).not.toBeNull();
  });
});

describe("the reminder job when a mail fails", () => {
  it("keeps the others going and retries the failed one later", async () => {
    const { members } = await groupWithMeeting(at("2026-12-16T18:00:00Z"), 2);
    const [bounced, fine] = members;
    if (!bounced || !fine) throw new Error("no members");
    const warnings: object[] = [];
    const failing = {
      ...reminderJobDeps(t, { mailer: mailerFailingFor(t, bounced.user.email) }),
      logger: { warn: (details: object) => warnings.push(details) },
    };
    const first = await runReminderJob(failing, at("2026-12-15T09:00:00Z"));
    expect(first.failed).toBe(1);
    expect(warnings).toEqual([expect.objectContaining({ attempt: 1 })]);
    expect(await mailsTo(t.db, fine.user.email)).toHaveLength(1);
    const [failed] = await remindersOf(t.db, bounced.user.id);
    expect(failed).toMatchObject({
      attempts: 1,
      sentAt: null,
      lastError: expect.stringContaining("unavailable"),
    });

    // Not before its retry time; then it goes through.
    expect((await runReminderJob(reminderJobDeps(t), at("2026-12-15T09:00:30Z"))).sent).toBe(0);
    await runReminderJob(reminderJobDeps(t), at("2026-12-15T09:01:00Z"));
    expect(await mailsTo(t.db, bounced.user.email)).toHaveLength(1);
  });

  it("gives up on a mailbox that never works after a few attempts", async () => {
    const { members } = await groupWithMeeting(at("2026-12-18T18:00:00Z"));
    const [member] = members;
    if (!member) throw new Error("no member");
    const hopeless = reminderJobDeps(t, { mailer: mailerFailingFor(t, member.user.email) });
    let now = at("2026-12-17T09:00:00Z");
    for (let run = 0; run < MAX_REMINDER_ATTEMPTS + 2; run++) {
      await runReminderJob(hopeless, now);
      now = new Date(now.getTime() + 30 * minute);
    }
    expect((await remindersOf(t.db, member.user.id))[0]).toMatchObject({
      attempts: MAX_REMINDER_ATTEMPTS,
      sentAt: null,
    });
    await runReminderJob(reminderJobDeps(t), now);
    expect(await mailsTo(t.db, member.user.email)).toEqual([]);
  });
});
