import { describe, expect, it } from 'vitest';
import { parseDateText, type DateOptions } from '../../../shared/team/date-cells';
import { formatRowError, planImport } from '../../../shared/team/csv-import';
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

  it('refuses what is not a day, saying why and showing the value', () => {
    expect(read('2/30/2026', { order: 'mdy', excel1904: false })).toBe('refused: "2/30/2026" is not a real calendar date (read as month/day/year)');
    expect(read('March 2026')).toMatch(/^refused: "March 2026" is not a date this import reads/);
    expect(read('Marble 7, 2026')).toMatch(/^refused: "Marble 7, 2026" is not a date/);
    expect(read('7 March 2026 (Eastern)')).toMatch(/^refused: /);
  });
});
