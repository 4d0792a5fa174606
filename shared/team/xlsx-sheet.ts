import { read, SSF, utils, type WorkSheet } from '@e965/xlsx';
import { addRowColourColumn } from './row-colours';

/** A worksheet read as CSV text, its name, and the names of every worksheet of the workbook. */
export interface WorkbookSheet {
  text: string;
  sheetName: string;
  sheetNames: string[];
  /** Sheets the workbook hides (a dropdown's lists): offered, never read unasked. */
  hiddenSheets: string[];
  /** The workbook counts days from 1904 (old Mac Excel): its plain day numbers are read so too. */
  date1904: boolean;
}

/**
 * A worksheet of a workbook (Excel .xlsx or 97–2003 .xls, OpenDocument .ods, or the text ones of
 * markup-table.ts: a web page's table, Excel's XML spreadsheet) as CSV text, so a
 * sheet saved from Excel goes through the same header detection, mapping and row checks as a
 * CSV: the one named, else the first that has any cell (a cover sheet left empty is passed
 * over). Cells are taken as the spreadsheet shows them (formatted text), except dates (below).
 * SheetJS does the reading (@e965/xlsx is its registry copy).
 */
export function xlsxSheetText(input: Uint8Array | string, wanted?: string, pick: SheetPick = 'first-filled'): WorkbookSheet {
  let book: ReturnType<typeof read>;
  try {
    // Text (a web page's table, decoded by the caller) keeps its cells as written (raw): SheetJS
    // would otherwise read "03/07/2026" month first, and the import reads the order from the file.
    // A workbook's fills are read for a colour key (row-colours.ts).
    book = read(input, { type: typeof input === 'string' ? 'string' : 'array', raw: true, cellFormula: false, cellHTML: false, cellStyles: typeof input !== 'string', cellNF: true });
  } catch (error) {
    throw new Error(`it looks like a spreadsheet workbook but could not be opened (${(error as Error).message}); save it again from Excel, or as CSV`, { cause: error });
  }
  const sheetNames = book.SheetNames.filter((name) => book.Sheets[name] !== undefined);
  if (wanted !== undefined && !sheetNames.includes(wanted)) throw new Error(`the workbook has no worksheet named “${wanted}”`);
  const hiddenSheets = (book.Workbook?.Sheets ?? []).filter((s) => s.Hidden && s.name !== undefined && sheetNames.includes(s.name)).map((s) => s.name!);
  const shown = sheetNames.filter((name) => !hiddenSheets.includes(name));
  const firstFilled = (names: string[]) => names.find((name) => book.Sheets[name]!['!ref'] !== undefined);
  const sheetName = wanted ?? (pick === 'largest' ? largestSheet(book.Sheets, sheetNames) : (firstFilled(shown) ?? firstFilled(sheetNames))) ?? sheetNames[0];
  if (sheetName === undefined) throw new Error('the workbook has no worksheet');
  const sheet = book.Sheets[sheetName]!;
  fillMergedDown(sheet);
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  writeDatesAsIso(sheet, date1904);
  addRowColourColumn(sheet);
  return { text: utils.sheet_to_csv(sheet, { FS: ',', RS: '\r\n', blankrows: true }), sheetName, sheetNames, hiddenSheets, date1904 };
}

/**
 * Which sheet is read when none is named: a workbook's first with any cell (an empty cover
 * sheet is passed over, and a log kept a sheet per year opens on its first year); a web page's
 * largest table, since a report page often puts its title and filters in small tables above
 * the one with the records.
 */
export type SheetPick = 'first-filled' | 'largest';

function largestSheet(sheets: Record<string, WorkSheet>, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCells = 0;
  for (const name of names) {
    const ref = sheets[name]!['!ref'];
    if (ref === undefined) continue;
    const { s, e } = utils.decode_range(ref);
    const cells = (e.r - s.r + 1) * (e.c - s.c + 1);
    if (cells > bestCells) [best, bestCells] = [name, cells];
  }
  return best;
}

/**
 * A cell merged down over several rows (a course or a date typed once beside the people who
 * took it) shows its value on each of those rows, so each row gets it; the file holds it only in
 * the first. A merge across columns is left as it is: a title over the sheet, or a course's name
 * over its Completed and Expires columns, which the header rules read from its first column.
 */
function fillMergedDown(sheet: WorkSheet): void {
  for (const { s, e } of sheet['!merges'] ?? []) {
    const top = sheet[utils.encode_cell(s)];
    if (top === undefined || e.r === s.r) continue;
    for (let r = s.r + 1; r <= e.r; r++) sheet[utils.encode_cell({ r, c: s.c })] = { ...top };
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** An elapsed-time format: [h], [mm], [ss] and the like count on past a day. */
const ELAPSED = /\[(?:h+|m+|s+)\]/i;

/** A duration in days as hours and minutes, 1.6667 → "40:00", the form the hours parser reads. */
function hoursAndMinutes(days: number): string {
  const minutes = Math.round(days * 24 * 60);
  return `${Math.floor(minutes / 60)}:${two(minutes % 60)}`;
}

/**
 * A date cell holds a day number; what it shows depends on the computer that opens it (Excel's
 * short date is 3/7/2026 in the US and 07/03/2026 in the UK, and SheetJS always writes
 * "3/7/26"). Written as ISO (2026-03-07, with the time when it has one) the day can never be
 * read in the wrong order. A time of day alone (a sign-in time) keeps its text. An elapsed time
 * ([h]:mm, Excel's format for "40:00" typed as hours) is a duration, not a date: it is written
 * as hours and minutes ("40:00"), as an h:mm cell under a day already shows.
 */
function writeDatesAsIso(sheet: WorkSheet, date1904: boolean): void {
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!') || cell?.t !== 'n' || typeof cell.v !== 'number') continue;
    const format = cell.z;
    if (typeof format === 'string' && ELAPSED.test(format)) {
      // Always h:mm, since SheetJS's "90:00" for 90 minutes as [mm]:ss would read as 90 hours.
      if (cell.v >= 0) cell.w = hoursAndMinutes(cell.v);
      continue;
    }
    if (cell.v < 1 || format === undefined || !SSF.is_date(format)) continue;
    const parts = SSF.parse_date_code(cell.v, { date1904 });
    if (!parts || parts.y < 1) continue;
    const day = `${String(parts.y).padStart(4, '0')}-${two(parts.m)}-${two(parts.d)}`;
    cell.w = parts.H === 0 && parts.M === 0 ? day : `${day} ${two(parts.H)}:${two(parts.M)}`;
  }
}
