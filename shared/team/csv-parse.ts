import { decodeHTML } from 'entities';
import Papa from 'papaparse';
import { dayedHeader, dayRowUnder, groupedHeader, isGroupRowOver, isLabelRowOver, labelledHeader, splitHeader, tooManyRepeats } from './group-header';
import { isDateText } from './date-cells';
import { isYearHeader, repeatsInPairs } from './course-pairs';
import { findTitleDates, moveTitleDate, titleDateHeader, type TitleDates } from './title-dates';
import { guessMapping } from './csv-mapping';
import { findSessionColumns, sessionHeaders, withSessions, type SessionColumns } from './session-columns';
import { blockHeaderOf, findBlockHeaders, intoFileColumns, type BlockHeaders, type BlockLayout } from './block-headers';
import { cleanCell } from './clean-cell';
import { repeatedLabelHeaders } from './repeated-labels';
import { firstFilledCell } from './row-rules';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1, the first record row 2. */
  rowNumber: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  rows: CsvRow[];
  /** Problems the parser found, by row; the importer reports them as row errors. */
  rowProblems: Map<number, string>;
  /** Problems that make the whole file unusable (empty, no header). */
  fileProblems: string[];
  /** Non-blank lines above the header (report titles, dates), shown as skipped. */
  skippedAbove: { rowNumber: number; text: string }[];
  /**
   * Lines among the records that a printed report repeats on every page: the lines above the
   * header again, and the page's footer ("Page 1 of 2"). Not records; shown as skipped. Fills as rows are read.
   */
  pageLines: { rowNumber: number; text: string }[];
  /** The header's row number as a spreadsheet shows it (blank lines above it count); 0 when there is none. */
  headerRowNumber: number;
  /** One class's sessions as columns (session-columns.ts): each row also has the columns sessionHeaders names, at the end. */
  sessions?: SessionColumns;
}

const delimiterNames: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
export function delimiterName(d: Delimiter): string {
  return delimiterNames[d];
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter found, outside quotes, on the most of the file's first lines; between two found
 * on as many lines, the one whose lines agree most on how many cells they hold, then the one
 * that splits a line into the most. A table's delimiter is on every line of it, the same number
 * of times, where commas inside unquoted cells are not (European Excel quotes a cell only for a
 * semicolon: `Reyes, Dana;…`; Teams' tab-separated report writes `3/18/26, 8:57:04 AM` bare), nor
 * are the title lines report tools write above the header ("Course completion report", a date
 * with a comma). None at all means comma.
 */
export function guessDelimiter(text: string): Delimiter {
  // Per delimiter: how many lines hold it so many times.
  const counts: Record<Delimiter, Map<number, number>> = { ',': new Map(), ';': new Map(), '\t': new Map() };
  const line: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    for (const d of DELIMITERS) {
      if (line[d] > 0) counts[d].set(line[d], (counts[d].get(line[d]) ?? 0) + 1);
      line[d] = 0;
    }
    lines++;
  };
  for (let i = 0; i < text.length && lines < 30; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') endLine();
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) line[ch]++;
  }
  endLine();
  const score = (d: Delimiter): [number, number, number] => {
    const lineCounts = [...counts[d].values()];
    return [lineCounts.reduce((a, b) => a + b, 0), Math.max(0, ...lineCounts), Math.max(0, ...counts[d].keys())];
  };
  let chosen: Delimiter = ',';
  let best = score(chosen);
  for (const d of DELIMITERS) {
    const s = score(d);
    const i = s.findIndex((v, k) => v !== best[k]);
    if (i !== -1 && s[i]! > best[i]!) [chosen, best] = [d, s];
  }
  return chosen;
}

/** Every cell empty or spaces. A loop, not every(): it runs on each row of a 50,000-row import. */
function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

/** A file's layout without its record rows: what readCsv learns while it streams them. */
export type CsvLayout = Omit<CsvTable, 'rows'> & {
  /** Record rows under the header (blank lines are not records). */
  rowCount: number;
};

/** How many rows findHeaderRow looks at, and how far down a header row can be chosen. */
export const HEADER_WINDOW = 50;

function problemText(error: Papa.ParseError): string {
  return error.code === 'MissingQuotes'
    ? 'a quoted value starts here but its closing quote (") is missing, so the rest of the file ran into it'
    : error.code === 'InvalidQuotes'
      ? 'a quoted value has text after its closing quote, so the values after it could not be told apart; inside quotes, write a quote as ""'
      : error.message;
}

/**
 * Splits CSV text as Excel and LMS exports write it: comma, semicolon or tab
 * (guessed from the text), a UTF-8 BOM, CRLF or LF line ends, quoted fields with
 * doubled quotes and line breaks inside. Never throws.
 *
 * Streams: each record row is handed to `onRow` as Papa reads it and is not kept, so
 * a 50,000-row import holds no table of cells (keeping one made every garbage
 * collection copy it, which cost several times the parse itself). Only the rows up
 * to the header (at most the first 50) are held until the header is found.
 */
export function readCsv(
  text: string,
  onRow?: (rowNumber: number, cells: string[]) => void,
  /** Called once the header is known and record rows will follow, before the first onRow: the layout so far (rowProblems keeps filling as rows are read). */
  onHeader?: (layout: Omit<CsvLayout, 'rowCount'>) => void,
  /** The header's row number as the coordinator chose it (ImportOptions.headerRow); null = found by findHeaderRow. */
  headerRow: number | null = null,
): CsvLayout {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const empty: CsvLayout = { delimiter: ',', headers: [], rowProblems: new Map(), fileProblems: [], skippedAbove: [], pageLines: [], rowCount: 0, headerRowNumber: 0 };
  if (body.trim() === '') return { ...empty, fileProblems: ['The file is empty.'] };

  const delimiter = guessDelimiter(body);
  // The rows read so far hold the header: the chosen one, or the one that looks like it.
  const headerIn = (rows: readonly string[][]): number => (headerRow === null ? findHeaderRow(rows) : headerRow <= rows.length ? headerRow - 1 : -1);
  const rowProblems = new Map<number, string>();
  // Rows before the header is known; after HEADER_WINDOW rows that were all blank, the header is the first non-blank row.
  const head: string[][] = [];
  let headerIndex = -1;
  /** Rows the header takes: two when typed over two rows (headerAt). */
  let headerRows = 1;
  let headers: string[] = [];
  let skippedAbove: CsvLayout['skippedAbove'] = [];
  const pageLines: CsvLayout['pageLines'] = [];
  // The first cells of the lines above the header: a record row starting with one may be that line again.
  let aboveFirstCells = new Set<string>();
  let aboveTexts = new Set<string>();
  let headerProblem: string | undefined;
  let rowCount = 0;
  let index = 0;

  // Course cells that carry their dates ("CART 07/03/26"): read as the course and its date (title-dates.ts).
  let titleDates: TitleDates | null = null;
  let width = 0;
  let sessions: SessionColumns | null = null;
  let sessionsAt = 0;
  let blocks: BlockHeaders | null = null;
  let block: BlockLayout | null = null;
  /** A row of a later block in the file's columns; a later block's header as the file's header again. */
  const inBlock = (read: string[]): string[] => {
    const layout = blockHeaderOf(blocks!, read);
    if (layout !== null) {
      block = layout;
      return headers.slice();
    }
    return block === null ? read : intoFileColumns(read, block);
  };
  const record = (raw: string[], i: number): void => {
    const rowNumber = i + 1;
    const read = blocks === null || isBlank(raw) ? raw : inBlock(raw);
    const moved = titleDates === null || isBlank(read) ? read : moveTitleDate(read, titleDates, width);
    const cells = sessions === null || isBlank(moved) ? moved : withSessions(moved, sessions, sessionsAt);
    // Blank lines (and the one after a final line break) are not records.
    if (isBlank(cells) && !rowProblems.has(rowNumber)) return;
    if (isPageLine(cells, aboveFirstCells, aboveTexts)) {
      pageLines.push({ rowNumber, text: lineText(cells) });
      return;
    }
    rowCount++;
    onRow?.(rowNumber, cells);
  };
  const settle = (found: number): void => {
    headerIndex = found;
    skippedAbove = head
      .slice(0, found)
      .map((cells, i) => ({ rowNumber: i + 1, text: lineText(cells) }))
      .filter((r) => r.text !== '');
    aboveTexts = new Set(skippedAbove.map((r) => r.text));
    aboveFirstCells = new Set(head.slice(0, found).map(firstFilledCell).filter((c) => c !== ''));
    // A row the parser had trouble with is never the header's lower half.
    const at = headerAt(head, found, !rowProblems.has(found + 2));
    headers = at.headers;
    const first = at.next;
    // A log in blocks whose headers changed (year blocks): later blocks' rows moved into the file's columns.
    blocks = findBlockHeaders(headers, head.slice(at.next));
    if (blocks !== null) headers = [...headers, ...blocks.added];
    else {
      const guess = guessMapping(headers);
      titleDates = findTitleDates(head.slice(at.next), guess.trainingTitle, guess.completedOn);
      width = headers.length;
      if (titleDates !== null && titleDates.into === null) headers = [...headers, titleDateHeader(headers[titleDates.column]!)];
      // One class's sessions as columns: what each person attended, in columns of its own after the file's.
      sessions = findSessionColumns(headers, head.slice(at.next), new Set(Object.values(guess).filter((c) => c !== null)));
      if (sessions !== null) {
        sessionsAt = headers.length;
        headers = [...headers, ...sessionHeaders(sessions)];
      }
    }
    headerRows = first - found;
    headerProblem = rowProblems.get(found + 1);
    if (headerProblem === undefined) {
      onHeader?.({ delimiter, headers, rowProblems, fileProblems: [], skippedAbove, pageLines, headerRowNumber: first, ...(sessions === null ? {} : { sessions }) });
      for (let i = first; i < head.length; i++) record(head[i]!, i);
    }
    head.length = 0;
  };

  Papa.parse<string[]>(body, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    dynamicTyping: false,
    // In step mode Papa hands over each row with the problems found while reading it.
    step: (result) => {
      const i = index++;
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        if (!rowProblems.has(i + 1)) rowProblems.set(i + 1, problemText(error));
      }
      const cells = result.data;
      if (headerIndex !== -1) {
        if (headerProblem === undefined) record(cells, i);
        return;
      }
      if (i < HEADER_WINDOW) {
        head.push(cells);
        if (head.length === HEADER_WINDOW) {
          const found = headerIn(head);
          if (found !== -1) settle(found);
        }
      } else if (headerRow === null && !isBlank(cells)) {
        // Every row so far was blank: this one is the header.
        head.length = 0;
        headerIndex = i;
        headers = headerNames(cells, undefined);
        headerProblem = rowProblems.get(i + 1);
        if (headerProblem === undefined) onHeader?.({ delimiter, headers, rowProblems, fileProblems: [], skippedAbove, pageLines, headerRowNumber: i + 1 });
      }
    },
  });
  if (headerIndex === -1 && head.length > 0) {
    const found = headerIn(head);
    if (found !== -1) settle(found);
  }
  if (headerIndex === -1 && headerRow !== null && index > 0) {
    return { ...empty, delimiter, fileProblems: [`The header row chosen, row ${headerRow}, is past the end of the file (${index} ${index === 1 ? 'row' : 'rows'}).`] };
  }

  if (headerIndex === -1) return { ...empty, delimiter, fileProblems: ['The file is empty.'] };
  if (headerProblem !== undefined) return { ...empty, delimiter, headers, skippedAbove, headerRowNumber: headerIndex + 1, fileProblems: [`Row ${headerIndex + 1} (the header row): ${headerProblem}.`] };
  return { delimiter, headers, rowProblems, fileProblems: [], skippedAbove, pageLines, rowCount, headerRowNumber: headerIndex + headerRows, ...(sessions === null ? {} : { sessions }) };
}

/**
 * The header found at `index` of the rows read so far: its names (headerNames), or the names of a
 * header typed over two rows when the row under it is its lower half (splitHeader: merged cells
 * saved as CSV); `next` is the index of the first row after the header.
 */
export function headerAt(rows: readonly (readonly string[])[], index: number, lowerReadWell = true): { headers: string[]; next: number } {
  // A report that repeats its column labels on every row and has no header line (Crystal Reports' CSV): that row is a record too.
  const repeated = repeatedLabelHeaders(rows, index);
  if (repeated) return { headers: repeated, next: index };
  const split = lowerReadWell && index + 1 < rows.length ? splitHeader(rows[index]!, rows[index + 1]!) : null;
  if (split) return { headers: split.map(columnName), next: index + 2 };
  // A matrix's row of class days under its header ("Class date" · 9/22/25 · 4/9/26): part of the header, each day after its course.
  const dayed = lowerReadWell ? dayRowUnder(rows[index] ?? [], rows[index + 1], isDateText) : null;
  if (dayed) return { headers: dayed.map(columnName), next: index + 2 };
  return { headers: headerNames(rows[index] ?? [], index > 0 ? rows[index - 1] : undefined), next: index + 1 };
}

/** The names of the header row's columns: trimmed, grouped under a row of course names above (group-header.ts), "Column N" when empty. */
export function headerNames(header: readonly string[], above: readonly string[] | undefined): string[] {
  const labelled = above !== undefined && isLabelRowOver(above, header, fieldsNamed) ? labelledHeader(above, header) : null;
  return (groupedHeader(above, header) ?? labelled ?? dayedHeader(above, header, isDateText) ?? header).map(columnName);
}

/** A header cell as the column's name: its words, or "Column N" when it has none. */
const columnName = (header: string, index: number): string => withoutMarkup(cleanCell(header)).trim() || `Column ${index + 1}`;

/** Whether the file gave a column no header (columnName named it "Column N"). */
export const isUnnamedColumn = (header: string, index: number): boolean => header === `Column ${index + 1}`;

const TAG = /<\/?[a-z][^<>]*>/gi;

/**
 * A header cell that is a web page's sort link is read as the link's words: Moodle's Simple
 * certificate writes its date column's header into its downloads as
 * `<a href="…orderby=issuedate">Issued Date</a>`.
 */
function withoutMarkup(cell: string): string {
  if (!cell.includes('<')) return cell;
  const text = cell.replace(TAG, '');
  return text === cell ? cell : decodeHTML(text);
}

/** A line's filled cells, as the preview lists a line it skips. */
export function lineText(cells: readonly string[]): string {
  return cells
    .filter((c) => c.trim() !== '')
    .join(' · ')
    .slice(0, 200);
}

// A printed page's number, as report writers put it in the footer: "Page 1 of 2", "Page 3", "1 of 2 pages".
const PAGE_NUMBER = /^(?:page|pág(?:ina)?\.?|seite)\s+\d{1,4}(?:\s+(?:of|de|von)\s+\d{1,4})?$|^\d{1,4}\s+of\s+\d{1,4}\s+pages?$/i;

/**
 * A line a printed report repeats on each page: one of the lines above the header again (its
 * title block), or a line with the page's number. Checked per record row, so the title's text is
 * compared only when the row starts as one of its lines does.
 */
function isPageLine(cells: readonly string[], aboveFirstCells: ReadonlySet<string>, aboveTexts: ReadonlySet<string>): boolean {
  let first: string | null = null;
  let filled = 0;
  for (const cell of cells) {
    if (cell === '' || cell.trim() === '') continue;
    first ??= cell.trim();
    // A footer holds a few cells ("Printed: …", "Page 1 of 2"); a record more: its cells are read no further.
    if (++filled > MOST_CELLS_OF_A_FOOTER) break;
  }
  if (first === null) return false;
  if (filled <= MOST_CELLS_OF_A_FOOTER) {
    for (const cell of cells) {
      const text = cell.trim();
      if (text !== '' && text.length <= 24 && PAGE_NUMBER.test(text)) return true;
    }
  }
  return aboveFirstCells.has(first) && aboveTexts.has(lineText(cells));
}

const MOST_CELLS_OF_A_FOOTER = 3;

/** readCsv with every record row kept: for the preview, which checks rows in slices. */
export function parseCsvTable(text: string, headerRow: number | null = null): CsvTable {
  const rows: CsvRow[] = [];
  const { rowCount: _count, ...layout } = readCsv(text, (rowNumber, cells) => rows.push({ rowNumber, cells }), undefined, headerRow);
  return { ...layout, rows };
}

const NUMBER_OR_DATE = /^[\d\s.,:/+-]+$/;

/** How many of an import's fields a row's cells name, read as a header. */
const fieldsNamed = (names: readonly string[]): number => Object.values(guessMapping(names)).filter((c) => c !== null).length;

/** Whether a row's cells, read as a header, name a column of people's names. */
const namesPeople = (names: readonly string[]): boolean => {
  const m = guessMapping(names);
  return m.memberName !== null || m.memberFirstName !== null || m.memberLastName !== null;
};

/** Rows of a summary table above the records' own (a meeting report's one line about the meeting). */
const SUMMARY_TABLE_ROWS = 2;

/**
 * The header is the first row that looks like one: at least two filled cells and
 * at least half as many as the widest of the first 50 rows, nearly all distinct
 * (a hand-made sheet may head two columns "Notes"), and mostly not numbers or
 * dates. Rows above it are report titles. When no row qualifies, the first
 * non-blank row is the header, as before. A small table above the records' own
 * (a header naming no column of people's names, one or two rows, a blank line, then
 * a header that names one and another field: Zoom's report "with meeting data",
 * whose line about the meeting gives only its host's e-mail) is above it too.
 */
export function findHeaderRow(data: readonly string[][]): number {
  const limit = Math.min(data.length, 50);
  let widest = 0;
  for (let i = 0; i < limit; i++) widest = Math.max(widest, data[i]!.filter((c) => c.trim() !== '').length);
  const looksLikeHeader = (i: number): boolean => {
    const filled = data[i]!.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length < 2 || filled.length * 2 < widest) return false;
    // One repeat per four cells at most: "Name, Course, Notes, Notes" heads a sheet, "Yes, Yes, Yes" does not,
    // unless a row of course names above tells the repeats apart ("CART" over "Completed, Expires").
    // A tracker's pairs of columns repeat theirs ("Training, Date, Training, Date").
    if (tooManyRepeats(filled) && (i === 0 || groupedHeader(data[i - 1], data[i]!) === null) && !repeatsInPairs(filled)) return false;
    const numeric = filled.filter((c) => NUMBER_OR_DATE.test(c)).length;
    if (numeric * 2 <= filled.length) return true;
    // A column per year ("2023", "2024"…) beside the names of people and a course: the years name columns.
    const years = filled.filter(isYearHeader).length;
    return years >= 2 && (numeric - years) * 2 <= filled.length && namesPeople(data[i]!) && fieldsNamed(data[i]!) >= 2;
  };
  // A webinar's attendee report (Zoom's, GoTo's): the host's and panelists' sections above, each
  // under its own label; the attendees' header is the one under "Attendee Details".
  const attendees = data.findIndex((cells, i) => i < ATTENDEE_SECTION_ROWS && ATTENDEE_SECTION.test(onlyCell(cells)));
  if (attendees !== -1 && attendees + 1 < data.length && looksLikeHeader(attendees + 1)) return attendees + 1;
  for (let i = 0; i < limit; i++) {
    if (!looksLikeHeader(i)) continue;
    const below = tableBelowSummary(data, i, limit);
    if (below !== null && looksLikeHeader(below) && !namesPeople(data[i]!) && namesPeople(data[below]!) && fieldsNamed(data[below]!) >= 2) i = below;
    else if (fieldsNamed(data[i]!) === 0) {
      // A title line with a key typed beside it ("Key:", "Green = done"), or a form's labels beside their values ("Sponsor Name:"),
      // names no field: the header is the row under it that names people and another, even when most of its columns are headed with days.
      const named = namesHeaderBelow(data, i, limit, widest);
      if (named !== -1) i = named;
    }
    // A header merged over two rows in Excel: this row holds the course names (or labels over
    // groups of columns), the next their columns.
    return isGroupRowOver(data[i]!, data[i + 1]) || isLabelRowOver(data[i]!, data[i + 1], fieldsNamed) ? i + 1 : i;
  }
  return data.findIndex((cells) => !isBlank(cells));
}

// "Attendee Details" as Zoom's and GoTo's webinar reports label the attendees' section (blank lines between sections or none).
const ATTENDEE_SECTION = /^(?:attendee|participant)s?\s+details$/i;
// The host's and panelists' sections are a few lines each: the label is near the top.
const ATTENDEE_SECTION_ROWS = 200;

/** A line's one filled cell, or '' when it has none or several. */
function onlyCell(cells: readonly string[]): string {
  let only = '';
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (only !== '') return '';
    only = cell.trim();
  }
  return only;
}

/** Rows under a line that names no field where the header naming people is looked for. */
const NAMED_HEADER_REACH = 10;

/**
 * The first row within NAMED_HEADER_REACH under `row` that names people and at least two fields,
 * with at least half as many filled cells as the widest row and no more
 * repeats than a header has; or -1.
 */
function namesHeaderBelow(data: readonly string[][], row: number, limit: number, widest: number): number {
  for (let i = row + 1; i < Math.min(limit, row + 1 + NAMED_HEADER_REACH); i++) {
    const filled = data[i]!.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length < 2 || filled.length * 2 < widest || tooManyRepeats(filled)) continue;
    const named = fieldsNamed(data[i]!);
    if (named >= 2 && namesPeople(data[i]!)) return i;
  }
  return -1;
}

/** The first row after the blank line that ends a table of at most SUMMARY_TABLE_ROWS rows under row `header`, or null. */
function tableBelowSummary(data: readonly string[][], header: number, limit: number): number | null {
  let row = header + 1;
  while (row < limit && !isBlank(data[row]!)) row++;
  if (row === header + 1 || row - header - 1 > SUMMARY_TABLE_ROWS) return null;
  while (row < limit && isBlank(data[row]!)) row++;
  return row < limit ? row : null;
}
