/*
 * Network meetings keep Copenhagen time whatever the reader's browser says: the municipality meets in
 * Denmark, so a contact travelling abroad still sees (and plans) the local clock time of the meeting.
 */

export const MEETING_TIME_ZONE = "Europe/Copenhagen";

const PARTS_FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: MEETING_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: Date): LocalParts {
  const values: Record<string, number> = {};
  for (const part of PARTS_FORMAT.formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Minutes Copenhagen is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const p = localParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (value: number): string => String(value).padStart(2, "0");

/**
 * A Copenhagen wall-clock date (yyyy-mm-dd) and time (hh:mm) as ISO 8601 with its offset, e.g.
 * "2027-03-09T10:00:00+01:00"; null when either is no valid value.
 */
export function copenhagenToIso(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day, hour, minute] = [...dateMatch.slice(1), ...timeMatch.slice(1)].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // The offset at the wall-clock time read as UTC can be an hour off around the change; asking again
  // at the corrected instant settles it.
  const firstGuess = offsetMinutes(new Date(wallClock));
  const offset = offsetMinutes(new Date(wallClock - firstGuess * 60_000));
  const sign = offset >= 0 ? "+" : "-";
  const absolute = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** An instant as the Copenhagen date (yyyy-mm-dd) and time (hh:mm) a form shows. */
export function isoToCopenhagen(iso: string): { date: string; time: string } {
  const p = localParts(new Date(iso));
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The Copenhagen calendar year of an instant: the programme's year. */
export function copenhagenYear(instant: Date = new Date()): number {
  return localParts(instant).year;
}

/** "tirsdag den 9. marts 2027 kl. 10.00" in Danish, in Copenhagen time. */
export function formatMeetingStart(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: MEETING_TIME_ZONE,
  }).format(date);
}

/** The clock time a meeting ends, e.g. "12.00". */
export function formatMeetingEnd(iso: string, durationMinutes: number, locale: string): string {
  const date = new Date(new Date(iso).getTime() + durationMinutes * 60_000);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: MEETING_TIME_ZONE }).format(date);
}
