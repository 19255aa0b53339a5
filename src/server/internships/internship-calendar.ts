/**
 * Calendar dates (yyyy-mm-dd) for internships: the rules count weeks with them, the warnings count
 * working days and check-in weeks, the service asks what day it is in Denmark. A pure module.
 *
 * Everything is whole UTC days from 1970-01-01, never local time, so a summer-time change cannot
 * move a date or shorten a week.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; RangeError for anything that is not a real yyyy-mm-dd date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a yyyy-mm-dd date: ${JSON.stringify(date)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const parsed = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches that (and years below 100).
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day)
    throw new RangeError(`Not a calendar date: ${date}`);
  return time / DAY_MS;
}

/** The earlier of two dates; yyyy-mm-dd strings order as their dates do. */
export function earlierOf(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The calendar date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** 0 = Monday ... 6 = Sunday: the ISO week starts on Monday. 1970-01-01 was a Thursday. */
function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week a date falls in: the week a check-in is about. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  return dateOfDay(day - isoWeekday(day));
}

export function isWorkingDay(day: number): boolean {
  return isoWeekday(day) < 5;
}

/** Monday to Friday from `from` to `to`, both included; 0 when `to` is before `from`. Holidays count as working days. */
export function workingDaysBetween(from: string, to: string): number {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) return 0;
  const days = last - first + 1;
  const wholeWeeks = Math.floor(days / 7);
  let count = wholeWeeks * 5;
  for (let day = first + wholeWeeks * 7; day <= last; day++) if (isWorkingDay(day)) count++;
  return count;
}

const copenhagenDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Denmark at `now`: an internship day begins at midnight Danish time, not UTC. */
export function danishDateOf(now: Date): string {
  return copenhagenDate.format(now);
}
