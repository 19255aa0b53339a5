import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/**
 * The iCalendar (RFC 5545/5546) text of a first meeting, sent as an `.ics` invitation and offered
 * as a download. The UID is stable per meeting and SEQUENCE is the meeting's change counter, so a
 * calendar app replaces the earlier invitation instead of adding a second event; a cancelled
 * meeting is sent as METHOD:CANCEL with STATUS:CANCELLED under the same UID.
 */
export interface MeetingCalendarInput {
  meetingId: string;
  /** "request" for an agreed meeting, "cancel" for one called off after it was agreed. */
  method: "request" | "cancel";
  /** meetings.sequence: raised on every change. */
  sequence: number;
  start: Date;
  durationMinutes: number;
  place: string;
  openingTitle: string;
  companyName: string;
  /** When this version of the invitation was made (DTSTAMP): the app's clock, so tests can pin it. */
  stamp: Date;
  /** The platform's sender address ("Name <address>"), named as organizer as RFC 5546 asks of a REQUEST. */
  organizer: string;
  /** Where the meeting is shown in Nextwork. */
  url: string;
}

/** The same for every version of one meeting's invitation. */
export function meetingCalendarUid(meetingId: string): string {
  return `meeting-${meetingId}@nextwork`;
}

export function meetingCalendarFilename(meetingId: string): string {
  return `meeting-${meetingId}.ics`;
}

export function buildMeetingCalendar(input: MeetingCalendarInput): string {
  const cancelled = input.method === "cancel";
  const calendar = ical({
    prodId: { company: "Nextwork", product: "Nextwork", language: "DA" },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: meetingCalendarUid(input.meetingId),
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.start,
    end: new Date(input.start.getTime() + input.durationMinutes * 60_000),
    summary: `Første møde / First meeting: ${input.openingTitle} – ${input.companyName}`,
    description: cancelled
      ? `Mødet er aflyst. / The meeting has been cancelled.\n${input.url}`
      : `Første møde om praktikken. / First meeting about the internship.\n${input.url}`,
    location: input.place,
    organizer: input.organizer,
    url: input.url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
