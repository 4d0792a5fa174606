import type { Member } from '../model/team';
import type { Requirement } from '../model/requirements';
import { entryId, NO_DAY, type CompletionTable } from './completion-table';
import { addMonthsToDay, civilFromDays, daysFromCivil, dayToIso as dayToIsoUncached, isoToDay } from './day-math';
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
  /** The distinct slots of its trainings (training and recurring kinds). */
  slotList: Int32Array;
  /** Bit of the table's hours mask (hours kind). */
  bit: number;
  /** The hours window for one day, worked out by the first cell that needs it (hours kind). */
  window?: HoursWindow;
}

/** Where an hours requirement counts on `today`: the same for every member, so worked out once per recompute. */
interface HoursWindow {
  today: number;
  /** First and last day counted (rolling: M months back through today; yearly: this period). */
  from: number;
  end: number;
  fromIso: string;
  endIso: string;
  /** Yearly: the previous period's first day, and the end of the next period. */
  previousStart: number;
  nextEnd: number;
}

function hoursWindow(prepared: PreparedRequirement, req: Extract<Requirement, { kind: 'hours' }>, today: number): HoursWindow {
  const known = prepared.window;
  if (known !== undefined && known.today === today) return known;
  let w: HoursWindow;
  if (req.cycle.type === 'rolling') {
    const from = windowStart(today, req.cycle.months);
    w = { today, from, end: today, fromIso: dayToIso(from), endIso: dayToIso(today), previousStart: from, nextEnd: today };
  } else {
    const from = periodStart(today, req.cycle.startMonth);
    const end = periodEnd(from);
    w = { today, from, end, fromIso: dayToIso(from), endIso: dayToIso(end), previousStart: addMonthsToDay(from, -12), nextEnd: periodEnd(end + 1) };
  }
  prepared.window = w;
  return w;
}

// A recompute writes the same few hundred dates into thousands of cells: each is built once.
const isoCache = new Map<number, string>();
function dayToIso(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    if (isoCache.size > 20_000) isoCache.clear();
    iso = dayToIsoUncached(day);
    isoCache.set(day, iso);
  }
  return iso;
}

/** Day numbers; NONE stands for "no date" (never lapses, or no deadline known). */
const NONE = Number.POSITIVE_INFINITY;
const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/** The first day of the yearly period starting in `startMonth` that contains `day`. */
function periodStart(day: number, startMonth: number): number {
  const [year, month] = civilFromDays(day);
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

/** A cell's result; `hours` only for hours requirements (object literals of two fixed shapes, no spreading: built 30,000 times a recompute). */
function cell(status: CellStatus['status'], date: string | null, evidence: readonly string[], hours: HoursTally | undefined): CellStatus {
  return hours === undefined ? { status, date, evidence } : { status, date, evidence, hours };
}

function fromUntil(until: number | null, ctx: Ctx, evidence: readonly string[], hours?: HoursTally): CellStatus {
  if (until === null) return cell('overdue', null, evidence, hours);
  if (until === NONE) return cell('current', null, evidence, hours);
  if (until < ctx.today) return cell('overdue', dayToIso(until + 1), evidence, hours);
  return cell(until - ctx.today <= ctx.warningDays ? 'due-soon' : 'current', dayToIso(until), evidence, hours);
}

const NO_EVIDENCE: readonly string[] = Object.freeze([]) as readonly string[];

/** Nothing recorded towards it: a new member's deadline decides, otherwise it is simply not started. */
function noRecord(deadline: number | null, ctx: Ctx, hours?: HoursTally): CellStatus {
  if (deadline === null) return cell('not-started', null, NO_EVIDENCE, hours);
  if (deadline < ctx.today) return cell('overdue', dayToIso(deadline + 1), NO_EVIDENCE, hours);
  return cell(deadline - ctx.today <= ctx.warningDays ? 'due-soon' : 'not-started', dayToIso(deadline), NO_EVIDENCE, hours);
}

// One hours evaluation at a time works in this scratch space, grown as needed (no garbage per
// cell): the qualifying entries oldest first, their days, and running totals in hundredths.
let scratchDays = new Int32Array(256);
let scratchSum = new Float64Array(257);
let scratchEntry = new Int32Array(256);
let scratchCount = 0;

// The valid records of one take-a-training cell, grown as needed.
let validScratch = new Int32Array(256);

/** Position of the first qualifying entry dated on or after day `d`. */
function firstFrom(d: number): number {
  let lo = 0;
  let hi = scratchCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scratchDays[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hundredths of an hour dated from..to, both included. */
const hundredthsBetween = (from: number, to: number): number => scratchSum[firstFrom(to + 1)]! - scratchSum[firstFrom(from)]!;

/** Ids of the qualifying entries from position `fromPos` on. */
function idsFrom(table: CompletionTable, fromPos: number): string[] {
  const out = new Array<string>(scratchCount - fromPos);
  for (let k = fromPos; k < scratchCount; k++) out[k - fromPos] = entryId(table, scratchEntry[k]!);
  return out;
}

/** One member (row `row` of the table) against one requirement that applies to them, on ctx.today. */
export function evaluateCell(member: Member, prepared: PreparedRequirement, table: CompletionTable, row: number, ctx: Ctx): CellStatus {
  const req = prepared.requirement;
  const joined = member.joinedOn === undefined ? null : isoToDay(member.joinedOn);
  const deadline = joined !== null && req.newMemberMonths !== undefined ? addMonthsToDay(joined, req.newMemberMonths) : null;
  if (req.kind === 'hours') return evaluateHours(req, prepared, table, row, ctx, deadline, joined);

  const { slots, slotLast, prevInSlot, validFor, expires } = table;
  const base = row * slots;
  const list = prepared.slotList;
  if (req.kind === 'training') {
    // Valid through the latest expiry among them; one that never expires settles it for good.
    // Walks only the records of the named trainings (latest first along each slot's chain).
    let until = -NONE;
    let best = -1;
    let valid = 0;
    const rowSize = table.start[row + 1]! - table.start[row]!;
    if (validScratch.length < rowSize) validScratch = new Int32Array(rowSize * 2);
    for (let k = 0; k < list.length; k++) {
      for (let e = slotLast[base + list[k]!]!; e >= 0; e = prevInSlot[e]!) {
        const months = validFor[e]!;
        const printed = expires[e]!;
        const x = printed !== NO_DAY ? printed : months < 0 ? NONE : addMonthsToDay(table.day[e]!, months);
        if (x >= ctx.today) validScratch[valid++] = e;
        // The earliest record wins a tie, as when the row is read in day order.
        if (x > until || (x === until && e < best)) {
          until = x;
          best = e;
        }
      }
    }
    if (best < 0) return noRecord(deadline, ctx);
    let evidence: string[];
    if (valid === 0) evidence = [entryId(table, best)];
    else {
      // Evidence in day order: entries of a row are numbered in day order.
      const found = validScratch.subarray(0, valid).sort();
      evidence = new Array<string>(valid);
      for (let k = 0; k < valid; k++) evidence[k] = entryId(table, found[k]!);
    }
    return fromUntil(later(until, deadline), ctx, evidence);
  }

  let last = -1;
  for (let k = 0; k < list.length; k++) {
    const e = slotLast[base + list[k]!]!;
    if (e > last) last = e;
  }
  if (last < 0) return noRecord(deadline, ctx);
  const lastDay = table.day[last]!;
  const due =
    req.cycle.type === 'rolling'
      ? addMonthsToDay(lastDay, req.cycle.months)
      : // Done in one period covers it; the next is due by the end of the following period.
        periodEnd(periodEnd(periodStart(lastDay, req.cycle.startMonth)) + 1);
  return fromUntil(later(due + req.graceDays, deadline), ctx, [entryId(table, last)]);
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
  const { start: rowStart, mask, words } = table;
  const from0 = rowStart[row]!;
  const to0 = rowStart[row + 1]!;
  if (scratchDays.length < to0 - from0) {
    scratchDays = new Int32Array((to0 - from0) * 2);
    scratchSum = new Float64Array((to0 - from0) * 2 + 1);
    scratchEntry = new Int32Array((to0 - from0) * 2);
  }
  const word = prepared.bit >>> 5;
  const bit = 1 << (prepared.bit & 31);
  const amount = req.count === 'credit' ? table.credit : table.clock;
  const tableDay = table.day;
  let n = 0;
  for (let e = from0; e < to0; e++) {
    if ((mask[e * words + word]! & bit) === 0) continue;
    scratchDays[n] = tableDay[e]!;
    scratchEntry[n] = e;
    scratchSum[n + 1] = scratchSum[n]! + amount[e]!;
    n++;
  }
  scratchCount = n;
  const days = scratchDays;
  const prefix = scratchSum;
  const needed = Math.round(req.hours * 100);
  const first = firstFrom;
  const sum = hundredthsBetween;
  const { today } = ctx;

  const w = hoursWindow(prepared, req, today);
  if (req.cycle.type === 'rolling') {
    const months = req.cycle.months;
    const from = w.from;
    const start = first(from);
    const counted = sum(from, today);
    const hours: HoursTally = { counted: counted / 100, needed: req.hours, from: w.fromIso, to: w.endIso };
    if (n === 0) return noRecord(deadline, ctx, hours);
    const evidence = idsFrom(table, start);
    if (counted >= needed) {
      // Still met until enough of the oldest hours leave the window.
      for (let i = start; i < n; i++) {
        if (counted - (prefix[i + 1]! - prefix[start]!) < needed) return fromUntil(later(lastDayInWindow(days[i]!, months), deadline), ctx, evidence, hours);
      }
    }
    // The last day it was met is the day before some completion left the window: the latest such day before today.
    // Completions still in today's window leave it after today, so the search starts below them;
    // and hours that never added up to enough in all were never met in any window.
    let lastMet: number | null = null;
    for (let i = prefix[n]! < needed ? -1 : start - 1; i >= 0 && lastMet === null; i--) {
      const d = lastDayInWindow(days[i]!, months);
      if (d < today && sum(windowStart(d, months), d) >= needed) lastMet = d;
    }
    return fromUntil(later(lastMet, deadline), ctx, evidence, hours);
  }

  const start = w.from;
  const end = w.end;
  const counted = sum(start, today);
  const hours: HoursTally = { counted: counted / 100, needed: req.hours, from: w.fromIso, to: w.endIso };
  if (n === 0) return noRecord(deadline, ctx, hours);
  const evidence = idsFrom(table, first(start));
  if (counted >= needed) return fromUntil(later(w.nextEnd, deadline), ctx, evidence, hours);
  const previousStart = w.previousStart;
  // A member who joined after the previous period began is not held to it.
  const heldToPrevious = joined === null || joined <= previousStart;
  const until = heldToPrevious && sum(previousStart, start - 1) < needed ? start - 1 : end;
  return fromUntil(later(until, deadline), ctx, evidence, hours);
}
