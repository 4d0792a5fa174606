import Papa from 'papaparse';

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
}

const delimiterNames: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
export function delimiterName(d: Delimiter): string {
  return delimiterNames[d];
}

/**
 * The delimiter used most often, outside quotes, on the header line. Papaparse's own
 * guess weighs data rows too and can be swayed by values such as ";" in a comma file;
 * header names almost never contain a delimiter. Ties and none at all mean comma.
 */
export function guessDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Splits CSV text as Excel and LMS exports write it: comma, semicolon or tab
 * (guessed from the text), a UTF-8 BOM, CRLF or LF line ends, quoted fields with
 * doubled quotes and line breaks inside. Never throws.
 */
export function parseCsvTable(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const empty: CsvTable = { delimiter: ',', headers: [], rows: [], rowProblems: new Map(), fileProblems: [] };
  if (body.trim() === '') return { ...empty, fileProblems: ['The file is empty.'] };

  const delimiter = guessDelimiter(body);
  const result = Papa.parse<string[]>(body, { header: false, delimiter, skipEmptyLines: false, dynamicTyping: false });
  const data = result.data;

  const rowProblems = new Map<number, string>();
  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter' || error.row === undefined) continue;
    const rowNumber = error.row + 1;
    const message =
      error.code === 'MissingQuotes'
        ? 'a quoted value starts here but its closing quote (") is missing, so the rest of the file ran into it'
        : error.code === 'InvalidQuotes'
          ? 'a quoted value has text after its closing quote, so the values after it could not be told apart; inside quotes, write a quote as ""'
          : error.message;
    if (!rowProblems.has(rowNumber)) rowProblems.set(rowNumber, message);
  }

  const headerIndex = data.findIndex((cells) => !isBlank(cells));
  if (headerIndex === -1) return { ...empty, delimiter, fileProblems: ['The file is empty.'] };
  const headers = data[headerIndex]!.map((h, i) => h.trim() || `Column ${i + 1}`);
  const headerProblem = rowProblems.get(headerIndex + 1);
  if (headerProblem) return { ...empty, delimiter, headers, fileProblems: [`Row ${headerIndex + 1} (the header row): ${headerProblem}.`] };

  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i]!;
    const rowNumber = i + 1;
    // Blank lines (and the one after a final line break) are not records.
    if (isBlank(cells) && !rowProblems.has(rowNumber)) continue;
    rows.push({ rowNumber, cells });
  }
  return { delimiter, headers, rows, rowProblems, fileProblems: [] };
}
