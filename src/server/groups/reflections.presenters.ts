import type { ReflectionRow } from "./reflections.repository.js";
import type { ReflectionOutput } from "./reflections.schemas.js";

/** The same shape for the young person and their counsellor: the counsellor only ever gets shared ones. */
export function presentReflection(row: ReflectionRow): ReflectionOutput {
  return {
    id: row.id,
    meeting: {
      id: row.meetingId,
      groupId: row.groupId,
      groupName: row.groupName,
      startsAt: row.meetingStartsAt.toISOString(),
      theme: row.meetingTheme,
    },
    text: row.text,
    sharedWithCounsellor: row.sharedWithCounsellor,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
