/*
 * The personal calendar feed: one secret URL per user that calendar apps subscribe to
 * (src/server/calendar/). Kept apart from endpoints.ts so the calendar section owns its types.
 */
import { apiRequest } from "./client";

export interface CalendarFeed {
  /** null: none made yet, or turned off. */
  url: string | null;
}

export const calendarFeed = {
  get: () => apiRequest<CalendarFeed>("GET", "/api/me/calendar-feed"),
  /** Makes the link, or renews it: the old URL stops working at once. */
  renew: () => apiRequest<{ url: string }>("POST", "/api/me/calendar-feed"),
  turnOff: () => apiRequest<undefined>("DELETE", "/api/me/calendar-feed"),
};
