import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { exportHeaders } from '../../../shared/team/csv-export';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import type { Completion } from '../../../shared/model/team';
import catalogue from '../../../data/catalogue.json';
import { custom, importContext, member } from './helpers';

/*
 * A class's days as rows (Totara's seminar sign-ups report, a sign-in form each day): the same
 * course for the same person a few days apart is one class, recorded once on its last day.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];
const brief = (c: Completion) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null];

/** The plan of a log with the given rows, mapped by its header, against the team and the given records. */
function plan(lines: string[], completions: Completion[] = []) {
  const text = lines.join('\n');
  const table = parseCsvTable(text);
  const ctx = () => importContext(team, { trainings, completions });
  const options = { ...defaultImportOptions, dateOrder: 'mdy' as const };
  const p = planImport(table, guessMapping(table.headers), ctx(), options);
  expect(p.errors).toEqual([]);
  // The commit reads the file as a stream: the same answer.
  expect(planImportFromText(text, guessMapping(table.headers), ctx(), options)).toEqual(p);
  return p;
}

describe('a class’s days as rows', () => {
  it('Totara’s seminar sign-ups, a row per attendee per session day: one record per class, on its last day', () => {
    const file = readTable('totara-seminar-signups.csv', new Uint8Array(readFileSync(new URL('../../fixtures/imports/totara-seminar-signups.csv', import.meta.url))), null);
    const first = firstMapping(file, [], trainings, team);
    expect(file.table.headers[first.mapping.completedOn!]).toBe('Session Start Date');
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(p.errors).toEqual([]);
    expect(p.completions.map(brief)).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-04-16', null],
      ['m-jordan', 'aattap-cart-training', '2026-04-03', null],
    ]);
    expect(p.classDays).toEqual([
      { memberId: 'm-dana', trainingTitle: 'Peer-to-Peer Investigations', first: '2026-04-14', last: '2026-04-16', folded: 2, hoursAdded: false },
      { memberId: 'm-jordan', trainingTitle: 'Child Abduction Response Team (CART) Training', first: '2026-04-02', last: '2026-04-03', folded: 1, hoursAdded: false },
    ]);
    expect([p.catalogueMatches, p.customTrainings, p.notCompleted, p.duplicates]).toEqual([2, 0, 4, 0]);
  });

  it('adds up the days’ hours when the file gives each day’s, and counts what has no hours once per class', () => {
    const p = plan(['Name,Course,Date,Hours', 'Dana Reyes,Search Warrants 101,3/2/2026,7.5', 'Dana Reyes,Search Warrants 101,3/3/2026,7.5', 'Dana Reyes,Search Warrants 101,3/4/2026,4', 'Sam Lee,Night Surveillance,3/2/2026,', 'Sam Lee,Night Surveillance,3/3/2026,']);
    expect(p.completions.map(brief)).toEqual([
      ['m-dana', 'Search Warrants 101', '2026-03-04', 19],
      ['m-sam', 'Night Surveillance', '2026-03-03', null],
    ]);
    expect(p.classDays.map((c) => [c.memberId, c.folded, c.hoursAdded])).toEqual([
      ['m-dana', 2, true],
      ['m-sam', 1, false],
    ]);
    expect(p.withoutHours).toEqual([{ key: 'custom:night surveillance', title: 'Night Surveillance', rows: 1 }]);
    expect([p.catalogueMatches, p.customTrainings]).toEqual([0, 2]);
  });

  it('a weekend between two days is one class; a week between them, or another course or person, is not', () => {
    const p = plan([
      'Name,Course,Date',
      // Friday, then Monday.
      'Dana Reyes,Search Warrants 101,2/27/2026',
      'Dana Reyes,Search Warrants 101,3/2/2026',
      // A week apart: taken twice.
      'Sam Lee,Search Warrants 101,3/2/2026',
      'Sam Lee,Search Warrants 101,3/9/2026',
      // Next day, another course; the same course, another person.
      'Jordan Hale,Search Warrants 101,3/3/2026',
      'Jordan Hale,Interview Basics,3/4/2026',
    ]);
    expect(p.completions.map(brief)).toEqual([
      ['m-dana', 'Search Warrants 101', '2026-03-02', null],
      ['m-sam', 'Search Warrants 101', '2026-03-02', null],
      ['m-sam', 'Search Warrants 101', '2026-03-09', null],
      ['m-jordan', 'Search Warrants 101', '2026-03-03', null],
      ['m-jordan', 'Interview Basics', '2026-03-04', null],
    ]);
    expect(p.classDays.map((c) => [c.memberId, c.first, c.last])).toEqual([['m-dana', '2026-02-27', '2026-03-02']]);
  });

  it('days every other day make one class of at most a month: a longer run is several', () => {
    // Every second day from March 1 to May 10: 36 days, 70 days from first to last.
    const days = Array.from({ length: 36 }, (_, i) => new Date(Date.UTC(2026, 2, 1 + 2 * i)).toISOString().slice(0, 10));
    const p = plan(['Name,Course,Date', ...days.map((d) => `Dana Reyes,Roll Call Briefing,${d}`)]);
    expect(p.completions.map((c) => c.completedOn)).toEqual(['2026-03-31', '2026-05-02', '2026-05-10']);
    expect(p.classDays.map((c) => [c.first, c.last, c.folded])).toEqual([
      ['2026-03-01', '2026-03-31', 15],
      ['2026-04-02', '2026-05-02', 15],
      ['2026-05-04', '2026-05-10', 3],
    ]);
  });

  it('a class whose last day is already recorded adds nothing; one whose first day is keeps its last day without adding hours', () => {
    const rows = ['Name,Course,Date,Hours', 'Dana Reyes,Search Warrants 101,3/2/2026,8', 'Dana Reyes,Search Warrants 101,3/3/2026,8'];
    const lastKnown = plan(rows, [custom('c-old', 'm-dana', 'Search Warrants 101', { completedOn: '2026-03-03', hours: 16 })]);
    expect(lastKnown.completions).toEqual([]);
    expect([lastKnown.duplicates, lastKnown.classDays.map((c) => c.folded)]).toEqual([1, [1]]);
    const firstKnown = plan(rows, [custom('c-old', 'm-dana', 'Search Warrants 101', { completedOn: '2026-03-01', hours: 8 })]);
    expect(firstKnown.completions.map(brief)).toEqual([['m-dana', 'Search Warrants 101', '2026-03-03', 8]]);
    expect(firstKnown.classDays.map((c) => [c.first, c.last, c.folded, c.hoursAdded])).toEqual([['2026-03-01', '2026-03-03', 1, false]]);
  });

  it('is the coordinator’s choice, and off for this app’s own export, whose rows are records already', () => {
    const row = (day: string) => ['Dana Reyes', '', '', '', '', 'Search Warrants 101', 'State Academy', '', day, '8', '', '', '', 'Current', ''].join(',');
    const text = [exportHeaders.join(','), row('2026-03-02'), row('2026-03-03')].join('\r\n');
    const file = readTable('records.csv', new TextEncoder().encode(text), null);
    const own = firstMapping(file, [], trainings, team);
    expect(own.options.oneRecordPerClass).toBe(false);
    expect(planImport(file.table, own.mapping, importContext(team, { trainings }), own.options).completions.map((c) => c.completedOn)).toEqual(['2026-03-02', '2026-03-03']);
    // Ticked, the two days are one class.
    expect(planImport(file.table, own.mapping, importContext(team, { trainings }), { ...own.options, oneRecordPerClass: true }).completions.map((c) => c.completedOn)).toEqual(['2026-03-03']);
  });

  it('records already kept a few days apart are left as they are', () => {
    const p = plan(['Name,Course,Date', 'Dana Reyes,Interview Basics,6/1/2026'], [
      custom('c-1', 'm-dana', 'Search Warrants 101', { completedOn: '2026-03-02' }),
      custom('c-2', 'm-dana', 'Search Warrants 101', { completedOn: '2026-03-03' }),
    ]);
    expect(p.completions.map(brief)).toEqual([['m-dana', 'Interview Basics', '2026-06-01', null]]);
    expect(p.classDays).toEqual([]);
  });
});
