import type { ColumnMapping } from './csv-mapping';
import { importFields } from './csv-mapping';
import { isUnnamedColumn, type CsvTable } from './csv-parse';
import { createDatedColumnCheck, createTickedColumnCheck } from './dated-columns';
import { parseDateText } from './date-cells';
import type { TrainingColumn } from './import-options';
import { cleanCell } from './clean-cell';
import type { FixedTraining } from './import-options';
import type { createTrainingMatcher } from './matching';
import { courseInHeading } from './course-heading';
import type { TrainingFacts } from './training-lookup';

/*
 * Training matrices: the sheet a coordinator keeps by hand, one row per person and one column
 * per course, with the date each was completed in the cells.
 */

// Words around a course's name in its column's header that say the cells are dates.
const DATE_WORDS = /^(?:(?:date\s+)?(?:completed|completion|done|taken|attended)(?:\s+(?:date|on))?|date)\s*[:\-–—]\s*|\s*(?:[:\-–—(]\s*|\s+)(?:(?:date\s+)?(?:completed|completion|done|taken|attended)(?:\s+(?:date|on))?|date)\)?$/i;

/** "ICAC UC Chat - Date Completed" → "ICAC UC Chat": the training a course column names. */
export function courseTitleFromHeader(header: string): string {
  const session = courseInHeading([header]);
  const named = session?.day ? session.title : header.trim();
  const title = named.replace(DATE_WORDS, '').trim();
  return title === '' ? named : title;
}

/**
 * The session's day a course column's header carries ("P2P Investigations 1/21/2026", "CART
 * 4/6-4/9/2026", or a day written over the column: dayedHeader in group-header.ts): the day of
 * each tick under it.
 */
export function columnSessionDay(header: string): string | null {
  return courseInHeading([header])?.day ?? null;
}

// Dated columns that are not courses: when a person was hired or born, when a course is next due.
export const NOT_A_COURSE =
  /\b(?:expir\w*|exp|expires|renewal|renew(?:s|ed)?|due(?!\s+process)|next|refresher due|hire\w*|hired|birth\w*|dob|start\w*|began|enrol\w*|registered|scheduled|updated|modified|created|printed|as of|last|latest|most recent|assigned|appointed|sworn|review(?:ed)?\s+(?:date|on|by)|(?:recert\w*|review\w*|promot\w*)\s+(?:date|due|on|by))\b|^(?:recert\w*|review|promotion)$/i;

// A column beside a course that holds when its certificate expires ("CART Expires", "Exp. Date").
const EXPIRY_HEADER = /\b(?:expir\w*|exp|expires|valid (?:until|thru|through)|renew\w*|recert\w*)\b/i;

/**
 * The course columns of a training matrix, when the file is one: two columns or more, not
 * taken by another field and not headed as another kind of date, whose filled cells are
 * mostly dates; each with the expiry column right after it, when there is one. Empty when
 * the file is not a matrix (it has a training or a date column).
 */
/**
 * A header that is itself a date or a time names no course: Moodle's activity completion report
 * heads each activity's date column with the date it was expected ("2026-03-31 23:59:00").
 */
function headerIsDate(header: string): boolean {
  const text = header.trim();
  return /\d/.test(text) && parseDateText(text, { order: 'mdy', excel1904: false }).ok;
}

export function guessTrainingColumns(table: CsvTable, mapping: ColumnMapping): TrainingColumn[] {
  // A training or a completion date column means one record per row: a list, not a matrix.
  if (mapping.trainingId !== null || mapping.trainingTitle !== null || mapping.completedOn !== null) return [];
  const taken = new Set(importFields.filter((f) => f !== 'expiresOn').map((f) => mapping[f]));
  const dated = createDatedColumnCheck(table);
  const columns: TrainingColumn[] = [];
  // Unnamed columns are Moodle's activity report's dates; ticks count under a course whose header gives its day.
  const ticked = createTickedColumnCheck(table);
  const dayless: number[] = [];
  table.headers.forEach((header, column) => {
    if (taken.has(column) || NOT_A_COURSE.test(header) || headerIsDate(header) || isUnnamedColumn(header, column) || activityDate(table.headers, column)) return;
    // A sign-off matrix: ticks under a course whose header gives the session's day.
    if (dated(column) || (columnSessionDay(header) !== null && ticked(column))) columns.push({ column, training: null, expiresColumn: null });
    else if (ticked(column)) dayless.push(column);
  });
  // Ticks under a course of a sign-off matrix whose day was not typed ("Feb 2026" in its Class date row): a course
  // too, so each tick asks for its date instead of being left out unseen.
  if (columns.some((c) => columnSessionDay(table.headers[c.column]!) !== null)) {
    for (const column of dayless) columns.push({ column, training: null, expiresColumn: null });
    columns.sort((a, b) => a.column - b.column);
  }
  // A single dated column is the completion date of a one-course report, not a matrix.
  if (columns.length < 2) return [];
  for (const course of columns) {
    const next = course.column + 1;
    if (next >= table.headers.length || taken.has(next) || !EXPIRY_HEADER.test(table.headers[next]!)) continue;
    if (dated(next, { evenEmpty: true })) course.expiresColumn = next;
  }
  return columns;
}

/**
 * The date column of the activity before it ("Final exam", then "Final exam - Completion date", as
 * Moodle's completion report writes them in any language): the activity's, not a course of its own.
 */
function activityDate(headers: readonly string[], column: number): boolean {
  const before = column > 0 ? headers[column - 1]!.trim() : '';
  const header = headers[column]!.trim();
  return before !== '' && header.length > before.length && header.startsWith(before) && /^\s*[-–:]\s*\S/.test(header.slice(before.length));
}

/** The training a course column records: a catalogue one, one outside the catalogue, or why neither. */
export type ColumnTraining =
  | { kind: 'catalogue'; training: TrainingFacts; byHeader: boolean }
  | { kind: 'custom'; title: string; provider: string; byHeader: boolean }
  | { kind: 'problem'; message: string };

/**
 * The training of a course column: the one chosen for it, else the one its header names (a
 * catalogue title or other name, else a training outside the catalogue under that title).
 */
export function columnTraining(
  header: string,
  column: number,
  chosen: FixedTraining | null,
  matcher: Pick<ReturnType<typeof createTrainingMatcher>, 'byId' | 'byTitle'>,
): ColumnTraining {
  const written = cleanCell(header).trim();
  const name = written !== '' ? `“${written.slice(0, 80)}”` : `column ${column + 1}`;
  if (chosen?.kind === 'catalogue') {
    const t = matcher.byId(chosen.trainingId);
    return t ? { kind: 'catalogue', training: t, byHeader: false } : { kind: 'problem', message: `The catalogue training chosen for ${name} is not in the catalogue in use; choose it again.` };
  }
  if (chosen?.kind === 'custom') {
    const title = cleanCell(chosen.title).trim();
    return title !== '' ? { kind: 'custom', title, provider: cleanCell(chosen.provider).trim(), byHeader: false } : { kind: 'problem', message: `Type the title of the training in ${name}.` };
  }
  const title = courseTitleFromHeader(written);
  if (title === '') return { kind: 'problem', message: `Column ${column + 1} has no header to name its training; choose the training for it.` };
  const match = matcher.byTitle(title);
  if (match.kind === 'found') return { kind: 'catalogue', training: match.training, byHeader: true };
  if (match.kind === 'ambiguous') return { kind: 'problem', message: `${name} matches ${match.ids.length} catalogue trainings (${match.ids.join(', ')}); choose which one this column is.` };
  return { kind: 'custom', title, provider: '', byHeader: true };
}
