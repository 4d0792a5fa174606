import { isoFromExcelSerial, isoFromParts } from '../util/dates';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

/**
 * A completion date as spreadsheets write it: ISO (2024-03-14, optionally with a
 * time), US m/d/yyyy (3/14/2024), or an Excel serial number (45365). Day-first
 * dates (14/03/2024) are refused rather than guessed.
 */
export function parseDateCell(text: string): Parsed<string> {
  const value = text.trim();
  let m = ISO.exec(value);
  if (m) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { ok: true, value: iso } : { ok: false, message: `"${value}" is not a real calendar date` };
  }
  m = US.exec(value);
  if (m) {
    const iso = isoFromParts(Number(m[3]), Number(m[1]), Number(m[2]));
    if (iso) return { ok: true, value: iso };
    const dayFirst = Number(m[1]) > 12 && Number(m[2]) <= 12;
    return {
      ok: false,
      message: dayFirst
        ? `"${value}" looks like day/month/year; write dates as month/day/year (m/d/yyyy) or YYYY-MM-DD`
        : `"${value}" is not a real calendar date (dates are read as month/day/year)`,
    };
  }
  if (SERIAL.test(value)) {
    // A serial with a fraction is a date and a time; the day is the whole part.
    const iso = isoFromExcelSerial(Math.floor(Number(value)));
    return iso ? { ok: true, value: iso } : { ok: false, message: `"${value}" is outside the range of Excel date numbers (61 = 1900-03-01)` };
  }
  return { ok: false, message: `"${value.slice(0, 40)}" is not a date; use YYYY-MM-DD, m/d/yyyy or an Excel date number` };
}

/** Hours as a number; a decimal comma ("1,5") is accepted since semicolon CSVs use it. */
export function parseNumberCell(text: string): Parsed<number> {
  const value = text.trim();
  const normalised = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(normalised)) return { ok: false, message: `"${value.slice(0, 40)}" is not a number` };
  return { ok: true, value: Number(normalised) };
}
