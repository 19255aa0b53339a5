/** ISO weekday (1 = Monday) in the reader's language; 2024-01-01 was a Monday. */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "3 af 4" style share as a whole percent; null when nothing was held. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}
