import { guessMapping, importFields, type ColumnMapping, type ImportField } from './csv-mapping';
import { createOtherTableCheck } from './row-rules';

/*
 * A log kept in blocks, one per year, each under a header of its own that changed as the sheet
 * grew ("Name, Training, Date"; then "Name, Training, Date, Hours"; then "Last, First, Training,
 * Date Completed, Hours, Expires"). Each later block's rows are moved into the file's columns by
 * what their headers name, so one mapping reads every block; what only a later block has (its
 * hours, its expiry) gets a column of its own at the end of the file's header.
 */

export interface BlockHeaders {
  /** Columns added after the file's own for fields only later blocks have, named as the first of them names it. */
  added: string[];
  /** Each later block's header, by its key (blockKey), with where its cells go. */
  layouts: Map<string, BlockLayout>;
  /** The first cells of those headers: a row whose first cell is none of them is no header (a cheap test per row). */
  firstCells: Set<string>;
}

export interface BlockLayout {
  /** For each of the file's columns (and the added ones), the block's column that fills it, or -1. */
  from: number[];
  /** The block names people by first and last name where the file has one name column: that column, and the block's two. */
  joinName: { into: number; first: number; last: number } | null;
}

const blockKey = (cells: readonly string[]): string =>
  cells
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '')
    .join('\u0001');

const namedFields = (mapping: ColumnMapping): ImportField[] => importFields.filter((f) => mapping[f] !== null);
const namesPeople = (m: ColumnMapping): boolean => m.memberName !== null || (m.memberFirstName !== null && m.memberLastName !== null);

/**
 * The later blocks' headers among `rows` (the rows under the file's header that are read before
 * the header is settled): rows with no digit that name people and at least one more field, and
 * differ from the file's header. Null when there are none.
 */
export function findBlockHeaders(headers: readonly string[], rows: readonly (readonly string[])[]): BlockHeaders | null {
  const own = guessMapping(headers);
  if (!namesPeople(own)) return null;
  const found: { cells: readonly string[]; mapping: ColumnMapping }[] = [];
  const seen = new Set<string>([blockKey(headers)]);
  // Another table's header (a meeting report's list of each join under its list of participants) is read as one, not as a block.
  const isOtherTable = createOtherTableCheck(headers);
  for (const cells of rows) {
    // A record has a date: its row is passed over without a guess.
    if (cells.some((c) => /\d/.test(c))) continue;
    const key = blockKey(cells);
    if (key === '' || seen.has(key) || isOtherTable(cells)) continue;
    const mapping = guessMapping(cells.map((c) => c.trim()));
    if (!namesPeople(mapping) || namedFields(mapping).length < 3) continue;
    seen.add(key);
    found.push({ cells, mapping });
  }
  if (found.length === 0) return null;
  // Fields only later blocks name get columns of their own, in the order first met.
  const added: string[] = [];
  const addedAt = new Map<ImportField, number>();
  for (const { cells, mapping } of found) {
    for (const field of namedFields(mapping)) {
      if (own[field] !== null || addedAt.has(field) || isNamePart(field, own)) continue;
      addedAt.set(field, headers.length + added.length);
      added.push(cells[mapping[field]!]!.trim());
    }
  }
  const width = headers.length + added.length;
  const layouts = new Map<string, BlockLayout>();
  const firstCells = new Set<string>();
  for (const { cells, mapping } of found) {
    const from = Array.from({ length: width }, () => -1);
    for (const field of namedFields(mapping)) {
      const at = own[field] ?? addedAt.get(field);
      if (at !== undefined) from[at] = mapping[field]!;
    }
    // A column the guesses name nothing keeps its place when the block heads it the same way.
    headers.forEach((header, i) => {
      if (from[i] !== -1 || header.trim() === '') return;
      const same = cells.findIndex((c) => c.trim().toLowerCase() === header.trim().toLowerCase());
      if (same !== -1) from[i] = same;
    });
    const joinName = own.memberName !== null && mapping.memberName === null ? { into: own.memberName, first: mapping.memberFirstName!, last: mapping.memberLastName! } : null;
    layouts.set(blockKey(cells), { from, joinName });
    firstCells.add(firstCell(cells));
  }
  return { added, layouts, firstCells };
}

/** First and last name are the file's one name column's parts, not fields to add. */
const isNamePart = (field: ImportField, own: ColumnMapping): boolean => own.memberName !== null && (field === 'memberFirstName' || field === 'memberLastName');

const firstCell = (cells: readonly string[]): string => (cells.find((c) => c.trim() !== '') ?? '').trim().toLowerCase();

/** The later block whose header `cells` is, or null (most rows: their first cell heads no block). */
export function blockHeaderOf(found: BlockHeaders, cells: readonly string[]): BlockLayout | null {
  if (!found.firstCells.has(firstCell(cells))) return null;
  return found.layouts.get(blockKey(cells)) ?? null;
}

/** A later block's row in the file's columns. */
export function intoFileColumns(cells: readonly string[], layout: BlockLayout): string[] {
  const out = layout.from.map((j) => (j === -1 ? '' : (cells[j] ?? '')));
  if (layout.joinName !== null) out[layout.joinName.into] = `${(cells[layout.joinName.first] ?? '').trim()} ${(cells[layout.joinName.last] ?? '').trim()}`.trim();
  return out;
}
