import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionSchema } from '../../../shared/model/team';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { suggestMapping } from '../../../shared/team/import-presets';
import { completion, importContext, member } from './helpers';

/*
 * The row check remembers what each distinct cell says (its member, training, date,
 * hours) and builds each record out of parts checked once. These tests hold it to the
 * same check with every memo off (memoLimit 0: every row read from scratch), and to
 * the stored schema for every record it lets through.
 */

const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov', externalId: 'dreyes' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
  member('m-sam2', 'Sam Lee', { email: 'sam.lee2@example.gov' }),
];
const STAMPS = { updatedAt: '2026-11-25T10:00:00.000Z', updatedBy: 'Dana Reyes' };

const value = (...v: string[]) => fc.constantFrom(...v);
const row = fc.tuple(
  value('Dana Reyes', 'Reyes, Dana', 'Sam Lee', 'Nobody Known', '', 'Total', ' Dana Reyes ', '=cmd', "'=cmd"),
  value('dana.reyes@example.gov', 'DANA.REYES@example.gov', 'sam.lee2@example.gov', 'new@example.gov', ''),
  value('ICAC Undercover Chat Investigations', 'Local Course', '', 'Forensic Interviewing of Children', '"Two\nlines"', 'x'.repeat(301), 'Local  Course'),
  value('2026-03-07', '3/7/2026', '13/2/2026', '2/13/2026', '07.03.2026', '45358', 'soon', '', '2026-02-30'),
  value('4', '2.5', '', 'x', '-1', '1001', '4,5'),
  value('Completed', 'Yes', 'No', ''),
  value('', 'CERT-1', 'y'.repeat(101), '"a\nb"'),
  value('', 'Never', '2027-03-07', '2026-01-01', 'soon'),
  value('', '12', '0', '1.5'),
);
const file = fc.tuple(fc.array(row, { maxLength: 40 }), fc.boolean()).map(
  ([rows, title]) =>
    `${title ? 'Completion report\n\n' : ''}Member name,Email,Training title,Completed on,Hours,Status,Certificate number,Expires on,Valid for months\n${rows
      .map((r) => r.join(','))
      .join('\n')}\n`,
);

describe('import row check: remembered verdicts', () => {
  it('gives the same plan with every memo off, with a cap of one value, and with the default cap, on random files', () => {
    fc.assert(
      fc.property(file, fc.constantFrom(null, 'mdy', 'dmy'), fc.boolean(), fc.boolean(), (text, dateOrder, createMissingMembers, stamped) => {
        const { mapping, options } = suggestMapping(parseCsvTable(text).headers);
        const o = { ...options, dateOrder };
        const ctx = () => importContext(team, { createMissingMembers, completions: [completion('c-old', 'm-dana', { completedOn: '2026-03-07' })], ...(stamped ? { stamps: STAMPS } : {}) });
        const remembered = planImportFromText(text, mapping, ctx(), o);
        expect(planImportFromText(text, mapping, ctx(), o, undefined, 0)).toEqual(remembered);
        expect(planImportFromText(text, mapping, ctx(), o, undefined, 1)).toEqual(remembered);
        expect(planImport(parseCsvTable(text), mapping, ctx(), o, 0)).toEqual(remembered);
        // Every record let through without its whole-record check is one the stored schema keeps as it is.
        for (const c of remembered.completions) {
          const parsed = completionSchema.safeParse(c);
          expect(parsed.success && JSON.stringify(parsed.data)).toBe(JSON.stringify(c));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a part that fails its field (a title too long, a stamp with spaces) still stops the row with the schema’s message', () => {
    const text = `Member name,Training title,Completed on\nDana Reyes,${'x'.repeat(301)},2026-03-07\nSam Lee,Local Course,2026-03-07\n`;
    const { mapping, options } = suggestMapping(parseCsvTable(text).headers);
    const plan = planImportFromText(text, mapping, importContext(team), options);
    expect(plan.errors.map((e) => [e.rowNumber, e.field])).toEqual([
      [2, 'Training title'],
      [3, 'Member name'],
    ]);
    const badStamp = planImportFromText(text.replace(/Sam Lee/, 'Dana Reyes'), mapping, importContext(team, { stamps: { updatedAt: STAMPS.updatedAt, updatedBy: ' Dana ' } }), options);
    expect(badStamp.completions).toEqual([]);
    expect(badStamp.errors.map((e) => [e.rowNumber, e.field])).toEqual([
      [2, 'Training title'],
      [2, 'the whole row'],
      [3, 'the whole row'],
    ]);
  });
});

describe('import stamps', () => {
  const text = [
    'Member name,Training title,Completed on,Hours,Certificate number,Expires on',
    'Dana Reyes,ICAC Undercover Chat Investigations,2026-03-07,4,,',
    'Dana Reyes,Local Course,2026-03-07,,,',
    'Sam Lee,Local Course,2026-03-08,2,C-17,2027-03-08',
    '',
  ].join('\n');
  const read = (text: string) => ({ table: parseCsvTable(text), ...suggestMapping(parseCsvTable(text).headers) });

  it('every completion built carries updatedAt and updatedBy as its last two fields when the import is given them', () => {
    const { table, mapping, options } = read(text);
    const ctx = () => importContext([team[0]!, team[1]!], { stamps: STAMPS });
    for (const plan of [planImportFromText(text, mapping, ctx(), options), planImport(table, mapping, ctx(), options)]) {
      expect(plan.errors).toEqual([]);
      expect(plan.completions).toHaveLength(3);
      for (const c of plan.completions) {
        expect(Object.keys(c).slice(-3)).toEqual(['createdAt', 'updatedAt', 'updatedBy']);
        expect(c).toMatchObject(STAMPS);
      }
    }
  });

  it('without them, no completion has the fields at all', () => {
    const { mapping, options } = read(text);
    const plan = planImportFromText(text, mapping, importContext([team[0]!, team[1]!]), options);
    expect(plan.completions).toHaveLength(3);
    for (const c of plan.completions) {
      expect('updatedAt' in c || 'updatedBy' in c).toBe(false);
      expect(Object.keys(c).at(-1)).toBe('createdAt');
    }
  });
});
