import { normaliseText } from './matching';

/*
 * Month and weekday names in the languages a task force's exports come in: English, and the
 * Spanish, French, German, Dutch, Portuguese, Italian, Swedish, Danish, Norwegian, Finnish, Polish,
 * Czech and Slovak of Moodle sites, report tools and Excel set to those languages ("sábado, 7 de marzo
 * de 2026", "samedi 7 mars 2026", "Samstag, 07. März 2026", "7-mrt-28", "terça-feira, 7 de março de
 * 2028", "martedì 7 marzo 2028", "den 7 mars 2028", "7 marca 2028", "7. března 2028"). The names come
 * from the runtime's own locale data (Intl), not a table typed here; a runtime without a language's
 * data falls back to English names, which still read as the right months.
 */

// de-AT for Austria's "Jänner" (January).
const LANGUAGES = ['en', 'es', 'fr', 'de', 'de-AT', 'nl', 'pt', 'it', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk'];
// Excel's German and Dutch short months that are no prefix of the month's name.
const EXTRA_MONTHS: Record<string, number> = { mrz: 3, mrt: 3 };

interface Name {
  name: string;
  number: number;
}

let months: Name[] | null = null;
let weekdays: string[] | null = null;

/**
 * Month names of every language. Made once, on first use. Both the full name alone ("marzec",
 * "březen") and the form a date uses ("7 marca", "7. března"): Polish, Czech, Slovak and Finnish
 * dates write the month in another case, which only a format with a day gives. And the short names:
 * some are no start of the full one (Czech "čvn", Finnish "elo").
 */
function monthTable(): Name[] {
  if (months === null) {
    const table: Name[] = [];
    const month = (format: Intl.DateTimeFormat, day: number) => normaliseText(format.formatToParts(day).find((part) => part.type === 'month')?.value ?? '');
    for (const language of LANGUAGES) {
      const alone = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      const short = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) {
        const day = Date.UTC(2026, i, 7);
        for (const name of new Set([month(alone, day), month(inDate, day)])) table.push({ name, number: i + 1 });
        // Some languages' short months are numbers ("3"): no name.
        const abbreviation = month(short, day);
        if (/^\p{L}+$/u.test(abbreviation)) table.push({ name: abbreviation, number: i + 1 });
      }
    }
    months = table;
  }
  return months;
}

/**
 * The month a word names (compared as normaliseText writes it: "Févr." as "fevr", "März" as "marz"):
 * a full name or the start of one, three letters or more ("Mar", "Sept", "févr.", "Mär", "dic",
 * "fev", "gen"), in any of the languages. A whole name is that month even when it starts another
 * month's name: Czech "červen" (June) starts "červenec" (July), and "mar", March's short name in
 * several languages, starts Finnish marraskuu (November). Otherwise a start that fits two different
 * months ("jui": juin or juillet) names none.
 */
export function monthNumber(word: string): number | null {
  const w = normaliseText(word);
  if (w.length < 3) return null;
  const extra = EXTRA_MONTHS[w];
  if (extra !== undefined) return extra;
  const table = monthTable();
  const exact = table.find((m) => m.name === w);
  if (exact) return exact.number;
  let found: number | null = null;
  for (const { name, number } of table) {
    if (!name.startsWith(w)) continue;
    if (found !== null && found !== number) return null;
    found = number;
  }
  return found;
}

/**
 * A weekday's name or its start, two letters or more ("Sat", "Sa.", "sábado", "mer.", "terça-feira"),
 * and not a month ("Mar").
 */
export function isWeekdayWord(word: string): boolean {
  const w = normaliseText(word);
  if (w.length < 2 || monthNumber(word) !== null) return false;
  weekdays ??= LANGUAGES.flatMap((language) => {
    const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, i) => normaliseText(format.format(Date.UTC(2026, 0, 4 + i))));
  });
  return weekdays.some((name) => name.startsWith(w));
}
