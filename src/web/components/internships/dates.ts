/** Calendar dates (yyyy-mm-dd) as the reader writes them, and today's date in the browser. */

/** A calendar date in the reader's language, e.g. "7. dec. 2026"; shown as given if it is no date. */
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(parsed);
}

/** A period "from – to" in the reader's language. */
export function formatPeriod(from: string, to: string, locale: string): string {
  return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}

/** Today in the browser's time zone, as yyyy-mm-dd: the form's hints; the server decides. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
