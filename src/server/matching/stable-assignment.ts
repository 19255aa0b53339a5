/**
 * The assignment of a matchmaking event (issue 5): young people rank the event's openings, each
 * opening ranks the young people it would welcome, and the platform proposes who goes where.
 *
 * It is young-person-proposing deferred acceptance with capacities (the hospitals/residents form of
 * Gale-Shapley): the result is stable, never gives an opening more young people than seats, pairs
 * only a young person and an opening who both ranked each other, and is the best stable outcome for
 * every young person at once. That last property is why the young people propose: their choices
 * weigh first (magtskifte). The outcome does not depend on the order in which proposals are made.
 *
 * A pure function over typed arrays, because an event of 200,000 young people and 40,000 openings
 * with lists of 20 must assign in well under two seconds (issue 5 measures it in `npm run bench --
 * assignment`); a version over Maps and objects takes seconds. Memory grows with the total length of
 * the lists, never with young people x openings.
 */

/** Preference lists in compressed (CSR) form; indices are 0-based positions. */
export interface AssignmentInstance {
  youthCount: number;
  openingCount: number;
  /** Seats per opening (>= 0). */
  capacities: Int32Array;
  /** youthListStart[y]..youthListStart[y+1] indexes youthLists: the openings young person y ranked, best first. length youthCount+1 */
  youthListStart: Int32Array;
  youthLists: Int32Array;
  /** Same for openings: the young people opening o accepts, best first. length openingCount+1 */
  openingListStart: Int32Array;
  openingLists: Int32Array;
}

export interface StableAssignment {
  /** Opening assigned to each young person, or -1. */
  openingOfYouth: Int32Array;
  /** 0-based position of that opening in the young person's own list (0 = first choice), or -1. */
  choiceOfYouth: Int32Array;
}

/** A young person the opening did not rank: it does not accept them. */
const NOT_ACCEPTABLE = -1;

/**
 * Proposals go down each young person's list; every opening holds its best proposals so far, up to
 * its seats, in a max-heap by its own rank, so the worst held proposal is the one compared with a new
 * one and, when beaten, released in O(log seats). A released young person proposes on from where they
 * stopped, so no list entry is proposed more than once: O(total list length x log seats).
 *
 * Throws RangeError when the lists do not fit the counts (a bad index would otherwise read as a
 * silent 0 or undefined from a typed array). A repeated entry in a list does not change the result:
 * an opening's first rank of a young person counts, and a young person proposing again to an opening
 * that released them is refused again.
 */
export function assignStably(instance: AssignmentInstance): StableAssignment {
  checkShape(instance);
  const { youthCount, openingCount, youthListStart, youthLists } = instance;
  const { stateStart, state } = openingStates(instance, true);
  // The list entry each young person proposes to next; once they are held, the one after the entry
  // that holds them.
  const nextEntry = youthListStart.slice(0, youthCount);

  for (let first = 0; first < youthCount; first++) {
    // A young person who is accepted may release another, who proposes on at once; the chain ends
    // when someone is accepted into a free seat or runs out of list.
    let youth = first;
    while (youth >= 0) {
      const end = youthListStart[youth + 1] ?? 0;
      let released = -1;
      let entry = nextEntry[youth] ?? 0;
      for (; entry < end; entry++) {
        const base = stateStart[youthLists[entry] ?? 0] ?? 0;
        const seats = state[base + SEATS] ?? 0;
        if (seats === 0) continue;
        const rank = rankIn(state, base, youth);
        if (rank === NOT_ACCEPTABLE) continue;
        const held = state[base + HELD] ?? 0;
        if (held < seats) {
          siftUp(state, base + HEAP, held, youth, rank);
          state[base + HELD] = held + 1;
          break;
        }
        // A full opening keeps its worst held proposal (the heap's top) unless this one is better.
        if ((state[base + HEAP] ?? 0) < rank) continue;
        released = state[base + HEAP + 1] ?? 0;
        siftDown(state, base + HEAP, seats, youth, rank);
        break;
      }
      nextEntry[youth] = entry + 1;
      youth = released;
    }
  }

  const openingOfYouth = new Int32Array(youthCount).fill(-1);
  const choiceOfYouth = new Int32Array(youthCount).fill(-1);
  for (let opening = 0; opening < openingCount; opening++) {
    const base = stateStart[opening] ?? 0;
    const held = state[base + HELD] ?? 0;
    for (let i = 0; i < held; i++) {
      const youth = state[base + HEAP + 2 * i + 1] ?? 0;
      openingOfYouth[youth] = opening;
      choiceOfYouth[youth] = (nextEntry[youth] ?? 0) - 1 - (youthListStart[youth] ?? 0);
    }
  }
  return { openingOfYouth, choiceOfYouth };
}

/**
 * Everything a proposal to an opening reads and writes lies together in one Int32Array, because at
 * 200,000 x 40,000 the time goes into waiting for memory, not into arithmetic (on this machine a
 * random read beyond the first megabyte costs 100-200 ns). Per opening: a header, then its heap of
 * held proposals as (rank, young person) pairs with the worst on top, then its rank table.
 *
 * The rank table is the opening's own list as an open-addressing hash table of (young person + 1,
 * rank) pairs, 0 = empty, one and a half slots per entry: a proposal finds its rank in O(1), next to
 * the heap it then changes. Memory grows with the openings' lists, never with young people x
 * openings (a dense matrix at 200,000 x 40,000 would take 32 GB).
 */
const HELD = 0;
const SEATS = 1;
const TABLE_SLOTS = 2;
const HEAP = 3;

interface OpeningStates {
  /** Where each opening's header starts in `state`. */
  stateStart: Int32Array;
  state: Int32Array;
}

/** Fibonacci hashing: the top bits of the product spread even regular young person numbers. */
const HASH_MULTIPLIER = 0x9e3779b1;

/**
 * The openings' headers and rank tables, with a heap for their seats when `withHeaps` (seats beyond
 * the number of young people an opening ranked can never be filled, so a heap is cut to that).
 */
function openingStates(instance: AssignmentInstance, withHeaps: boolean): OpeningStates {
  const { youthCount, openingCount, capacities, openingListStart, openingLists } = instance;
  checkEntries("youthLists", instance.youthLists, instance.youthListStart[youthCount] ?? 0, openingCount);
  checkEntries("openingLists", openingLists, openingListStart[openingCount] ?? 0, youthCount);
  const seatsOf = (opening: number, listLength: number) =>
    withHeaps ? Math.min(capacities[opening] ?? 0, listLength) : 0;

  const stateStart = new Int32Array(openingCount);
  let stateSize = 0;
  for (let o = 0; o < openingCount; o++) {
    const length = (openingListStart[o + 1] ?? 0) - (openingListStart[o] ?? 0);
    stateStart[o] = stateSize;
    stateSize += HEAP + 2 * seatsOf(o, length) + 2 * tableSlots(length);
  }
  const state = new Int32Array(stateSize);
  for (let o = 0; o < openingCount; o++) {
    const base = stateStart[o] ?? 0;
    const listStart = openingListStart[o] ?? 0;
    const length = (openingListStart[o + 1] ?? 0) - listStart;
    const seats = seatsOf(o, length);
    const slots = tableSlots(length);
    state[base + SEATS] = seats;
    state[base + TABLE_SLOTS] = slots;
    const table = base + HEAP + 2 * seats;
    for (let rank = 0; rank < length; rank++) {
      const key = (openingLists[listStart + rank] ?? 0) + 1;
      let slot = slotOf(key, slots);
      for (;;) {
        const stored = state[table + 2 * slot] ?? 0;
        // A repeated entry keeps the first rank.
        if (stored === key) break;
        if (stored === 0) {
          state[table + 2 * slot] = key;
          state[table + 2 * slot + 1] = rank;
          break;
        }
        slot = slot + 1 === slots ? 0 : slot + 1;
      }
    }
  }
  return { stateStart, state };
}

/** At most two thirds full, so a probe for someone not on the list ends soon. */
function tableSlots(listLength: number): number {
  return listLength === 0 ? 0 : listLength + (listLength >> 1) + 1;
}

/** Maps the hash onto 0..slots-1 by multiplying instead of dividing, so any table size works. */
function slotOf(key: number, slots: number): number {
  return Math.floor(((Math.imul(key, HASH_MULTIPLIER) >>> 0) * slots) / 4_294_967_296);
}

/** The opening's rank of the young person (their position in its list), or NOT_ACCEPTABLE. */
function rankIn(state: Int32Array, base: number, youth: number): number {
  const slots = state[base + TABLE_SLOTS] ?? 0;
  if (slots === 0) return NOT_ACCEPTABLE;
  const table = base + HEAP + 2 * (state[base + SEATS] ?? 0);
  const key = youth + 1;
  let slot = slotOf(key, slots);
  for (;;) {
    const stored = state[table + 2 * slot] ?? 0;
    if (stored === key) return state[table + 2 * slot + 1] ?? NOT_ACCEPTABLE;
    if (stored === 0) return NOT_ACCEPTABLE;
    slot = slot + 1 === slots ? 0 : slot + 1;
  }
}

/** Places (youth, rank) in the heap at `heap` that holds `held` pairs, as pair number held + 1. */
function siftUp(state: Int32Array, heap: number, held: number, youth: number, rank: number): void {
  let at = held;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    const parentRank = state[heap + 2 * parent] ?? 0;
    if (parentRank > rank) break;
    state[heap + 2 * at] = parentRank;
    state[heap + 2 * at + 1] = state[heap + 2 * parent + 1] ?? 0;
    at = parent;
  }
  state[heap + 2 * at] = rank;
  state[heap + 2 * at + 1] = youth;
}

/** Replaces the worst pair of the full heap at `heap` (its top) with (youth, rank). */
function siftDown(state: Int32Array, heap: number, held: number, youth: number, rank: number): void {
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= held) break;
    if (child + 1 < held && (state[heap + 2 * child + 2] ?? 0) > (state[heap + 2 * child] ?? 0)) child++;
    const childRank = state[heap + 2 * child] ?? 0;
    if (childRank < rank) break;
    state[heap + 2 * at] = childRank;
    state[heap + 2 * at + 1] = state[heap + 2 * child + 1] ?? 0;
    at = child;
  }
  state[heap + 2 * at] = rank;
  state[heap + 2 * at + 1] = youth;
}

/** Every entry of a list names one of the other side. */
function checkEntries(name: string, lists: Int32Array, entryCount: number, otherCount: number): void {
  for (let entry = 0; entry < entryCount; entry++) {
    const item = lists[entry] ?? -1;
    if (item < 0 || item >= otherCount) {
      throw new RangeError(`${name}[${entry}] = ${item} is outside 0..${otherCount - 1}`);
    }
  }
}

/** The counts and list starts agree with each other; the entries are checked where they are read. */
function checkShape(instance: AssignmentInstance): void {
  const { youthCount, openingCount, capacities } = instance;
  if (!Number.isInteger(youthCount) || youthCount < 0) throw new RangeError(`youthCount ${youthCount}`);
  if (!Number.isInteger(openingCount) || openingCount < 0)
    throw new RangeError(`openingCount ${openingCount}`);
  if (capacities.length !== openingCount) {
    throw new RangeError(`${capacities.length} capacities for ${openingCount} openings`);
  }
  for (let o = 0; o < openingCount; o++) {
    if ((capacities[o] ?? 0) < 0) throw new RangeError(`capacity of opening ${o} is negative`);
  }
  checkListStarts("youth", instance.youthListStart, youthCount, instance.youthLists.length);
  checkListStarts("opening", instance.openingListStart, openingCount, instance.openingLists.length);
}

function checkListStarts(side: string, starts: Int32Array, count: number, entries: number): void {
  if (starts.length !== count + 1 || starts[0] !== 0) {
    throw new RangeError(`${side}ListStart must have ${count + 1} items starting at 0`);
  }
  for (let i = 0; i < count; i++) {
    if ((starts[i + 1] ?? 0) < (starts[i] ?? 0)) throw new RangeError(`${side}ListStart decreases at ${i}`);
  }
  if ((starts[count] ?? 0) > entries) throw new RangeError(`${side}ListStart runs past the lists`);
}

/**
 * Convenience for callers and tests: builds an instance from plain lists. Throws RangeError on an
 * index out of range, a repeated entry in one list, or a capacity that is not a whole number >= 0,
 * since each means the rankings were read wrongly.
 */
export function assignmentInstance(
  youthLists: readonly (readonly number[])[],
  openingLists: readonly (readonly number[])[],
  capacities: readonly number[],
): AssignmentInstance {
  const youthCount = youthLists.length;
  const openingCount = openingLists.length;
  if (capacities.length !== openingCount) {
    throw new RangeError(`${capacities.length} capacities for ${openingCount} openings`);
  }
  for (const [o, capacity] of capacities.entries()) {
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 2_147_483_647) {
      throw new RangeError(`capacity of opening ${o} is ${capacity}`);
    }
  }
  const youth = compressLists("young person", youthLists, openingCount);
  const openings = compressLists("opening", openingLists, youthCount);
  return {
    youthCount,
    openingCount,
    capacities: Int32Array.from(capacities),
    youthListStart: youth.starts,
    youthLists: youth.entries,
    openingListStart: openings.starts,
    openingLists: openings.entries,
  };
}

function compressLists(owner: string, lists: readonly (readonly number[])[], otherCount: number) {
  const starts = new Int32Array(lists.length + 1);
  for (const [i, list] of lists.entries()) starts[i + 1] = (starts[i] ?? 0) + list.length;
  const entries = new Int32Array(starts[lists.length] ?? 0);
  for (const [i, list] of lists.entries()) {
    const seen = new Set<number>();
    for (const [position, item] of list.entries()) {
      if (!Number.isInteger(item) || item < 0 || item >= otherCount) {
        throw new RangeError(`${owner} ${i} ranks ${item}, outside 0..${otherCount - 1}`);
      }
      if (seen.has(item)) throw new RangeError(`${owner} ${i} ranks ${item} twice`);
      seen.add(item);
      entries[(starts[i] ?? 0) + position] = item;
    }
  }
  return { starts, entries };
}

/**
 * The pairs (young person, opening) that would both rather have each other than what the result
 * gave them: the young person ranked the opening above their own (or has none), the opening accepts
 * them, and it has a free seat or holds someone it ranked lower (or did not rank). Empty for a stable
 * result. A dev-time assertion and a test aid; O(total list length). Throws RangeError for a result
 * that assigns a young person an opening not on their list, or at another position than it says.
 */
export function blockingPairs(
  instance: AssignmentInstance,
  result: StableAssignment,
): Array<[number, number]> {
  checkShape(instance);
  const { youthCount, openingCount, capacities, youthListStart, youthLists } = instance;
  checkResult(instance, result);
  const { stateStart, state } = openingStates(instance, false);
  const rankOf = (opening: number, youth: number) => rankIn(state, stateStart[opening] ?? 0, youth);

  // Per opening: how many it holds and the rank of the worst of them. A young person the opening
  // did not rank counts as worse than anyone it did.
  const held = new Int32Array(openingCount);
  const worstRank = new Int32Array(openingCount).fill(-1);
  for (let y = 0; y < youthCount; y++) {
    const opening = result.openingOfYouth[y] ?? -1;
    if (opening < 0) continue;
    held[opening] = (held[opening] ?? 0) + 1;
    const ranked = rankOf(opening, y);
    const rank = ranked === NOT_ACCEPTABLE ? 2_147_483_647 : ranked;
    worstRank[opening] = Math.max(worstRank[opening] ?? -1, rank);
  }

  const pairs: Array<[number, number]> = [];
  for (let y = 0; y < youthCount; y++) {
    const start = youthListStart[y] ?? 0;
    // Every opening on the list is better than none.
    const choice = result.choiceOfYouth[y] ?? -1;
    const better = choice < 0 ? (youthListStart[y + 1] ?? 0) : start + choice;
    for (let entry = start; entry < better; entry++) {
      const opening = youthLists[entry] ?? 0;
      const rank = rankOf(opening, y);
      if (rank === NOT_ACCEPTABLE) continue;
      if ((held[opening] ?? 0) < (capacities[opening] ?? 0) || rank < (worstRank[opening] ?? -1)) {
        pairs.push([y, opening]);
      }
    }
  }
  return pairs;
}

/** Each young person has no opening, or one from their own list at the position the result says. */
function checkResult(instance: AssignmentInstance, result: StableAssignment): void {
  const { youthCount, youthListStart, youthLists } = instance;
  const { openingOfYouth, choiceOfYouth } = result;
  if (openingOfYouth.length !== youthCount || choiceOfYouth.length !== youthCount) {
    throw new RangeError(`the result must have one item per young person (${youthCount})`);
  }
  for (let y = 0; y < youthCount; y++) {
    const opening = openingOfYouth[y] ?? -1;
    const choice = choiceOfYouth[y] ?? -1;
    if (opening === -1 && choice === -1) continue;
    const start = youthListStart[y] ?? 0;
    const length = (youthListStart[y + 1] ?? 0) - start;
    if (opening < 0 || choice < 0 || choice >= length || youthLists[start + choice] !== opening) {
      throw new RangeError(`young person ${y}: opening ${opening} is not choice ${choice} of their list`);
    }
  }
}

/**
 * Figures for staff: how many got their 1st, 2nd, 3rd... choice (array index = choice, as long as the
 * longest list, so a choice nobody got shows as 0), unassigned young people, and seats left free.
 */
export function assignmentSummary(
  instance: AssignmentInstance,
  result: StableAssignment,
): { byChoice: number[]; unassigned: number; freeSeats: number } {
  const { youthCount, openingCount, capacities, youthListStart } = instance;
  checkResult(instance, result);
  let longest = 0;
  for (let y = 0; y < youthCount; y++) {
    longest = Math.max(longest, (youthListStart[y + 1] ?? 0) - (youthListStart[y] ?? 0));
  }
  const byChoice = new Array<number>(longest).fill(0);
  const held = new Int32Array(openingCount);
  let unassigned = 0;
  for (let y = 0; y < youthCount; y++) {
    const opening = result.openingOfYouth[y] ?? -1;
    if (opening < 0) {
      unassigned++;
      continue;
    }
    held[opening] = (held[opening] ?? 0) + 1;
    const choice = result.choiceOfYouth[y] ?? -1;
    byChoice[choice] = (byChoice[choice] ?? 0) + 1;
  }
  let freeSeats = 0;
  for (let o = 0; o < openingCount; o++) freeSeats += Math.max(0, (capacities[o] ?? 0) - (held[o] ?? 0));
  return { byChoice, unassigned, freeSeats };
}
