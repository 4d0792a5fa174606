import type { CsvTable } from './csv-parse';
import { isDateText } from './date-cells';
import { cleanImportCell } from './import-cells';
import { matrixCellParts } from './matrix-cell';
import { isCompletedValue, isCountCell, isLegendLine, isMatrixCode, isNotDoneCell } from './row-rules';

/*
 * Whether a column holds dates: how a training matrix's course columns (or, turned the other
 * way, its people's columns) are told from the others.
 */

/** Rows sampled to tell a dated column from others. */
const SAMPLE_ROWS = 200;
/** Share of a dated column's filled cells that are dates (the others: "N/A", "Scheduled", a tick, a typo). */
const DATED_SHARE = 0.6;


/**
 * A check of columns over the table's first rows: true when the cells that say something (not
 * "N/A", "Never", "Scheduled 4/2027", a Total line's count) are mostly dates and at least one
 * is, or, with evenEmpty, when the column has no such cell at all.
 */
export function createDatedColumnCheck(table: Pick<CsvTable, 'rows'>): (column: number, how?: { evenEmpty: boolean }) => boolean {
  const rows = table.rows.slice(0, SAMPLE_ROWS);
  return (column, how) => {
    const { filled, hits } = countCells(rows, column, (text) => isNotDoneCell(text) || isCountCell(text), (text) => isDateText(text) || isDateText(matrixCellParts(text)?.day ?? ''));
    return (hits > 0 || (how?.evenEmpty === true && filled === 0)) && hits >= filled * DATED_SHARE;
  };
}

/** A check of columns over the table's first rows: true when most filled cells, and at least one, are ticks or "Yes" (a sign-off matrix's course). */
export function createTickedColumnCheck(table: Pick<CsvTable, 'rows'>): (column: number) => boolean {
  const rows = table.rows.slice(0, SAMPLE_ROWS);
  return (column) => {
    // A legend's letters for not done (N not yet, S scheduled) and not-done words are passed over, as under dates.
    const { filled, hits } = countCells(rows, column, (text) => isMatrixCode(text) || isNotDoneCell(text), isCompletedValue);
    return hits > 0 && hits >= filled * DATED_SHARE;
  };
}

/** A column's filled cells (those `skip` does not pass over) and how many of them are `wanted`. */
function countCells(rows: CsvTable['rows'], column: number, skip: (text: string) => boolean, wanted: (text: string) => boolean): { filled: number; hits: number } {
  let filled = 0;
  let hits = 0;
  for (const row of rows) {
    // A legend under the table ("Red = expired" under a course) says what a colour means, not what a cell holds.
    if (isLegendLine(row.cells)) continue;
    const text = cleanImportCell(row.cells[column] ?? '');
    if (text === '' || skip(text)) continue;
    filled++;
    if (wanted(text)) hits++;
  }
  return { filled, hits };
}
