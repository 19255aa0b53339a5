import { COPENHAGEN_TIME_ZONE } from "../copenhagenTime";

/** The day a referral was sent, in the reader's language and Danish local time, e.g. "28. nov. 2026". */
export function formatReferralDay(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: COPENHAGEN_TIME_ZONE }).format(
    date,
  );
}

const RECENT_DAYS = 30;

/** Sent within the last 30 days: what the home page still calls new. */
export function isRecent(iso: string, now: Date = new Date()): boolean {
  const sent = new Date(iso).getTime();
  return now.getTime() - sent <= RECENT_DAYS * 24 * 60 * 60 * 1000;
}
