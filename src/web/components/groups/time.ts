/*
 * Group meetings keep Copenhagen time whatever the reader's browser says: the group meets in
 * Denmark, so the clock time on the screen is the clock time on the wall.
 */

export const GROUP_TIME_ZONE = "Europe/Copenhagen";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: GROUP_TIME_ZONE,
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

export function copenhagenToday(now = new Date()): string {
  return copenhagenParts(now).date;
}

export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A Copenhagen wall-clock date and time as ISO 8601 with its offset; null when either is invalid. */
export function copenhagenToIso(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  // The offset at the guessed instant, then once more at the corrected one (daylight saving edges).
  let offset = offsetMinutes(new Date(asUtc));
  offset = offsetMinutes(new Date(asUtc - offset * 60_000));
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function offsetMinutes(instant: Date): number {
  const { date, time } = copenhagenParts(instant);
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** "tirsdag den 1. december 2026 kl. 19.00" in Danish, Copenhagen time. */
export function formatMeetingStart(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: GROUP_TIME_ZONE,
    dateStyle: "full",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** "1.12. 19.00"-like short form for tables and lists. */
export function formatMeetingShort(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: GROUP_TIME_ZONE,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function formatLocalDate(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}

export function hasStarted(iso: string, now = new Date()): boolean {
  return Date.parse(iso) <= now.getTime();
}
