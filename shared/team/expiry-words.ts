import { monthNumber } from './month-names';

/*
 * An expiry typed by hand in a tracker's "Recert Due" column: a word before the date
 * ("EXPIRED 4/18/26", "exp 3/1/2028", "Due: 3/1/2028"), or the month alone ("3/2028",
 * "Mar 2028"), as wallet cards and certificates print it, valid through that month's last day.
 */

const WORD_BEFORE = /^(?:expired|expires?|exp\.?|due|recert(?:ification)?\s+due|renew(?:al)?\s+due|valid\s+(?:until|thru|through|to)|good\s+(?:until|thru|through))(?:\s+on)?\s*[:\-–]?\s*(?=\d|\p{L}{3,9}\.?,?\s+\d{4}$)/iu;
const MONTH_NUMBER = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const MONTH_NAME = /^(\p{L}{3,9})\.?,?\s+(\d{4})$/u;

/**
 * The expiry day such a cell gives (ISO), read with `parse` for a date after a word; null when
 * the cell is neither.
 */
export function expiryFromWords(text: string, parse: (date: string) => string | null): string | null {
  const trimmed = text.trim();
  const worded = WORD_BEFORE.exec(trimmed);
  const rest = worded ? trimmed.slice(worded[0].length).trim() : trimmed;
  if (worded) {
    const day = parse(rest);
    if (day !== null) return day;
  }
  const numbered = MONTH_NUMBER.exec(rest);
  const named = numbered ? null : MONTH_NAME.exec(rest);
  const month = numbered ? Number(numbered[1]) : named ? monthNumber(named[1]!) : null;
  const year = Number((numbered ?? named)?.[2]);
  if (month === null || month < 1 || month > 12 || !Number.isInteger(year)) return null;
  // Day 0 of the next month is this month's last day.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
