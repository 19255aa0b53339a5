import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import { findCompanyIdOfContact } from "../companies/company-contacts.repository.js";
import type { Executor } from "../db/database.js";
import { notify } from "../notifications/notifications.js";
import { decodeCursor, toPage } from "../platform/pagination.js";
import { conflict, forbidden, notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { type TenantScope, tenantScopeOf } from "../platform/tenant.js";
import { firstNameOf } from "../youth/profile.js";
import * as youthRepository from "../youth/youth.repository.js";
import type { MatchmakingContext } from "./interests.service.js";
import { presentMatch } from "./matches.presenters.js";
import * as repository from "./matches.repository.js";
import type { ListMatchesQuery, MatchEndReason } from "./matches.schemas.js";
import { findMatchInReach, type MatchViewer, otherSide, recipientsOn } from "./participants.js";

/** Which matches a caller lists and how they see them; null when they have none (no youth record or company). */
async function reachOf(
  db: Executor,
  scope: TenantScope,
  user: CurrentUser,
): Promise<{ visibility: repository.MatchVisibility; viewer: MatchViewer } | null> {
  if (user.role === "youth") {
    const youthId = await youthRepository.findYouthIdOfUser(db, scope, user.id);
    return youthId ? { visibility: { youthId }, viewer: { kind: "participant", side: "youth" } } : null;
  }
  if (user.role === "company_contact") {
    const companyId = await findCompanyIdOfContact(db, user.id);
    return companyId ? { visibility: { companyId }, viewer: { kind: "participant", side: "company" } } : null;
  }
  return { visibility: { everything: true }, viewer: { kind: "staff" } };
}

/** Presents rows with the caller's unread counts (participants only) and each match's latest meeting. */
async function presentMatches(
  db: Executor,
  user: CurrentUser,
  viewer: MatchViewer,
  rows: repository.MatchViewRow[],
) {
  const ids = rows.map((row) => row.id);
  const unread = viewer.kind === "participant" ? await repository.unreadCounts(db, ids, user.id) : new Map();
  const meetings = await repository.latestMeetings(db, ids);
  return rows.map((row) => presentMatch(row, viewer, unread.get(row.id) ?? 0, meetings.get(row.id)));
}

export async function listMatches(db: Executor, user: CurrentUser, query: ListMatchesQuery) {
  const scope = tenantScopeOf(user);
  const reach = await reachOf(db, scope, user);
  if (!reach) return { items: [], nextCursor: null };
  const rows = await repository.listMatches(
    db,
    scope,
    reach.visibility,
    { status: query.status, openingId: query.openingId },
    { limit: query.limit, before: decodeCursor(query.cursor) },
  );
  const page = toPage(rows, query.limit);
  return { items: await presentMatches(db, user, reach.viewer, page.items), nextCursor: page.nextCursor };
}

async function presentOne(db: Executor, user: CurrentUser, viewer: MatchViewer, id: string) {
  const row = await repository.findMatchView(db, tenantScopeOf(user), id);
  if (!row) throw notFound("Match not found");
  const [presented] = await presentMatches(db, user, viewer, [row]);
  if (!presented) throw new Error("presenting one match gave none");
  return presented;
}

export async function getMatch(db: Executor, user: CurrentUser, id: string) {
  const found = await findMatchInReach(db, user, id);
  if (!found) throw notFound("Match not found");
  return presentOne(db, user, found.viewer, id);
}

/** Ends a match politely with a reason from the list; the other side is told kindly. */
export async function endMatch(
  ctx: MatchmakingContext,
  tx: Executor,
  origin: AuditOrigin,
  actor: CurrentUser,
  id: string,
  reason: MatchEndReason,
) {
  const found = await findMatchInReach(tx, actor, id, { forUpdate: true });
  if (!found) throw notFound("Match not found");
  const { match, viewer } = found;
  if (viewer.kind !== "participant") throw forbidden("Only the young person and the company can end a match");
  if (match.status === "ended") throw conflict("The match has already been ended");

  await repository.markEnded(tx, match.id, {
    endedByUserId: actor.id,
    endReason: reason,
    now: ctx.clock.now(),
  });
  await recordAuditEvent(tx, ctx.clock, origin, {
    action: "match.ended",
    actorUserId: actor.id,
    municipalityId: match.municipalityId,
    subjectType: "match",
    subjectId: match.id,
  });
  const view = await repository.findMatchView(tx, tenantScopeOf(actor), match.id);
  if (!view) throw new Error("an ended match disappeared");
  await tellOtherSideOfEnd(ctx, tx, view, otherSide(viewer.side), reason);
  return presentOne(tx, actor, viewer, match.id);
}

/** A gentle reason, Danish and English; "other" says nothing more. */
const reasonSentences: Record<MatchEndReason, { da: string; en: string }> = {
  found_other_internship: { da: "Der er fundet en anden praktik. ", en: "Another internship was found. " },
  not_the_right_fit: {
    da: "Det passer ikke helt denne gang. ",
    en: "It is not quite the right fit this time. ",
  },
  timing: { da: "Tidspunktet passer ikke lige nu. ", en: "The timing does not work right now. " },
  no_longer_looking: { da: "Der søges ikke længere. ", en: "They are no longer looking. " },
  opening_filled: { da: "Pladsen er blevet besat. ", en: "The place has been filled. " },
  other: { da: "", en: "" },
};

async function tellOtherSideOfEnd(
  ctx: MatchmakingContext,
  tx: Executor,
  view: repository.MatchViewRow,
  recipientSide: "youth" | "company",
  reason: MatchEndReason,
) {
  const link = `${ctx.publicUrl}/matches/${view.id}`;
  const why = reasonSentences[reason];
  const title = view.openingTitle;
  const recipients = await recipientsOn(
    tx,
    { youthId: view.youthId, companyId: view.companyId },
    recipientSide,
  );
  if (recipientSide === "youth") {
    await notify(ctx, tx, "match", recipients, (recipient) => ({
      subject: "Kontakten om en praktik er afsluttet / A contact about an internship has ended",
      text: `Hej ${recipient.displayName}\n\nVirksomheden har valgt at afslutte kontakten om praktikken "${title}". ${why.da}Det er helt i orden – der er mange andre muligheder i netværket. Jeres samtale kan stadig læses:\n${link}\n\nThe company has chosen to end the contact about the internship "${title}". ${why.en}That is perfectly fine – there are many other opportunities in the network. Your conversation can still be read:\n${link}\n`,
      links: [link],
    }));
    return;
  }
  // The company sees the name only while the young person lets companies see their profile.
  const who = view.youthVisibleToCompanies ? firstNameOf(view.youthDisplayName) : undefined;
  await notify(ctx, tx, "match", recipients, (recipient) => ({
    subject: "Kontakten om en praktik er afsluttet / A contact about an internship has ended",
    text: `Hej ${recipient.displayName}\n\n${who ?? "Den unge"} har valgt at afslutte kontakten om praktikken "${title}". ${why.da}Tak fordi I tog imod – der er mange andre unge i netværket. Samtalen kan stadig læses:\n${link}\n\n${who ?? "The young person"} has chosen to end the contact about the internship "${title}". ${why.en}Thank you for being open to it – there are many other young people in the network. The conversation can still be read:\n${link}\n`,
    links: [link],
  }));
}
