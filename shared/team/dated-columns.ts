import type { CsvTable } from './csv-parse';
import { isDateText } from './date-cells';
import { cleanImportCell } from './import-cells';
import { isCountCell, isNotDoneCell } from './row-rules';

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
    let filled = 0;
    let dated = 0;
    for (const row of rows) {
      const text = cleanImportCell(row.cells[column] ?? '');
      if (text === '' || isNotDoneCell(text) || isCountCell(text)) continue;
      filled++;
      if (isDateText(text)) dated++;
    }
    return (dated > 0 || (how?.evenEmpty === true && filled === 0)) && dated >= filled * DATED_SHARE;
  };
}
