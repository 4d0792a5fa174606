import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateText, type DateOrder } from '../../../shared/team/date-cells';
import { monthNumber } from '../../../shared/team/month-names';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { readTable } from '../../../shared/team/import-start';
import { importContext, member } from './helpers';

/*
 * Dates as Excel, LibreOffice, Google Sheets, Apple Numbers and Moodle write them in Portuguese,
 * Italian, the Nordic languages, Polish, Czech, Korean, Japanese and Chinese (the Windows and CLDR
 * long and medium date patterns of those locales; .tmp/redteam/round4-locales and round4-certs).
 */

const read = (text: string, order: DateOrder | null = null) => {
  const parsed = parseDateText(text, { order, excel1904: false });
  return parsed.ok ? parsed.value : `refused: ${parsed.message}`;
};
const each = (forms: Record<string, string>) => expect(Object.fromEntries(Object.keys(forms).map((f) => [f, read(f)]))).toEqual(forms);

describe('long dates in more languages', () => {
  it('reads Portuguese: Excel pt-BR long dates, Moodle pt_br and Excel pt-PT d-mmm-aaaa', () => {
    each({
      'terça-feira, 7 de março de 2028': '2028-03-07',
      'quinta, 12 fev 2026, 09:41': '2026-02-12',
      'quinta-feira, 12 fev. 2026, 09:41': '2026-02-12',
      '7 março 2026, 14:05 PM': '2026-03-07',
      'sábado, 7 de março de 2026 às 14:05': '2026-03-07',
      '15-out-2025': '2025-10-15',
      '3-dez-2025': '2025-12-03',
    });
  });

  it('reads Italian: Excel it-IT "Data estesa" and short months', () => {
    each({ 'martedì 7 marzo 2028': '2028-03-07', 'mercoledì 23 giugno 2027': '2027-06-23', '7 gen 2026': '2026-01-07', '7-gen-2026': '2026-01-07' });
  });

  it('reads Swedish, Danish, Norwegian and Finnish long dates', () => {
    each({
      'den 7 mars 2028': '2028-03-07',
      'den 15 augusti 2027': '2027-08-15',
      '7 maj 2028': '2028-05-07',
      '7. marts 2028': '2028-03-07',
      '12. maj 2028': '2028-05-12',
      '7. mars 2028': '2028-03-07',
      '3. desember 2027': '2027-12-03',
      '7. maaliskuuta 2028': '2028-03-07',
      '7. marraskuuta 2028': '2028-11-07',
    });
    // German and Danish write "den" too, after the weekday.
    expect(read('Samstag, den 7. März 2026')).toBe('2026-03-07');
  });

  it('reads Polish, Czech and Slovak months in the case a date puts them in', () => {
    each({
      '7 marca 2028': '2028-03-07',
      '7 października 2027': '2027-10-07',
      '12 czerwca 2026': '2026-06-12',
      '7. března 2028': '2028-03-07',
      '15. října 2027': '2027-10-15',
      '7. června 2028': '2028-06-07',
      '7. července 2028': '2028-07-07',
      '15. októbra 2027': '2027-10-15',
    });
  });
});

describe('numeric dates with a space after each dot', () => {
  it('reads Czech, Slovak and Hungarian "7. 3. 2026" day first, whatever order is chosen', () => {
    each({ '7. 3. 2026': '2026-03-07', '15. 10. 2025': '2025-10-15', '12. 2. 2026 14:05': '2026-02-12' });
    expect(read('7. 3. 2026', 'mdy')).toBe('2026-03-07');
    // Like "07.03.2026", it is no evidence of the slash dates' order.
    expect(detectDateOrder([{ text: '7. 3. 2026', rowNumber: 2 }])).toEqual({ kind: 'none' });
  });

  it('reads Korean and Hungarian year first, with or without the last dot', () => {
    each({ '2026. 3. 7.': '2026-03-07', '2026. 3. 7': '2026-03-07', '2025. 10. 15.': '2025-10-15' });
    expect(read('2026. 13. 7.')).toMatch(/^refused: "2026. 13. 7." is not a real calendar date/);
  });
});

describe('Japanese, Chinese and Korean dates', () => {
  it('reads year, month and day with their signs, and a weekday after them', () => {
    each({
      '2028年3月7日': '2028-03-07',
      '2028年3月7日(火)': '2028-03-07',
      '2028年3月7日（火）': '2028-03-07',
      '2028年3月7日 星期二': '2028-03-07',
      '2028년 3월 7일': '2028-03-07',
      '2028년 3월 7일 (화)': '2028-03-07',
    });
  });

  it("reads a Japanese era's year, as Excel ja-JP writes it in long and short forms", () => {
    each({ '令和8年3月7日': '2026-03-07', '令和8年3月7日(土)': '2026-03-07', 'R8.3.7': '2026-03-07', 'R08/03/07': '2026-03-07', '令和元年5月1日': '2019-05-01', '平成31年4月30日': '2019-04-30', 'H30.12.1': '2018-12-01', '昭和64年1月7日': '1989-01-07' });
    expect(read('R8.2.30')).toMatch(/^refused: "R8.2.30" is not a real calendar date/);
  });
});

describe('Austrian and Finnish logs', () => {
  it('reads an Austrian January and a class\'s days typed short ("9.–13.3.2026")', () => {
    each({ '22. Jänner 2026': '2026-01-22', '9.–13.3.2026': '2026-03-13', '20.-24.4.2026': '2026-04-24' });
  });
});

describe('month names of every language', () => {
  // Each language's full names, alone and as a date writes them ("marzec", "7 marca"), from the runtime's locale data.
  const languages = ['en', 'es', 'fr', 'de', 'nl', 'pt', 'it', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk'];
  const monthNames = (language: string, options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => format.formatToParts(Date.UTC(2026, i, 7)).find((p) => p.type === 'month')!.value);
  };

  it('give their month in full, and by their first three letters unless those start two months', () => {
    // Truly ambiguous starts: French juin/juillet, Czech červen/červenec. "mar" is March's whole short
    // name in several languages, so it stays March though it starts Finnish marraskuu (November).
    const other: Record<string, number | null> = { jui: null, čer: null, mar: 3 };
    for (const language of languages) {
      for (const names of [monthNames(language, { month: 'long' }), monthNames(language, { day: 'numeric', month: 'long' })]) {
        expect(names.map((n) => monthNumber(n)), `${language} ${names.join(' ')}`).toEqual(names.map((_, i) => i + 1));
        const starts = names.map((n) => n.slice(0, 3));
        expect(starts.map((s) => monthNumber(s)), `${language} ${starts.join(' ')}`).toEqual(starts.map((s, i) => (s in other ? other[s] : i + 1)));
      }
    }
    // Short months the sheets already used keep their month; "set" and "out" (Portuguese, Italian) now name one.
    expect(['mar', 'mai', 'jun', 'jul', 'dec', 'ago', 'set', 'out', 'okt', 'mrz', 'mrt', 'marr'].map(monthNumber)).toEqual([3, 5, 6, 7, 12, 8, 9, 10, 10, 3, 3, 11]);
  });

  it('give their month by their short names, also those that are no start of the full name ("čvn", "elo"), and a full name that starts a longer one its own month', () => {
    for (const language of languages) {
      const short = monthNames(language, { month: 'short' });
      expect(short.map((n) => monthNumber(n)), `${language} ${short.join(' ')}`).toEqual(short.map((_, i) => i + 1));
    }
    // Czech "červen" (June) starts "červenec" (July).
    expect([monthNumber('červen'), monthNumber('červenec')]).toEqual([6, 7]);
  });
});

describe('an Italian Excel file', () => {
  it('imports with its expiry in the long date of Excel it-IT', () => {
    // "CSV (delimitato dal separatore di elenco)": semicolons, Windows-1252, CRLF, day-first short dates.
    const text = [
      'Cognome e nome;Corso;Data;Ore;Scadenza',
      'Reyes Dana;Child Abduction Response Team (CART) Training;07/03/2026;16;martedì 7 marzo 2028',
      'Lee Sam;Tecniche di ascolto del minore;14/05/2026;7,5;',
      'Reyes Dana;Primo soccorso BLSD;12/01/2026;5;mercoledì 12 gennaio 2028',
    ].join('\r\n');
    const file = readTable('formazione.csv', Uint8Array.from(text, (c) => c.charCodeAt(0)), null);
    // The columns as the coordinator chooses them (the headers are Italian).
    const mapping = { ...guessMapping(file.table.headers), memberName: 0, trainingTitle: 1, completedOn: 2, hours: 3, expiresOn: 4 };
    const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
    const plan = planImport(file.table, mapping, importContext(team), defaultImportOptions);
    expect([plan.fileProblems, plan.errors.map(formatRowError)]).toEqual([[], []]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours, c.expiresOn ?? null])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-07', 16, '2028-03-07'],
      ['m-sam', 'Tecniche di ascolto del minore', '2026-05-14', 7.5, null],
      ['m-dana', 'Primo soccorso BLSD', '2026-01-12', 5, '2028-01-12'],
    ]);
  });
});
