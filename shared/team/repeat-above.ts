import type { ColumnMapping, ImportField } from './csv-mapping';
import { memberColumns } from './import-cells';
import { isSummaryText } from './row-rules';

/**
 * "Empty cells repeat the row above": a sheet kept with a course and its date typed once and
 * merged down beside the people who took it, then saved as CSV, keeps the value in the top
 * row only (a workbook's merges are read as they show, xlsx-sheet.ts). Only the training's
 * own fields repeat, never who took it, a status or a certificate number.
 */
const REPEATED: readonly ImportField[] = ['trainingId', 'trainingTitle', 'provider', 'completedOn', 'hours', 'validForMonths', 'expiresOn'];

/**
 * A function that gives each row its cells with the empty ones of those columns taken from
 * the last row above that named a member. A row that names no one, or starts a Total line, is
 * left as written (and nothing is taken from it), so the summary rules still see it. Rows are
 * passed in file order; the cells given are never changed in place.
 */
export function createRepeatAbove(mapping: ColumnMapping): (cells: string[]) => string[] {
  const columns = REPEATED.map((f) => mapping[f]).filter((c): c is number => c !== null);
  const members = memberColumns(mapping);
  const last = new Map<number, string>();
  return (cells) => {
    if (!members.some((c) => (cells[c] ?? '').trim() !== '')) return cells;
    const first = cells.find((c) => c.trim() !== '') ?? '';
    if (isSummaryText(first.trim())) return cells;
    let out = cells;
    for (const c of columns) {
      const text = cells[c] ?? '';
      if (text.trim() !== '') {
        last.set(c, text);
        continue;
      }
      const above = last.get(c);
      if (above === undefined) continue;
      if (out === cells) out = cells.slice();
      while (out.length <= c) out.push('');
      out[c] = above;
    }
    return out;
  };
}

/**
 * Whether a file reads as one with its training and date typed once over several people: a
 * row that names a member and has another cell filled (a badge number, the person's hours)
 * but neither training nor date comes under one that has both. A row with one cell filled is
 * no sign: it may be a heading ("Quarter 2") or a note, which the import skips and shows. Not
 * when any row has a training and no date (then an empty date means "not done", as in LMS
 * reports), nor for a mapping without a training and a date column, or with a status column.
 */
export function looksRepeatedAbove(rows: readonly { cells: string[] }[], mapping: ColumnMapping): boolean {
  const training = mapping.trainingTitle ?? mapping.trainingId;
  const date = mapping.completedOn;
  // A status column is an LMS's: a row there with no course and no date is someone not enrolled.
  if (training === null || date === null || mapping.status !== null) return false;
  const members = memberColumns(mapping);
  let filledAbove = false;
  let repeats = 0;
  for (const { cells } of rows) {
    if (!members.some((c) => (cells[c] ?? '').trim() !== '')) continue;
    const hasTraining = (cells[training] ?? '').trim() !== '';
    const hasDate = (cells[date] ?? '').trim() !== '';
    if (hasTraining && !hasDate) return false;
    if (hasTraining) filledAbove = true;
    else if (!hasDate && filledAbove && filledCells(cells) >= 2 && !isSummaryText(cells.find((c) => c.trim() !== '')!.trim())) repeats++;
  }
  return repeats > 0;
}

function filledCells(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== '') n++;
  return n;
}
