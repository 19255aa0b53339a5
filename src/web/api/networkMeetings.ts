/*
 * The company network (virksomhedsnetværk): the typed client for /api/network-meetings,
 * /api/network-attendance and /api/network-companies, shaped after the contract the server's
 * company-network area implements (src/server/company-network/). Kept apart from endpoints.ts so the
 * network meeting screens own their types.
 */
import { apiRequest, withQuery } from "./client";

const path = (segment: string): string => encodeURIComponent(segment);

export const NETWORK_MEETING_ANSWERS = ["yes", "no", "maybe"] as const;
export type NetworkMeetingAnswer = (typeof NETWORK_MEETING_ANSWERS)[number];

export type NetworkMeetingStatus = "planned" | "cancelled";

export interface NetworkMeetingCounts {
  invited: number;
  yes: number;
  no: number;
  maybe: number;
  attended: number;
}

export interface NetworkMeeting {
  id: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  host: { companyId: string; name: string } | null;
  agenda: string | null;
  status: NetworkMeetingStatus;
  cancelReason: string | null;
  minutes: string | null;
  sequence: number;
  /** The meeting has started (the server's clock). */
  past: boolean;
  /** Company contacts only (null for staff): the company's latest answer. */
  myAnswer: NetworkMeetingAnswer | null;
  /** Company contacts only: whether staff recorded the company as present (null: not recorded). */
  companyAttended: boolean | null;
  /** Staff only (null for company contacts). */
  counts: NetworkMeetingCounts | null;
}

export interface NetworkMeetingInvitation {
  company: { id: string; name: string };
  answers: { name: string; answer: NetworkMeetingAnswer }[];
  attended: boolean | null;
}

/** A company contact gets only their own company's invitation. */
export interface NetworkMeetingDetail extends NetworkMeeting {
  invitations: NetworkMeetingInvitation[];
}

export interface AttendanceTarget {
  min: number;
  max: number;
}

export interface NetworkMeetingYear {
  year: number;
  items: NetworkMeeting[];
  /** Company contacts only: the meetings of the year their company attended. */
  attendance: { attended: number; target: AttendanceTarget } | null;
}

export interface NetworkMeetingInput {
  title: string;
  /** ISO 8601 with an offset. */
  startsAt: string;
  durationMinutes?: number;
  place?: string | null;
  hostCompanyId?: string | null;
  agenda?: string | null;
  /** Left out: every company of the municipality. */
  invitedCompanyIds?: string[];
}

export interface CompanyAttendance {
  company: { id: string; name: string };
  invited: number;
  attended: number;
}

export interface NetworkAttendance {
  year: number;
  target: AttendanceTarget;
  items: CompanyAttendance[];
}

export interface NetworkCompany {
  id: string;
  name: string;
  industry: string | null;
}

export const networkMeetings = {
  /** Staff: all the municipality's meetings of the year; a company contact: those their company is invited to. */
  year: (year?: number) =>
    apiRequest<NetworkMeetingYear>("GET", withQuery("/api/network-meetings", { year })),
  get: (id: string) => apiRequest<NetworkMeetingDetail>("GET", `/api/network-meetings/${path(id)}`),
  create: (input: NetworkMeetingInput) =>
    apiRequest<NetworkMeeting>("POST", "/api/network-meetings", { body: input }),
  update: (id: string, changes: Partial<NetworkMeetingInput>) =>
    apiRequest<NetworkMeetingDetail>("PATCH", `/api/network-meetings/${path(id)}`, { body: changes }),
  cancel: (id: string, reason: string) =>
    apiRequest<NetworkMeetingDetail>("POST", `/api/network-meetings/${path(id)}/cancel`, {
      body: { reason },
    }),
  answer: (id: string, answer: NetworkMeetingAnswer) =>
    apiRequest<NetworkMeeting>("PUT", `/api/network-meetings/${path(id)}/response`, { body: { answer } }),
  recordAttendance: (id: string, entries: { companyId: string; attended: boolean }[]) =>
    apiRequest<NetworkMeetingDetail>("PUT", `/api/network-meetings/${path(id)}/attendance`, {
      body: { entries },
    }),
  saveMinutes: (id: string, minutes: string | null) =>
    apiRequest<NetworkMeetingDetail>("PUT", `/api/network-meetings/${path(id)}/minutes`, {
      body: { minutes },
    }),
  attendance: (year?: number) =>
    apiRequest<NetworkAttendance>("GET", withQuery("/api/network-attendance", { year })),
  companies: () => apiRequest<{ items: NetworkCompany[] }>("GET", "/api/network-companies"),
};
