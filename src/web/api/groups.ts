/*
 * Network groups (netværksgrupper): the typed client for /api/groups, /api/group-meetings, the board
 * and reflections, shaped after the server's groups area (src/server/groups/, decision 0012).
 */
import { apiRequest, withQuery } from "./client";
import type { Page } from "./types";

const path = (segment: string): string => encodeURIComponent(segment);

export interface Group {
  id: string;
  name: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local Copenhagen time, "HH:MM". */
  startTime: string;
  durationMinutes: number;
  place: string | null;
  videoLink: string | null;
  /** yyyy-mm-dd */
  startsOn: string;
  status: "active" | "closed";
  facilitators: { userId: string; displayName: string }[];
}

export interface GroupInput {
  name: string;
  facilitatorUserIds: string[];
  weekday: number;
  startTime: string;
  durationMinutes: number;
  place: string | null;
  videoLink: string | null;
  startsOn: string;
}

export type GroupChanges = Partial<Omit<GroupInput, "startsOn">> & { status?: "active" | "closed" };

/** Staff see the history (joinedOn/leftOn); members only who is in the group now. */
export interface GroupMember {
  youthId: string;
  displayName: string;
  joinedOn?: string;
  leftOn?: string | null;
}

export interface GroupMeeting {
  id: string;
  groupId: string;
  slotDate: string | null;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  videoLink: string | null;
  theme: string | null;
  agenda: string | null;
  status: "planned" | "cancelled";
  cancelReason: string | null;
  sequence: number;
}

export interface MyGroupMeeting extends GroupMeeting {
  groupName: string;
  /** Started by the server's clock (a phone's clock may be wrong). */
  started: boolean;
  /** Staff: some attendance is recorded. */
  attendanceTaken: boolean;
  /** A young person: they said "I can't come". */
  myNotice: boolean;
}

export interface MeetingChanges {
  startsAt?: string;
  durationMinutes?: number;
  place?: string | null;
  videoLink?: string | null;
  theme?: string | null;
  agenda?: string | null;
}

export const ATTENDANCE_STATUSES = ["present", "absent_with_notice", "absent"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface AttendanceEntry {
  youthId: string;
  displayName: string;
  notice: { reason: string | null; givenAt: string } | null;
  status: AttendanceStatus | null;
  suggestedStatus: AttendanceStatus | null;
}

export interface Attendance {
  meetingId: string;
  items: AttendanceEntry[];
}

export interface Stability {
  heldMeetings: number;
  attended: number;
  attendedShare: number | null;
  missedInARow: number;
  signal: boolean;
}

export interface MemberStability extends Stability {
  youthId: string;
  displayName: string;
}

export interface AttendanceSignal extends MemberStability {
  counsellorUserId: string | null;
}

export interface BoardAuthor {
  name: string;
  kind: "member" | "facilitator";
  mine: boolean;
}

export interface BoardReply {
  id: string;
  author: BoardAuthor;
  /** Plain text: show as text, never as HTML. Null when hidden, except to facilitators. */
  body: string | null;
  hidden: boolean;
  hiddenBy: "author" | "facilitator" | null;
  hiddenReason: string | null;
  createdAt: string;
  parentPostId: string | null;
}

export interface BoardPost extends BoardReply {
  replies: BoardReply[];
}

export interface BoardPage extends Page<BoardPost> {
  viewerRole: "member" | "facilitator";
}

export interface Reflection {
  id: string;
  meeting: { id: string; groupId: string; groupName: string; startsAt: string; theme: string | null };
  text: string;
  sharedWithCounsellor: boolean;
  createdAt: string;
  updatedAt: string;
}

export const BOARD_POST_MAX = 2000;

export const groups = {
  list: () => apiRequest<{ items: Group[] }>("GET", "/api/groups"),
  get: (id: string) => apiRequest<Group>("GET", `/api/groups/${path(id)}`),
  create: (input: GroupInput) => apiRequest<Group>("POST", "/api/groups", { body: input }),
  update: (id: string, changes: GroupChanges) =>
    apiRequest<Group>("PATCH", `/api/groups/${path(id)}`, { body: changes }),
  members: (id: string) => apiRequest<{ items: GroupMember[] }>("GET", `/api/groups/${path(id)}/members`),
  addMember: (id: string, youthId: string, move = false) =>
    apiRequest<{ items: GroupMember[] }>("POST", `/api/groups/${path(id)}/members`, {
      body: { youthId, move },
    }),
  removeMember: (id: string, youthId: string) =>
    apiRequest<undefined>("DELETE", `/api/groups/${path(id)}/members/${path(youthId)}`),
  meetings: (id: string, range: { from?: string; to?: string } = {}) =>
    apiRequest<{ items: GroupMeeting[] }>("GET", withQuery(`/api/groups/${path(id)}/meetings`, range)),
  addMeeting: (id: string, input: MeetingChanges & { startsAt: string }) =>
    apiRequest<GroupMeeting>("POST", `/api/groups/${path(id)}/meetings`, { body: input }),
  generate: (id: string) =>
    apiRequest<{ generated: number }>("POST", `/api/groups/${path(id)}/meetings/generate`),
  stability: (id: string) =>
    apiRequest<{ items: MemberStability[] }>("GET", `/api/groups/${path(id)}/attendance-stability`),
  board: (id: string, cursor: string | null, limit = 20) =>
    apiRequest<BoardPage>("GET", withQuery(`/api/groups/${path(id)}/board`, { cursor, limit })),
  post: (id: string, body: string, parentPostId?: string) =>
    apiRequest<BoardPost>("POST", `/api/groups/${path(id)}/board`, {
      body: parentPostId ? { body, parentPostId } : { body },
    }),
};

export const groupMeetings = {
  mine: (range: { from?: string; to?: string } = {}) =>
    apiRequest<{ items: MyGroupMeeting[] }>("GET", withQuery("/api/me/group-meetings", range)),
  get: (id: string) => apiRequest<MyGroupMeeting>("GET", `/api/group-meetings/${path(id)}`),
  update: (id: string, changes: MeetingChanges) =>
    apiRequest<GroupMeeting>("PATCH", `/api/group-meetings/${path(id)}`, { body: changes }),
  cancel: (id: string, reason: string) =>
    apiRequest<GroupMeeting>("POST", `/api/group-meetings/${path(id)}/cancel`, { body: { reason } }),
  giveNotice: (id: string, reason: string | null) =>
    apiRequest<{ meetingId: string; reason: string | null }>(
      "POST",
      `/api/group-meetings/${path(id)}/notice`,
      { body: { reason } },
    ),
  withdrawNotice: (id: string) => apiRequest<undefined>("DELETE", `/api/group-meetings/${path(id)}/notice`),
  attendance: (id: string) => apiRequest<Attendance>("GET", `/api/group-meetings/${path(id)}/attendance`),
  takeAttendance: (id: string, entries: { youthId: string; status: AttendanceStatus }[]) =>
    apiRequest<Attendance>("PUT", `/api/group-meetings/${path(id)}/attendance`, { body: { entries } }),
  reflect: (id: string, text: string, sharedWithCounsellor: boolean) =>
    apiRequest<Reflection>("PUT", `/api/group-meetings/${path(id)}/reflection`, {
      body: { text, sharedWithCounsellor },
    }),
};

export const boardPosts = {
  hide: (id: string, reason?: string) =>
    apiRequest<BoardPost>("POST", `/api/board-posts/${path(id)}/hide`, {
      body: reason ? { reason } : {},
    }),
};

export const attendance = {
  youthStability: (youthId: string) =>
    apiRequest<Stability & { youthId: string }>("GET", `/api/youth/${path(youthId)}/attendance-stability`),
  signals: (onlyMine = false) =>
    apiRequest<{ items: AttendanceSignal[] }>(
      "GET",
      withQuery("/api/attendance-signals", { counsellor: onlyMine ? "me" : null }),
    ),
};

export const reflections = {
  mine: (cursor: string | null, limit = 20) =>
    apiRequest<Page<Reflection>>("GET", withQuery("/api/me/reflections", { cursor, limit })),
};
