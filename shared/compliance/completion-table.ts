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

export interface CompletionTable {
  readonly completions: readonly Completion[];
  /** Entries of row r are start[r] .. start[r+1]-1. */
  readonly start: Int32Array;
  /** Per entry: index into `completions`. */
  readonly index: Int32Array;
  readonly day: Int32Array;
  /** Per entry: training slot (see TableSpec.slots) or -1. */
  readonly slot: Int32Array;
  /** Per entry: `words` 32-bit words, bit h set when the completion counts for hours requirement h. */
  readonly mask: Uint32Array;
  readonly words: number;
}

export interface TableSpec {
  /** Training key -> slot, for every training a requirement names. */
  slots: ReadonlyMap<string, number>;
  /** How many hours requirements there are (bits per entry). */
  hoursCount: number;
  /** The hours requirements (by bit) a catalogue training counts for; memoised by the caller. */
  hoursMaskOf: (c: Completion) => Uint32Array;
}

/** Lays out the completions of the given member rows dated up to `today` (later dates do not count yet). */
export function buildCompletionTable(completions: readonly Completion[], rowOf: ReadonlyMap<string, number>, rows: number, today: string, spec: TableSpec): CompletionTable {
  const todayDay = isoToDay(today);
  const n = completions.length;
  const rowAt = new Int32Array(n);
  const dayAt = new Int32Array(n);
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
  const slot = new Int32Array(kept);
  const mask = new Uint32Array(kept * words);
  for (const i of byDay) {
    const e = next[rowAt[i]!]!++;
    const c = completions[i]!;
    index[e] = i;
    day[e] = dayAt[i]!;
    slot[e] = spec.slots.get(c.trainingId ?? customKey(c.custom?.title ?? '')) ?? -1;
    if (spec.hoursCount > 0) {
      const m = spec.hoursMaskOf(c);
      for (let w = 0; w < words; w++) mask[e * words + w] = m[w]!;
    }
  }
  return { completions, start, index, day, slot, mask, words };
}
