/*
 * Meetings keep Copenhagen time whatever the reader's browser says: groups and the company network
 * meet in Denmark, so the clock time on the screen is the clock time on the wall, also for someone
 * reading (or planning) from abroad.
 */

export const COPENHAGEN_TIME_ZONE = "Europe/Copenhagen";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: COPENHAGEN_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

const pad = (value: number): string => String(value).padStart(2, "0");

/** The Copenhagen wall-clock date ("yyyy-mm-dd") and time ("hh:mm") of an instant. */
export function copenhagenParts(instant: Date): { date: string; time: string } {
  const values: Record<string, string> = {};
  for (const part of PARTS.formatToParts(instant)) values[part.type] = part.value;
  return { date: `${values.year}-${values.month}-${values.day}`, time: `${values.hour}:${values.minute}` };
}

/** An ISO instant as the Copenhagen date and time a form shows. */
export function isoToCopenhagen(iso: string): { date: string; time: string } {
  return copenhagenParts(new Date(iso));
}

export function copenhagenToday(now = new Date()): string {
  return copenhagenParts(now).date;
}

/** The Copenhagen calendar year of an instant: the company network's programme year. */
export function copenhagenYear(instant: Date = new Date()): number {
  return Number(copenhagenParts(instant).date.slice(0, 4));
}

export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Minutes Copenhagen is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const { date, time } = copenhagenParts(instant);
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A Copenhagen wall-clock date and time as ISO 8601 with its offset, e.g.
 * "2027-03-09T10:00:00+01:00"; null when either is no real date or time.
 */
export function copenhagenToIso(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  if (hour > 23 || minute > 59) return null;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  // Date.UTC rolls 30 February over into March: such a date does not exist.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  // The offset at the wall-clock time read as UTC can be an hour off around the change; asking again
  // at the corrected instant settles it.
  const firstGuess = offsetMinutes(new Date(wallClock));
  const offset = offsetMinutes(new Date(wallClock - firstGuess * 60_000));
  const sign = offset >= 0 ? "+" : "-";
  const absolute = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function format(iso: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: COPENHAGEN_TIME_ZONE }).format(date);
}

/** "tirsdag den 1. december 2026 kl. 19.00" in Danish. */
export function formatMeetingStart(iso: string, locale: string): string {
  return format(iso, locale, { dateStyle: "full", timeStyle: "short" });
}

/** "tirs. 1. dec. 19.00"-like short form for tables and lists. */
export function formatMeetingShort(iso: string, locale: string): string {
  return format(iso, locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** The clock time of an instant, e.g. "19.00". */
export function formatClockTime(iso: string, locale: string): string {
  return format(iso, locale, { timeStyle: "short" });
}

/** The clock time a meeting ends, e.g. "12.00". */
export function formatMeetingEnd(iso: string, durationMinutes: number, locale: string): string {
  return formatClockTime(new Date(Date.parse(iso) + durationMinutes * 60_000).toISOString(), locale);
}

/** A day on its own ("yyyy-mm-dd"), e.g. "28. november 2026". */
export function formatLocalDate(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}
