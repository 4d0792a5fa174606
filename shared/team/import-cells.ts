import { restoreCell } from './csv-cells';
import { cleanCell, cleanNote } from './clean-cell';
import { memberIdentityFields, type ColumnMapping } from './csv-mapping';
import type { ImportOptions } from './import-options';
import { isHeadingText, memberNameFromCells } from './row-rules';

/*
 * What an import reads out of a row's cells, worked out once per distinct raw value.
 * Exports repeat a few hundred people, trainings, dates and hours on 50,000 rows, so
 * the row check looks each cell up once in a map keyed by the raw string Papa Parse
 * handed over and finds its verdict (cleaned text, member, training, parsed date) there.
 */

/** Past this many distinct values a memo stops growing (a column of unique values gains nothing from it). */
export const CELL_MEMO_LIMIT = 5_000;

/** A cell as it may reach a record: control characters dropped, trimmed, a text formula's text, the export's formula guard taken off. */
export function cleanImportCell(raw: string, note = false): string {
  // A note is the coordinator's own words: nothing is taken off it.
  const cell = restoreCell(formulaText((note ? cleanNote(raw) : cleanCell(raw)).trim()));
  return note ? cell : sharePointValue(cell);
}

// SharePoint's Export to Excel writes a person or lookup as "31;#Kowalczyk, Megan" (the item's id
// first) and a calculated column as "datetime;#2028-03-13 00:00:00" (its type first). One value only:
// a cell of several ("1;#A;#2;#B") is left as it is.
const SHAREPOINT_PREFIX = /^(?:\d+|string|datetime|float|number|boolean);#(?!.*;#)/s;

/** A SharePoint value without the id or type it is written after; anything else as it is. */
function sharePointValue(cell: string): string {
  return cell.includes(';#') ? cell.replace(SHAREPOINT_PREFIX, '').trim() : cell;
}

// Excel's text formula, as report writers (Webex, SSRS) put a date or an ID with leading zeros in a CSV so Excel keeps it as written: ="2026-04-08 13:00:00".
const TEXT_FORMULA = /^="((?:[^"]|"")*)"$/s;

/** ="0412" → 0412; anything else as it is. */
function formulaText(cell: string): string {
  if (cell.charCodeAt(0) !== 61) return cell;
  const text = TEXT_FORMULA.exec(cell)?.[1];
  return text === undefined ? cell : text.replace(/""/g, '"').trim();
}

/** `make(raw)` remembered per distinct raw value, up to `limit` values (then made again each time). */
export function memoByCell<T>(make: (raw: string) => T, limit: number): (raw: string) => T {
  const memo = new Map<string, T>();
  return (raw) => {
    let value = memo.get(raw);
    if (value === undefined) {
      value = make(raw);
      if (memo.size < limit) memo.set(raw, value);
    }
    return value;
  };
}

/**
 * A value per distinct combination of the raw cells in `columns` (a member's name and
 * e-mail, a training's id, title and provider): nested maps, one look-up per column and
 * no joined key string built per row. With no columns, one value for every row.
 */
export class CellTupleMemo<V> {
  private readonly root = new Map<string, unknown>();
  private single: V | undefined;
  private size = 0;

  constructor(
    private readonly columns: readonly number[],
    private readonly limit: number,
  ) {}

  get(cells: readonly string[]): V | undefined {
    const { columns } = this;
    if (columns.length === 0) return this.single;
    let node: unknown = this.root;
    for (let i = 0; i < columns.length; i++) {
      node = (node as Map<string, unknown>).get(cells[columns[i]!] ?? '');
      if (node === undefined) return undefined;
    }
    return node as V;
  }

  set(cells: readonly string[], value: V): void {
    const { columns } = this;
    if (this.size >= this.limit) return;
    if (columns.length === 0) {
      this.single = value;
      return;
    }
    this.size++;
    let node = this.root;
    for (let i = 0; i < columns.length - 1; i++) {
      const raw = cells[columns[i]!] ?? '';
      let next = node.get(raw) as Map<string, unknown> | undefined;
      if (next === undefined) node.set(raw, (next = new Map()));
      node = next;
    }
    node.set(cells[columns[columns.length - 1]!] ?? '', value);
  }
}

/** The cleaned text of a field's cell, or '' when no column is mapped to it. */
export function cleanField(cells: readonly string[], column: number | null): string {
  return column === null ? '' : cleanImportCell(cells[column] ?? '');
}

const ADDRESS = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+\.[A-Za-z]{2,}/g;

/**
 * The e-mail address in an e-mail cell, as mail programs and forms write it: "Dana Reyes
 * <dana.reyes@example.gov>", "mailto:dana.reyes@example.gov". A cell with no address, or with
 * two (whose would the record be?), stays as it is, to be reported.
 */
export function emailInCell(text: string): string {
  const found = text.match(ADDRESS);
  return found?.length === 1 ? found[0] : text;
}

/** The columns that name a row's member, in the order the checks read them. */
export function memberColumns(mapping: ColumnMapping): number[] {
  return memberIdentityFields.map((f) => mapping[f]).filter((c): c is number => c !== null);
}

/** The member a row names, read from its cells (cleaned). */
export function memberNames(cells: readonly string[], mapping: ColumnMapping): { email: string; externalId: string; name: string } {
  const email = emailInCell(cleanField(cells, mapping.memberEmail));
  // Brightspace writes "#" before each OrgDefinedId and username ("#ecastillo", "#100452"): the ID is what follows.
  const externalId = cleanField(cells, mapping.memberExternalId).replace(/^#(?=[^\s#])/, '');
  const name = memberNameFromCells(cleanField(cells, mapping.memberName), cleanField(cells, mapping.memberFirstName), cleanField(cells, mapping.memberLastName));
  // Attendees pasted from a meeting's address line ("Sam Lee <sam.lee@example.gov>"): the address finds them, the name is the rest.
  if (email === '' && name.includes('@')) {
    const address = emailInCell(name);
    if (address !== name) return { email: address, externalId, name: name.replace(ADDRESS_WITH_BRACKETS, ' ').replace(/\s+/g, ' ').replace(/[,;\s]+$/, '').trim() };
  }
  return { email, externalId, name };
}

const ADDRESS_WITH_BRACKETS = new RegExp(String.raw`[<([]?\s*(?:mailto:)?${ADDRESS.source}\s*[>)\]]?`, 'g');

/**
 * A one-session roster (a class roster, a sign-in sheet) whose training and day are chosen for
 * all rows: every row that names someone is a whole record, even one with only a name.
 */
export function rosterOfOneSession(options: Pick<ImportOptions, 'training' | 'completedOnForAll'>): boolean {
  return options.training !== null && Boolean(options.completedOnForAll);
}

/**
 * Whether a row's member cells name someone: an e-mail, an ID number, or a name with no digit
 * or colon (a heading or note typed in the name column has them: "Day 2:", "3 attendees").
 */
export function namesSomeone(cells: readonly string[], mapping: ColumnMapping): boolean {
  const { email, externalId, name } = memberNames(cells, mapping);
  return email !== '' || externalId !== '' || (name !== '' && !isHeadingText(name));
}
