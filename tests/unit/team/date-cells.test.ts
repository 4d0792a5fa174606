import { describe, expect, it } from 'vitest';
import { parseDateText, type DateOptions } from '../../../shared/team/date-cells';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { importContext, member } from './helpers';

const read = (text: string, options: DateOptions = { order: null, excel1904: false }) => {
  const parsed = parseDateText(text, options);
  return parsed.ok ? parsed.value : `refused: ${parsed.message}`;
};

describe('completion dates as exports write them', () => {
  it('reads the written-out forms of LMS, report tools and JavaScript, with the weekday and time dropped', () => {
    const forms = [
      'Saturday, 7 March 2026, 2:05 PM',
      'Sat, 7 Mar 2026, 14:05',
      '7 March 2026 at 2:05 PM',
      'Mar 7, 2026 at 2:05pm',
      'Mar 7, 2026 @ 2:05 PM',
      'March 07, 2026 02:05 PM',
      '7th of March 2026',
      '7-Mar-2026',
      'Mar-07-2026',
      '7 Mar, 2026',
      'Sat Mar 07 2026 14:05:00 GMT-0500 (Eastern Standard Time)',
      '2026-03-07 14:05:00 UTC',
      '2026-03-07T14:05:00.000+00:00',
      '2026/03/07 2:05 PM',
      '07.03.2026',
      '20260307',
    ];
    expect(forms.map((f) => read(f))).toEqual(forms.map(() => '2026-03-07'));
    // A weekday before a numeric date, as a sheet's "ddd m/d/yyyy" format shows it; a word that is no weekday is no date.
    expect(['Sat 3/7/2026', 'Saturday, 03/07/2026', 'Sat. 7.3.2026'].map((f) => read(f, { order: 'mdy', excel1904: false }))).toEqual(['2026-03-07', '2026-03-07', '2026-03-07']);
    expect(read('Sometime 3/7/2026', { order: 'mdy', excel1904: false })).toMatch(/^refused/);
  });

  it("a class's days typed without a year are refused, never read as a two-digit year; a US class's days typed short are its last day", () => {
    for (const days of ['June 9-11', 'Dec 15-18', 'Mar 10-13']) expect(read(days)).toBe(`refused: "${days}" has no year (the days of a class?); write it with its year, as ${days}, 2026`);
    // A dash joining the month and the day too is Excel's "Mar-07-26".
    expect([read('Mar-07-26'), read('June 9-11, 2026'), read('Mar 7-2026')]).toEqual(['2026-03-07', '2026-06-11', '2026-03-07']);
    expect(read('3/10-13/26', { order: 'mdy', excel1904: false })).toBe('2026-03-13');
    expect(read('3/13-10/26', { order: 'mdy', excel1904: false })).toBe('refused: "3/13-10/26" ends before it starts');
  });

  it('reads the long dates of Spanish, French and German Moodle sites and Excel, weekday and time dropped', () => {
    // As Moodle's language packs write strftimedaydatetime, strfdateattime and strftimedatefullshort, and German Excel's d-mmm-yy.
    const forms = [
      'sábado, 07 de marzo de 2026, 14:05',
      '7 de marzo de 2026',
      'sáb, 7 mar 2026',
      'samedi 07 mars 2026, 14:05',
      '7 mars 2026 à 14:05',
      '07 mars 26',
      'Samstag, 07. März 2026, 14:05',
      '07. März 2026, 14:05 Uhr',
      'Sa., 7. Mär 2026',
      '07-Mär-26',
      '7-Mrz-2026',
      'MARS 7, 2026',
    ];
    expect(forms.map((f) => read(f))).toEqual(forms.map(() => '2026-03-07'));
    const months = ['7 janv. 2026', '7 févr. 2026', '7 avr. 2026', '7 mai 2026', '7 juin 2026', '7 juil. 2026', '7 août 2026', '7 sept. 2026', '7 okt 2026', '7 nov. 2026', '7 dic 2026', '7 Dezember 2026', '7 ene 2026', '7 ago 2026'];
    expect(months.map((f) => read(f))).toEqual(['2026-01-07', '2026-02-07', '2026-04-07', '2026-05-07', '2026-06-07', '2026-07-07', '2026-08-07', '2026-09-07', '2026-10-07', '2026-11-07', '2026-12-07', '2026-12-07', '2026-01-07', '2026-08-07']);
    expect(read('4–6 de marzo de 2026')).toBe('2026-03-06');
    // "jui" starts both juin and juillet: no month, so no date.
    expect(read('7 jui 2026')).toMatch(/^refused: "7 jui 2026" is not a date/);
    // "Mar" is March even though mardi and martes (Tuesday) start with it.
    expect(read('Mar 7, 2026')).toBe('2026-03-07');
  });

  it('reads numeric dates in the order given, or when a day over 12 tells it, and asks otherwise', () => {
    expect(read('3/7/2026', { order: 'mdy', excel1904: false })).toBe('2026-03-07');
    expect(read('3/7/2026', { order: 'dmy', excel1904: false })).toBe('2026-07-03');
    expect(read('7/03/26, 14:05', { order: 'dmy', excel1904: false })).toBe('2026-03-07');
    expect(read('13/2/2026')).toBe('2026-02-13');
    expect(read('3/7/2026')).toBe('refused: "3/7/2026" could be month/day or day/month; choose the date order above the preview');
  });

  it('a course over several days is completed on its last day', () => {
    const mdy: DateOptions = { order: 'mdy', excel1904: false };
    const ranges = ['3/4/2026 - 3/6/2026', '3/4-3/6/2026', '3/4 - 3/6/2026', '3/4/2026-3/6/2026', '2026-03-04 to 2026-03-06', '3/4/2026–3/6/2026', 'March 4-6, 2026', '4–6 March 2026', 'Mar 4, 2026 through Mar 6, 2026'];
    expect(ranges.map((r) => read(r, mdy))).toEqual(ranges.map(() => '2026-03-06'));
    expect(read('3/6/2026 - 3/4/2026', mdy)).toBe('refused: "3/6/2026 - 3/4/2026" ends before it starts');
    expect(read('12/30 - 1/2/2027', mdy)).toBe('2027-01-02');
    expect(read('3/6-3/4/2026', mdy)).toBe('refused: "3/6-3/4/2026" ends before it starts');
    expect(read('13/4/2026 - 15/4/2026', mdy)).toBe('refused: "13/4/2026" looks like day/month/year, but dates are being read month first; change the date order above the preview');
    expect(read('N/A - see notes', mdy)).toMatch(/^refused: "N\/A - see notes" is not a date/);
  });

  it('a file of day-first ranges tells the order by their last days', () => {
    const table = parseCsvTable(['Name,Course,Dates', 'Dana Reyes,Local Course A,13/4/2026 - 15/4/2026', 'Dana Reyes,Local Course B,1/5/2026 - 3/5/2026'].join('\n'));
    const plan = planImport(table, guessMapping(table.headers), importContext([member('m-dana', 'Dana Reyes')]), defaultImportOptions);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => c.completedOn)).toEqual(['2026-04-15', '2026-05-03']);
  });

  it('a short note after the date, in brackets or as footnote stars, is not part of it; a note with a date of its own is refused', () => {
    const read = (text: string) => parseDateText(text, { order: 'mdy', excel1904: false });
    expect(read('3/14/2025 (online)')).toEqual({ ok: true, value: '2025-03-14' });
    expect(read('3/14/2025*')).toEqual({ ok: true, value: '2025-03-14' });
    expect(read('14 March 2026 (make-up)')).toEqual({ ok: true, value: '2026-03-14' });
    expect(read('2026-03-14 [virtual]')).toEqual({ ok: true, value: '2026-03-14' });
    // A zone in brackets without a time, as JavaScript never writes it, is such a note too.
    expect(read('7 March 2026 (Eastern)')).toEqual({ ok: true, value: '2026-03-07' });
    expect(read('3/4/2026 - 3/6/2026 (3 days)')).toEqual({ ok: true, value: '2026-03-06' });
    expect(read('3/4/2026 (moved to 3/5)')).toEqual({ ok: false, message: '"3/4/2026 (moved to 3/5)" has another date in the note after it; keep only the day the course was completed in this cell' });
    for (const text of ['soon (maybe)', '(3/14/2025)', '3/14/2025 (', '3/14/2025 (a note far too long to be a short remark on the date, so not taken for one)']) {
      expect(read(text).ok, text).toBe(false);
    }
  });

  it('refuses what is not a day, saying why and showing the value', () => {
    expect(read('2/30/2026', { order: 'mdy', excel1904: false })).toBe('refused: "2/30/2026" is not a real calendar date (read as month/day/year)');
    // A part left out is named.
    expect(read('March 2026')).toBe('refused: "March 2026" gives the month but not the day; write the day it was completed');
    expect(read('Sept. 2025')).toBe('refused: "Sept. 2025" gives the month but not the day; write the day it was completed');
    expect(read('3/14')).toBe('refused: "3/14" has no year; write the date with its year, as 3/14/2026');
    expect(read('Q1 2026')).toMatch(/^refused: "Q1 2026" is not a date this import reads/);
    expect(read('Marble 7, 2026')).toMatch(/^refused: "Marble 7, 2026" is not a date/);
    // A bare year, or a small number, is not an Excel date number of a training: it would be a day before 1950.
    expect(read('2026')).toBe('refused: "2026" is a year, not a date; write the whole date (2026-03-07, 3/7/2026)');
    expect(read('1234')).toBe('refused: "1234" read as an Excel date number is 1903-05-18, before 1950, which no training record holds; write the date');
    expect([read('18264'), read('46088'), read('46088.6')]).toEqual(['1950-01-01', '2026-03-07', '2026-03-07']);
  });
});

describe('an instant with its zone', () => {
  const inZone = <T>(zone: string, run: () => T): T => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      return run();
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  };
  const read = (text: string) => parseDateText(text, { order: null, excel1904: false });

  it("is the day it was on this computer's calendar (an API's UTC time of a course finished in the evening)", () => {
    expect(inZone('America/New_York', () => read('2026-03-08T02:30:05.000Z'))).toEqual({ ok: true, value: '2026-03-07' });
    expect(inZone('America/New_York', () => read('2026-03-08T02:30:05+00:00'))).toEqual({ ok: true, value: '2026-03-07' });
    expect(inZone('Asia/Tokyo', () => read('2026-03-07T20:30:05Z'))).toEqual({ ok: true, value: '2026-03-08' });
    // Without a zone, the day as written: nothing says which zone to move it from.
    expect(inZone('America/New_York', () => read('2026-03-08T02:30:05'))).toEqual({ ok: true, value: '2026-03-08' });
    expect(inZone('America/New_York', () => read('2026-03-08'))).toEqual({ ok: true, value: '2026-03-08' });
  });

  it('UTC written after the time (Thinkific’s "2026-03-13 02:05:44 UTC"), and an offset without its colon', () => {
    expect(inZone('America/Chicago', () => read('2026-03-13 02:05:44 UTC'))).toEqual({ ok: true, value: '2026-03-12' });
    expect(inZone('America/Chicago', () => read('2026-03-13 14:05:44 UTC'))).toEqual({ ok: true, value: '2026-03-13' });
    expect(inZone('Asia/Tokyo', () => read('2026-03-12 20:05:44 GMT'))).toEqual({ ok: true, value: '2026-03-13' });
    expect(inZone('America/New_York', () => read('2026-03-08T02:30:05+0000'))).toEqual({ ok: true, value: '2026-03-07' });
    expect(inZone('UTC', () => read('2026-03-07T22:30:05-0500'))).toEqual({ ok: true, value: '2026-03-08' });
  });

  it('seconds or milliseconds since 1970 (a database query’s raw timecompleted) are the day they fall on here', () => {
    // 1773366005 is 2026-03-13 01:40:05 UTC.
    expect(inZone('America/Chicago', () => read('1773366005'))).toEqual({ ok: true, value: '2026-03-12' });
    expect(inZone('Europe/Berlin', () => read('1773366005'))).toEqual({ ok: true, value: '2026-03-13' });
    expect(inZone('America/Chicago', () => read('1773366005000'))).toEqual({ ok: true, value: '2026-03-12' });
    // Nine or eleven digits are no timestamp this reads (an ID, a phone number without its area code).
    expect(read('177336600').ok).toBe(false);
    expect(read('17733660050').ok).toBe(false);
  });
});

describe('dates found in the field', () => {
  const read = (text: string) => parseDateText(text, { order: 'mdy', excel1904: false });
  it('a month, its day and a two-digit year (IOMAD\'s "Month n, YY"), first days as French and Spanish write them', () => {
    expect(['March 07, 26', 'Mar 07, 26', 'March 7 2026'].map(read)).toEqual(Array(3).fill({ ok: true, value: '2026-03-07' }));
    // IOMAD's "M d, y, " site format keeps the comma its time would follow; a comma is still no date.
    expect(['Mar 07, 26, ', '3/7/2026,', ','].map(read).map((r) => r.ok)).toEqual([true, true, false]);
    expect(['1er déc. 2025', '1º de diciembre de 2025'].map(read)).toEqual(Array(2).fill({ ok: true, value: '2025-12-01' }));
  });

  it("a time with its zone's name (Totara's seminar times), and a class's hours after its day", () => {
    expect(read('09 March 2026, 08:30 AM America/Chicago')).toEqual({ ok: true, value: '2026-03-09' });
    expect(['3/12/2026 0900-1600', '3/12/2026 8a-4p', '3/12/2026 8:00am - 4:30pm'].map(read)).toEqual(Array(3).fill({ ok: true, value: '2026-03-12' }));
    // A second date after it is no class hours: a range, read as its last day.
    expect(read('3/12/2026 - 3/14/2026')).toEqual({ ok: true, value: '2026-03-14' });
  });
});
