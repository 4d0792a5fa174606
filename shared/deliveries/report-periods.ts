import { daysInMonth, isoFromParts } from '../util/dates';

/** A reporting period: inclusive ISO dates. */
export interface ReportPeriod {
  start: string;
  end: string;
}

/** Calendar quarter q (1–4) of `year`. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): ReportPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { start: isoFromParts(year, first, 1)!, end: isoFromParts(year, first + 2, daysInMonth(year, first + 2))! };
}

/** The US federal fiscal year: FY2026 runs Oct 1, 2025 – Sep 30, 2026. */
export function federalFiscalYear(fy: number): ReportPeriod {
  return { start: isoFromParts(fy - 1, 10, 1)!, end: isoFromParts(fy, 9, 30)! };
}
