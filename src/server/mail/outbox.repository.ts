import { desc, lt } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { type MailAttachment, outboxMails } from "../db/schema.js";

export async function insertOutboxMail(
  db: Executor,
  mail: {
    to: string;
    subject: string;
    text: string;
    links: string[];
    attachments: MailAttachment[];
    createdAt: Date;
  },
): Promise<void> {
  await db.insert(outboxMails).values(mail);
}

export async function listOutboxMails(db: Executor, page: { limit: number; before?: string }) {
  return db
    .select()
    .from(outboxMails)
    .where(page.before ? lt(outboxMails.id, page.before) : undefined)
    .orderBy(desc(outboxMails.id))
    .limit(page.limit + 1);
}
