import { normaliseText } from './matching';

/*
 * Month and weekday names in the languages a task force's exports come in: English, and the
 * Spanish, French, German and Dutch of Moodle sites, report tools and Excel set to those languages
 * ("sábado, 7 de marzo de 2026", "samedi 7 mars 2026", "Samstag, 07. März 2026", "7-mrt-28"). The names
 * come from the runtime's own locale data (Intl), not a table typed here; a runtime without a
 * language's data falls back to English names, which still read as the right months.
 */

const LANGUAGES = ['en', 'es', 'fr', 'de', 'nl'];
// Excel's German and Dutch short months that are no prefix of the month's name.
const EXTRA_MONTHS: Record<string, number> = { mrz: 3, mrt: 3 };

function names(options: Intl.DateTimeFormatOptions, count: number, day: (i: number) => number): string[] {
  const out: string[] = [];
  for (const language of LANGUAGES) {
    const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    for (let i = 0; i < count; i++) out.push(normaliseText(format.format(day(i))));
  }
  return out;
}

let months: { full: string[]; number: number[] } | null = null;
let weekdays: string[] | null = null;

/** Full month names of every language, each with its month number. Made once, on first use. */
function monthTable() {
  if (months === null) {
    const full = names({ month: 'long' }, 12, (i) => Date.UTC(2026, i, 1));
    months = { full, number: full.map((_, i) => (i % 12) + 1) };
  }
  return months;
}

/**
 * The month a word names (compared as normaliseText writes it: "Févr." as "fevr", "März" as "marz"): a full name or the start of one, three letters or more ("Mar",
 * "Sept", "févr.", "Mär", "dic"), in any of the languages. A start that fits two different
 * months ("jui": juin or juillet) names none.
 */
export function monthNumber(word: string): number | null {
  const w = normaliseText(word);
  if (w.length < 3) return null;
  const extra = EXTRA_MONTHS[w];
  if (extra !== undefined) return extra;
  const { full, number } = monthTable();
  let found: number | null = null;
  for (let i = 0; i < full.length; i++) {
    if (!full[i]!.startsWith(w)) continue;
    if (found !== null && found !== number[i]) return null;
    found = number[i]!;
  }
  return found;
}

/** A weekday's name or its start, two letters or more ("Sat", "Sa.", "sábado", "mer."), and not a month ("Mar"). */
export function isWeekdayWord(word: string): boolean {
  const w = normaliseText(word);
  if (w.length < 2 || monthNumber(word) !== null) return false;
  weekdays ??= names({ weekday: 'long' }, 7, (i) => Date.UTC(2026, 0, 4 + i));
  return weekdays.some((name) => name.startsWith(w));
}
