import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { memberFromFile } from '../../../shared/team/member-above';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { emptyMapping, mappingProblems } from '../../../shared/team/csv-mapping';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { headerKey } from '../../../shared/team/saved-mappings';
import { importContext, member, sampleLookup } from './helpers';

/*
 * "All rows are one person's": a state board's training history or an LMS's record of learning
 * lists one officer's courses, and names the officer only above the table or in the file name.
 */

// As in the e2e test's team: Jordan Hale's POST number is 54120.
const team = [member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale', { externalId: '54120' })];
const lines = (...texts: string[]) => texts.map((text, i) => ({ rowNumber: i + 1, text }));
const person = (fileName: string, ...texts: string[]) => memberFromFile(fileName, lines(...texts), team)?.member.id ?? null;

describe('the person of a one-person sheet', () => {
  it('is the team member a title line names: by name (also "LAST, FIRST"), by an ID number after its label, by e-mail', () => {
    expect(person('history.csv', 'Personal Training History', 'Officer: HALE, JORDAN · PID: 54120')).toBe('m-jordan');
    expect(person('history.csv', 'Officer: REYES, DANA')).toBe('m-dana');
    expect(person('history.csv', 'Training History for: Jordan Hale')).toBe('m-jordan');
    expect(person('history.csv', 'Record of Learning: Sam Lee')).toBe('m-sam');
    expect(person('history.csv', 'Name · Sam Lee · Agency · Example PD')).toBe('m-sam');
    expect(person('history.csv', 'DPSST # 54120')).toBe('m-jordan');
    // A name and another's number: two people, so no one.
    expect(person('history.csv', 'Officer: REYES, DANA · PID: 54120')).toBeNull();
    expect(person('history.csv', 'Employee: dana.reyes@example.gov')).toBe('m-dana');
  });

  it('is read from the file name when no title line names anyone', () => {
    expect(person('Dana Reyes - Record of Learning.csv')).toBe('m-dana');
    expect(person('transcript_hale_jordan_2026.csv')).toBe('m-jordan');
    expect(person('Course history.csv', 'Officer Training History')).toBeNull();
  });

  it('is not taken from a line naming who printed, taught or signed the sheet, nor when two people are named, nor a bare number', () => {
    expect(person('history.csv', 'Prepared by Sam Lee')).toBeNull();
    expect(person('history.csv', 'Instructor: Jordan Hale')).toBeNull();
    expect(person('history.csv', 'Instructor · Jordan Hale')).toBeNull();
    expect(person('history.csv', 'Sam Lee (Coordinator)')).toBeNull();
    expect(person('history.csv', 'Dana Reyes', 'Sam Lee')).toBeNull();
    expect(person('history.csv', 'Course 54120')).toBeNull();
    expect(memberFromFile('Dana Reyes.csv', [], [])).toBeNull();
  });
});

describe('a plan with one person for all rows', () => {
  const plan = (text: string, options: Partial<ImportOptions>) =>
    planImport(parseCsvTable(text), { ...emptyMapping(), trainingTitle: 0, completedOn: 1, hours: 2 }, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, ...options });

  it('gives every row that person, the last row too (no member cell is no summary there)', () => {
    const p = plan('Course,Date,Hours\nCourtroom Testimony,2/12/2026,4\nChild Abduction Response Team (CART) Training,3/18/2026,16\n', { memberForAll: 'm-sam' });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn])).toEqual([
      ['m-sam', 'Courtroom Testimony', '2026-02-12'],
      ['m-sam', 'amber-cart', '2026-03-18'],
    ]);
  });

  it('refuses a person no longer on the team', () => {
    expect(plan('Course,Date,Hours\nCourtroom Testimony,2/13/2026,4\n', { memberForAll: 'm-gone' }).fileProblems).toEqual(['The person chosen for all rows is not on the team any more; choose them again.']);
  });

  it('asks for the person when ticked without one, and for one answer when a member column is chosen too', () => {
    const problems = (columns: Partial<ReturnType<typeof emptyMapping>>, options: Partial<ImportOptions>) =>
      mappingProblems({ ...emptyMapping(), trainingTitle: 0, completedOn: 1, ...columns }, 3, { ...defaultImportOptions, ...options }, ['Course', 'Date', 'Name']);
    expect(problems({}, { memberForAll: 'm-sam' })).toEqual([]);
    expect(problems({}, { memberForAll: '' })).toEqual(['“All rows are one person’s” is ticked: choose the person.']);
    expect(problems({ memberName: 2 }, { memberForAll: 'm-sam' })).toEqual(['“Name” is chosen to name the member, and “All rows are one person’s” is ticked; choose one.']);
    expect(problems({}, {})).toEqual([
      'Choose the column that names the member (Member name, First and Last name, Member email or Member ID number), or tick “All rows are one person’s”, “Each person’s name is a heading over their rows” or “Each person has their own column”: the file has none that looks like one.',
    ]);
  });
});

describe('an officer training history from the fixtures folder', () => {
  const load = async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/officer-training-history.csv', import.meta.url)));
    return readTable('officer-training-history.csv', bytes, null);
  };

  it('is read as the officer named above the table, with nothing chosen', async () => {
    const file = await load();
    const first = firstMapping(file, [], sampleLookup, team);
    expect(first.options.memberForAll).toBe('m-jordan');
    const p = planImport(file.table, first.mapping, importContext(team, { trainings: sampleLookup }), first.options);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours])).toEqual([
      ['m-jordan', 'amber-cart', '2026-03-18', 16],
      ['m-jordan', 'Courtroom Testimony', '2026-02-12', 4],
    ]);
  });

  it('with a saved mapping, keeps the choice and reads the person again from each history', async () => {
    const file = await load();
    const first = firstMapping(file, [], sampleLookup, team);
    const saved = [{ name: 'Training history', headerKey: headerKey(file.table.headers), mapping: first.mapping, options: first.options }];
    const next = (text: string) => firstMapping(readTable('history.csv', new TextEncoder().encode(text), null), saved, sampleLookup, team).options.memberForAll;
    const table = 'Course #,Course Title,Course Date,Hours,Training Provider\n1850,Courtroom Testimony,02/12/2026,4,Academy\n';
    expect(next(`Officer: Sam Lee,,,,\n${table}`)).toBe('m-sam');
    expect(next(table)).toBe('');
  });
});
