import type { Executor } from "../db/database.js";
import type { MailAttachment, Role } from "../db/schema.js";
import type { Mailer } from "../mail/mailer.js";
import { findPreferences, type StoredPreferences } from "./notifications.repository.js";

/**
 * Emails about matchmaking, each kind switchable per user (issue 4). This is the only way to send
 * them, so a user's choice is always respected.
 */
export const notificationKinds = [
  "interest",
  "match",
  "message",
  "meeting",
  "internship",
  "reminder",
  "referral",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export type NotificationPreferences = Record<NotificationKind, boolean>;

/**
 * Defaults when a user has not chosen. A young person hears of a company's one-sided interest
 * ("someone is interested in you") only when they ask for it: a company cannot push.
 */
export function defaultPreferences(role: Role): NotificationPreferences {
  return {
    interest: role !== "youth",
    match: true,
    message: true,
    meeting: true,
    internship: true,
    reminder: true,
    referral: true,
  };
}

export function effectivePreferences(
  role: Role,
  stored: StoredPreferences | undefined,
): NotificationPreferences {
  const defaults = defaultPreferences(role);
  return {
    interest: stored?.interest ?? defaults.interest,
    match: stored?.match ?? defaults.match,
    message: stored?.message ?? defaults.message,
    meeting: stored?.meeting ?? defaults.meeting,
    internship: stored?.internship ?? defaults.internship,
    reminder: stored?.reminder ?? defaults.reminder,
    referral: stored?.referral ?? defaults.referral,
  };
}

export interface NotificationRecipient {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface NotificationMail {
  subject: string;
  text: string;
  links: string[];
  attachments?: MailAttachment[];
}

/**
 * Sends `kind` to each recipient who wants it, inside the caller's transaction (a mail that cannot
 * be sent undoes what it announces). Returns the user ids that were emailed.
 */
export async function notify(
  ctx: { mailer: Mailer },
  tx: Executor,
  kind: NotificationKind,
  recipients: readonly NotificationRecipient[],
  mailFor: (recipient: NotificationRecipient) => NotificationMail,
): Promise<string[]> {
  const stored = await findPreferences(
    tx,
    recipients.map((recipient) => recipient.userId),
  );
  const emailed: string[] = [];
  for (const recipient of recipients) {
    const preferences = effectivePreferences(
      recipient.role,
      stored.find((row) => row.userId === recipient.userId),
    );
    if (!preferences[kind]) continue;
    await ctx.mailer.send(tx, { to: recipient.email, ...mailFor(recipient) });
    emailed.push(recipient.userId);
  }
  return emailed;
}
