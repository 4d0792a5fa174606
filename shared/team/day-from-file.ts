import { parseDateText } from './date-cells';

/*
 * The day of a one-session sheet (a class roster, a sign-in sheet): its rows have no date
 * column, and the day is typed once in a title line above the table ("Class date: April 6–9,
 * 2026") or in the file name ("CART roster 2026-04-09.csv"). Read here to offer it for
 * "All rows were completed on one day"; the coordinator sees it and can change it.
 */

export type DaySource = { kind: 'line'; rowNumber: number; text: string } | { kind: 'file name' };

export type DayGuess =
  /** One day read; a range of days is its last. */
  | { kind: 'found'; day: string; written: string; source: DaySource }
  /** A numeric date that reads as two days (4/5/2026), and nothing tells which. */
  | { kind: 'ambiguous'; written: string; source: DaySource };

// Title lines whose date is not the session's: when the report was printed, the period it covers, what is due.
const NOT_THE_SESSION =
  /\b(?:print\w*|generat\w*|run|export\w*|created|download\w*|prepared|as of|report(?:ed)?\s+date|period|between|from|updated|modified|due|expir\w*|deadline|registration|register\w*|hire\w*|dob|birth\w*)\b/i;

// A span is a date only when it says so by its shape: digits joined by / . - or a month's word. A bare number is an ID or a count.
const DATE_SHAPE = /\d{1,4}\s*[/.-]\s*\d{1,2}|\p{L}{3,}/u;
const COMPACT = /^(?:19|20)\d{6}$/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
// Punctuation around a date in running text: "(April 9, 2026)", "2026-04-09;".
const EDGES = /^[\s("'“‘[]+|[\s)"'”’\],;:.]+$/g;

/** The longest spans of `words` that read as dates, left to right: what the text says as days, and those that read two ways. */
export function datesInWords(words: readonly string[]): { days: { day: string; written: string }[]; ambiguous: string[] } {
  const days: { day: string; written: string }[] = [];
  const ambiguous: string[] = [];
  // "Saturday, 7 March 2026, 2:05 PM" and "April 6 - 9, 2026" are the longest usual spans.
  const longest = 8;
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && taken === 0; n--) {
      const written = words.slice(i, i + n).join(' ').replace(EDGES, '');
      if (BARE_NUMBER.test(written) ? !COMPACT.test(written) : !DATE_SHAPE.test(written)) continue;
      // Read both ways: a numeric date that gives two days (4/5/2026) is not taken, and says so.
      const monthFirst = parseDateText(written, { order: 'mdy', excel1904: false });
      const dayFirst = parseDateText(written, { order: 'dmy', excel1904: false });
      const read = monthFirst.ok ? monthFirst : dayFirst;
      if (!read.ok) continue;
      if (monthFirst.ok && dayFirst.ok && monthFirst.value !== dayFirst.value) ambiguous.push(written);
      else days.push({ day: read.value, written });
      taken = n;
    }
    i += Math.max(taken, 1);
  }
  return { days, ambiguous };
}

/**
 * The one day the lines above the table give (else the file name): the last when one line gives
 * several (a class's first and last days); null when they give none, or different days on
 * different lines (a printed date beside the class's, a reporting period).
 */
export function dayFromFile(fileName: string, linesAbove: readonly { rowNumber: number; text: string }[]): DayGuess | null {
  const found: { day: string; written: string; source: DaySource }[] = [];
  const unclear: { written: string; source: DaySource }[] = [];
  for (const line of linesAbove) {
    // Cells of a title line are joined by " · " (csv-parse.ts); a label and its value may sit in two cells.
    if (NOT_THE_SESSION.test(line.text)) continue;
    const source: DaySource = { kind: 'line', rowNumber: line.rowNumber, text: line.text };
    const read = datesInWords(line.text.split(/\s+·\s+|\s+/));
    for (const d of read.days) found.push({ ...d, source });
    for (const written of read.ambiguous) unclear.push({ written, source });
  }
  if (found.length === 0 && unclear.length === 0) {
    const base = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
    const read = datesInWords(base.split(/[\s_]+/));
    const source: DaySource = { kind: 'file name' };
    for (const d of read.days) found.push({ ...d, source });
    for (const written of read.ambiguous) unclear.push({ written, source });
  }
  if (unclear.length > 0) return found.length === 0 && unclear.length === 1 ? { kind: 'ambiguous', ...unclear[0]! } : null;
  const distinct = new Set(found.map((f) => f.day));
  if (distinct.size === 1) return { kind: 'found', ...found[0]! };
  // Several days on one line are the class's ("Start Date: 2026-03-16 · End Date: 2026-03-18"): its last, as for a range.
  const line = found[0]?.source;
  if (line?.kind === 'line' && found.every((f) => f.source.kind === 'line' && f.source.rowNumber === line.rowNumber)) {
    return { kind: 'found', ...found.reduce((last, f) => (f.day > last.day ? f : last)) };
  }
  return null;
}
