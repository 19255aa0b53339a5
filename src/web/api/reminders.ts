/*
 * Reminders about network and group meetings: tomorrow's meeting, a moved one, a cancelled one
 * (src/server/reminders/). Kept apart from endpoints.ts so the reminders section owns its types.
 */
import { apiRequest } from "./client";

const path = (segment: string): string => encodeURIComponent(segment);

export type ReminderKind = "meeting_tomorrow" | "meeting_moved" | "meeting_cancelled";
export type ReminderSubjectType = "group_meeting" | "network_meeting";

export interface Reminder {
  id: string;
  kind: ReminderKind;
  subjectType: ReminderSubjectType;
  subjectId: string;
  title: string;
  /** For a moved meeting: the new time; for a cancelled one: the time it would have been. */
  startsAt: string;
  place: string | null;
  /** Why it was cancelled. */
  reason: string | null;
  createdAt: string;
}

export const reminders = {
  /** The caller's reminders of the last 7 days whose meeting has not started, newest first, at most 20. */
  list: () => apiRequest<{ items: Reminder[] }>("GET", "/api/me/reminders"),
  dismiss: (id: string) => apiRequest<undefined>("POST", `/api/me/reminders/${path(id)}/dismiss`),
};
