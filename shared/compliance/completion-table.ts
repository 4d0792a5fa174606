import type { Completion } from '../model/team';
import type { RequiredTraining } from '../model/requirements';
import { isoToDay } from './day-math';

/*
 * All completions laid out for one recompute of the matrix: grouped by member row and, within
 * a row, ordered by day, in typed arrays (no per-member objects, so 100,000 records cost two
 * linear passes and no garbage). Each entry carries its day number, the slot of its training
 * among the trainings the requirements name, and a bit per hours requirement it counts for.
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
  readonly completions: readonly Completion[];
  /** Entries of row r are start[r] .. start[r+1]-1. */
  readonly start: Int32Array;
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

/** The id of entry e's completion (read only for the evidence a cell shows). */
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

// Working space of the first pass, kept between recomputes and grown as needed: a recompute
// then allocates only the table it returns.
let scratch = { size: 0, row: new Int32Array(0), day: new Int32Array(0), cls: new Int32Array(0), clock: new Int32Array(0), credit: new Int32Array(0), valid: new Int32Array(0), expires: new Int32Array(0) };
function scratchFor(n: number): typeof scratch {
  if (scratch.size < n) {
    const size = Math.max(n, scratch.size * 2);
    scratch = { size, row: new Int32Array(size), day: new Int32Array(size), cls: new Int32Array(size), clock: new Int32Array(size), credit: new Int32Array(size), valid: new Int32Array(size), expires: new Int32Array(size) };
  }
  return scratch;
}

/** Lays out the completions of the given member rows dated up to `today` (later dates do not count yet). */
export function buildCompletionTable(completions: readonly Completion[], rowOf: ReadonlyMap<string, number>, rows: number, today: string, spec: TableSpec): CompletionTable {
  const todayDay = isoToDay(today);
  const n = completions.length;
  // One sequential pass reads each record once; the passes after it touch only arrays.
  const { row: rowAt, day: dayAt, cls: classAt, clock: clockAt, credit: creditAt, valid: validAt, expires: expiresAt } = scratchFor(n);
  let kept = 0;
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c = completions[i]!;
    const row = rowOf.get(c.memberId);
    const day = isoToDay(c.completedOn);
    if (row === undefined || day > todayDay) {
      rowAt[i] = -1;
      continue;
    }
    rowAt[i] = row;
    dayAt[i] = day;
    classAt[i] = spec.classOf(c);
    validAt[i] = c.validForMonths ?? -1;
    expiresAt[i] = c.expiresOn === undefined ? NO_DAY : isoToDay(c.expiresOn);
    // Hours carry two decimals: whole hundredths add up without drift. A record imported
    // without hours ("hours not recorded") counts nothing towards an hours requirement.
    clockAt[i] = Math.round((c.hours ?? 0) * 100);
    creditAt[i] = Math.round((c.creditHours ?? c.hours ?? 0) * 100);
    kept++;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }
  // Order by day: a counting sort when the dates span a modest range (the usual case), else a numeric sort.
  const byDay = new Int32Array(kept);
  if (kept > 0 && maxDay - minDay <= 4 * kept + 100_000) {
    const counts = new Int32Array(maxDay - minDay + 2);
    for (let i = 0; i < n; i++) if (rowAt[i]! >= 0) counts[dayAt[i]! - minDay + 1]!++;
    for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < n; i++) if (rowAt[i]! >= 0) byDay[counts[dayAt[i]! - minDay]!++] = i;
  } else {
    let k = 0;
    for (let i = 0; i < n; i++) if (rowAt[i]! >= 0) byDay[k++] = i;
    byDay.sort((a, b) => dayAt[a]! - dayAt[b]! || a - b);
  }
  // Then a stable scatter by row keeps each row in day order.
  const start = new Int32Array(rows + 1);
  for (let i = 0; i < n; i++) if (rowAt[i]! >= 0) start[rowAt[i]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const next = start.slice(0, rows);
  const words = Math.max(1, Math.ceil(spec.hoursCount / 32));
  const index = new Int32Array(kept);
  const day = new Int32Array(kept);
  const mask = new Uint32Array(kept * words);
  const hours = spec.hoursCount > 0;
  // Hours are read only by hours requirements.
  const clock = new Int32Array(hours ? kept : 0);
  const credit = new Int32Array(hours ? kept : 0);
  const validFor = new Int32Array(kept);
  const expires = new Int32Array(kept);
  const slots = spec.slots.size;
  const slotLast = new Int32Array(rows * slots).fill(-1);
  const prevInSlot = new Int32Array(kept);
  const { classSlot, classMask } = spec;
  // Day order overall, so each row's entries arrive in day order and slotLast ends on the latest.
  for (let k = 0; k < kept; k++) {
    const i = byDay[k]!;
    const row = rowAt[i]!;
    const e = next[row]!++;
    const cls = classAt[i]!;
    const s = classSlot[cls]!;
    index[e] = i;
    day[e] = dayAt[i]!;
    validFor[e] = validAt[i]!;
    expires[e] = expiresAt[i]!;
    if (s >= 0) {
      const at = row * slots + s;
      prevInSlot[e] = slotLast[at]!;
      slotLast[at] = e;
    }
    if (hours) {
      clock[e] = clockAt[i]!;
      credit[e] = creditAt[i]!;
      const m = classMask[cls]!;
      for (let w = 0; w < words; w++) mask[e * words + w] = m[w]!;
    }
  }
  return { completions, start, index, day, mask, words, validFor, expires, clock, credit, slots, slotLast, prevInSlot };
}
