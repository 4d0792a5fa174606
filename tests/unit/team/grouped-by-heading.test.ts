import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { courseInHeading } from '../../../shared/team/course-heading';
import { personInHeading } from '../../../shared/team/grouped-by-heading';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { emptyMapping, mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { importContext, member, sampleLookup } from './helpers';

/*
 * Reports grouped by person or by course: "Employee: Dana Reyes" or "Course: Courtroom
 * Testimony" on a line of its own, then the rows, which do not repeat it.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
const columns = { ...emptyMapping(), trainingTitle: 0, completedOn: 1, hours: 2 };
const plan = (text: string, options: Partial<ImportOptions> = {}, createMissingMembers = false) =>
  planImport(parseCsvTable(text), columns, importContext(team, { trainings: sampleLookup, createMissingMembers }), { ...defaultImportOptions, memberHeadings: true, ...options });

describe('a heading line that names a person', () => {
  it('is the one filled cell, without a group label; a subtotal, a quarter or a Total line names no one', () => {
    expect(personInHeading(['Employee: Dana Reyes', '', ''])).toBe('Dana Reyes');
    expect(personInHeading(['', 'Reyes, Dana', ''])).toBe('Reyes, Dana');
    expect(personInHeading(['Name - Sam Lee', ''])).toBe('Sam Lee');
    for (const line of [['Total hours: 20', ''], ['Quarter 1', ''], ['Total', ''], ['Day 2:', ''], ['Dana Reyes', 'CART']]) expect(personInHeading(line), line[0]).toBeNull();
  });
});

describe('a plan with each person a heading over their rows', () => {
  it('gives each row the person above it; a subtotal between is a heading, and the last one a summary', () => {
    const p = plan('Course,Date,Hours\nEmployee: Dana Reyes,,\nCourtroom Testimony,2/12/2026,4\nTotal hours: 4,,\nEmployee: Sam Lee,,\nCourtroom Testimony,2/13/2026,4\nTotal hours: 4,,\n');
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-02-12'],
      ['m-sam', '2026-02-13'],
    ]);
    expect(p.headingRows.map((r) => r.text)).toEqual(['Total hours: 4']);
    expect(p.summaryRows.map((r) => r.text)).toEqual(['Total hours: 4']);
  });

  it('refuses rows before the first name, and a name not on the team on its own line', () => {
    const p = plan('Course,Date,Hours\nCourtroom Testimony,2/12/2026,4\nEmployee: Pat Quinn,,\nCourtroom Testimony,2/13/2026,4\nEmployee: Sam Lee,,\nCourtroom Testimony,2/14/2026,4\n');
    expect(p.errors.map((e) => [e.rowNumber, e.field])).toEqual([
      [2, 'Member name'],
      [3, 'Member name'],
    ]);
    expect(p.errors[0]!.message).toBe('no name above this row; each person’s rows need their name as a heading line over them');
    // Once people may be added, the new name is one new member, and their rows are theirs.
    const added = plan('Course,Date,Hours\nEmployee: Pat Quinn,,\nCourtroom Testimony,2/13/2026,4\nCourtroom Testimony,5/14/2026,4\n', {}, true);
    expect(added.newMembers.map((m) => m.name)).toEqual(['Pat Quinn']);
    expect(added.completions.map((c) => c.memberId)).toEqual([added.newMembers[0]!.id, added.newMembers[0]!.id]);
  });

  it('reads the heading before the status: a heading has no status of its own', () => {
    const text = 'Course,Date,Hours,Status\nEmployee: Dana Reyes,,,\nCourtroom Testimony,2/12/2026,4,Completed\nCourtroom Testimony,2/19/2026,4,In progress\nQuarter 2,,,\nCourtroom Testimony,4/12/2026,4,Completed\n';
    const p = planImport(parseCsvTable(text), { ...columns, status: 3 }, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, memberHeadings: true });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-02-12'],
      ['m-dana', '2026-04-12'],
    ]);
    expect(p.notCompleted).toBe(1);
    expect(p.headingRows.map((r) => r.text)).toEqual(['Quarter 2']);
  });

  it('needs no member column, and is one answer among the member columns and one person for all rows', () => {
    const problems = (more: Partial<typeof columns>, options: Partial<ImportOptions>) =>
      mappingProblems({ ...columns, ...more }, 4, { ...defaultImportOptions, ...options }, ['Course', 'Date', 'Hours', 'Name']);
    expect(problems({}, { memberHeadings: true })).toEqual([]);
    expect(problems({ memberName: 3 }, { memberHeadings: true })).toEqual(['“Name” is chosen to name the member, and “Each person’s name is a heading over their rows” is ticked; choose one.']);
    expect(problems({}, { memberHeadings: true, memberForAll: 'm-sam' })).toEqual(['“All rows are one person’s” and “Each person’s name is a heading over their rows” are both ticked; choose one.']);
  });
});

describe('a report grouped by employee from the fixtures folder', () => {
  it('is read as grouped by person with nothing chosen: each name over its rows, the subtotals skipped', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/report-grouped-by-employee.csv', import.meta.url)));
    const file = readTable('report-grouped-by-employee.csv', bytes, null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect(first.options.memberHeadings).toBe(true);
    const p = planImport(file.table, first.mapping, importContext(team, { trainings: sampleLookup }), first.options);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-18', 16],
      ['m-dana', 'Courtroom Testimony', '2026-02-12', 4],
      ['m-sam', 'Courtroom Testimony', '2026-02-13', 4],
    ]);
    expect(p.notCompleted).toBe(1);
    // With no one on the team, and no group label, nothing says the lines are people.
    const bare = readTable('log.csv', new TextEncoder().encode('Course,Date,Hours\nDana Reyes,,\nCourtroom Testimony,2/12/2026,4\n'), null);
    expect(firstMapping(bare, [], sampleLookup, []).options.memberHeadings).toBe(false);
    expect(firstMapping(bare, [], sampleLookup, team).options.memberHeadings).toBe(true);
    // A group label says it even of someone not on the team yet.
    const labelled = readTable('log.csv', new TextEncoder().encode('Course,Date,Hours\nEmployee: Pat Quinn,,\nCourtroom Testimony,2/12/2026,4\n'), null);
    expect(firstMapping(labelled, [], sampleLookup, []).options.memberHeadings).toBe(true);
  });
});

describe('a report grouped by course', () => {
  const byCourse = { ...emptyMapping(), memberName: 0, completedOn: 1, hours: 2 };
  const coursePlan = (text: string, options: Partial<ImportOptions> = {}) =>
    planImport(parseCsvTable(text), byCourse, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, trainingHeadings: true, ...options });

  it('reads a course heading without its label, digits and all; a quarter, a total or a date is no course', () => {
    expect(courseInHeading(['Course: Courtroom Testimony', ''])).toEqual({ title: 'Courtroom Testimony', day: null });
    expect(courseInHeading(['ICAC 101', '', ''])).toEqual({ title: 'ICAC 101', day: null });
    // A session's day in the heading is taken out of the course's name.
    expect(courseInHeading(['CART Training – April 6-9, 2026', ''])).toEqual({ title: 'CART Training', day: 'April 6-9, 2026' });
    expect(courseInHeading(['Courtroom Testimony (2/13/2026)', ''])).toEqual({ title: 'Courtroom Testimony', day: '2/13/2026' });
    expect(courseInHeading(['Session 2026-03-04: Courtroom Testimony', ''])).toEqual({ title: 'Courtroom Testimony', day: '2026-03-04' });
    expect(courseInHeading(['March 4, 2026', ''])).toBeNull();
    for (const line of [['Quarter 1', ''], ['Total: 4', ''], ['Day 2:', ''], ['3/18/2026', ''], ['2026', ''], ['Dana Reyes', '3/18/2026']]) expect(courseInHeading(line), line[0]).toBeNull();
  });

  it('gives each row the course above it: a catalogue title is that training, another one outside the catalogue', () => {
    const p = coursePlan('Name,Date,Hours\nCourse: Child Abduction Response Team (CART) Training,,\nDana Reyes,3/18/2026,16\nCourtroom Testimony,,\nSam Lee,2/13/2026,4\nDana Reyes,2/12/2026,4\nTotal: 3,,\n');
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-02-13'],
      ['m-dana', 'Courtroom Testimony', '2026-02-12'],
    ]);
  });

  it('gives rows without a date of their own the day their heading names, read in the file’s date order', () => {
    const text = 'Name,Date,Hours\n"Child Abduction Response Team (CART) Training – April 6-9, 2026",,\nDana Reyes,,32\nSam Lee,4/10/2026,32\nCourtroom Testimony (3/4/2026),,\nDana Reyes,,4\n';
    const days = (options: Partial<ImportOptions>) => coursePlan(text, options).completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn]);
    expect(days({ dateOrder: 'mdy' })).toEqual([
      ['m-dana', 'amber-cart', '2026-04-09'],
      ['m-sam', 'amber-cart', '2026-04-10'],
      ['m-dana', 'Courtroom Testimony', '2026-03-04'],
    ]);
    expect(days({ dateOrder: 'dmy' })[2]).toEqual(['m-dana', 'Courtroom Testimony', '2026-04-03']);
    // No date column at all: the headings' days are enough.
    const noColumn = planImport(parseCsvTable('Name,Hours\nCourtroom Testimony (3/14/2026),\nDana Reyes,4\n'), { ...emptyMapping(), memberName: 0, hours: 1 }, importContext(team, { trainings: sampleLookup }), {
      ...defaultImportOptions,
      trainingHeadings: true,
    });
    expect(noColumn.fileProblems).toEqual([]);
    expect(noColumn.completions.map((c) => c.completedOn)).toEqual(['2026-03-14']);
    // The headings' days tell the file's date order as a column's would: 3/14 says month first, so 3/4 is March 4.
    const ordered = planImport(parseCsvTable('Name,Hours\nCourtroom Testimony (3/14/2026),\nDana Reyes,4\nCourtroom Testimony (3/4/2026),\nSam Lee,4\n'), { ...emptyMapping(), memberName: 0, hours: 1 }, importContext(team, { trainings: sampleLookup }), {
      ...defaultImportOptions,
      trainingHeadings: true,
    });
    expect(ordered.fileProblems).toEqual([]);
    expect(ordered.completions.map((c) => c.completedOn)).toEqual(['2026-03-14', '2026-03-04']);
  });

  it('takes the first course from the line right above the header when the header is repeated under each course, only a catalogue course', () => {
    const text = '2026 TRAINING,,\n,,\n"Child Abduction Response Team (CART) Training (24 hrs)",,\nName,Date,Hours\nDana Reyes,3/18/2026,16\n,,\nCourtroom Testimony,,\nName,Date,Hours\nSam Lee,2/13/2026,4\n';
    const p = coursePlan(text, { dateOrder: 'mdy' });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-02-13'],
    ]);
    // The same from the text, as the commit reads it.
    expect(planImportFromText(text, byCourse, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, trainingHeadings: true, dateOrder: 'mdy' }).completions).toEqual(p.completions);
    // A report's title right above the header is no course: its rows are still refused.
    const titled = coursePlan('Annual Training Report,,\nName,Date,Hours\nDana Reyes,3/18/2026,16\nCourtroom Testimony,,\nSam Lee,2/13/2026,4\n', { dateOrder: 'mdy' });
    expect(titled.errors.map((e) => [e.rowNumber, e.field])).toEqual([[3, 'Training title']]);
  });

  it('refuses rows before the first course, and is one answer among the training columns and the other choices', () => {
    const p = coursePlan('Name,Date,Hours\nDana Reyes,3/18/2026,16\nCourse: Courtroom Testimony,,\nSam Lee,2/13/2026,4\n');
    expect(p.errors.map(formatRowError)).toEqual(['Row 2, Training title: no course above this row; each course’s rows need its name as a heading line over them']);
    const problems = (more: Partial<ColumnMapping>, options: Partial<ImportOptions>) =>
      mappingProblems({ ...byCourse, ...more }, 4, { ...defaultImportOptions, trainingHeadings: true, ...options }, ['Name', 'Date', 'Hours', 'Course']);
    expect(problems({}, {})).toEqual([]);
    expect(problems({ trainingTitle: 3 }, {})).toEqual(['“Course” is chosen to name the training, and “Each course’s name is a heading over its rows” is ticked; choose one.']);
    expect(problems({}, { training: { kind: 'custom', title: 'X', provider: '' } })).toEqual(['“All rows are this training” and “Each course’s name is a heading over its rows” are both ticked; choose one.']);
    expect(problems({ memberName: null }, { memberHeadings: true })).toEqual(['“Each person’s name is a heading over their rows” and “Each course’s name is a heading over its rows” are both ticked; choose one.']);
  });

  it('is read as grouped by course from the fixtures folder with nothing chosen, and not offered the file name as its one training', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/report-grouped-by-course.csv', import.meta.url)));
    const file = readTable('report-grouped-by-course.csv', bytes, null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect(first.options).toMatchObject({ trainingHeadings: true, training: null });
    const p = planImport(file.table, first.mapping, importContext([...team, member('m-jordan', 'Jordan Hale')], { trainings: sampleLookup }), first.options);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title])).toEqual([
      ['m-dana', 'amber-cart'],
      ['m-jordan', 'amber-cart'],
      ['m-sam', 'Courtroom Testimony'],
      ['m-dana', 'Courtroom Testimony'],
    ]);
    expect(p.summaryRows.map((r) => r.text)).toEqual(['Total: 4']);
  });
});
