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

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
// English, and the Spanish, French and German of the sheets month-names.ts reads dates from.
const HOURS_UNIT = String.raw`(?:h|hr|hrs|hour|hours|hora|horas|heure|heures|std|stunde|stunden)\.?`;
const MINUTES_UNIT = String.raw`(?:m|mn|min|mins|minute|minutes|minuto|minutos|minuten)\.?`;
const WITH_HOURS = new RegExp(`^${NUMBER}\\s*${HOURS_UNIT}$`, 'i');
const WITH_MINUTES = new RegExp(`^${NUMBER}\\s*${MINUTES_UNIT}$`, 'i');
const HOURS_AND_MINUTES = new RegExp(`^(\\d+)\\s*${HOURS_UNIT}\\s*(\\d{1,2})\\s*${MINUTES_UNIT}$`, 'i');
// French writes an hour and a half "1 h 30": two digits of minutes after a bare "h".
const H_MINUTES = /^(\d+)\s*h\s*([0-5]\d)$/i;
const CLOCK = /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/;

const number = (text: string) => Number(text.replace(',', '.'));
/** Hours from minutes, to the hundredth (90 minutes = 1.5, 20 minutes = 0.33). */
const fromMinutes = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Hours as training sheets write them: a number (8, 1.5, 1,5), with a unit ("8 hrs",
 * "1.5 hours", "2h", "2 Std.", "3 heures", "2 horas"), in minutes ("90 min"), as a duration
 * ("1:30", "1h 30m", "1 h 30"). Anything
 * else is refused with the value shown.
 */
export function parseHoursCell(text: string): Parsed<number> {
  const value = text.trim();
  const plain = parseNumberCell(value);
  if (plain.ok) return plain;
  let m = WITH_HOURS.exec(value);
  if (m) return { ok: true, value: number(m[1]!) };
  m = WITH_MINUTES.exec(value);
  if (m) return { ok: true, value: fromMinutes(number(m[1]!)) };
  m = HOURS_AND_MINUTES.exec(value) ?? H_MINUTES.exec(value) ?? CLOCK.exec(value);
  if (m) return { ok: true, value: Number(m[1]) + fromMinutes(Number(m[2])) };
  return { ok: false, message: `"${value.slice(0, 40)}" is not a number of hours; write it as 8, 1.5, "8 hrs", "90 min" or 1:30` };
}
