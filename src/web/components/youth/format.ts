/** A calendar date (YYYY-MM-DD) in the reader's language, without shifting it by time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.slice(0, 10));
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Languages offered in the profile (ISO 639-1): the most common in Danish municipalities. */
export const LANGUAGE_CODES = [
  "da",
  "en",
  "de",
  "sv",
  "no",
  "ar",
  "so",
  "tr",
  "fa",
  "ur",
  "pl",
  "uk",
  "ro",
  "es",
  "fr",
] as const;

/** A language's name in the reader's language, from the browser's own list. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
