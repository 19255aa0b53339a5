/**
 * Reflections are the young person's own. Besides them, only their own counsellor reads them, and
 * only those they chose to share; the rest of the staff, even the group's facilitators, do not.
 */
export function mayReadSharedReflections(
  reader: { id: string },
  young: { counsellorUserId: string | null },
): boolean {
  return young.counsellorUserId !== null && young.counsellorUserId === reader.id;
}

/** A reflection looks back on a meeting: it may be written once the meeting has begun, never before. */
export function meetingHasBegun(meeting: { startsAt: Date }, now: Date): boolean {
  return meeting.startsAt.getTime() <= now.getTime();
}
