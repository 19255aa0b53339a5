import type { openingStatuses } from "./openings.tables.js";

export type OpeningStatus = (typeof openingStatuses)[number];

/**
 * Which status changes an opening allows. Closed is final. Filled may go back to open when a seat
 * frees, and may be closed when the company is done: a filled opening that could only be closed by
 * first reopening it would briefly show young people an opening that is not really there.
 */
const allowedNext: Record<OpeningStatus, readonly OpeningStatus[]> = {
  open: ["paused", "filled", "closed"],
  paused: ["open", "filled", "closed"],
  filled: ["open", "closed"],
  closed: [],
};

export type StatusChange = { kind: "change" } | { kind: "unchanged" } | { kind: "invalid" };

/** Asking for the status an opening already has changes nothing, so a repeated click is harmless. */
export function openingStatusChange(from: OpeningStatus, to: OpeningStatus): StatusChange {
  if (from === to) return { kind: "unchanged" };
  return allowedNext[from].includes(to) ? { kind: "change" } : { kind: "invalid" };
}

/** Fields of a closed opening no longer change: it is history. */
export function mayEditOpening(status: OpeningStatus): boolean {
  return status !== "closed";
}
