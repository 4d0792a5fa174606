import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { coursePairs, firstOfNumberedSeries, pairNames, repeatsInPairs } from '../../../shared/team/course-pairs';
import { emptyMapping, guessMapping } from '../../../shared/team/csv-mapping';
import { formatRowError, type ImportPlan } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * A tracker with several courses on each person's row, in pairs of columns ("Course 1", "Date 1",
 * "Course 2"… or "Training", "Date", "Training", "Date"): each pair is a record of its own.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jo', 'Jo Park')];

function read(lines: string[]) {
  const text = lines.join('\r\n');
  const file = readTable('Task Force Roster - Training.csv', new TextEncoder().encode(text), null);
  const first = firstMapping(file, [], trainings, team);
  return { text, file, first, plan: planImport(file.table, first.mapping, importContext(team, { trainings }), first.options) };
}

const records = (p: ImportPlan) => p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null]);

const NUMBERED = [
  'Name,Agency,Course 1,Date 1,Course 2,Date 2,Course 3,Date 3',
  'Dana Reyes,Metro PD,Child Abduction Response Team (CART) Training,3/17/2026,Peer-to-Peer Investigations,2/12/2026,Courtroom Testimony,1/15/2026',
  'Sam Lee,Metro PD,Peer-to-Peer Investigations,2/12/2026,,,,',
  'Jo Park,Metro PD,,,,,,',
];

describe('courses in pairs of columns on one row', () => {
  it('numbered: guessed, and each filled pair is read as a record of its own', () => {
    const { first, plan } = read(NUMBERED);
    expect(first.options.coursePairs).toBe(true);
    expect([first.mapping.trainingTitle, first.mapping.completedOn]).toEqual([2, 3]);
    expect(plan.fileProblems).toEqual([]);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-17', null],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-02-12', null],
      ['m-dana', 'Courtroom Testimony', '2026-01-15', null],
      ['m-sam', 'search-peer-to-peer-investigations', '2026-02-12', null],
    ]);
  });

  it('repeated headers: each pair keeps its own hours, an empty one is not the first pair’s', () => {
    const { first, plan } = read([
      'Officer,Training,Date,Hours,Training,Date,Hours',
      '"Reyes, Dana",Peer-to-Peer Investigations,2/12/2026,24,Courtroom Testimony,1/15/2026,',
      '"Lee, Sam",,,,Courtroom Testimony,1/15/2026,8',
    ]);
    expect(first.options.coursePairs).toBe(true);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-02-12', 24],
      ['m-dana', 'Courtroom Testimony', '2026-01-15', null],
      ['m-sam', 'Courtroom Testimony', '2026-01-15', 8],
    ]);
  });

  it('a pair without a column the first pair has leaves that field empty', () => {
    const { plan } = read(['Name,Course 1,Date 1,Hours 1,Course 2,Date 2', 'Dana Reyes,Peer-to-Peer Investigations,2/12/2026,24,Courtroom Testimony,1/15/2026']);
    expect(records(plan)).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-02-12', 24],
      ['m-dana', 'Courtroom Testimony', '2026-01-15', null],
    ]);
  });

  it('a pair’s problem names its own column and the row', () => {
    const { plan } = read([...NUMBERED.slice(0, 2), 'Sam Lee,Metro PD,Peer-to-Peer Investigations,2/12/2026,Courtroom Testimony,2/30/2026,,']);
    expect(plan.errors.map(formatRowError)).toEqual([expect.stringMatching(/^Row 3, Completed on \(column "Date 2"\): /)]);
  });

  it('unticked, the file is refused saying which pairs it has; ticked with no pairs, saying what to choose', () => {
    const { file, first } = read(NUMBERED);
    const unticked = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, coursePairs: false });
    expect(unticked.fileProblems).toEqual([
      'This sheet puts 3 courses on each person’s row, in pairs of columns (“Course 1” (column 3) with “Date 1” (column 4), “Course 2” (column 5) with “Date 2” (column 6)…). Tick “Each row has several courses, in pairs of columns” to read every pair as a record of its own.',
    ]);
    expect(unticked.completions).toEqual([]);
    const list = read(['Name,Course,Date', 'Dana Reyes,Courtroom Testimony,1/15/2026']);
    expect(list.first.options.coursePairs).toBe(false);
    const ticked = planImport(list.file.table, list.first.mapping, importContext(team, { trainings }), { ...list.first.options, coursePairs: true });
    expect(ticked.fileProblems).toEqual([expect.stringContaining('do not come again further along the header')]);
  });

  it('reads the same from the text as from the kept table, the date order told only by a later pair', () => {
    const lines = ['Name,Training,Date,Training,Date', 'Dana Reyes,Courtroom Testimony,3/7/2026,Peer-to-Peer Investigations,3/14/2026', 'Sam Lee,Courtroom Testimony,3/7/2026,,', 'Total,,,,'];
    const { text, first, plan } = read(lines);
    expect(plan.dateOrder).toMatchObject({ kind: 'found', order: 'mdy' });
    for (const holdLimit of [0, 5_000]) {
      expect(planImportFromText(text, first.mapping, importContext(team, { trainings }), first.options, holdLimit)).toEqual(plan);
    }
    expect(records(plan)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-03-14', null],
      ['m-sam', 'Courtroom Testimony', '2026-03-07', null],
    ]);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['Total']);
  });

  it('are found however the pairs are headed and laid out; one pair is a list', () => {
    const mapped = (headers: string[]) => coursePairs(headers, guessMapping(headers));
    expect(mapped(['Officer', 'Training #1', 'Completed 1', 'Training #2', 'Completed 2'])).toEqual([
      { trainingTitle: 1, completedOn: 2 },
      { trainingTitle: 3, completedOn: 4 },
    ]);
    // Numbers pair the columns wherever they are.
    expect(coursePairs(['Name', 'Course 1', 'Course 2', 'Date 1', 'Date 2'], { ...emptyMapping(), memberName: 0, trainingTitle: 1, completedOn: 3 })).toEqual([
      { trainingTitle: 1, completedOn: 3 },
      { trainingTitle: 2, completedOn: 4 },
    ]);
    expect(mapped(['Name', 'Course 1', 'Date 1', 'Hours'])).toEqual([]);
    // A course's number with no date of the same number is no pair.
    expect(coursePairs(['Name', 'Course 1', 'Course 2', 'Date'], { ...emptyMapping(), memberName: 0, trainingTitle: 1, completedOn: 3 })).toEqual([]);
    expect(firstOfNumberedSeries(['name', 'course 1', 'date 1', 'hours 1', 'course 2', 'date 2', 'phase 2'])).toEqual(['', 'course', 'date', 'hours', '', '', '']);
    expect(firstOfNumberedSeries(['name', 'course 1', 'date 1', 'hours'])).toEqual(['', '', '', '']);
  });

  it('a header may repeat its pairs, a row of repeated values is still no header', () => {
    expect(repeatsInPairs(['Name', 'Training', 'Date', 'Training', 'Date', 'Training', 'Date'])).toBe(true);
    expect(repeatsInPairs(['Dana Reyes', 'Yes', 'No', 'Yes', 'No', 'Yes', 'No'])).toBe(false);
    const { file } = read(['Team roster,,,,', 'Name,Training,Date,Training,Date', 'Dana Reyes,Courtroom Testimony,3/17/2026,,']);
    expect(file.table.headers).toEqual(['Name', 'Training', 'Date', 'Training', 'Date']);
  });
});

describe('a column per year', () => {
  const YEARS = [
    'Annual / Recurring Training - by year,,,,,,',
    ',,,,,,',
    'Name,Course,Provider,2023,2024,2025,2026',
    '"Reyes, Dana",Mandated Reporter (X101),MNCWTA,2023-02-08,2024-02-13,,2026-02-10',
    '"Lee, Sam",Child Abduction Response Team (CART) Training,AATTAP,,,2025-10-07,due',
  ];

  it('under a course column: the header of years is found, and each year’s date is a record of the row’s course', () => {
    const { file, first, plan } = read(YEARS);
    expect(file.table.headerRowNumber).toBe(3);
    expect(first.mapping.completedOn).toBe(3);
    expect(first.options.coursePairs).toBe(true);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-dana', 'mncwta-mandated-reporter-training-x101', '2023-02-08', null],
      ['m-dana', 'mncwta-mandated-reporter-training-x101', '2024-02-13', null],
      ['m-dana', 'mncwta-mandated-reporter-training-x101', '2026-02-10', null],
      ['m-sam', 'aattap-cart-training', '2025-10-07', null],
    ]);
    // "due" in a year's cell: not done, counted.
    expect(plan.notCompleted).toBe(1);
    expect(pairNames(file.table.headers, coursePairs(file.table.headers, first.mapping).slice(0, 2))).toBe('“2023” (column 4), “2024” (column 5)');
  });

  it('the commit splits the years as the preview does', () => {
    const { text, first, plan } = read(YEARS);
    expect(records(planImportFromText(text, first.mapping, importContext(team, { trainings }), first.options))).toEqual(records(plan));
  });

  it('one year column, or a date column that is no year, is no column per year', () => {
    expect(coursePairs(['Name', 'Course', '2026'], { ...emptyMapping(), memberName: 0, trainingTitle: 1, completedOn: 2 })).toEqual([]);
    expect(coursePairs(['Name', 'Course', 'Date', '2025', '2026'], { ...emptyMapping(), memberName: 0, trainingTitle: 1, completedOn: 2 })).toEqual([]);
  });
});
