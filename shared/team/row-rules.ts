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
  // Totara's status for a completion by recognition of prior learning (lang/en/completion.php).
  'complete via rpl',
  'completed via rpl',
  'attended',
  'present',
  'done',
  'finished',
  'successful',
  // A ticked box in a hand-made sheet: "x", or a check mark (statusKey).
  'x',
  'checked',
]);

const CHECK_MARKS = /^[\u2713\u2714\u2611\u2705]$/u;

/** A status value as compared: normalised text, and a check mark (✓ ✔ ☑ ✅) as "checked" rather than as nothing. */
export function statusKey(value: string): string {
  const trimmed = value.trim();
  return CHECK_MARKS.test(trimmed) ? 'checked' : normaliseText(trimmed);
}

export function isCompletedValue(value: string): boolean {
  return COMPLETED.has(statusKey(value));
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

/** A row's first non-blank cell (trimmed) that starts a Total, Count or Sum line. */
export function isSummaryText(firstCell: string): boolean {
  return SUMMARY.test(firstCell);
}

/**
 * The one filled cell of a row (trimmed), or null when none or more than one is filled. A
 * record needs at least a member and a date, so such a line is a heading between groups of
 * rows ("Quarter 1") or a note under the table ("Prepared by: Records Unit").
 */
export function singleFilledCell(cells: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.trim();
    if (text === '') continue;
    if (found !== null) return null;
    found = text;
  }
  return found;
}
