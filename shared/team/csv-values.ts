export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A plain number; a decimal comma ("1,5") is accepted since semicolon CSVs use it. */
export function parseNumberCell(text: string): Parsed<number> {
  const value = text.trim();
  const normalised = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(normalised)) return { ok: false, message: `"${value.slice(0, 40)}" is not a number` };
  return { ok: true, value: Number(normalised) };
}

/** What a sheet writes in an hours cell it has no figure for: read as an empty cell (hours not recorded). */
export const HOURS_NOT_RECORDED = /^(?:n\/?a|none|unknown|tbd|-+|–|—)$/i;
/** A date cell holding only a dash: no date, as reports write it for someone not finished ("Time completed: -"). */
export const NO_DATE = /^(?:-+|–|—)$/;

// What Excel shows where a formula failed (an expiry of =EDATE over a date typed as text).
const EXCEL_ERROR = /^#(?:VALUE!|N\/A|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The message for a cell holding an Excel formula's error, or null: said as such, not as a value that does not read. */
export function excelErrorMessage(value: string): string | null {
  return EXCEL_ERROR.test(value.trim()) ? `"${value.trim()}" is an Excel formula's error, not a value: fix the formula in the sheet (or clear the cell) and save it again` : null;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+|\d*\s*[½¼¾⅓⅔]|\d+\s+[1-3]/[234])`;
// English, and the Spanish, French and German of the sheets month-names.ts reads dates from.
const HOURS_UNIT = String.raw`(?:h|hr|hrs|hour|hours|hora|horas|heure|heures|std|stunde|stunden)\.?`;
const MINUTES_UNIT = String.raw`(?:m|mn|min|mins|minute|minutes|minuto|minutos|minuten)\.?`;
// What kind of hours a sheet says they are: "8 contact hours", "4 credit hrs", "2 CE hours".
const KIND = String.raw`(?:(?:contact|credit|ce|cle|post|training|instruction|instructional|classroom|clock|course)\s+)?`;
// The kind may also follow the unit, as a tracker types it: "4.0 hrs CE", "16 hours POST credit".
const KIND_AFTER = String.raw`(?:\s+(?:ce|cle|post|tcole|contact|credit|training)(?:\s+credit)?)?`;
const WITH_HOURS = new RegExp(`^${NUMBER}\\s*${KIND}${HOURS_UNIT}${KIND_AFTER}$`, 'i');
// The kind alone, its unit understood: "8 CE", "4 POST" (hours of continuing education, of POST credit). A CEU is no hour.
const KIND_ALONE = new RegExp(`^${NUMBER}\\s*(?:ce|cle|post|tcole)$`, 'i');
// A note in brackets after the hours: "16 (2 days)", "1 day (8 hrs)".
const NOTE = /^(.*?)\s*[([]([^()[\]]*)[)\]]$/;
const GLYPH_FRACTION = /^(\d*)\s*([½¼¾⅓⅔])$/;
const SLASH_FRACTION = /^(\d+)\s+([1-3])\/([234])$/;
const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const WITH_MINUTES = new RegExp(`^${NUMBER}\\s*${MINUTES_UNIT}$`, 'i');
const HOURS_AND_MINUTES = new RegExp(`^(\\d+)\\s*${HOURS_UNIT}\\s*(\\d{1,2})\\s*${MINUTES_UNIT}$`, 'i');
// French writes an hour and a half "1 h 30": two digits of minutes after a bare "h".
const H_MINUTES = /^(\d+)\s*h\s*([0-5]\d)$/i;
const CLOCK = /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/;

/** A whole number with a fraction, 3½ or "3 1/2", to the hundredth; null for anything else. */
function fraction(text: string): number | null {
  const glyph = GLYPH_FRACTION.exec(text);
  if (glyph) return Math.round((Number(glyph[1] || 0) + FRACTIONS[glyph[2]!]!) * 100) / 100;
  const slash = SLASH_FRACTION.exec(text);
  return slash ? Math.round((Number(slash[1]) + Number(slash[2]) / Number(slash[3])) * 100) / 100 : null;
}

/** A number as NUMBER matched it: 1.5, 1,5, 3½, "3 1/2". */
const number = (text: string): number => fraction(text) ?? Number(text.replace(',', '.'));
/** Hours from minutes, to the hundredth (90 minutes = 1.5, 20 minutes = 0.33). */
const fromMinutes = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

const MINUTES_WORD = /\b(?:min|mins|minutes?|minutos|minuten)\b/i;
const HOURS_WORD = /\b(?:h|hr|hrs|hours?|horas|heures|stunden)\b/i;

/** A header that says its column counts minutes ("Duration (min)", "Minutes"), not hours. */
export function headerCountsMinutes(header: string): boolean {
  return MINUTES_WORD.test(header) && !HOURS_WORD.test(header);
}

/** An hours cell under its header: under one that counts minutes a bare number is minutes; a value with its own unit keeps it. */
export function parseHoursCellUnder(text: string, minutesColumn: boolean): Parsed<number> {
  if (minutesColumn) {
    const bare = parseNumberCell(text);
    if (bare.ok) return { ok: true, value: fromMinutes(bare.value) };
  }
  return parseHoursCell(text);
}

/**
 * Hours as training sheets write them: a number (8, 1.5, 1,5, 3½, "3 1/2"), with a unit ("8 hrs",
 * "1.5 hours", "2h", "2 Std.", "3 heures", "2 horas") and what kind they are ("8 contact hours"),
 * in minutes ("90 min"), as a duration ("1:30", "1h 30m", "1 h 30"), with a note in brackets
 * after them ("16 (2 days)", or "1 day (8 hrs)" read from the note). Anything else is refused
 * with the value shown.
 */
export function parseHoursCell(text: string): Parsed<number> {
  const value = text.trim();
  const formulaError = excelErrorMessage(value);
  if (formulaError !== null) return { ok: false, message: formulaError };
  const read = hoursIn(value);
  if (read !== null) return { ok: true, value: read };
  // A note after them: the hours before it, or else the note's own ("1 day (8 hrs)").
  const note = NOTE.exec(value);
  const fromNote = note ? (hoursIn(note[1]!) ?? hoursIn(note[2]!.trim())) : null;
  if (fromNote !== null) return { ok: true, value: fromNote };
  // CEUs are not turned into hours: one is ten contact hours by IACET's rule, but boards and LMSs use the word for other units.
  if (CEU.test(value)) return { ok: false, message: `"${value.slice(0, 40)}" is in CEUs, not hours (one CEU is often, not always, ten contact hours); write the hours in the file, or set Hours to “Not in the file” and give each training's hours on this screen` };
  // Days are not turned into hours either: a training day is six to eight hours, as the course ran it.
  if (DAYS.test(value)) return { ok: false, message: `"${value.slice(0, 40)}" is in days, not hours (a training day is not always eight hours); write the hours in the file, or set Hours to “Not in the file” and give each training's hours on this screen` };
  return { ok: false, message: `"${value.slice(0, 40)}" is not a number of hours; write it as 8, 1.5, "8 hrs", "90 min" or 1:30` };
}

const CEU = /\bceus?\b/i;
const DAYS = /^(?:half|full|\d+(?:[.,]\d+)?|one|two|three|four|five|a)?[\s-]*days?$/i;

function hoursIn(value: string): number | null {
  const plain = parseNumberCell(value);
  if (plain.ok) return plain.value;
  const whole = fraction(value);
  if (whole !== null) return whole;
  let m = WITH_HOURS.exec(value) ?? KIND_ALONE.exec(value);
  if (m) return number(m[1]!);
  m = WITH_MINUTES.exec(value);
  if (m) return fromMinutes(number(m[1]!));
  m = HOURS_AND_MINUTES.exec(value) ?? H_MINUTES.exec(value) ?? CLOCK.exec(value);
  if (m) return Number(m[1]) + fromMinutes(Number(m[2]));
  return null;
}
