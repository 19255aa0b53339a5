import nodemailer from "nodemailer";
import type { Executor } from "../db/database.js";
import type { MailAttachment } from "../db/schema.js";
import type { Clock } from "../platform/clock.js";
import { serviceUnavailable } from "../platform/problems.js";
import { insertOutboxMail } from "./outbox.repository.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Links in the text, kept apart so a developer can follow them from the outbox or the log. */
  links: string[];
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Sends inside the caller's transaction, so a mail that cannot be sent undoes what it announces. */
  send(db: Executor, mail: OutgoingMail): Promise<void>;
}

export interface MailLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  clock: Clock;
  logger: MailLogger;
}): Mailer {
  const { smtpUrl, from, clock, logger } = options;
  if (!smtpUrl) {
    return {
      async send(db, mail) {
        await insertOutboxMail(db, { ...mail, attachments: mail.attachments ?? [], createdAt: clock.now() });
        // Without SMTP the outbox is the mail: the links are logged so a developer can follow them.
        logger.info(
          { mail: { to: mail.to, subject: mail.subject, links: mail.links } },
          "mail stored in outbox",
        );
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(_db, mail) {
      try {
        await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          attachments: mail.attachments,
        });
      } catch (error) {
        logger.error({ err: error, subject: mail.subject }, "sending mail failed");
        throw serviceUnavailable("The email could not be sent; nothing was changed. Try again later.");
      }
    },
  };
}
