import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { clearedFor } from '../../../shared/team/choice-exclusions';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImportFromText } from '../../../shared/team/import-stream';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import type { Member } from '../../../shared/model/team';
import { importContext, member, sampleLookup } from './helpers';

/*
 * A class log kept by hand: each class's start and end dates, the end left empty for a
 * one-day class. The end is the completion date; a one-day class was done on its start date.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];

function imported(lines: string[], members: Member[] = team, change: { mapping?: Partial<ColumnMapping>; options?: Partial<ImportOptions> } = {}) {
  const text = lines.join('\n');
  const file = readTable('class log.csv', new TextEncoder().encode(text), null);
  const first = firstMapping(file, [], sampleLookup, members);
  const mapping = { ...first.mapping, ...change.mapping };
  const options = { ...first.options, ...change.options };
  const ctx = () => importContext(members);
  const plan = planImport(file.table, mapping, ctx(), options);
  // The commit's streamed check agrees.
  const streamed = planImportFromText(text, mapping, ctx(), options, 2);
  expect([streamed.completions, streamed.notCompleted, streamed.errors]).toEqual([plan.completions, plan.notCompleted, plan.errors]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  return {
    mapping,
    options,
    plan,
    errors: plan.errors.map(formatRowError),
    records: plan.completions.map((c) => [names.get(c.memberId), c.custom?.title ?? c.trainingId, c.completedOn]),
  };
}

describe('a class log with start and end dates', () => {
  const log = [
    'Officer,Course,Start Date,End Date,Hours',
    'Dana Reyes,Local Course A,3/7/2026,3/9/2026,24',
    'Sam Lee,Local Course B,4/2/2026,,4',
    'Dana Reyes,Local Course C,5/14/2026,,2',
  ];

  it('records each class on its end date, and a one-day class (no end date) on its start date', () => {
    const { mapping, errors, records, plan } = imported(log);
    expect([mapping.completedOn, mapping.startedOn]).toEqual([3, 2]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Dana Reyes', 'Local Course A', '2026-03-09'],
      ['Sam Lee', 'Local Course B', '2026-04-02'],
      ['Dana Reyes', 'Local Course C', '2026-05-14'],
    ]);
    expect(plan.notCompleted).toBe(0);
  });

  it('reads the class days under the headers logs use: From / To, Date / End, a start date in brackets, Spanish and German', () => {
    for (const [start, end] of [
      ['From', 'To'],
      ['Date', 'End Date'],
      ['Class Date', 'End'],
      ['Start date (mm/dd/yyyy)', 'End date (mm/dd/yyyy)'],
      ['Fecha inicio', 'Fecha fin'],
      ['Beginn', 'Ende'],
      ['von', 'bis'],
      ['START_DT', 'END_DT'],
    ]) {
      const { mapping, records } = imported([`Officer,Course,${start},${end},Hours`, ...log.slice(1)]);
      expect([start, mapping.completedOn, mapping.startedOn]).toEqual([start, 3, 2]);
      expect(records.map((r) => r[2])).toEqual(['2026-03-09', '2026-04-02', '2026-05-14']);
    }
  });

  it('still takes an empty completion date beside when someone started as not finished (an LMS, a self-paced course)', () => {
    for (const [start, end] of [
      ['Date Started', 'Date Completed'],
      ['Start Date', 'Completion Date'],
      ['Enrolled', 'End Date'],
    ]) {
      const { mapping, records, plan } = imported([`Officer,Course,${start},${end},Hours`, ...log.slice(1)]);
      expect([start, mapping.startedOn, plan.notCompleted]).toEqual([start, null, 2]);
      expect(records).toEqual([['Dana Reyes', 'Local Course A', '2026-03-09']]);
    }
  });

  it('keeps a completion column of its own beside the course’s start and end dates', () => {
    const { mapping, records } = imported(['Officer,Course,Course start date,Course end date,Time completed', 'Dana Reyes,Local Course A,3/7/2026,3/9/2026,3/19/2026']);
    expect([mapping.completedOn, mapping.startedOn]).toEqual([4, null]);
    expect(records).toEqual([['Dana Reyes', 'Local Course A', '2026-03-19']]);
  });

  it('names the start date’s column when a one-day class’s start date cannot be read', () => {
    const { errors } = imported([...log, 'Sam Lee,Local Course D,sometime in May,,2']);
    expect(errors).toEqual([expect.stringMatching(/^Row 5, Start date \(one-day classes\) \(column "Start Date"\): /)]);
  });

  it('counts a blank status beside a start date alone as the older rows of the log, done', () => {
    const { records, plan } = imported(['Officer,Course,Start Date,End Date,Status', 'Dana Reyes,Local Course A,3/17/2026,,', 'Sam Lee,Local Course B,4/2/2026,,No Show', 'Sam Lee,Local Course C,,,']);
    expect(records).toEqual([['Dana Reyes', 'Local Course A', '2026-03-17']]);
    expect(plan.statusValues).toEqual(['', 'No Show']);
    expect(plan.notCompleted).toBe(2);
  });

  it('with each class typed once over its delegates (merged cells), fills the class down and leaves a one-day class on its start date', () => {
    const { options, errors, records, plan } = imported([
      'Class,Start Date,End Date,Delegate,Agency,Certificate Expires',
      'Local Course A,3/7/2026,3/9/2026,Dana Reyes,County SO,3/9/2028',
      ',,,Sam Lee,City PD,',
      'Local Course B,4/14/2026,,Dana Reyes,County SO,',
      ',,,Sam Lee,City PD,',
    ]);
    expect(options.repeatAbove).toBe(true);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Dana Reyes', 'Local Course A', '2026-03-09'],
      ['Sam Lee', 'Local Course A', '2026-03-09'],
      ['Dana Reyes', 'Local Course B', '2026-04-14'],
      ['Sam Lee', 'Local Course B', '2026-04-14'],
    ]);
    // The second class has no expiry: none is carried down from the first.
    expect(plan.completions.map((c) => c.expiresOn ?? null)).toEqual(['2028-03-09', '2028-03-09', null, null]);
  });

  it('is not used beside a column per course or one day for all rows, and those choices clear it', () => {
    const mapping = { ...imported(log).mapping, trainingTitle: null, completedOn: null };
    expect(mappingProblems(mapping, 5, { training: null, trainingColumns: [{ column: 1, training: null, expiresColumn: null }] })).toContain(
      'Each course has its own column, so Start date (one-day classes) is not used: set it to “Not in the file”.',
    );
    expect(mappingProblems(mapping, 5, { training: null, trainingColumns: [], completedOnForAll: '2026-03-07' }, log[0]!.split(','))).toContain(
      '“Start Date” is chosen as the start date, and “All rows were completed on one day” is ticked; choose one.',
    );
    expect(clearedFor('completedOnForAll', mapping, defaultImportOptions).mapping.startedOn).toBeNull();
    expect(clearedFor('trainingColumns', mapping, defaultImportOptions).mapping.startedOn).toBeNull();
    expect(clearedFor('personColumns', mapping, defaultImportOptions).mapping.startedOn).toBeNull();
  });
});
