import Papa from 'papaparse';
import { jsonErrorWhere } from '../validation/json-error-position';

/*
 * A JSON download read as a table: Moodle's "JSON" data format (and the many systems that
 * export "an array of records"). Moodle 3.11 and later write `[[{...}, {...}]]`, one array per
 * sheet, each record keyed by its column's header squeezed to lower-case letters and digits
 * ("Date received" → "datereceived"); earlier versions wrote each record as a bare array of
 * values, with no header. The table goes on as CSV text, so the import's one reader, the
 * preview and the main side's re-check all see the same rows.
 */

export type JsonTable =
  | { ok: true; text: string; tables: number; table: number; headerless: boolean }
  | { ok: false; message: string };

type Scalar = string | number | boolean | null;
type Row = Record<string, unknown> | unknown[];

/** True when the text is meant as JSON: its first character (after a byte-order mark or blanks) opens an array or object. */
export function looksLikeJson(text: string): boolean {
  const first = text.search(/[^\s\uFEFF]/);
  return text[first] === '[' || text[first] === '{';
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
/** A record: an object with a field, or a non-empty array of plain values. */
const isRow = (v: unknown): v is Row => (isRecord(v) && Object.keys(v).length > 0) || (Array.isArray(v) && v.length > 0 && v.every(isScalar));
const isTable = (v: unknown): v is Row[] => Array.isArray(v) && v.length > 0 && v.every(isRow);

/** The lists of records the value holds: one (an array of records), several (Moodle's sheets), or an object's first. */
function tablesIn(value: unknown): Row[][] {
  if (isTable(value)) return [value];
  if (Array.isArray(value)) return value.every((v) => Array.isArray(v) && (v.length === 0 || isTable(v))) ? (value as Row[][]).filter((v) => v.length > 0) : [];
  // {"data": [...]} and the like: the first property that is a list of records.
  if (isRecord(value)) for (const v of Object.values(value)) if (isTable(v)) return [v];
  return [];
}

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** How deep nested objects are opened into columns; deeper ones stay one cell of JSON text. */
const NESTING = 3;

/**
 * A record with its nested objects opened into columns named by their path: an API's
 * `"user": {"first_name": "Dana", "email": …}` gives "user.first_name" and "user.email",
 * which the header guesses read as a person's fields ("user" is a word they already skip).
 */
function flatRecord(r: Record<string, unknown>, prefix = '', depth = 0): Record<string, unknown> {
  // No prototype: a key "__proto__" is a column like any other.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(r)) {
    if (isRecord(v) && depth < NESTING) Object.assign(out, flatRecord(v, `${prefix}${k}.`, depth + 1));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

/** One table as rows of cell text under a header: the keys in the order first met, or "Column 1…" for bare arrays. */
function tableCells(table: Row[]): { cells: string[][]; headerless: boolean } {
  const rows = table.map((r) => (isRecord(r) ? flatRecord(r) : r));
  if (rows.every(Array.isArray)) {
    const width = Math.max(0, ...rows.map((r) => (r as unknown[]).length));
    return { cells: [Array.from({ length: width }, (_, i) => `Column ${i + 1}`), ...rows.map((r) => Array.from({ length: width }, (_, i) => cellText((r as unknown[])[i])))], headerless: true };
  }
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (!isRecord(r)) continue;
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      keys.push(k);
      seen.add(k);
    }
  }
  // Own fields only: a record without "constructor" must not show Object's.
  const field = (r: Record<string, unknown>, k: string) => (Object.hasOwn(r, k) ? r[k] : undefined);
  return { cells: [keys, ...rows.map((r) => (isRecord(r) ? keys.map((k) => cellText(field(r, k))) : keys.map((_, i) => cellText(r[i]))))], headerless: false };
}

/**
 * The records of a JSON text as CSV text (`table`: which list of records, 0 = the first that
 * holds any), or why it is not a table, naming where the JSON breaks.
 */
export function jsonTableText(text: string, table?: number): JsonTable {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `the file is JSON, but ${jsonErrorWhere(text, error)}` };
  }
  const tables = tablesIn(value);
  if (tables.length === 0) return { ok: false, message: 'the file is JSON, but it holds no list of records to import (one record per completion, each with its columns)' };
  const index = table !== undefined && table >= 0 && table < tables.length ? table : 0;
  const { cells, headerless } = tableCells(tables[index]!);
  // Every cell quoted: a value's semicolons or tabs are then inside quotes, where the import's
  // delimiter guess does not count them, so the table is always read comma-separated.
  return { ok: true, text: Papa.unparse(cells, { newline: '\r\n', quotes: true }), tables: tables.length, table: index, headerless };
}
