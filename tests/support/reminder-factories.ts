import { asc, eq } from "drizzle-orm";
import type { Database, DatabaseHandle } from "../../src/server/db/database.js";
import { notificationPreferences, outboxMails, reminders } from "../../src/server/db/schema.js";
import { createMailer, type Mailer } from "../../src/server/mail/mailer.js";
import type { ReminderJobDeps } from "../../src/server/reminders/reminder-job.js";
import type { TestApp } from "./test-app.js";

/** Helpers for the reminder job: its dependencies on any pool, the mails it left, preferences. */

const quietMailLogger = { info: () => {}, error: () => {} };

/**
 * What runReminderJob needs, on the given pool (another pool is another "server instance"), with
 * the outbox mailer unless a test hands in its own.
 */
export function reminderJobDeps(t: TestApp, options: { database?: DatabaseHandle; mailer?: Mailer } = {}) {
  return {
    db: (options.database ?? t.database).db,
    mailer:
      options.mailer ??
      createMailer({ smtpUrl: undefined, from: t.config.mailFrom, clock: t.clock, logger: quietMailLogger }),
    publicUrl: t.config.publicUrl,
  } satisfies ReminderJobDeps;
}

/** A mailer that fails for one address (a bounced SMTP call) and writes the others to the outbox. */
export function mailerFailingFor(t: TestApp, badAddress: string): Mailer {
  const outbox = createMailer({
    smtpUrl: undefined,
    from: t.config.mailFrom,
    clock: t.clock,
    logger: quietMailLogger,
  });
  return {
    async send(db, mail) {
      if (mail.to === badAddress) throw new Error(`mailbox ${badAddress} unavailable`);
      await outbox.send(db, mail);
    },
  };
}

export async function mailsTo(db: Database, email: string) {
  return db.select().from(outboxMails).where(eq(outboxMails.to, email)).orderBy(asc(outboxMails.id));
}

export async function turnOffReminderMails(db: Database, userId: string) {
  await db
    .insert(notificationPreferences)
    .values({ userId, reminder: false })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { reminder: false } });
}

export async function remindersOf(db: Database, userId: string) {
  return db.select().from(reminders).where(eq(reminders.userId, userId)).orderBy(asc(reminders.createdAt));
}

/** A reminder as the job or a feature would have queued it. */
export async function createReminder(
  db: Database,
  options: {
    user: { id: string };
    municipality: { id: string };
    subject: { type: "group_meeting" | "network_meeting"; id: string };
    kind: "meeting_tomorrow" | "meeting_moved" | "meeting_cancelled";
    startsAt: Date;
    title?: string;
    place?: string | null;
    reason?: string | null;
    createdAt: Date;
    sentAt?: Date | null;
  },
) {
  const [row] = await db
    .insert(reminders)
    .values({
      municipalityId: options.municipality.id,
      userId: options.user.id,
      kind: options.kind,
      subjectType: options.subject.type,
      subjectId: options.subject.id,
      details: {
        title: options.title ?? "Tirsdagsgruppen",
        startsAt: options.startsAt.toISOString(),
        place: options.place === undefined ? "Ungdommens Hus" : options.place,
        reason: options.reason ?? null,
      },
      dedupeKey: `test:${options.kind}:${options.subject.id}:${options.startsAt.toISOString()}:${options.user.id}`,
      dueAt: options.createdAt,
      sentAt: options.sentAt ?? null,
      createdAt: options.createdAt,
    })
    .returning({ id: reminders.id });
  if (!row) throw new Error("no reminder");
  return row;
}
