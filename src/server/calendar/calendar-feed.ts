import ical, { ICalEventStatus } from "ical-generator";
import type { Locale } from "../db/schema.js";
import { addDays } from "../internships/internship-calendar.js";

/**
 * The iCalendar (RFC 5545) text of a personal feed that calendar apps subscribe to. Every event
 * keeps one UID for the life of the thing it shows and carries that thing's change counter as
 * SEQUENCE, so an app updates the event instead of adding a second; a cancelled meeting stays in
 * the feed with STATUS:CANCELLED, so apps strike it out rather than silently dropping it. A pure
 * module: the service gathers the events.
 */
export interface FeedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  /** A meeting has a start and end; an internship's first and last day are all-day events. */
  when: { start: Date; end: Date } | { date: string };
}

export const groupMeetingUid = (id: string) => `group-meeting-${id}@nextwork`;
export const networkMeetingUid = (id: string) => `network-meeting-${id}@nextwork`;
export const firstMeetingUid = (id: string) => `meeting-${id}@nextwork`;
export const internshipStartUid = (id: string) => `internship-${id}-start@nextwork`;
export const internshipEndUid = (id: string) => `internship-${id}-end@nextwork`;

/** How often calendar apps should fetch the feed again (they are free to wait longer). */
const REFRESH_SECONDS = 3600;

export function buildFeedCalendar(input: {
  events: readonly FeedEvent[];
  stamp: Date;
  locale: Locale;
}): string {
  const calendar = ical({
    prodId: { company: "Nextwork", product: "Nextwork", language: input.locale.toUpperCase() },
    name: "Nextwork",
    ttl: REFRESH_SECONDS,
  });
  for (const event of input.events) {
    const allDay = "date" in event.when;
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: input.stamp,
      ...("date" in event.when
        ? {
            start: new Date(`${event.when.date}T00:00:00Z`),
            // DTEND of an all-day event is the day after (exclusive).
            end: new Date(`${addDays(event.when.date, 1)}T00:00:00Z`),
          }
        : { start: event.when.start, end: event.when.end }),
      allDay,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

export interface FeedTexts {
  groupMeeting(groupName: string, theme: string | null): string;
  networkMeeting(title: string): string;
  firstMeeting(openingTitle: string, companyName: string | null): string;
  internshipStarts(what: string): string;
  internshipEnds(what: string): string;
  cancelled(reason: string | null): string;
  videoLink(link: string): string;
  host(name: string): string;
}

const danish: FeedTexts = {
  groupMeeting: (name, theme) => `Netværksgruppe: ${name}${theme ? ` – ${theme}` : ""}`,
  networkMeeting: (title) => `Netværksmøde: ${title}`,
  firstMeeting: (opening, company) => `Første møde: ${opening}${company ? ` – ${company}` : ""}`,
  internshipStarts: (what) => `Praktikken starter: ${what}`,
  internshipEnds: (what) => `Praktikken slutter: ${what}`,
  cancelled: (reason) => `Aflyst.${reason ? ` ${reason}` : ""}`,
  videoLink: (link) => `Videomøde: ${link}`,
  host: (name) => `Vært: ${name}`,
};

const english: FeedTexts = {
  groupMeeting: (name, theme) => `Network group: ${name}${theme ? ` – ${theme}` : ""}`,
  networkMeeting: (title) => `Network meeting: ${title}`,
  firstMeeting: (opening, company) => `First meeting: ${opening}${company ? ` – ${company}` : ""}`,
  internshipStarts: (what) => `Internship starts: ${what}`,
  internshipEnds: (what) => `Internship ends: ${what}`,
  cancelled: (reason) => `Cancelled.${reason ? ` ${reason}` : ""}`,
  videoLink: (link) => `Video meeting: ${link}`,
  host: (name) => `Host: ${name}`,
};

/** The feed speaks the owner's language; Danish unless they chose English. */
export function feedTexts(locale: Locale): FeedTexts {
  return locale === "en" ? english : danish;
}
