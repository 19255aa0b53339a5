/**
 * The weekly slot of a network group turned into concrete meetings. The slot is stated in
 * Europe/Copenhagen wall-clock time ("Tuesdays at 19:00"), so the UTC instant of each meeting
 * depends on daylight saving: 18:00Z in winter, 17:00Z in summer. The offset is read from
 * Intl.DateTimeFormat (the runtime's tz database) rather than hard-coded, so the rule change of a
 * future year is picked up with the runtime, not with our code.
 */

import { addDays, danishDateOf } from "../internships/internship-calendar.js";

export const GROUP_TIME_ZONE = "Europe/Copenhagen";

/** How far ahead meetings exist as rows: far enough for members to plan, short enough to change the slot. */
export const GENERATION_WEEKS_AHEAD = 8;

export interface WeeklySlot {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local time of day, "HH:MM". */
  startTime: string;
  durationMinutes: number;
  /** The local date ("YYYY-MM-DD") of the group's first possible meeting. */
  startsOn: string;
}

export interface ScheduledMeeting {
  /** The local date of the slot, the key that makes generation idempotent. */
  slotDate: string;
  startsAt: Date;
  endsAt: Date;
}

const MINUTE_MS = 60_000;

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: GROUP_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Minutes Copenhagen is ahead of UTC at the given instant (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: Date): number {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE_MS);
}

/** The local Copenhagen calendar date ("YYYY-MM-DD") of an instant: the same day internships count. */
export const copenhagenDate: (instant: Date) => string = danishDateOf;

/**
 * The UTC instant of a Copenhagen wall-clock time. The offset is guessed from the naive instant and
 * corrected once, which settles on the right side of both changes; a time that does not exist (the
 * skipped hour on the last Sunday of March) lands an hour later, as calendar apps do.
 */
export function copenhagenLocalToUtc(localDate: string, time: string): Date {
  const [year, month, day] = localDate.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const naive = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  const firstGuess = naive - copenhagenOffsetMinutes(new Date(naive)) * MINUTE_MS;
  return new Date(naive - copenhagenOffsetMinutes(new Date(firstGuess)) * MINUTE_MS);
}

/** ISO weekday (1 = Monday) of a calendar date. */
function isoWeekday(localDate: string): number {
  const day = new Date(`${localDate}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The slot's meetings whose local date lies in [fromDate, toDate], both inclusive, never before the
 * group's startsOn.
 */
export function slotMeetingsBetween(slot: WeeklySlot, fromDate: string, toDate: string): ScheduledMeeting[] {
  const start = fromDate > slot.startsOn ? fromDate : slot.startsOn;
  const first = addDays(start, (slot.weekday - isoWeekday(start) + 7) % 7);
  const meetings: ScheduledMeeting[] = [];
  for (let date = first; date <= toDate; date = addDays(date, 7)) {
    const startsAt = copenhagenLocalToUtc(date, slot.startTime);
    meetings.push({
      slotDate: date,
      startsAt,
      endsAt: new Date(startsAt.getTime() + slot.durationMinutes * MINUTE_MS),
    });
  }
  return meetings;
}

/**
 * The meetings that should exist as rows at `now`: from today's local date up to
 * GENERATION_WEEKS_AHEAD weeks ahead. Today's slot is included even if it already began, so a
 * group created at 19:30 on its meeting day still gets that day's row (generation is idempotent, so
 * including it costs nothing on later runs).
 */
export function upcomingSlotMeetings(
  slot: WeeklySlot,
  now: Date,
  weeksAhead: number = GENERATION_WEEKS_AHEAD,
): ScheduledMeeting[] {
  const today = copenhagenDate(now);
  return slotMeetingsBetween(slot, today, addDays(today, weeksAhead * 7));
}
