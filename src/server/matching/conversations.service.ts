import type { Executor } from "../db/database.js";
import type { Mailer } from "../mail/mailer.js";
import { type NotificationRecipient, notify } from "../notifications/notifications.js";
import type { Clock } from "../platform/clock.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { tenantScopeOf } from "../platform/tenant.js";
import { currentConsents } from "../youth/consents.repository.js";
import { presentMessage, readStateOf } from "./conversations.presenters.js";
import * as repository from "./conversations.repository.js";
import type { ListMessagesQuery, PostMessageInput } from "./conversations.schemas.js";
import { findMatchInReach, type MatchRow, type MatchSide, otherSide, recipientsOn } from "./participants.js";

export interface MatchingContext {
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** At most one email per conversation per recipient in this time, however many messages arrive. */
export const MESSAGE_EMAIL_INTERVAL_MS = 60 * 60_000;

/** Where a match (its conversation and meetings) is shown in the web UI. */
export const matchLink = (ctx: { publicUrl: string }, matchId: string) =>
  `${ctx.publicUrl}/matches/${matchId}`;

/**
 * A match the caller takes part in, or 404 when it is out of reach. Staff reach the match but not
 * its text: 403, so the UI can say why rather than pretend the conversation does not exist.
 */
export async function conversationOf(
  db: Executor,
  user: CurrentUser,
  matchId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ match: MatchRow; side: MatchSide }> {
  const found = await findMatchInReach(db, user, matchId, options);
  if (!found) throw notFound("Match not found");
  if (found.viewer.kind === "staff") {
    throw forbidden("Staff see that a conversation exists, not its text");
  }
  return { match: found.match, side: found.viewer.side };
}

export async function listMessages(
  db: Executor,
  user: CurrentUser,
  matchId: string,
  query: ListMessagesQuery,
) {
  const { match } = await conversationOf(db, user, matchId);
  const rows = await repository.listMessages(db, tenantScopeOf(user), match.id, {
    limit: query.limit,
    before: decodeCursor(query.cursor),
  });
  const page = toPage(rows, query.limit);
  const subject = await repository.findMatchSubject(db, match);
  const reads = readStateOf(subject.youthUserId, await repository.findMarks(db, match.id));
  return {
    // Fetched newest first so the cursor walks backwards; each page reads oldest first.
    items: page.items.reverse().map((row) => presentMessage(row, user.id, reads)),
    nextCursor: page.nextCursor,
  };
}

export async function postMessage(
  ctx: MatchingContext,
  tx: Executor,
  actor: CurrentUser,
  matchId: string,
  input: PostMessageInput,
) {
  // Locked, so that concurrent messages in one conversation send at most one email between them.
  const { match, side } = await conversationOf(tx, actor, matchId, { forUpdate: true });
  if (match.status === "ended") {
    throw conflict("The match has ended: the conversation can be read but not continued");
  }
  if (side === "company" && (await withdrewContactConsent(tx, match.youthId))) {
    throw conflict(
      "The young person no longer lets companies contact them: the conversation can be read but not continued",
    );
  }
  const now = ctx.clock.now();
  const row = await repository.insertMessage(tx, {
    municipalityId: match.municipalityId,
    matchId: match.id,
    authorUserId: actor.id,
    body: input.body,
    createdAt: now,
  });
  await repository.touchMatch(tx, match.id, now);
  const subject = await repository.findMatchSubject(tx, match);
  const marks = await repository.findMarks(tx, match.id);
  await tellOtherSide(ctx, tx, match, side, subject, marks, now);
  return presentMessage(row, actor.id, readStateOf(subject.youthUserId, marks));
}

/**
 * Emails the other side that there is a new message, at most once an hour per recipient and
 * conversation, and never with the text: email is not a safe channel for what young people write.
 */
async function tellOtherSide(
  ctx: MatchingContext,
  tx: Executor,
  match: MatchRow,
  authorSide: MatchSide,
  subject: repository.MatchSubject,
  marks: readonly repository.MarkRow[],
  now: Date,
) {
  const recipients = await recipientsOn(tx, match, otherSide(authorSide));
  const due = recipients.filter((recipient) => {
    const lastEmailedAt = marks.find((mark) => mark.userId === recipient.userId)?.lastEmailedAt;
    return !lastEmailedAt || now.getTime() - lastEmailedAt.getTime() >= MESSAGE_EMAIL_INTERVAL_MS;
  });
  const link = matchLink(ctx, match.id);
  const emailed = await notify(ctx, tx, "message", due, (recipient: NotificationRecipient) => ({
    subject: "Ny besked på Nextwork / New message on Nextwork",
    text: `Hej ${recipient.displayName}\n\nDer er en ny besked i jeres samtale om "${subject.openingTitle}" (${subject.companyName}). Læs den på Nextwork:\n${link}\n\nThere is a new message in your conversation about "${subject.openingTitle}" (${subject.companyName}). Read it on Nextwork:\n${link}\n`,
    links: [link],
  }));
  await repository.markEmailed(tx, match.id, emailed, now);
}

export async function markConversationRead(
  ctx: MatchingContext,
  tx: Executor,
  actor: CurrentUser,
  matchId: string,
) {
  const { match } = await conversationOf(tx, actor, matchId);
  await repository.markRead(tx, match.id, actor.id, ctx.clock.now());
}

/**
 * The match is the young person's own agreement to talk with this company, so a company may write
 * unless the young person has since withdrawn the consent that companies may contact them (the
 * consent text promises that conversations then stay readable but stop).
 */
async function withdrewContactConsent(tx: Executor, youthId: string): Promise<boolean> {
  const consents = await currentConsents(tx, [youthId]);
  return consents.some((consent) => consent.kind === "contact_by_companies" && !consent.granted);
}
