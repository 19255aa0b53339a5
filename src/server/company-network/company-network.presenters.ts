import type { MeetingAnswer, MeetingRow } from "./company-network.repository.js";
import type { NetworkMeetingDetailOutput, NetworkMeetingOutput } from "./company-network.schemas.js";

/** What leaves the server about network meetings, field by field and per role. */

export interface MeetingCounts {
  invited: number;
  yes: number;
  no: number;
  maybe: number;
  attended: number;
}

/** Staff see how many answered and came; a company contact their own answer and their company's attendance. */
export type MeetingView =
  | { kind: "staff"; counts: MeetingCounts }
  | { kind: "company"; myAnswer: MeetingAnswer | null; companyAttended: boolean | null };

export interface InvitationEntry {
  company: { id: string; name: string };
  answers: { name: string; answer: MeetingAnswer }[];
  attended: boolean | null;
}

export function presentNetworkMeeting(
  meeting: MeetingRow,
  view: MeetingView,
  now: Date,
): NetworkMeetingOutput {
  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    host:
      meeting.hostCompanyId && meeting.hostName !== null
        ? { companyId: meeting.hostCompanyId, name: meeting.hostName }
        : null,
    agenda: meeting.agenda,
    status: meeting.status,
    cancelReason: meeting.cancelReason,
    minutes: meeting.minutes,
    sequence: meeting.sequence,
    past: meeting.startsAt.getTime() <= now.getTime(),
    myAnswer: view.kind === "company" ? view.myAnswer : null,
    companyAttended: view.kind === "company" ? view.companyAttended : null,
    counts: view.kind === "staff" ? { ...view.counts } : null,
  };
}

export function presentNetworkMeetingDetail(
  meeting: MeetingRow,
  view: MeetingView,
  invitations: InvitationEntry[],
  now: Date,
): NetworkMeetingDetailOutput {
  return {
    ...presentNetworkMeeting(meeting, view, now),
    invitations: invitations.map((invitation) => ({
      company: { id: invitation.company.id, name: invitation.company.name },
      answers: invitation.answers.map((a) => ({ name: a.name, answer: a.answer })),
      attended: invitation.attended,
    })),
  };
}
