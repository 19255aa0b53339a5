/*
 * A ranked list as an array of ids, best first. Every change returns a new array and leaves the input
 * alone, so React state and the "unsaved changes" check can compare lists by value.
 */

/** The list with the item at `index` moved by `delta` places, kept within the list's ends. */
export function moveInRanking(ids: readonly string[], index: number, delta: number): string[] {
  const next = [...ids];
  if (index < 0 || index >= ids.length) return next;
  const target = Math.min(ids.length - 1, Math.max(0, index + delta));
  if (target === index) return next;
  const [moved] = next.splice(index, 1);
  if (moved === undefined) return next;
  next.splice(target, 0, moved);
  return next;
}

/** The list with `id` moved to stand where `beforeId` stands now (dragging onto another item). */
export function moveBefore(ids: readonly string[], id: string, beforeId: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(beforeId);
  if (from === -1 || to === -1) return [...ids];
  return moveInRanking(ids, from, to - from);
}

/** `id` added last, unless it is there already or the list is full. */
export function addToRanking(ids: readonly string[], id: string, max: number | null): string[] {
  if (ids.includes(id)) return [...ids];
  if (max !== null && ids.length >= max) return [...ids];
  return [...ids, id];
}

export function removeFromRanking(ids: readonly string[], id: string): string[] {
  return ids.filter((candidate) => candidate !== id);
}

export function sameRanking(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id);
}

/**
 * Where focus goes after an item left a list at `index`: the item that took its place, else the one
 * before it, else nothing (the caller then focuses the list's heading).
 */
export function neighbourAfterRemoval(idsAfter: readonly string[], index: number): string | null {
  return idsAfter[index] ?? idsAfter[index - 1] ?? null;
}
