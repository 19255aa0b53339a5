/**
 * How steadily a young person comes to their network group, from the attendance facilitators took.
 * Counsellors use it to notice someone slipping away early: two meetings in a row missed without a
 * word is the signal, because one absence is ordinary and a notice ("I can't come") shows the young
 * person is still engaged.
 */

export type AttendanceMark = "present" | "absent_with_notice" | "absent";

/** One held meeting (not cancelled, started, attendance taken for this young person). */
export interface AttendanceRecord {
  startsAt: Date;
  status: AttendanceMark;
}

export interface AttendanceStability {
  /** How many held meetings the figures cover: the last STABILITY_WINDOW at most. */
  heldMeetings: number;
  attended: number;
  /** attended / heldMeetings, null when there is nothing to measure. */
  attendedShare: number | null;
  /** Meetings missed (with or without notice) since the last one attended, newest backwards. */
  missedInARow: number;
  /** The last two held meetings were both missed without notice. */
  signal: boolean;
}

/** Two months of weekly meetings: long enough to smooth a week of illness, short enough to show a change. */
export const STABILITY_WINDOW = 8;

export function attendanceStability(records: readonly AttendanceRecord[]): AttendanceStability {
  const recent = [...records]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .slice(-STABILITY_WINDOW);
  const attended = recent.filter((record) => record.status === "present").length;
  let missedInARow = 0;
  for (let index = recent.length - 1; index >= 0 && recent[index]?.status !== "present"; index -= 1) {
    missedInARow += 1;
  }
  const lastTwo = recent.slice(-2);
  return {
    heldMeetings: recent.length,
    attended,
    attendedShare: recent.length === 0 ? null : attended / recent.length,
    missedInARow,
    signal: lastTwo.length === 2 && lastTwo.every((record) => record.status === "absent"),
  };
}
