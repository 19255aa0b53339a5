import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createYouth } from "../../../tests/support/domain-factories.js";
import {
  createMunicipality,
  loggedInUser,
  login,
  type MunicipalityFixture,
} from "../../../tests/support/factories.js";
import {
  addGroupMember,
  createGroupMeeting,
  createNetworkGroup,
} from "../../../tests/support/group-factories.js";
import { createReminder, reminderJobDeps } from "../../../tests/support/reminder-factories.js";
import { createTestApp, type TestApp } from "../../../tests/support/test-app.js";
import { runReminderJob } from "./reminder-job.js";

let t: TestApp;
let roskilde: MunicipalityFixture;

beforeAll(async () => {
  t = await createTestApp();
  roskilde = await createMunicipality(t.db);
});
afterAll(() => t.close());

const days = (n: number) => n * 86_400_000;
const hours = (n: number) => n * 3_600_000;
/** Relative to the test clock (Saturday 28 November 2026, 09:00Z), read at call time. */
const fromNow = (ms: number) => new Date(t.clock.now().getTime() + ms);

async function memberWithMeeting(startsAt: Date) {
  const facilitator = await loggedInUser(t.app, t.db, "staff", roskilde);
  const group = await createNetworkGroup(t.db, { municipality: roskilde, facilitators: [facilitator.user] });
  const young = await createYouth(t.db, { municipality: roskilde });
  await addGroupMember(t.db, group, young);
  const meeting = await createGroupMeeting(t.db, group, startsAt);
  return { facilitator, young, meeting, session: await login(t.app, young.user) };
}

const ids = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((item) => item.id);

describe("GET /api/me/reminders", () => {
  it("lists the caller's own reminders, newest first, with what each says", async () => {
    const { young, meeting, session } = await memberWithMeeting(fromNow(days(1)));
    const other = await memberWithMeeting(fromNow(days(1)));
    const subject = { type: "group_meeting" as const, id: meeting.id };
    const older = await createReminder(t.db, {
      user: young.user,
      municipality: roskilde,
      subject,
      kind: "meeting_tomorrow",
      startsAt: fromNow(days(1)),
      createdAt: fromNow(-hours(2)),
    });
    const newer = await createReminder(t.db, {
      user: young.user,
      municipality: roskilde,
      subject: { type: "network_meeting", id: "0192f7c6-0000-7000-8000-0000000000aa" },
      kind: "meeting_cancelled",
      startsAt: fromNow(days(3)),
      title: "Netværksmøde",
      place: null,
      reason: "For få tilmeldte",
      createdAt: fromNow(-hours(1)),
    });
    await createReminder(t.db, {
      user: other.young.user,
      municipality: roskilde,
      subject: { type: "group_meeting", id: other.meeting.id },
      kind: "meeting_tomorrow",
      startsAt: fromNow(days(1)),
      createdAt: fromNow(-hours(1)),
    });

    const response = await session.request("GET", "/api/me/reminders");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      items: [
        {
          id: newer.id,
          kind: "meeting_cancelled",
          subjectType: "network_meeting",
          subjectId: "0192f7c6-0000-7000-8000-0000000000aa",
          title: "Netværksmøde",
          startsAt: fromNow(days(3)).toISOString(),
          place: null,
          reason: "For få tilmeldte",
          createdAt: fromNow(-hours(1)).toISOString(),
        },
        {
          id: older.id,
          kind: "meeting_tomorrow",
          subjectType: "group_meeting",
          subjectId: meeting.id,
          title: "Tirsdagsgruppen",
          startsAt: fromNow(days(1)).toISOString(),
          place: "Ungdommens Hus",
          reason: null,
          createdAt: fromNow(-hours(2)).toISOString(),
        },
      ],
    });
  });

  it("leaves out old ones, ones about meetings that have started and ones a later change made untrue", async () => {
    const { young, meeting, facilitator, session } = await memberWithMeeting(fromNow(days(2)));
    const base = {
      user: young.user,
      municipality: roskilde,
      subject: { type: "group_meeting" as const, id: meeting.id },
    };
    await createReminder(t.db, {
      ...base,
      kind: "meeting_cancelled",
      startsAt: fromNow(days(1)),
      createdAt: fromNow(-days(8)),
    });
    await createReminder(t.db, {
      ...base,
      kind: "meeting_cancelled",
      startsAt: fromNow(-hours(1)),
      createdAt: fromNow(-days(1)),
    });
    const tomorrow = await createReminder(t.db, {
      ...base,
      kind: "meeting_tomorrow",
      startsAt: fromNow(days(2)),
      createdAt: fromNow(-hours(3)),
    });
    expect(ids(await session.request("GET", "/api/me/reminders"))).toEqual([tomorrow.id]);

    // Moved: the "tomorrow" reminder names the old time and goes; the moved one takes its place.
    await facilitator.session.request("PATCH", `/api/group-meetings/${meeting.id}`, {
      startsAt: fromNow(days(4)).toISOString(),
    });
    const items = (await session.request("GET", "/api/me/reminders")).json().items;
    expect(items).toEqual([
      expect.objectContaining({ kind: "meeting_moved", startsAt: fromNow(days(4)).toISOString() }),
    ]);
  });

  it("keeps a cancelled meeting's reminder until its original time, once the job has mailed it", async () => {
    const { meeting, facilitator, session } = await memberWithMeeting(fromNow(days(5)));
    await facilitator.session.request("POST", `/api/group-meetings/${meeting.id}/cancel`, {
      reason: "Helligdag",
    });
    await runReminderJob(reminderJobDeps(t), t.clock.now());
    const items = (await session.request("GET", "/api/me/reminders")).json().items;
    expect(items).toEqual([
      expect.objectContaining({ kind: "meeting_cancelled", reason: "Helligdag", subjectId: meeting.id }),
    ]);
  });

  it("answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/me/reminders" });
    expect(response.statusCode).toBe(401);
  });
});

describe("POST /api/me/reminders/:id/dismiss", () => {
  it("puts the caller's own reminder away, twice is fine, and someone else's is not found", async () => {
    const { young, meeting, session } = await memberWithMeeting(fromNow(days(1)));
    const stranger = await memberWithMeeting(fromNow(days(1)));
    const reminder = await createReminder(t.db, {
      user: young.user,
      municipality: roskilde,
      subject: { type: "group_meeting", id: meeting.id },
      kind: "meeting_tomorrow",
      startsAt: fromNow(days(1)),
      createdAt: fromNow(-hours(1)),
    });

    const foreign = await stranger.session.request("POST", `/api/me/reminders/${reminder.id}/dismiss`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers["content-type"]).toContain("application/problem+json");
    expect(ids(await session.request("GET", "/api/me/reminders"))).toEqual([reminder.id]);

    expect((await session.request("POST", `/api/me/reminders/${reminder.id}/dismiss`)).statusCode).toBe(204);
    expect((await session.request("POST", `/api/me/reminders/${reminder.id}/dismiss`)).statusCode).toBe(204);
    expect(ids(await session.request("GET", "/api/me/reminders"))).toEqual([]);
  });

  it("rejects a malformed id and an unknown one", async () => {
    const { session } = await memberWithMeeting(fromNow(days(1)));
    expect((await session.request("POST", "/api/me/reminders/not-an-id/dismiss")).statusCode).toBe(400);
    const unknown = await session.request(
      "POST",
      "/api/me/reminders/0192f7c6-0000-7000-8000-000000000000/dismiss",
    );
    expect(unknown.statusCode).toBe(404);
  });
});
