import type { Member } from '../model/team';
import type { Requirement } from '../model/requirements';
import type { CompletionTable } from './completion-table';
import { addMonthsToDay, daysFromCivil, dayToIso, isoToDay } from './day-math';
import type { CellStatus, HoursTally } from './status';

/*
 * The rules, in day numbers (see day-math.ts). Every rule ends in "the last day the member
 * stays compliant without doing more" (until): overdue from the day after, due soon when it
 * is within the user's window. Dates go back to ISO only in the result.
 */

/** A requirement prepared once per recompute: the table slots of its trainings, or its hours bit. */
export interface PreparedRequirement {
  requirement: Requirement;
  /** flags[slot] = 1 for the trainings it names (training and recurring kinds). */
  flags: Uint8Array;
  /** Bit of the table's hours mask (hours kind). */
  bit: number;
}

/** Day numbers; NONE stands for "no date" (never lapses, or no deadline known). */
const NONE = Number.POSITIVE_INFINITY;
const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/** The first day of the yearly period starting in `startMonth` that contains `day`. */
function periodStart(day: number, startMonth: number): number {
  const iso = dayToIso(day);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return daysFromCivil(month >= startMonth ? year : year - 1, startMonth, 1);
}
const periodEnd = (start: number): number => addMonthsToDay(start, 12) - 1;

/** Rolling window of `months` ending on `day`: from the same date `months` earlier. */
const windowStart = (day: number, months: number): number => addMonthsToDay(day, -months);

/** The last day a completion on `day` is inside a rolling window (month-end clamping can add a few days). */
function lastDayInWindow(day: number, months: number): number {
  let last = addMonthsToDay(day, months);
  while (windowStart(last + 1, months) <= day) last++;
  return last;
}

export interface Ctx {
  /** Today as a day number. */
  today: number;
  /** The user's "due soon" window in days (Settings: 30, 60 or 90). */
  warningDays: number;
}

function fromUntil(until: number | null, ctx: Ctx, evidence: readonly string[], hours?: HoursTally): CellStatus {
  const extra = hours ? { hours } : {};
  if (until === null) return { status: 'overdue', date: null, evidence, ...extra };
  if (until === NONE) return { status: 'current', date: null, evidence, ...extra };
  if (until < ctx.today) return { status: 'overdue', date: dayToIso(until + 1), evidence, ...extra };
  return { status: until - ctx.today <= ctx.warningDays ? 'due-soon' : 'current', date: dayToIso(until), evidence, ...extra };
}

/** Nothing recorded towards it: a new member's deadline decides, otherwise it is simply not started. */
function noRecord(deadline: number | null, ctx: Ctx, hours?: HoursTally): CellStatus {
  const extra = hours ? { hours } : {};
  if (deadline === null) return { status: 'not-started', date: null, evidence: [], ...extra };
  if (deadline < ctx.today) return { status: 'overdue', date: dayToIso(deadline + 1), evidence: [], ...extra };
  return { status: deadline - ctx.today <= ctx.warningDays ? 'due-soon' : 'not-started', date: dayToIso(deadline), evidence: [], ...extra };
}

// Scratch space for one hours evaluation at a time, grown as needed: no garbage per cell.
let scratchDays = new Int32Array(256);
let scratchSum = new Float64Array(257);
let scratchEntry = new Int32Array(256);

/** One member (row `row` of the table) against one requirement that applies to them, on ctx.today. */
export function evaluateCell(member: Member, prepared: PreparedRequirement, table: CompletionTable, row: number, ctx: Ctx): CellStatus {
  const req = prepared.requirement;
  const joined = member.joinedOn === undefined ? null : isoToDay(member.joinedOn);
  const deadline = joined !== null && req.newMemberMonths !== undefined ? addMonthsToDay(joined, req.newMemberMonths) : null;
  if (req.kind === 'hours') return evaluateHours(req, prepared, table, row, ctx, deadline, joined);

  const { start, slot, day, index, completions } = table;
  const from = start[row]!;
  const to = start[row + 1]!;
  const flags = prepared.flags;
  if (req.kind === 'training') {
    // Valid through the latest expiry among them; one that never expires settles it for good.
    let until = -NONE;
    let best = -1;
    let valid: string[] | null = null;
    for (let e = from; e < to; e++) {
      const s = slot[e]!;
      if (s < 0 || flags[s] !== 1) continue;
      const c = completions[index[e]!]!;
      const expiry = c.validForMonths === undefined ? NONE : addMonthsToDay(day[e]!, c.validForMonths);
      if (expiry >= ctx.today) (valid ??= []).push(c.id);
      if (expiry > until) {
        until = expiry;
        best = e;
      }
    }
    if (best < 0) return noRecord(deadline, ctx);
    return fromUntil(later(until, deadline), ctx, valid ?? [completions[index[best]!]!.id]);
  }

  let last = -1;
  for (let e = to - 1; e >= from && last < 0; e--) {
    const s = slot[e]!;
    if (s >= 0 && flags[s] === 1) last = e;
  }
  if (last < 0) return noRecord(deadline, ctx);
  const due =
    req.cycle.type === 'rolling'
      ? addMonthsToDay(day[last]!, req.cycle.months)
      : // Done in one period covers it; the next is due by the end of the following period.
        periodEnd(periodEnd(periodStart(day[last]!, req.cycle.startMonth)) + 1);
  return fromUntil(later(due + req.graceDays, deadline), ctx, [completions[index[last]!]!.id]);
}

function evaluateHours(
  req: Extract<Requirement, { kind: 'hours' }>,
  prepared: PreparedRequirement,
  table: CompletionTable,
  row: number,
  ctx: Ctx,
  deadline: number | null,
  joined: number | null,
): CellStatus {
  const { start: rowStart, mask, words, completions, index } = table;
  const from0 = rowStart[row]!;
  const to0 = rowStart[row + 1]!;
  if (scratchDays.length < to0 - from0) {
    scratchDays = new Int32Array((to0 - from0) * 2);
    scratchSum = new Float64Array((to0 - from0) * 2 + 1);
    scratchEntry = new Int32Array((to0 - from0) * 2);
  }
  // Qualifying completions, oldest first, with running totals in hundredths (hours carry two decimals; integers never drift).
  const word = prepared.bit >>> 5;
  const bit = 1 << (prepared.bit & 31);
  const credit = req.count === 'credit';
  let n = 0;
  for (let e = from0; e < to0; e++) {
    if ((mask[e * words + word]! & bit) === 0) continue;
    const c = completions[index[e]!]!;
    scratchDays[n] = table.day[e]!;
    scratchEntry[n] = e;
    // A record imported without hours ("hours not recorded") counts nothing towards an hours requirement.
    scratchSum[n + 1] = scratchSum[n]! + Math.round((credit ? (c.creditHours ?? c.hours ?? 0) : (c.hours ?? 0)) * 100);
    n++;
  }
  const days = scratchDays;
  const prefix = scratchSum;
  const ids = (fromPos: number): string[] => {
    const out: string[] = [];
    for (let k = fromPos; k < n; k++) out.push(completions[index[scratchEntry[k]!]!]!.id);
    return out;
  };
  const needed = Math.round(req.hours * 100);
  const first = (d: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Hundredths of an hour dated from..to, both included. */
  const sum = (from: number, to: number): number => prefix[first(to + 1)]! - prefix[first(from)]!;
  const { today } = ctx;

  if (req.cycle.type === 'rolling') {
    const months = req.cycle.months;
    const from = windowStart(today, months);
    const start = first(from);
    const counted = sum(from, today);
    const hours: HoursTally = { counted: counted / 100, needed: req.hours, from: dayToIso(from), to: dayToIso(today) };
    if (n === 0) return noRecord(deadline, ctx, hours);
    const evidence = ids(start);
    if (counted >= needed) {
      // Still met until enough of the oldest hours leave the window.
      for (let i = start; i < n; i++) {
        if (counted - (prefix[i + 1]! - prefix[start]!) < needed) return fromUntil(later(lastDayInWindow(days[i]!, months), deadline), ctx, evidence, hours);
      }
    }
    // The last day it was met is the day before some completion left the window: the latest such day before today.
    let lastMet: number | null = null;
    for (let i = n - 1; i >= 0 && lastMet === null; i--) {
      const d = lastDayInWindow(days[i]!, months);
      if (d < today && sum(windowStart(d, months), d) >= needed) lastMet = d;
    }
    return fromUntil(later(lastMet, deadline), ctx, evidence, hours);
  }

  const start = periodStart(today, req.cycle.startMonth);
  const end = periodEnd(start);
  const counted = sum(start, today);
  const hours: HoursTally = { counted: counted / 100, needed: req.hours, from: dayToIso(start), to: dayToIso(end) };
  if (n === 0) return noRecord(deadline, ctx, hours);
  const evidence = ids(first(start));
  if (counted >= needed) return fromUntil(later(periodEnd(end + 1), deadline), ctx, evidence, hours);
  const previousStart = addMonthsToDay(start, -12);
  // A member who joined after the previous period began is not held to it.
  const heldToPrevious = joined === null || joined <= previousStart;
  const until = heldToPrevious && sum(previousStart, start - 1) < needed ? start - 1 : end;
  return fromUntil(later(until, deadline), ctx, evidence, hours);
}
