import { addMonths, dayNumber, isoFromDayNumber } from '../util/dates';

/** A fixed yearly period, e.g. the fiscal year 2025-07-01..2026-06-30 (startMonth 7), both days included. */
export interface Period {
  start: string;
  end: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The yearly period starting in `startMonth` (1 = calendar year) that contains `iso`. */
export function periodContaining(iso: string, startMonth: number): Period {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  const start = `${String(startYear).padStart(4, '0')}-${pad(startMonth)}-01`;
  return { start, end: plusDays(addMonths(start, 12), -1) };
}

export function nextPeriod(p: Period): Period {
  const start = plusDays(p.end, 1);
  return { start, end: plusDays(addMonths(start, 12), -1) };
}

export function previousPeriod(p: Period): Period {
  const start = addMonths(p.start, -12);
  return { start, end: plusDays(p.start, -1) };
}

export function plusDays(iso: string, days: number): string {
  return days === 0 ? iso : isoFromDayNumber(dayNumber(iso) + days);
}

/**
 * The first day of a rolling window of `months` ending today: the same date `months`
 * earlier (clamped at month ends, so 2025-02-28 for 2026-02-28 and for 2024-02-29 + 12).
 */
export function rollingWindowStart(today: string, months: number): string {
  return addMonths(today, -months);
}

/**
 * The last day a completion on `completedOn` still falls inside a rolling window of
 * `months`. The window of day D starts at addMonths(D, -months); month-end clamping means
 * a course on 30 November is still inside on 31 December (one month back from 31
 * December is 30 November), so walk past addMonths(completedOn, months) while that holds.
 */
export function lastDayInRollingWindow(completedOn: string, months: number): string {
  let day = addMonths(completedOn, months);
  for (let next = plusDays(day, 1); rollingWindowStart(next, months) <= completedOn; next = plusDays(next, 1)) day = next;
  return day;
}
