import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { numberedCoursePairs } from '../../../shared/team/numbered-pairs';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * A tracker with several courses on each person's row, in numbered pairs: refused with what to do,
 * never read as a training matrix of its date columns, nor as its first pair alone.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];

function plan(lines: string[]) {
  const file = readTable('Task Force Roster - Training.csv', new TextEncoder().encode(lines.join('\r\n')), null);
  const first = firstMapping(file, [], trainings, team);
  return planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
}

describe('courses in numbered pairs on one row', () => {
  it('are refused, saying how to lay the sheet out, and nothing is read', () => {
    const p = plan([
      'Name,Agency,Course 1,Date 1,Course 2,Date 2,Course 3,Date 3',
      'Dana Reyes,Metro PD,Child Abduction Response Team (CART) Training,3/7/2026,Peer-to-Peer Investigations,2/12/2026,Courtroom Testimony,1/15/2026',
      'Sam Lee,Metro PD,Peer-to-Peer Investigations,2/12/2026,,,,',
    ]);
    expect(p.fileProblems).toEqual([
      'This sheet puts 3 courses on each person’s row, in numbered pairs (“Course 1” with “Date 1”, “Course 2” with “Date 2”…), and each pair is a record of its own, where this import reads one record per row. Put one course per row (person, course, date) and import that sheet.',
    ]);
    expect(p.completions).toEqual([]);
  });

  it('are found however the pairs are headed; one pair is a list', () => {
    expect(numberedCoursePairs(['Officer', 'Training #1', 'Completed 1', 'Training #2', 'Completed 2'])).toEqual([1, 2]);
    expect(numberedCoursePairs(['Name', 'Course 1', 'Date 1', 'Hours'])).toEqual([1]);
    // A course's number with no date of the same number is no pair.
    expect(numberedCoursePairs(['Name', 'Course 1', 'Course 2', 'Date'])).toEqual([]);
    expect(plan(['Name,Course 1,Date 1', 'Dana Reyes,Courtroom Testimony,1/15/2026']).fileProblems.filter((p) => p.includes('numbered pairs'))).toEqual([]);
  });
});
