import type { GroupMeetingRow, GroupRow } from "./groups.repository.js";

/** What leaves the server about a group and its meetings, field by field. */

export function presentGroup(group: GroupRow, facilitators: { userId: string; displayName: string }[]) {
  return {
    id: group.id,
    name: group.name,
    weekday: group.weekday,
    startTime: group.startTime,
    durationMinutes: group.durationMinutes,
    place: group.place,
    videoLink: group.videoLink,
    startsOn: group.startsOn,
    status: group.status,
    facilitators: facilitators.map((f) => ({ userId: f.userId, displayName: f.displayName })),
  };
}

export function presentMeeting(meeting: GroupMeetingRow) {
  return {
    id: meeting.id,
    groupId: meeting.groupId,
    slotDate: meeting.slotDate,
    startsAt: meeting.startsAt.toISOString(),
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    videoLink: meeting.videoLink,
    theme: meeting.theme,
    agenda: meeting.agenda,
    status: meeting.status,
    cancelReason: meeting.cancelReason,
    sequence: meeting.sequence,
  };
}
