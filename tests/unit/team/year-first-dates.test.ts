import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateText, type DateOptions, type DateOrder } from '../../../shared/team/date-cells';
import { orderFromRestOfFile, presetDateOrder } from '../../../shared/team/first-date-order';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { createSurvey } from '../../../shared/team/import-survey';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * Totara's completion import writes its dates in the format the site chose: year, day or month
 * first, two- or four-digit years, separated by dashes, slashes, dots or spaces
 * (get_dateformats() in totara/completionimport/lib.php). A two-digit year first (26-03-18) reads
 * as a day first (26 March 2018) just as well, so the coordinator is asked.
 */

const read = (text: string, order: DateOrder | null = null) => {
  const options: DateOptions = { order, excel1904: false };
  const parsed = parseDateText(text, options);
  return parsed.ok ? parsed.value : `refused: ${parsed.message}`;
};

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes', { externalId: '54120' }), member('m-sam', 'Sam Lee', { externalId: '54121' })];
const totara = (dates: [string, string][]) =>
  ['username,certificationshortname,certificationidnumber,completiondate,duedate', ...dates.map(([done, due], i) => `${i % 2 ? 54121 : 54120},Courtroom Testimony,CT-100,${done},${due}`)].join('\r\n');

function imported(text: string, order?: DateOrder) {
  const file = readTable('certifications.csv', new TextEncoder().encode(text), null);
  const first = firstMapping(file, [], trainings, team);
  const options = order === undefined ? first.options : { ...first.options, dateOrder: order };
  const p = planImport(file.table, first.mapping, importContext(team, { trainings }), options);
  // The commit's streamed check, a few rows at a time, comes to the same plan.
  const streamed = planImportFromText(text, first.mapping, importContext(team, { trainings }), options, 1);
  expect([streamed.fileProblems, streamed.completions]).toEqual([p.fileProblems, p.completions]);
  return { problems: p.fileProblems, errors: p.errors.map(formatRowError), records: p.completions.map((c) => [c.memberId, c.completedOn, c.expiresOn]) };
}

describe('dates with a two-digit year first', () => {
  it('are read year first when the coordinator chooses it, with dashes, slashes, dots or spaces', () => {
    expect(['26-03-18', '26/03/18', '26.03.18', '26 03 18'].map((d) => read(d, 'ymd'))).toEqual(['2026-03-18', '2026-03-18', '2026-03-18', '2026-03-18']);
    expect(read('18-03-2026', 'ymd')).toBe('refused: "18-03-2026" ends with its year, but dates are being read year first; change the date order above the preview');
    expect(read('26-13-01', 'ymd')).toMatch(/^refused: "26-13-01" is not a real calendar date/);
  });

  it('are not read day first on their own when the first part could be a year', () => {
    expect(read('26-03-18')).toBe('refused: "26-03-18" could be day-month-year or a two-digit year first; choose the date order above the preview');
    expect(read('15 03 26')).toMatch(/^refused: "15 03 26" could be day-month-year or a two-digit year first/);
    // Slashes and dots are how spreadsheets write two-digit years, day or month first; a four-digit year or a one-digit part cannot be a year first.
    expect([read('15/03/26'), read('15.03.26'), read('15-03-2026'), read('15-3-26'), read('32-03-18')]).toEqual(['2026-03-15', '2026-03-15', '2026-03-15', '2026-03-15', 'refused: "32-03-18" is not a real calendar date']);
  });

  it('leave the order open as evidence, where the same dates with slashes or a four-digit year tell it', () => {
    const at = (texts: string[]) => detectDateOrder(texts.map((text, i) => ({ text, rowNumber: i + 2 })));
    expect(at(['26-03-18', '26-02-12'])).toEqual({ kind: 'ambiguous', example: '26-03-18', yearFirst: true });
    expect(at(['15/03/26'])).toMatchObject({ kind: 'found', order: 'dmy' });
    expect(at(['15-03-2026'])).toMatchObject({ kind: 'found', order: 'dmy' });
    expect(at(['03-15-26'])).toMatchObject({ kind: 'found', order: 'mdy' });
    // The same as the rows come, where the commit's check starts before the last row is read.
    const soFar = (date: string) => {
      const headers = ['Name', 'Course', 'Completed'];
      const survey = createSurvey(guessMapping(headers), 100, defaultImportOptions, () => headers);
      survey.visit(2, ['Dana Reyes', 'Courtroom Testimony', date]);
      return survey.orderSoFar();
    };
    expect([soFar('26-03-18'), soFar('15/03/26'), soFar('2026-03-18')]).toEqual(['wait', 'dmy', null]);
    expect(at(['03-03-26'])).toEqual({ kind: 'ambiguous', example: '03-03-26', yearFirst: true });
    expect(at(['3/4/2026'])).toEqual({ kind: 'ambiguous', example: '3/4/2026', yearFirst: false });
  });

  it('take no order from the rest of the file, which tells day from month but never a year first', () => {
    const table = parseCsvTable(['Name,Course,Completed', 'Dana Reyes,Courtroom Testimony,26-03-18'].join('\n'));
    expect(orderFromRestOfFile(table.rows, [2], [{ rowNumber: 1, text: 'Created on: 11/20/2026' }])).toBeNull();
    const slashes = parseCsvTable(['Name,Course,Completed', 'Dana Reyes,Courtroom Testimony,03/04/26'].join('\n'));
    expect(orderFromRestOfFile(slashes.rows, [2], [{ rowNumber: 1, text: 'Created on: 11/20/2026' }])).toBe('mdy');
    // Nor from the order a recognised export writes by default.
    expect(presetDateOrder(table.rows, 2, 'dmy')).toBeNull();
    expect(presetDateOrder(slashes.rows, 2, 'dmy')).toBe('dmy');
  });
});

describe("Totara's completion import files", () => {
  it('in yy-mm-dd: the first guess asks, and year first gives every completion right', () => {
    const text = totara([
      ['26-03-18', '28-03-18'],
      ['26-02-12', '27-02-12'],
    ]);
    expect(imported(text).problems).toEqual(['Dates such as "26-03-18" could be day first or a two-digit year first, and no date in the file tells which. Choose the date order.']);
    expect(imported(text, 'ymd')).toEqual({
      problems: [],
      errors: [],
      records: [
        // duedate is the deadline to certify by, not an expiry (import-presets.ts).
        ['m-dana', '2026-03-18', undefined],
        ['m-sam', '2026-02-12', undefined],
      ],
    });
  });

  it('in dd mm yyyy and yyyy mm dd, spaces between the parts, with no choice', () => {
    const spaced = totara([
      ['18 03 2026', '18 03 2028'],
      ['12 02 2026', '12 02 2027'],
    ]);
    expect(imported(spaced).records).toEqual([
      ['m-dana', '2026-03-18', undefined],
      ['m-sam', '2026-02-12', undefined],
    ]);
    expect(imported(totara([['2026 03 18', '2028 03 18']])).records).toEqual([['m-dana', '2026-03-18', undefined]]);
  });
});
