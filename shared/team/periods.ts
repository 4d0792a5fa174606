import { addMonths, monthOf, monthsEnding } from '../util/dates';
import type { Period } from './aggregates';

export interface PeriodChoice extends Period {
  id: string;
  label: string;
  /** The months the by-month chart shows, "YYYY-MM", oldest first. */
  months: string[];
}

/** The rolling year ending today: the first day of the month eleven months back, to today. */
export function last12Months(today: string): PeriodChoice {
  return {
    id: 'last-12-months',
    label: 'Last 12 months',
    from: addMonths(`${monthOf(today)}-01`, -11),
    to: today,
    months: monthsEnding(today, 12),
  };
}

export function calendarYear(year: string): PeriodChoice {
  return {
    id: year,
    label: year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    months: Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  };
}

/** The rolling year, then every calendar year that has records (and this one), newest first. */
export function periodChoices(today: string, yearsWithRecords: Iterable<string>): PeriodChoice[] {
  const years = [...new Set([today.slice(0, 4), ...yearsWithRecords])].sort().reverse();
  return [last12Months(today), ...years.map(calendarYear)];
}
