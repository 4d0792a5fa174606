/*
 * Spreadsheet-safe cells. A cell starting with = + - @ tab CR or LF can run as a
 * formula when the CSV is opened in Excel or LibreOffice, so the export prefixes it
 * with an apostrophe (OWASP's advice). Cells that already start with apostrophes
 * before such a character get one more, so the importer can take exactly one away
 * and every value survives export -> import unchanged.
 */

const NEEDS_GUARD = /^'*[=+\-@\t\r\n]/;
const GUARDED = /^'+[=+\-@\t\r\n]/;

export function neutraliseCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseCell; plain values pass through untouched. */
export function restoreCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

/** One CSV field: quoted when it holds a delimiter, quote, line break or edge spaces. */
export function csvField(value: string): string {
  return /[",;\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text: BOM so Excel reads UTF-8, CRLF line ends as RFC 4180 and Excel expect. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(neutraliseCell(cell))).join(',')).join('\r\n')}\r\n`;
}
