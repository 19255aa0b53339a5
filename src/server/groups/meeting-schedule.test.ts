import { describe, expect, it } from "vitest";
import {
  copenhagenLocalToUtc,
  copenhagenOffsetMinutes,
  slotMeetingsBetween,
  upcomingSlotMeetings,
  type WeeklySlot,
} from "./meeting-schedule.js";

/** The changes happen on Sundays, so a Sunday slot meets on the change days themselves: the hard case. */
const sundayEvening: WeeklySlot = {
  weekday: 7,
  startTime: "19:00",
  durationMinutes: 90,
  startsOn: "2026-01-01",
};
const tuesdayEvening: WeeklySlot = {
  weekday: 2,
  startTime: "19:00",
  durationMinutes: 90,
  startsOn: "2026-01-01",
};

const localTime = (instant: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Copenhagen",
    hourCycle: "h23",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);

describe("copenhagenOffsetMinutes", () => {
  it("is one hour in winter and two in summer, switching at 01:00 UTC on the last Sundays", () => {
    expect(copenhagenOffsetMinutes(new Date("2026-01-15T12:00:00Z"))).toBe(60);
    expect(copenhagenOffsetMinutes(new Date("2026-07-15T12:00:00Z"))).toBe(120);
    expect(copenhagenOffsetMinutes(new Date("2026-03-29T00:59:59Z"))).toBe(60);
    expect(copenhagenOffsetMinutes(new Date("2026-03-29T01:00:00Z"))).toBe(120);
    expect(copenhagenOffsetMinutes(new Date("2026-10-25T00:59:59Z"))).toBe(120);
    expect(copenhagenOffsetMinutes(new Date("2026-10-25T01:00:00Z"))).toBe(60);
  });
});

describe("copenhagenLocalToUtc", () => {
  it("maps 19:00 local to 18:00Z in winter and 17:00Z in summer", () => {
    expect(copenhagenLocalToUtc("2026-03-28", "19:00").toISOString()).toBe("2026-03-28T18:00:00.000Z");
    expect(copenhagenLocalToUtc("2026-03-29", "19:00").toISOString()).toBe("2026-03-29T17:00:00.000Z");
    expect(copenhagenLocalToUtc("2026-10-24", "19:00").toISOString()).toBe("2026-10-24T17:00:00.000Z");
    expect(copenhagenLocalToUtc("2026-10-25", "19:00").toISOString()).toBe("2026-10-25T18:00:00.000Z");
  });

  it("gives the early hours of the change days their own offset", () => {
    // 01:30 on 29 March is still winter time; 03:30 is already summer time.
    expect(copenhagenLocalToUtc("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(copenhagenLocalToUtc("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // The skipped hour lands an hour later rather than vanishing.
    expect(localTime(copenhagenLocalToUtc("2026-03-29", "02:30"))).toBe("Sun 03:30");
  });

  it("keeps every wall-clock minute of 2026 and 2027 (outside the skipped hour) when read back", () => {
    for (let day = 0; day < 730; day += 1) {
      const date = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      for (const time of ["00:00", "01:59", "03:00", "08:15", "19:00", "23:45"]) {
        const instant = copenhagenLocalToUtc(date, time);
        const back = new Intl.DateTimeFormat("sv-SE", {
          timeZone: "Europe/Copenhagen",
          dateStyle: "short",
          timeStyle: "short",
        }).format(instant);
        expect(back).toBe(`${date} ${time}`);
      }
    }
  });
});

describe("slotMeetingsBetween", () => {
  it.each([
    ["2026-03-15", "2026-04-12", "spring 2026"],
    ["2026-10-11", "2026-11-08", "autumn 2026"],
    ["2027-03-14", "2027-04-11", "spring 2027"],
    ["2027-10-17", "2027-11-14", "autumn 2027"],
  ])("keeps a Sunday 19:00 meeting at 19:00 local across the %s..%s change (%s)", (from, to) => {
    const meetings = slotMeetingsBetween(sundayEvening, from, to);
    expect(meetings).toHaveLength(5);
    for (const meeting of meetings) {
      expect(localTime(meeting.startsAt)).toBe("Sun 19:00");
      expect(localTime(meeting.endsAt)).toBe("Sun 20:30");
    }
    const utcHours = new Set(meetings.map((meeting) => meeting.startsAt.getUTCHours()));
    expect(utcHours).toEqual(new Set([17, 18]));
  });

  it("gives the change Sundays of 2027 (28 March, 31 October) their new offset", () => {
    const spring = slotMeetingsBetween(sundayEvening, "2027-03-21", "2027-03-28");
    expect(spring.map((m) => m.startsAt.toISOString())).toEqual([
      "2027-03-21T18:00:00.000Z",
      "2027-03-28T17:00:00.000Z",
    ]);
    const autumn = slotMeetingsBetween(sundayEvening, "2027-10-24", "2027-10-31");
    expect(autumn.map((m) => m.startsAt.toISOString())).toEqual([
      "2027-10-24T17:00:00.000Z",
      "2027-10-31T18:00:00.000Z",
    ]);
  });

  it("lands on the slot's weekday, weekly, and never before startsOn", () => {
    const slot = { ...tuesdayEvening, startsOn: "2026-12-09" };
    const meetings = slotMeetingsBetween(slot, "2026-12-01", "2026-12-31");
    expect(meetings.map((m) => m.slotDate)).toEqual(["2026-12-15", "2026-12-22", "2026-12-29"]);
  });

  it("includes both ends of the range", () => {
    const meetings = slotMeetingsBetween(tuesdayEvening, "2026-12-01", "2026-12-15");
    expect(meetings.map((m) => m.slotDate)).toEqual(["2026-12-01", "2026-12-08", "2026-12-15"]);
  });
});

describe("upcomingSlotMeetings", () => {
  it("runs from today's local date eight weeks ahead", () => {
    // 23:30Z on Monday 30 November is already Tuesday 1 December in Copenhagen.
    const meetings = upcomingSlotMeetings(tuesdayEvening, new Date("2026-11-30T23:30:00Z"));
    expect(meetings[0]?.slotDate).toBe("2026-12-01");
    expect(meetings.at(-1)?.slotDate).toBe("2027-01-26");
    expect(meetings).toHaveLength(9);
  });
});
