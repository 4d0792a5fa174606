import type { CsvRow } from './csv-parse';
import { detectDateOrder, numericDateParts, type DateOrder } from './date-cells';

// Moodle's userdate() takes the leading zero off the day and leaves the month's: "7/03/26" (English), "03/7/26" (US English).
const MOODLE_SHORT = /^\s*(\d{1,2})\/(\d{1,2})\/\d{2}\b/;

/** The order Moodle's unpadded day tells, or null when no value shows it (every day 10 or over, or no short date). */
export function moodleDateOrder(values: readonly string[]): DateOrder | null {
  for (const value of values) {
    const m = MOODLE_SHORT.exec(value);
    if (!m) continue;
    const [first, second] = [m[1]!, m[2]!];
    if (first.length === 1 && second.startsWith('0')) return 'dmy';
    if (second.length === 1 && first.startsWith('0')) return 'mdy';
  }
  return null;
}

/**
 * The date order for a recognised export's date column: the file's own when a day over 12 tells it,
 * else Moodle's unpadded day, else the order the software writes by default. Null when the file's
 * dates disagree: the coordinator chooses, as for any file.
 */
export function presetDateOrder(rows: readonly CsvRow[], column: number | null, ifOpen: DateOrder): DateOrder | null {
  if (column === null) return ifOpen;
  const dated = rows.map((r) => ({ text: r.cells[column] ?? '', rowNumber: r.rowNumber }));
  const evidence = detectDateOrder(dated);
  if (evidence.kind === 'found') return evidence.order;
  if (evidence.kind === 'conflict' || (evidence.kind === 'ambiguous' && evidence.yearFirst)) return null;
  return moodleDateOrder(dated.map((v) => v.text)) ?? ifOpen;
}

// A numeric date inside a line of text ("Created on: 11/20/2026 9:14 AM").
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g;

/**
 * The order the rest of the file tells when the records' own dates do not: report tools write
 * the day they ran above the header ("Created on: 11/20/2026 9:14 AM"), and their other date
 * columns ("Enrolled on" 15/12/2025) in the format of the completion dates. Null when the
 * records' dates tell it themselves, or nothing else does, or the rest disagrees with itself.
 */
export function orderFromRestOfFile(rows: readonly CsvRow[], columns: readonly (number | null)[], above: readonly { rowNumber: number; text: string }[]): DateOrder | null {
  const read = columns.filter((c): c is number => c !== null);
  if (read.length === 0) return null;
  const dated = rows.flatMap((r) => read.map((c) => ({ text: r.cells[c] ?? '', rowNumber: r.rowNumber })));
  const own = detectDateOrder(dated);
  // Other dates tell day from month, never whether a two-digit year comes first.
  if (own.kind !== 'ambiguous' || own.yearFirst) return null;
  const elsewhere = above.flatMap((line) => (line.text.match(NUMERIC_DATE) ?? []).map((text) => ({ text, rowNumber: line.rowNumber })));
  // The other columns' cells as they are: detectDateOrder passes over any that is no numeric date.
  for (const r of rows.slice(0, 200)) {
    r.cells.forEach((text, c) => {
      if (!read.includes(c)) elsewhere.push({ text, rowNumber: r.rowNumber });
    });
  }
  const evidence = detectDateOrder(elsewhere);
  return evidence.kind === 'found' ? evidence.order : null;
}

/**
 * Month first for a file of dotted dates that says so: one has a second part over 12 (11.14.2025,
 * as Totara's m.d.Y import format and some US logs write them), or the same columns' slashed
 * dates are month first (3/14/2026 beside 06.02.2026: one typist's), and no dotted date has a
 * first part over 12. Dotted dates are otherwise day first (European Excel), and the rows' check
 * never changes that.
 */
export function dottedMonthFirst(rows: readonly CsvRow[], columns: readonly (number | null)[]): DateOrder | null {
  const read = columns.filter((c): c is number => c !== null);
  let monthFirst = false;
  let dotted = false;
  const others: { text: string; rowNumber: number }[] = [];
  for (const r of rows) {
    for (const c of read) {
      const text = r.cells[c] ?? '';
      const p = numericDateParts(text);
      if (p === null || p.yearFirst) continue;
      if (!p.dots) {
        others.push({ text, rowNumber: r.rowNumber });
        continue;
      }
      if (p.first > 12) return null;
      dotted = true;
      if (p.second > 12) monthFirst = true;
    }
  }
  if (monthFirst) return 'mdy';
  if (!dotted) return null;
  const slashed = detectDateOrder(others);
  return slashed.kind === 'found' && slashed.order === 'mdy' ? 'mdy' : null;
}
