import type { NetworkMeetingDetail, NetworkMeetingInput } from "../../api/networkMeetings";

/** The same ids, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value) => b.includes(value));

/**
 * What an edit changed, and only that: the server raises the calendar sequence and tells the invited
 * companies when time, length, place or host moved, so unchanged fields are not sent back.
 */
export function meetingChanges(
  meeting: NetworkMeetingDetail,
  input: NetworkMeetingInput,
): Partial<NetworkMeetingInput> {
  const changes: Partial<NetworkMeetingInput> = {};
  if (input.title !== meeting.title) changes.title = input.title;
  if (new Date(input.startsAt).getTime() !== new Date(meeting.startsAt).getTime()) {
    changes.startsAt = input.startsAt;
  }
  if (input.durationMinutes !== meeting.durationMinutes) changes.durationMinutes = input.durationMinutes;
  if ((input.place ?? null) !== meeting.place) changes.place = input.place ?? null;
  if ((input.hostCompanyId ?? null) !== (meeting.host?.companyId ?? null)) {
    changes.hostCompanyId = input.hostCompanyId ?? null;
  }
  if ((input.agenda ?? null) !== meeting.agenda) changes.agenda = input.agenda ?? null;
  const invitedBefore = meeting.invitations.map((invitation) => invitation.company.id);
  if (input.invitedCompanyIds && !sameSet(input.invitedCompanyIds, invitedBefore)) {
    changes.invitedCompanyIds = input.invitedCompanyIds;
  }
  return changes;
}
