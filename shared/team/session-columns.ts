import { parseDateText } from './date-cells';
import { courseInHeading } from './course-heading';

/*
 * One class's sessions as columns: an attendance export of several sessions (Moodle's, one column
 * per session headed "6 Apr 2026 8.00AM All students", holding P, L, E or A) or a state board's
 * affidavit of attendance (one column per class day headed with its date, holding the hours
 * attended). Each row is one person's attendance of the one class, not a record per column: the
 * row is read as if it also had columns saying the last session the person attended, how many of
 * the sessions that was, and (for hours) the hours attended.
 */

export interface SessionColumns {
  /** The session columns, in file order. */
  columns: number[];
  /** Each session's day (ISO), in the same order. */
  days: string[];
  /** What the cells hold: attendance codes, or hours attended. */
  holds: 'codes' | 'hours';
}

/** The names of the columns added after the file's own. */
export const LAST_SESSION_HEADER = 'Last session attended';
export const SESSIONS_ATTENDED_HEADER = 'Sessions attended';
export const HOURS_ATTENDED_HEADER = 'Hours attended';

// Present, late, a tick: attended. Absent, excused: not.
const ATTENDED = /^(?:p|l|x|✓|✔|present|late|attended|yes|y)$/i;
const MISSED = /^(?:a|e|absent|excused|no|n)$/i;
// A day's hours: 0 to 24, a decimal point or comma.
const HOURS = /^(?:[0-9]|1[0-9]|2[0-4])(?:[.,]\d{1,2})?$/;
// Most filled cells of a session column say attendance: a signature line's date under the table does not.
const SHARE = 0.8;
// A class's sessions fall within a year of each other; a wider spread is a matrix of dated columns.
const MOST_DAYS = 366;

/** A header's day, read both ways when its numbers do not say which is the month, and what the header says besides. */
function headerDays(header: string): { mdy: string; dmy: string; rest: string } | null {
  const heading = courseInHeading([header]);
  const text = heading?.day ?? header.trim();
  const rest = heading?.day ? heading.title : '';
  if (!/\d/.test(text)) return null;
  const mdy = parseDateText(text, { order: 'mdy', excel1904: false });
  const dmy = parseDateText(text, { order: 'dmy', excel1904: false });
  if (!mdy.ok && !dmy.ok) return null;
  return { mdy: mdy.ok ? mdy.value : (dmy as { value: string }).value, dmy: dmy.ok ? dmy.value : (mdy as { value: string }).value, rest };
}

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const spread = (days: readonly string[]): number => Math.max(...days.map(dayNumber)) - Math.min(...days.map(dayNumber));

/**
 * The session columns of a file, when it has two or more columns headed with a day and not taken
 * by a field of the first guess, whose filled cells under the header are mostly attendance codes
 * or mostly hours, and at least one person attended one. The days are read in whichever order
 * keeps the sessions closer together (a class's days are near each other). Null otherwise.
 */
export function findSessionColumns(headers: readonly string[], rows: readonly (readonly string[])[], taken: ReadonlySet<number>): SessionColumns | null {
  const dated = headers.flatMap((header, column) => {
    if (taken.has(column)) return [];
    const days = headerDays(header);
    return days === null ? [] : [{ column, days }];
  });
  // Sessions of one class say the same besides their day (a group's name, "All students"); courses headed with their days do not.
  if (dated.length < 2 || new Set(dated.map((d) => d.days.rest.toLowerCase())).size > 1) return null;
  let codes = 0;
  let hours = 0;
  let filled = 0;
  let attended = 0;
  for (const cells of rows) {
    for (const { column } of dated) {
      const text = (cells[column] ?? '').trim();
      if (text === '') continue;
      filled++;
      if (ATTENDED.test(text)) {
        codes++;
        attended++;
      } else if (MISSED.test(text)) codes++;
      else if (HOURS.test(text)) {
        hours++;
        if (Number(text.replace(',', '.')) > 0) attended++;
      }
    }
  }
  if (attended === 0) return null;
  const holds = codes >= filled * SHARE ? 'codes' : hours >= filled * SHARE ? 'hours' : null;
  if (holds === null) return null;
  const mdy = dated.map((d) => d.days.mdy);
  const dmy = dated.map((d) => d.days.dmy);
  const days = spread(dmy) < spread(mdy) ? dmy : mdy;
  if (new Set(days).size !== days.length || spread(days) > MOST_DAYS) return null;
  return { columns: dated.map((d) => d.column), days, holds };
}

/** The names of the columns added for the sessions. */
export function sessionHeaders(found: SessionColumns): string[] {
  return found.holds === 'hours' ? [LAST_SESSION_HEADER, SESSIONS_ATTENDED_HEADER, HOURS_ATTENDED_HEADER] : [LAST_SESSION_HEADER, SESSIONS_ATTENDED_HEADER];
}

/** A session cell's attendance: whether the person was there, and the hours when the cells hold hours. */
function attendance(text: string, holds: SessionColumns['holds']): number {
  if (holds === 'codes') return ATTENDED.test(text) ? 1 : 0;
  return HOURS.test(text) ? Number(text.replace(',', '.')) : 0;
}

/**
 * The row with the sessions' columns added at `width` (the header's width before them): the last
 * session attended (ISO, empty when none), "3 of 4", and for hours their sum.
 */
export function withSessions(cells: string[], found: SessionColumns, width: number): string[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  let last = '';
  let count = 0;
  let total = 0;
  found.columns.forEach((column, i) => {
    const value = attendance((cells[column] ?? '').trim(), found.holds);
    if (value <= 0) return;
    count++;
    total += value;
    if (last === '' || found.days[i]! > last) last = found.days[i]!;
  });
  out.push(last, `${count} of ${found.columns.length}`);
  if (found.holds === 'hours') out.push(count === 0 ? '' : String(Math.round(total * 100) / 100));
  return out;
}

/** The "Sessions attended" values that mean the class was completed: every session for codes; any hours at all for hours. */
export function attendedValues(found: SessionColumns, values: readonly string[]): string[] {
  const all = found.columns.length;
  return values.filter((v) => {
    const count = Number(/^(\d+) of \d+$/.exec(v)?.[1] ?? -1);
    return found.holds === 'codes' ? count === all : count > 0;
  });
}
