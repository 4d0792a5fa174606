import { isoFromExcelSerial, isoFromParts } from '../util/dates';
import { excelErrorMessage, type Parsed } from './csv-values';
import { isWeekdayWord, monthNumber } from './month-names';

/*
 * Completion and expiry dates as exports write them. Times are dropped: a
 * completion is a calendar day.
 *
 * - ISO: 2026-03-07, 2026/03/07, with or without a time (T14:05:00Z, " 14:05").
 * - Numeric: 3/7/2026 or 7/3/2026 (the order comes from DateOptions), 7-3-26, 07 03 2026;
 *   dots (07.03.2026) are day first, as in European Excel, unless the year is chosen first.
 * - Two-digit year first, when chosen ('ymd'): 26-03-07, one of Totara's completion-import
 *   formats. A dashed or spaced date of two-digit parts whose first part is over 12 (15-03-26)
 *   could be that too, so it does not tell the order by itself.
 * - Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the POSIX
 *   strptime rule), so "7/03/26" is 2026 and "12/31/98" is 1998.
 * - Long English: "Saturday, 7 March 2026, 2:05 PM", "7 Mar 2026", "March 7, 2026",
 *   "07-Mar-2026", "Mar-07-2026", "7th of March 2026", "Mar 7, 2026 at 2:05pm", and
 *   JavaScript's "Sat Mar 07 2026 14:05:00 GMT-0500 (Eastern Standard Time)"; the weekday,
 *   time and zone are ignored.
 * - Long Spanish, French and German, as Moodle's language packs write them (month-names.ts):
 *   "sábado, 07 de marzo de 2026, 14:05", "samedi 07 mars 2026, 14:05", "7 mars 2026 à 14:05",
 *   "Samstag, 07. März 2026, 14:05 Uhr", "07-Mär-26"; and the long dates of Excel, Moodle and
 *   LibreOffice in Portuguese, Italian, the Nordic languages, Polish and Czech: "terça-feira, 7 de
 *   março de 2028", "sábado, 7 de março de 2026 às 14:05", "15-out-2025", "martedì 7 marzo 2028",
 *   "den 7 mars 2028", "7. marts 2028", "7 marca 2028", "7. března 2028".
 * - Numeric with a space after each dot, as Czech, Slovak and Hungarian write them: "7. 3. 2026"
 *   (day first); year first in Korean and Hungarian: "2026. 3. 7." (the last dot optional).
 * - Japanese and Chinese "2028年3月7日" (a weekday after it, "(火)", dropped), Korean "2028년 3월 7일".
 * - Compact: 20260307.
 * - Seconds or milliseconds since 1970 (a database's raw timestamp: 1773366005), and ISO
 *   date-times with their zone, are the day they fall on where this computer is.
 * - Excel serial numbers in the 1900 system (45358 = 2024-03-07) or, when chosen,
 *   the 1904 system of old Mac workbooks (43896 = 2024-03-07).
 */

export type DateOrder = 'mdy' | 'dmy' | 'ymd';
export interface DateOptions {
  /** null: not known yet; an ambiguous value (3/4/2026) is then refused with a question. */
  order: DateOrder | null;
  excel1904: boolean;
  /**
   * Dotted dates (07.03.2026) month first too: only when month first is the file's fixed order
   * (chosen, or guessed before reading: dottedMonthFirst), never from what rows read so far tell,
   * so a European file's dots stay day first.
   */
  dotsMonthFirst?: boolean;
}

// A time after the day, as exports write it ("14:05", ", 2:05 PM", " at 2:05pm", " @ 2:05 PM"), with
// an optional zone ("Z", "+05:00", "UTC", "GMT-0500 (Eastern Standard Time)" as JavaScript writes it).
const TIME = String.raw`(?:[,\s]+(?:(?:at|@|à|às|a las|um)\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}(?:[+-]\d{2}:?\d{2})?|[A-Z][A-Za-z]+(?:\/[A-Za-z_-]+){1,2})(?:\s+\([A-Za-z .-]{1,60}\))?)?(?:\s*Uhr)?)?`;
// A class's hours after its day, as sign-in sheets write them: "0900-1600", "8a-4p", "8:00am - 4:30pm".
const CLASS_HOURS = String.raw`(?:[,\s]+(?:\d{3,4}\s*[-–]\s*\d{3,4}|\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]?\.?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]?\.?))?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|${TIME})$`);
// An ISO date-time that says its zone: Z or an offset right after the time, or UTC after a space ("2026-03-13 02:05:44 UTC", Thinkific's reports).
const ZONED = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:(Z)|([+-]\d{2}):?(\d{2})|\s(?:UTC|GMT))$/;
// Seconds (or milliseconds) since 1970 as a database keeps them: a query's raw timecompleted, 2001–2286.
const EPOCH = /^(?:[1-9]\d{9}|[1-9]\d{12})$/;
// The separator: a slash, dash, space or dot, the dot maybe with a space after it (Czech "7. 3. 2026").
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/ -]|\.\s?)(\d{1,2})\2(\d{4}|\d{2})(?:${TIME}|${CLASS_HOURS})$`);
// Year first with a dot after each part and maybe a space, as Korean and Hungarian write it: "2026. 3. 7.".
const YEAR_DOTS = new RegExp(String.raw`^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?${TIME}$`);
// Year, month and day each with its sign, as Japanese, Chinese and Korean write them, maybe with the weekday after.
// A Japanese era's year, as Excel ja-JP's "ggge年m月d日" and "ge.m.d" formats write it: "令和8年3月7日",
// "R8.3.7", "H31/04/30"; 元年 is an era's first year. The era's first year, Gregorian.
const ERA_START: Record<string, number> = { 令和: 2019, R: 2019, 平成: 1989, H: 1989, 昭和: 1926, S: 1926 };
const JAPANESE_ERA = new RegExp(String.raw`^(令和|平成|昭和|[RrHhSs])\s*(\d{1,2}|元)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[./-](\d{1,2})[./-](\d{1,2}))(?:\s*[(（]\p{L}{1,3}[)）])?${TIME}$`, 'u');
const CJK = new RegExp(String.raw`^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*(?:[(（]\p{L}{1,3}[)）]|\p{L}曜日|星期\p{L}|\p{L}요일))?${TIME}$`, 'u');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** Excel date numbers before this day are refused (1950: 18,264 in the 1900 system). */
const EARLIEST_SERIAL_DATE = '1950-01-01';
// A weekday may be hyphenated: Portuguese "terça-feira".
const FIRST_WORD = /^(\p{L}+(?:-\p{L}+)?)\.?,?\s+/u;
// "7 March 2026", "7th of March 2026", "07. März 2026", "7 de marzo de 2026", "07-Mär-26", Swedish "den 7 mars 2028".
const DAY_MONTH_YEAR = /^(?:den\s+)?(\d{1,2})(?:st|nd|rd|th|er|º|°|ro|\.)?(?:\s+(?:of|de))?[\s-]+(\p{L}{3,12})\.?,?(?:\s+de)?[\s-]+(\d{4}|\d{2})$/iu;
const MONTH_DAY_YEAR = /^(\p{L}{3,12})\.?([\s-]+)(\d{1,2})(?:st|nd|rd|th)?,?([\s-]+)(\d{4}|\d{2})$/iu;
const NO_YEAR = /^\d{1,2}\/\d{1,2}$/;
const MONTH_YEAR = /^(\p{L}{3,12})\.?,?(?:\s+(?:of|de))?\s+(\d{4})$/iu;
const TRAILING_TIME = new RegExp(`${TIME.slice(0, -1)}$`);
// A multi-day course's dates: "3/4/2026 - 3/6/2026", "2026-03-04 to 2026-03-06", "3/4/2026–3/6/2026".
const RANGE = /^(.+?)(?:\s+(?:-|to|through|thru)\s+|\s*[–—]\s*)(.+)$/i;
// The same within one month: "March 4-6, 2026", "4–6 March 2026".
const MONTH_DAYS_YEAR = /^(\p{L}{3,12})\.?\s+(\d{1,2})\s*[-–—]\s*(\d{1,2}),?\s+(\d{4})$/iu;
const DAYS_MONTH_YEAR = /^(\d{1,2})\.?\s*[-–—]\s*(\d{1,2})\.?(?:\s+de)?\s+(\p{L}{3,12})\.?,?(?:\s+de)?\s+(\d{4})$/iu;
// A European class's days within one month, typed short: "9.–13.3.2026" (Finnish, German: 9 to 13 March).
const DOTTED_DAYS = /^(\d{1,2})\.?\s*[-–—]\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2,4})$/;
// A US class's days within one month, typed short: "3/10-13/26" (March 10 to 13).
const MONTH_SLASH_DAYS = /^(\d{1,2})\/(\d{1,2})\s*[-–]\s*(\d{1,2})\/(\d{2,4})$/;
// Slash dates joined by a bare hyphen, the first maybe without its year: "3/4-3/6/2026", "3/4 - 3/6/2026".
const SLASH_RANGE = /^(\d{1,2}\/\d{1,2})(\/\d{2,4})?\s*-\s*(\d{1,2}\/\d{1,2}\/(\d{2,4}))$/;

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
export function fullYear(year: string): number {
  const n = Number(year);
  if (year.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function real(value: string, y: number, m: number, d: number): Parsed<string> {
  const iso = isoFromParts(y, m, d);
  return iso ? { ok: true, value: iso } : { ok: false, message: `"${value}" is not a real calendar date` };
}

/**
 * What a numeric slash or dash date (or the last day of a range of them) says about the order: its
 * first part over 12 means day first, unless it could be a two-digit year (yearFirst: Totara's
 * 26-03-18), which only the coordinator can tell.
 */
export function numericDateParts(value: string): { first: number; second: number; dots: boolean; yearFirst: boolean } | null {
  const trimmed = value.trim();
  const m = NUMERIC.exec(trimmed) ?? NUMERIC.exec((SLASH_RANGE.exec(trimmed)?.[3] ?? RANGE.exec(trimmed)?.[2] ?? '').trim());
  if (!m) return null;
  const first = Number(m[1]);
  return { first, second: Number(m[3]), dots: m[2]!.startsWith('.'), yearFirst: YEAR_FIRST_SEPARATORS.has(m[2]!) && m[1]!.length === 2 && m[3]!.length === 2 && m[4]!.length === 2 && first <= 31 };
}

// Excel writes two-digit-year dates with slashes (7/03/26) or dots, day or month first; dashes and spaces are also how Totara writes yy-mm-dd.
const YEAR_FIRST_SEPARATORS = new Set(['-', ' ']);

/**
 * A completion date as written; a range of days (a course over several days) is completed on its
 * last day, when both ends read as dates in order.
 */
export function parseDateText(text: string, options: DateOptions): Parsed<string> {
  const formulaError = excelErrorMessage(text);
  if (formulaError !== null) return { ok: false, message: formulaError };
  const read = parseDateWithoutNote(text, options);
  if (read.ok) return read;
  // A note a coordinator typed after the date ("3/14/2025 (online)", "3/14/2025*") is not part of it.
  const value = text.trim();
  const note = NOTE_AFTER.exec(value);
  if (note === null) return read;
  const bare = parseDateWithoutNote(note[1]!, options);
  if (!bare.ok) return read;
  // A note with a date of its own ("(moved to 3/5)") may hold the true date: left to the coordinator.
  if (NOTE_DATE.test(value.slice(note[1]!.length))) {
    return { ok: false, message: `"${value.slice(0, 60)}" has another date in the note after it; keep only the day the course was completed in this cell` };
  }
  return bare;
}

// A date, then a short note in brackets or footnote stars.
const NOTE_DATE = /\d{1,4}\s*[/.-]\s*\d{1,2}/;
const NOTE_AFTER = /^(.*\d\.?)\s*(?:\([^()]{1,60}\)|\[[^[\]]{1,60}\]|\*+)$/s;

// A separator left after the date: IOMAD's "M d, y, " site format writes the comma that its time would follow.
const TRAILING_SEPARATOR = /\s*[,;]\s*$/;

function parseDateWithoutNote(text: string, options: DateOptions): Parsed<string> {
  const written = text.trim();
  const value = written.replace(TRAILING_SEPARATOR, '');
  const single = parseOneDate(value, options);
  if (single.ok) return single;
  const days = MONTH_DAYS_YEAR.exec(value);
  if (days) return lastDay(value, parseOneDate(`${days[1]} ${days[2]}, ${days[4]}`, options), parseOneDate(`${days[1]} ${days[3]}, ${days[4]}`, options)) ?? single;
  const dayRange = DAYS_MONTH_YEAR.exec(value);
  if (dayRange) return lastDay(value, parseOneDate(`${dayRange[1]} ${dayRange[3]} ${dayRange[4]}`, options), parseOneDate(`${dayRange[2]} ${dayRange[3]} ${dayRange[4]}`, options)) ?? single;
  const dotted = DOTTED_DAYS.exec(value);
  if (dotted) return lastDay(value, parseOneDate(`${dotted[1]}.${dotted[3]}.${dotted[4]}`, options), parseOneDate(`${dotted[2]}.${dotted[3]}.${dotted[4]}`, options)) ?? single;
  const short = MONTH_SLASH_DAYS.exec(value);
  if (short) return lastDay(value, parseOneDate(`${short[1]}/${short[2]}/${short[4]}`, options), parseOneDate(`${short[1]}/${short[3]}/${short[4]}`, options)) ?? single;
  const slashes = SLASH_RANGE.exec(value);
  if (slashes) {
    // A first day without its year takes the last day's ("3/4 - 3/6/2026"), or the year before
    // when its month comes later in the year than the last day's ("12/30 - 1/2/2027").
    const end = parseOneDate(slashes[3]!, options);
    let start = parseOneDate(`${slashes[1]}${slashes[2] ?? `/${slashes[4]}`}`, options);
    if (slashes[2] === undefined && start.ok && end.ok && start.value.slice(5, 7) > end.value.slice(5, 7)) {
      start = parseOneDate(`${slashes[1]}/${Number(end.value.slice(0, 4)) - 1}`, options);
    }
    return lastDay(value, start, end) ?? (start.ok ? end : start);
  }
  const range = RANGE.exec(value);
  if (!range) return single;
  const start = parseOneDate(range[1]!, options);
  const end = parseOneDate(range[2]!, options);
  // Both ends dates: the last day. One end a date: its problem is the range's ("could be
  // month/day or day/month"); neither: not a range at all.
  if (!start.ok && !end.ok && !isDateLike(range[1]!) && !isDateLike(range[2]!)) return single;
  return lastDay(value, start, end) ?? (start.ok ? end : start);
}

const isDateLike = (text: string) => NUMERIC.test(text.trim()) || ISO.test(text.trim());

/** The range's last day; a message when it ends before it starts; null when either end is not a date. */
function lastDay(value: string, start: Parsed<string>, end: Parsed<string>): Parsed<string> | null {
  if (!start.ok || !end.ok) return null;
  return start.value <= end.value ? end : { ok: false, message: `"${value}" ends before it starts` };
}

/** The calendar day an instant falls on where this computer is. */
function localDay(value: string, instant: Date): Parsed<string> {
  return real(value, instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

function parseOneDate(text: string, options: DateOptions): Parsed<string> {
  const value = text.trim();
  let m = ISO.exec(value);
  if (m) {
    // An instant with its zone (an API's "2026-03-08T02:30:05Z") is the day it was on this computer's
    // calendar: a course finished at 9:30 PM Eastern on March 7 was completed on March 7.
    const zoned = ZONED.exec(value);
    if (zoned) {
      const instant = new Date(`${zoned[1]}T${zoned[2]}${zoned[4] ? `${zoned[4]}:${zoned[5]}` : 'Z'}`);
      if (!Number.isNaN(instant.getTime())) return localDay(value, instant);
    }
    return real(value, Number(m[1]), Number(m[2]), Number(m[3]));
  }

  // A weekday before a numeric date ("Thu 2/5/2026", as a sheet's custom format "ddd m/d/yyyy" shows it) says nothing more.
  const day = FIRST_WORD.exec(value);
  m = NUMERIC.exec(day && isWeekdayWord(day[1]!) ? value.slice(day[0].length) : value);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (options.order === 'ymd') {
      if (m[4]!.length === 4) return { ok: false, message: `"${value}" ends with its year, but dates are being read year first; change the date order above the preview` };
      return real(value, fullYear(m[1]!.padStart(2, '0')), second, Number(m[4]));
    }
    const year = fullYear(m[4]!);
    const dots = m[2]!.startsWith('.');
    const order: DateOrder | null = dots ? (options.dotsMonthFirst ? 'mdy' : 'dmy') : options.order;
    if (order === null) {
      if (!dots && numericDateParts(value)?.yearFirst) {
        return { ok: false, message: `"${value}" could be day-month-year or a two-digit year first; choose the date order above the preview` };
      }
      if (first > 12 && second <= 12) return real(value, year, second, first);
      if (second > 12 && first <= 12) return real(value, year, first, second);
      if (first === second) return real(value, year, first, second);
      return { ok: false, message: `"${value}" could be month/day or day/month; choose the date order above the preview` };
    }
    const [month, day] = order === 'mdy' ? [first, second] : [second, first];
    const parsed = real(value, year, month, day);
    if (!parsed.ok && order === 'mdy' && first > 12 && second <= 12) {
      return { ok: false, message: `"${value}" looks like day/month/year, but dates are being read month first; change the date order above the preview` };
    }
    if (!parsed.ok && order === 'dmy' && second > 12 && first <= 12) {
      return { ok: false, message: `"${value}" looks like month/day/year, but dates are being read day first; change the date order above the preview` };
    }
    return parsed.ok ? parsed : { ok: false, message: `"${value}" is not a real calendar date (read as ${order === 'mdy' ? 'month/day/year' : 'day/month/year'})` };
  }

  m = YEAR_DOTS.exec(value) ?? CJK.exec(value);
  if (m) return real(value, Number(m[1]), Number(m[2]), Number(m[3]));

  m = JAPANESE_ERA.exec(value);
  if (m) {
    const era = ERA_START[m[1]!.toUpperCase()]!;
    const year = m[2] === '元' ? 1 : Number(m[2]);
    return real(value, era + year - 1, Number(m[3] ?? m[5]), Number(m[4] ?? m[6]));
  }

  m = COMPACT.exec(value);
  if (m && Number(m[1]) >= 1900) return real(value, Number(m[1]), Number(m[2]), Number(m[3]));

  if (EPOCH.test(value)) {
    // The same instant as a zoned date-time: the day it was on this computer's calendar.
    return localDay(value, new Date(value.length === 10 ? Number(value) * 1000 : Number(value)));
  }

  if (SERIAL.test(value)) {
    const day = Math.floor(Number(value));
    // The 1904 system counts from 1904-01-01, 1,462 days after the 1900 system's zero.
    const iso = isoFromExcelSerial(options.excel1904 ? day + 1462 : day);
    if (!iso) return { ok: false, message: `"${value}" is outside the range of Excel date numbers (61 = 1900-03-01)` };
    // A bare year in a hand-made sheet ("2026") would read as a day in 1905: no training record is that old.
    if (iso < EARLIEST_SERIAL_DATE) {
      return {
        ok: false,
        message: YEAR.test(value)
          ? `"${value}" is a year, not a date; write the whole date (${value}-03-07, 3/7/${value})`
          : `"${value}" read as an Excel date number is ${iso}, before ${EARLIEST_SERIAL_DATE.slice(0, 4)}, which no training record holds; write the date`,
      };
    }
    return { ok: true, value: iso };
  }

  const weekday = FIRST_WORD.exec(value);
  const words = (weekday && isWeekdayWord(weekday[1]!) ? value.slice(weekday[0].length) : value).replace(TRAILING_TIME, '').trim();
  m = DAY_MONTH_YEAR.exec(words);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month !== null) return real(value, fullYear(m[3]!), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(words);
  if (m) {
    const month = monthNumber(m[1]!);
    // "June 9-11" is a class's days with no year, not June 9, 2011: two digits after a dash are a
    // year only when a dash joins the month and the day too ("Mar-07-26").
    if (month !== null && m[5]!.length === 2 && m[4]!.includes('-') && !m[2]!.includes('-')) {
      return { ok: false, message: `"${value.slice(0, 60)}" has no year (the days of a class?); write it with its year, as ${value.trim()}, 2026` };
    }
    if (month !== null) return real(value, fullYear(m[5]!), month, Number(m[3]));
  }
  // A hand-typed date that leaves out a part: say which part, not only that it is unreadable.
  if (NO_YEAR.test(value)) return { ok: false, message: `"${value}" has no year; write the date with its year, as ${value}/2026` };
  const monthOnly = MONTH_YEAR.exec(words);
  if (monthOnly && monthNumber(monthOnly[1]!) !== null) return { ok: false, message: `"${value.slice(0, 60)}" gives the month but not the day; write the day it was completed` };
  return {
    ok: false,
    message: `"${value.slice(0, 60)}" is not a date this import reads; use YYYY-MM-DD, month/day/year, day.month.year, "7 March 2026" or an Excel date number`,
  };
}

export type OrderEvidence =
  | { kind: 'none' }
  /** yearFirst: the example could also be a two-digit year first (26-03-18). */
  | { kind: 'ambiguous'; example: string; yearFirst: boolean }
  | { kind: 'found'; order: DateOrder; example: string; rowNumber: number }
  | { kind: 'conflict'; dmy: string; mdy: string };

/** The readings an ambiguous date leaves open, in words: "day first or a two-digit year first". */
export function openReadings(example: string): string {
  const p = numericDateParts(example);
  if (!p?.yearFirst) return 'month first or day first';
  return p.first > 12 ? 'day first or a two-digit year first' : 'day first, month first or a two-digit year first';
}

/** Reads the order off the values: a first part over 12 means day first, a second part over 12 month first. */
export function detectDateOrder(values: Iterable<{ text: string; rowNumber: number }>): OrderEvidence {
  let ambiguous: { text: string; yearFirst: boolean } | null = null;
  let dmy: { text: string; rowNumber: number } | null = null;
  let mdy: { text: string; rowNumber: number } | null = null;
  for (const v of values) {
    const p = numericDateParts(v.text);
    if (!p || p.dots) continue;
    if (p.first > 12 && p.second <= 12 && !p.yearFirst) dmy ??= v;
    else if (p.second > 12 && p.first <= 12) mdy ??= v;
    else if (p.first !== p.second || p.yearFirst) ambiguous ??= { text: v.text.trim(), yearFirst: p.yearFirst };
    if (dmy && mdy) break;
  }
  if (dmy && mdy) return { kind: 'conflict', dmy: dmy.text.trim(), mdy: mdy.text.trim() };
  if (dmy) return { kind: 'found', order: 'dmy', example: dmy.text.trim(), rowNumber: dmy.rowNumber };
  if (mdy) return { kind: 'found', order: 'mdy', example: mdy.text.trim(), rowNumber: mdy.rowNumber };
  return ambiguous ? { kind: 'ambiguous', example: ambiguous.text, yearFirst: ambiguous.yearFirst } : { kind: 'none' };
}

/** Whether a cell's text is a date in either order (a bare number is not). */
export function isDateText(text: string): boolean {
  // A bare number is an ID, a count or hours far more often than an Excel date.
  if (/^\d+(?:\.\d+)?$/.test(text)) return false;
  return parseDateText(text, { order: 'mdy', excel1904: false }).ok || parseDateText(text, { order: 'dmy', excel1904: false }).ok;
}
