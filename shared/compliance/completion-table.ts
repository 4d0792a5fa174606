import type { Completion } from '../model/team';
import type { RequiredTraining } from '../model/requirements';
import { isoToDay } from './day-math';

/*
 * All completions laid out for one recompute of the matrix: grouped by member row and, within
 * a row, ordered by day, in typed arrays (no per-member objects). Each entry carries its day
 * number, the slot of its training among the trainings the requirements name, and a bit per
 * hours requirement it counts for.
 *
 * Reading 100,000 records scattered over the heap is the costly part, so each record is read
 * once, in the order given, into a packed scratch record; the passes after it move whole
 * packed records (into day order, then into member rows), each reading in order: none reads
 * the data set in a random order.
 */

// A catalogue training is its id (a slug); a custom one its title without case or extra spaces,
// behind a character no slug has, so the two never collide and the common case needs no new string.
const customKey = (title: string): string => `\u0001${title.toLowerCase().replace(/\s+/g, ' ').trim()}`;

export function completionKey(c: Pick<Completion, 'trainingId' | 'custom'>): string {
  return c.trainingId ?? customKey(c.custom?.title ?? '');
}

export function requiredKey(t: RequiredTraining): string {
  return t.kind === 'catalogue' ? t.trainingId : customKey(t.title);
}

/** "No date" in an Int32Array of day numbers (any real date is far above it). */
export const NO_DAY = -0x80000000;

export interface CompletionTable {
  /** Entries of row r are start[r] .. start[r+1]-1. */
  readonly start: Int32Array;
  readonly completions: readonly Completion[];
  /** Per entry: index into `completions`. */
  readonly index: Int32Array;
  readonly day: Int32Array;
  /** Per entry: `words` 32-bit words, bit h set when the completion counts for hours requirement h. */
  readonly mask: Uint32Array;
  readonly words: number;
  /** Per entry: months the certificate stays valid, or -1 when it does not expire. */
  readonly validFor: Int32Array;
  /** Per entry: the expiry date printed on the certificate (it wins over validFor), or NO_DAY. */
  readonly expires: Int32Array;
  /** How many training slots the requirements name (see TableSpec.slots). */
  readonly slots: number;
  /**
   * The member × training index: slotLast[row * slots + s] is the row's latest entry of slot s
   * (or -1), and prevInSlot[e] the entry of the same row and slot before e (or -1). A
   * requirement then visits only the records of the trainings it names, not the whole row.
   */
  readonly slotLast: Int32Array;
  readonly prevInSlot: Int32Array;
  /** Per entry: clock hours and credit hours (credit, else clock) in hundredths; 0 when the record has none. */
  readonly clock: Int32Array;
  readonly credit: Int32Array;
}

/** The id of entry e's completion (read only for the evidence a cell shows: ids are never copied). */
export const entryId = (table: CompletionTable, e: number): string => table.completions[table.index[e]!]!.id;

export interface TableSpec {
  /** Training key -> slot, for every training a requirement names. */
  slots: ReadonlyMap<string, number>;
  /** How many hours requirements there are (bits per entry). */
  hoursCount: number;
  /**
   * The class of a completion: what its training is to the requirements (slot and hours bits).
   * Completions of one training share a class, so each record costs one lookup; memoised by the spec.
   */
  classOf: (c: Completion) => number;
  /** Per class: training slot or -1. */
  classSlot: readonly number[];
  /** Per class: its hours bits (`words` words). */
  classMask: readonly Uint32Array[];
}

// Fields of a packed scratch record (REC ints each).
const DAY = 0;
const CLS = 1;
const VALID = 2;
const EXPIRES = 3;
const CLOCK = 4;
const CREDIT = 5;
/** Index into the completions given. */
const SOURCE = 6;
const ROW = 7;
const REC = 8;

// Working space kept between recomputes and grown as needed (typed arrays only: no record is
// kept alive by it): the records as read, then the same records in day order.
let scratch = { size: 0, rec: new Int32Array(0), byDay: new Int32Array(0) };
function scratchFor(n: number): typeof scratch {
  if (scratch.size < n) {
    const size = Math.max(n, scratch.size * 2);
    scratch = { size, rec: new Int32Array(size * REC), byDay: new Int32Array(size * REC) };
  }
  return scratch;
}

/** Lays out the completions of the given member rows dated up to `today` (later dates do not count yet). */
export function buildCompletionTable(completions: readonly Completion[], rowOf: ReadonlyMap<string, number>, rows: number, today: string, spec: TableSpec): CompletionTable {
  const todayDay = isoToDay(today);
  const n = completions.length;
  const { rec, byDay } = scratchFor(n);
  const start = new Int32Array(rows + 1);
  let kept = 0;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  // 1. Each record read once, in order, into a packed scratch record (kept ones only, side by side).
  for (let i = 0; i < n; i++) {
    const c = completions[i]!;
    const row = rowOf.get(c.memberId);
    const day = isoToDay(c.completedOn);
    if (row === undefined || day > todayDay) continue;
    start[row + 1]!++;
    const at = kept * REC;
    rec[at + DAY] = day;
    rec[at + CLS] = spec.classOf(c);
    rec[at + VALID] = c.validForMonths ?? -1;
    rec[at + EXPIRES] = c.expiresOn === undefined ? NO_DAY : isoToDay(c.expiresOn);
    // Hours carry two decimals: whole hundredths add up without drift. A record imported
    // without hours ("hours not recorded") counts nothing towards an hours requirement.
    rec[at + CLOCK] = Math.round((c.hours ?? 0) * 100);
    rec[at + CREDIT] = Math.round((c.creditHours ?? c.hours ?? 0) * 100);
    rec[at + SOURCE] = i;
    rec[at + ROW] = row;
    kept++;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  // 2. The records moved into day order, a stable counting sort (records of one day keep the
  // order given) when the dates span a modest range, the usual case; else a comparison sort.
  if (kept > 0 && maxDay - minDay <= 4 * kept + 100_000) {
    const counts = new Int32Array(maxDay - minDay + 2);
    for (let k = 0; k < kept; k++) counts[rec[k * REC + DAY]! - minDay + 1]!++;
    for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1]!;
    for (let k = 0; k < kept; k++) {
      const to = counts[rec[k * REC + DAY]! - minDay]!++ * REC;
      for (let f = 0, from = k * REC; f < REC; f++) byDay[to + f] = rec[from + f]!;
    }
  } else {
    const order = Int32Array.from({ length: kept }, (_, k) => k).sort((a, b) => rec[a * REC + DAY]! - rec[b * REC + DAY]! || a - b);
    for (let k = 0; k < kept; k++) for (let f = 0, from = order[k]! * REC; f < REC; f++) byDay[k * REC + f] = rec[from + f]!;
  }
  // 3. Read in day order and written to each member's entries: a row's entries arrive in day
  // order, so the slot chains end on the latest record.
  const next = start.slice(0, rows);
  const words = Math.max(1, Math.ceil(spec.hoursCount / 32));
  const hours = spec.hoursCount > 0;
  const index = new Int32Array(kept);
  const day = new Int32Array(kept);
  const mask = new Uint32Array(kept * words);
  // Hours are read only by hours requirements.
  const clock = new Int32Array(hours ? kept : 0);
  const credit = new Int32Array(hours ? kept : 0);
  const validFor = new Int32Array(kept);
  const expires = new Int32Array(kept);
  const slots = spec.slots.size;
  const slotLast = new Int32Array(rows * slots).fill(-1);
  const prevInSlot = new Int32Array(kept);
  const { classSlot, classMask } = spec;
  for (let k = 0; k < kept; k++) {
    const at = k * REC;
    const r = byDay[at + ROW]!;
    const e = next[r]!++;
    const cls = byDay[at + CLS]!;
    day[e] = byDay[at + DAY]!;
    validFor[e] = byDay[at + VALID]!;
    expires[e] = byDay[at + EXPIRES]!;
    index[e] = byDay[at + SOURCE]!;
    const s = classSlot[cls]!;
    if (s >= 0) {
      const last = r * slots + s;
      prevInSlot[e] = slotLast[last]!;
      slotLast[last] = e;
    }
    if (hours) {
      clock[e] = byDay[at + CLOCK]!;
      credit[e] = byDay[at + CREDIT]!;
      const m = classMask[cls]!;
      for (let w = 0; w < words; w++) mask[e * words + w] = m[w]!;
    }
  }
  return { completions, start, index, day, mask, words, validFor, expires, clock, credit, slots, slotLast, prevInSlot };
}
