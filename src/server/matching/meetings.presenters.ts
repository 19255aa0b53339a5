import type { FeedbackRow, MeetingRow } from "./meetings.repository.js";
import type { MeetingOutput } from "./meetings.schemas.js";
import { type MatchViewer, otherSide } from "./participants.js";

/** The download exists once a time was agreed: an invitation, or its cancellation. */
export const hasCalendar = (row: Pick<MeetingRow, "status" | "acceptedTime">): boolean =>
  row.acceptedTime !== null && (row.status === "accepted" || row.status === "cancelled");

export const calendarPath = (meetingId: string) => `/api/meetings/${meetingId}/calendar.ics`;

/**
 * A meeting as the caller sees it. Each side sees its own feedback and only whether the other side
 * answered; staff see each side's chemistry answer but no comments, and no calendar.
 */
export function presentMeeting(
  row: MeetingRow,
  feedback: readonly FeedbackRow[],
  viewer: MatchViewer,
): MeetingOutput {
  const answers = feedback.filter((entry) => entry.meetingId === row.id);
  const answerOf = (side: "youth" | "company") => answers.find((entry) => entry.side === side);
  const base = {
    id: row.id,
    matchId: row.matchId,
    status: row.status,
    place: row.place,
    proposedTimes: [...row.proposedTimes]
      .sort((a, b) => a.getTime() - b.getTime())
      .map((time) => time.toISOString()),
    durationMinutes: row.durationMinutes,
    acceptedTime: row.acceptedTime?.toISOString() ?? null,
    proposedBySide: row.proposedBySide,
    createdAt: row.createdAt.toISOString(),
  };
  if (viewer.kind === "staff") {
    return {
      ...base,
      mine: false,
      feedback: {
        mine: null,
        otherSideAnswered: false,
        answers: {
          youth: answerOf("youth")?.chemistry ?? null,
          company: answerOf("company")?.chemistry ?? null,
        },
      },
      calendarUrl: null,
    };
  }
  const own = answerOf(viewer.side);
  return {
    ...base,
    mine: row.proposedBySide === viewer.side,
    feedback: {
      mine: own ? { chemistry: own.chemistry, comment: own.comment } : null,
      otherSideAnswered: answerOf(otherSide(viewer.side)) !== undefined,
    },
    calendarUrl: hasCalendar(row) ? calendarPath(row.id) : null,
  };
}
