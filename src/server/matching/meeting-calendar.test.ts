import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildMeetingCalendar, type MeetingCalendarInput, meetingCalendarUid } from "./meeting-calendar.js";

/** Reads the calendar back with an independent parser, as a calendar app would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue("method"),
    events: calendar.getAllSubcomponents("vevent").length,
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    startIsUtc: event.startDate.zone?.tzid === "UTC",
    summary: event.summary,
    location: event.location,
    organizer: String(vevent.getFirstPropertyValue("organizer")),
  };
}

const meeting: MeetingCalendarInput = {
  meetingId: "0192f7c6-0000-7000-8000-00000000abcd",
  method: "request",
  sequence: 1,
  start: new Date("2026-12-03T13:30:00.000Z"),
  durationMinutes: 45,
  place: "Café Korn, Algade 3, 4000 Roskilde; spørg efter Mette",
  openingTitle: "Praktik i dyrehandel",
  companyName: "Dyr & Co ApS",
  stamp: new Date("2026-11-28T09:00:00.000Z"),
  organizer: "Nextwork <no-reply@nextwork.local>",
  url: "http://nextwork.test/matches/0192f7c6-0000-7000-8000-000000000001",
};

describe("the calendar of a first meeting", () => {
  it("is a REQUEST with one event at the agreed time, in UTC, at the place", () => {
    const parsed = parse(buildMeetingCalendar(meeting));
    expect(parsed).toMatchObject({
      method: "REQUEST",
      events: 1,
      uid: "meeting-0192f7c6-0000-7000-8000-00000000abcd@nextwork",
      sequence: 1,
      status: "CONFIRMED",
      start: "2026-12-03T13:30:00.000Z",
      end: "2026-12-03T14:15:00.000Z",
      startIsUtc: true,
      summary: "Første møde / First meeting: Praktik i dyrehandel – Dyr & Co ApS",
      location: "Café Korn, Algade 3, 4000 Roskilde; spørg efter Mette",
    });
    expect(parsed.organizer).toBe("mailto:no-reply@nextwork.local");
  });

  it("keeps the UID across changes and carries the raised SEQUENCE", () => {
    const first = parse(buildMeetingCalendar(meeting));
    const moved = parse(
      buildMeetingCalendar({ ...meeting, sequence: 2, start: new Date("2026-12-04T08:00:00Z") }),
    );
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBe(2);
    expect(moved.start).toBe("2026-12-04T08:00:00.000Z");
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID", () => {
    const cancelled = parse(buildMeetingCalendar({ ...meeting, method: "cancel", sequence: 2 }));
    expect(cancelled).toMatchObject({
      method: "CANCEL",
      uid: meetingCalendarUid(meeting.meetingId),
      sequence: 2,
      status: "CANCELLED",
      start: "2026-12-03T13:30:00.000Z",
    });
  });

  it("escapes text so a place cannot add properties of its own", () => {
    const text = buildMeetingCalendar({ ...meeting, place: "Lokale 2\r\nSTATUS:CANCELLED\nATTENDEE:x" });
    const parsed = parse(text);
    expect(parsed.status).toBe("CONFIRMED");
    expect(parsed.location).toBe("Lokale 2\r\nSTATUS:CANCELLED\nATTENDEE:x".replace(/\r\n/g, "\n"));
  });
});
