/**
 * Calendar dates as ISO strings (YYYY-MM-DD) and whole-day arithmetic on them.
 * Dates are counted in UTC day numbers so no time zone or daylight-saving change
 * can shift a completion or an expiry by a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The parts of a real calendar date, or null (2023-02-30 is not one). */
function checkedParts(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && checkedParts(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoFromParts(year: number, month: number, day: number): string | null {
  const parts = checkedParts(year, month, day);
  return parts ? `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}` : null;
}

/** Days since 1970-01-01 for a valid ISO date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function isoFromDayNumber(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(iso: string, months: number): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today's date where the user is (local calendar day), as ISO. */
export function localIsoDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026-03" for the month an ISO date falls in. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** The `count` months ending with the month of `endIso`, oldest first, as "YYYY-MM". */
export function monthsEnding(endIso: string, count: number): string[] {
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(monthOf(addMonths(`${monthOf(endIso)}-01`, -i)));
  return out;
}

/**
 * Excel stores dates as days since 1899-12-30 (its 1900 leap-year bug makes the
 * epoch one day earlier than it looks). Serials 1..2958465 cover 1900-01-01..9999-12-31;
 * serials before 61 fall in Excel's phantom 1900-02-29 range and are refused.
 */
export function isoFromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2_958_465) return null;
  return isoFromDayNumber(serial - 25_569);
}

/*
 * How dates read to a person: one formatter for every screen, PDF and Settings.
 * The locale is fixed (en-US, the app's language) so a machine set to another
 * locale never mixes formats. Calendar dates are read in UTC, where they were
 * built, so no time zone shifts them by a day; moments (a backup's time) are shown
 * in the time zone the caller names, the user's own by default.
 */
const LOCALE = 'en-US';
// Made on first use: the first DateTimeFormat loads the locale's data, which the main side's
// start-up would otherwise pay for before anything is shown.
const formats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, options);
    formats.set(key, format);
  }
  return format;
}

/** "2026-03-05" -> "Mar 5, 2026"; anything that is not an ISO date comes back as it was. */
export function formatDate(iso: string): string {
  return isIsoDate(iso) ? cachedFormat('date', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : iso;
}

/** "2024-03" -> "Mar 2024". */
export function formatMonth(month: string): string {
  return cachedFormat('month', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "Jan 1, 2026 – Dec 31, 2026". */
export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatDate(period.start)} – ${formatDate(period.end)}`;
}

/** The user's own time zone, named, for formatMoment. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A moment (ISO date-time) as "Mar 5, 2026, 2:07 PM" in the given time zone. */
export function formatMoment(isoDateTime: string, timeZone: string = localTimeZone()): string {
  return cachedFormat(`moment ${timeZone}`, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(isoDateTime));
}
