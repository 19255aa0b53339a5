import { type AuditOrigin, recordAuditEvent } from "../audit/audit.js";
import type { AppContext } from "../context.js";
import type { Executor } from "../db/database.js";
import { copenhagenDate } from "../groups/meeting-schedule.js";
import { notFound } from "../platform/problems.js";
import type { CurrentUser } from "../platform/sessions.js";
import { createToken, hashToken } from "../platform/tokens.js";
import { firstNameOf } from "../youth/profile.js";
import { type FeedView, feedViewOf } from "./calendar.policy.js";
import * as repository from "./calendar.repository.js";
import {
  buildFeedCalendar,
  type FeedEvent,
  type FeedTexts,
  feedTexts,
  firstMeetingUid,
  groupMeetingUid,
  internshipEndUid,
  internshipStartUid,
  networkMeetingUid,
} from "./calendar-feed.js";

type Context = Pick<AppContext, "clock" | "cipher" | "publicUrl">;

const DAY_MS = 86_400_000;
/** Far enough back to look up last month's meeting, far enough ahead for the year's network meetings. */
const DAYS_BACK = 60;
const DAYS_AHEAD = 400;
/** 32 random bytes in base64url, then ".ics"; anything else cannot be a feed. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

function feedUrl(ctx: Context, token: string): string {
  return `${ctx.publicUrl}/api/calendar/${token}.ics`;
}

export async function getMyFeed(ctx: Context, db: Executor, actor: CurrentUser) {
  const feed = await repository.findFeed(db, actor.id);
  return { url: feed ? feedUrl(ctx, ctx.cipher.decrypt(feed.tokenEncrypted)) : null };
}

/**
 * Makes the caller's feed, or renews it when someone may have seen the link: the new secret
 * replaces the old in one row, so the old URL stops working with this commit.
 */
export async function renewMyFeed(ctx: Context, db: Executor, origin: AuditOrigin, actor: CurrentUser) {
  const existing = await repository.findFeed(db, actor.id);
  const token = createToken();
  await repository.upsertFeed(db, {
    userId: actor.id,
    tokenHash: hashToken(token),
    tokenEncrypted: ctx.cipher.encrypt(token),
    createdAt: ctx.clock.now(),
  });
  if (existing) {
    await recordAuditEvent(db, ctx.clock, origin, {
      action: "calendar_feed.renewed",
      actorUserId: actor.id,
      municipalityId: actor.municipalityId,
      subjectType: "user",
      subjectId: actor.id,
    });
  }
  return { url: feedUrl(ctx, token) };
}

export async function turnOffMyFeed(db: Executor, actor: CurrentUser): Promise<void> {
  await repository.deleteFeed(db, actor.id);
}

/**
 * The feed behind a secret URL. Every way of not having one (malformed, unknown, renewed, turned
 * off, a disabled account) is the same 404, so the answer tells nothing about which it was.
 */
export async function feedCalendar(ctx: Context, db: Executor, file: string): Promise<string> {
  const token = FEED_FILE.exec(file)?.[1];
  if (!token) throw notFound();
  const owner = await repository.findFeedOwner(db, hashToken(token));
  const view = owner ? feedViewOf(owner.role) : null;
  if (!owner || !view || owner.status !== "active" || !owner.municipalityId) throw notFound();
  const now = ctx.clock.now();
  const events = await feedEvents(
    ctx,
    db,
    { id: owner.id, municipalityId: owner.municipalityId },
    view,
    feedTexts(owner.locale),
    now,
  );
  return buildFeedCalendar({ events, stamp: now, locale: owner.locale });
}

async function feedEvents(
  ctx: Context,
  db: Executor,
  owner: { id: string; municipalityId: string },
  view: FeedView,
  texts: FeedTexts,
  now: Date,
): Promise<FeedEvent[]> {
  const window = {
    from: new Date(now.getTime() - DAYS_BACK * DAY_MS),
    to: new Date(now.getTime() + DAYS_AHEAD * DAY_MS),
  };
  const dates = { from: copenhagenDate(window.from), to: copenhagenDate(window.to) };
  // One query after another: the caller may hand us a transaction, which has one connection.
  if (view === "staff") {
    const groupMeetings = await repository.listFacilitatedGroupMeetings(db, owner, window);
    const networkMeetings = await repository.listMunicipalityNetworkMeetings(
      db,
      owner.municipalityId,
      window,
    );
    return [
      ...groupMeetings.map((row) => groupMeetingEvent(row, texts)),
      ...networkMeetings.map((row) => networkMeetingEvent(ctx, row, texts)),
    ];
  }
  if (view === "youth") {
    const groupMeetings = await repository.listMemberGroupMeetings(db, owner, window);
    const firstMeetings = await repository.listYouthFirstMeetings(db, owner, window);
    const internships = await repository.listInternships(
      db,
      { youthUserId: owner.id },
      owner.municipalityId,
      dates,
    );
    return [
      ...uniqueById(groupMeetings).map((row) => groupMeetingEvent(row, texts)),
      ...firstMeetings.flatMap((row) => firstMeetingEvent(ctx, row, texts, row.companyName)),
      ...internships.flatMap((row) =>
        internshipEvents(ctx, row, texts, `${row.openingTitle} – ${row.companyName}`, dates),
      ),
    ];
  }
  const networkMeetings = await repository.listInvitedNetworkMeetings(db, owner, window);
  const firstMeetings = await repository.listCompanyFirstMeetings(db, owner, window);
  const internships = await repository.listInternships(
    db,
    { contactUserId: owner.id },
    owner.municipalityId,
    dates,
  );
  return [
    ...networkMeetings.map((row) => networkMeetingEvent(ctx, row, texts)),
    // The young person's name stays out: whether a company may see it depends on their consent.
    ...firstMeetings.flatMap((row) => firstMeetingEvent(ctx, row, texts, null)),
    ...internships.flatMap((row) =>
      internshipEvents(ctx, row, texts, `${firstNameOf(row.youthDisplayName)} – ${row.openingTitle}`, dates),
    ),
  ];
}

/** A young person who left a group and came back has two memberships; each meeting shows once. */
function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

function lines(...parts: (string | null | false)[]): string | null {
  const kept = parts.filter((part): part is string => typeof part === "string" && part.length > 0);
  return kept.length > 0 ? kept.join("\n") : null;
}

function meetingTime(start: Date, durationMinutes: number) {
  return { start, end: new Date(start.getTime() + durationMinutes * 60_000) };
}

function groupMeetingEvent(row: repository.GroupMeetingEventRow, texts: FeedTexts): FeedEvent {
  const cancelled = row.status === "cancelled";
  return {
    uid: groupMeetingUid(row.id),
    sequence: row.sequence,
    summary: texts.groupMeeting(row.groupName, row.theme),
    description: lines(
      cancelled && texts.cancelled(row.cancelReason),
      row.videoLink && texts.videoLink(row.videoLink),
    ),
    location: row.place ?? row.videoLink,
    url: null,
    cancelled,
    when: meetingTime(row.startsAt, row.durationMinutes),
  };
}

function networkMeetingEvent(
  ctx: Context,
  row: repository.NetworkMeetingEventRow,
  texts: FeedTexts,
): FeedEvent {
  const cancelled = row.status === "cancelled";
  const url = `${ctx.publicUrl}/network-meetings/${row.id}`;
  return {
    uid: networkMeetingUid(row.id),
    sequence: row.sequence,
    summary: texts.networkMeeting(row.title),
    description: lines(
      cancelled && texts.cancelled(row.cancelReason),
      row.hostName && texts.host(row.hostName),
      row.agenda,
      url,
    ),
    location: row.place ?? row.hostName,
    url,
    cancelled,
    when: meetingTime(row.startsAt, row.durationMinutes),
  };
}

function firstMeetingEvent(
  ctx: Context,
  row: repository.FirstMeetingEventRow,
  texts: FeedTexts,
  companyName: string | null,
): FeedEvent[] {
  if (!row.acceptedTime) return [];
  const url = `${ctx.publicUrl}/matches/${row.matchId}`;
  const cancelled = row.status === "cancelled";
  return [
    {
      uid: firstMeetingUid(row.id),
      sequence: row.sequence,
      summary: texts.firstMeeting(row.openingTitle, companyName),
      description: lines(cancelled && texts.cancelled(null), url),
      location: row.place,
      url,
      cancelled,
      when: meetingTime(row.acceptedTime, row.durationMinutes),
    },
  ];
}

/**
 * The first and the last day of an internship, each if it falls in the window. An internship ended
 * early ends on the day it ended; the end event's SEQUENCE rises with each move of the end.
 */
function internshipEvents(
  ctx: Context,
  row: repository.InternshipEventRow,
  texts: FeedTexts,
  what: string,
  dates: { from: string; to: string },
): FeedEvent[] {
  const url = `${ctx.publicUrl}/internships/${row.id}`;
  const endedEarly = row.status === "ended_early" && row.endedAt !== null;
  const endDate = endedEarly && row.endedAt ? copenhagenDate(row.endedAt) : row.plannedEndDate;
  const inWindow = (date: string) => date >= dates.from && date <= dates.to;
  const events: FeedEvent[] = [];
  if (inWindow(row.startDate)) {
    events.push({
      uid: internshipStartUid(row.id),
      sequence: 0,
      summary: texts.internshipStarts(what),
      description: url,
      location: null,
      url,
      cancelled: false,
      when: { date: row.startDate },
    });
  }
  if (inWindow(endDate)) {
    events.push({
      uid: internshipEndUid(row.id),
      sequence: row.extensions + (endedEarly ? 1 : 0),
      summary: texts.internshipEnds(what),
      description: url,
      location: null,
      url,
      cancelled: false,
      when: { date: endDate },
    });
  }
  return events;
}
