import type { CsvRow } from './csv-parse';
import { normaliseText } from './matching';

/*
 * Which rows of an export are completions. LMS reports list everyone enrolled,
 * with a status or an empty completion date for those who have not finished, and
 * report tools add Total/Count lines at the end.
 */

/** Status words that mean completed when the user has not chosen their own list. */
const COMPLETED = new Set([
  'yes',
  'y',
  'true',
  'complete',
  'completed',
  'passed',
  'pass',
  'achieved',
  'certified',
  'satisfactory',
  // Moodle's activity status for a completion with a pass grade.
  'completed achieved pass grade',
]);

export function isCompletedValue(value: string): boolean {
  return COMPLETED.has(normaliseText(value));
}

/** The values of a status column that would count as completed, as first guessed. */
export function guessCompletedValues(values: readonly string[]): string[] {
  return values.filter(isCompletedValue);
}

/** One name from a Member name column, or from First and Last name columns. */
export function memberNameFromCells(name: string, first: string, last: string): string {
  if (name !== '') return name;
  return `${first} ${last}`.trim();
}

const SUMMARY = /^(?:grand\s+)?(?:total|totals|sub-?total|sum|count|average|avg|number of|records?)\b/i;

/**
 * Index of the first of the summary rows that end the file (Total, Count, Sum
 * lines, or lines naming no member), or rows.length when there are none. Rows are
 * only summaries after at least one real record, so a wrong member column shows
 * as errors rather than as an empty import.
 */
export function summaryRowsAtEnd(rows: readonly CsvRow[], memberEmpty: (row: CsvRow) => boolean): number {
  let start = rows.length;
  while (start > 1) {
    const row = rows[start - 1]!;
    const first = row.cells.find((c) => c.trim() !== '')?.trim() ?? '';
    if (SUMMARY.test(first) || memberEmpty(row)) start--;
    else break;
  }
  return start;
}
