import { HEADER_WINDOW, isUnnamedColumn, lineText, type CsvTable } from './csv-parse';

export interface HeaderRowChoice {
  rowNumber: number;
  /** The row's filled cells, as the file step lists it. */
  text: string;
}

/** How much of a row the choice shows: enough to tell a title line from the columns' names. */
const SHOWN = 90;

/**
 * The rows the coordinator can choose as the header when the one found is wrong: every non-blank
 * row among the first HEADER_WINDOW, wherever this reading put it (above the header, the header,
 * a record, a page's heading), in file order.
 */
export function headerRowChoices(table: CsvTable): HeaderRowChoice[] {
  const rows = new Map<number, string>();
  for (const line of [...table.skippedAbove, ...table.pageLines]) rows.set(line.rowNumber, line.text);
  if (table.headerRowNumber > 0) rows.set(table.headerRowNumber, lineText(table.headers.filter((h, i) => !isUnnamedColumn(h, i))));
  for (const row of table.rows) {
    if (row.rowNumber > HEADER_WINDOW) break;
    rows.set(row.rowNumber, lineText(row.cells));
  }
  return [...rows]
    .filter(([rowNumber, text]) => rowNumber <= HEADER_WINDOW && text !== '')
    .sort((a, b) => a[0] - b[0])
    .map(([rowNumber, text]) => ({ rowNumber, text: text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text }));
}
