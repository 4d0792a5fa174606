import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { findSessionColumns, withSessions } from '../../../shared/team/session-columns';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import type { ImportPlan } from '../../../shared/team/import-plan';
import catalogue from '../../../data/catalogue.json';
import { importContext } from './helpers';

/*
 * One class's sessions as columns (Moodle's attendance export of several sessions, a state
 * board's affidavit of attendance with a column per class day): one record per person who
 * attended, on the last day they attended, not a record per column.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const records = (p: ImportPlan) => {
  const names = new Map(p.newMembers.map((m) => [m.id, m.name]));
  return p.completions.map((c) => [names.get(c.memberId), c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null]);
};

function read(name: string, lines: string[]) {
  const text = lines.join('\r\n');
  const file = readTable(name, new TextEncoder().encode(text), null);
  const first = firstMapping(file, [], trainings, []);
  const context = importContext([], { trainings, createMissingMembers: true });
  return { text, file, first, plan: planImport(file.table, first.mapping, context, first.options), context };
}

// Moodle's Attendance activity, Export → text format (tab-separated), a four-day class.
const moodle = [
  'Course\tChild Abduction Response Team (CART) Training - April 6-9, 2026',
  'Group\tAll participants',
  '',
  'ID number\tLast name\tFirst name\t6 Apr 2026 8.00AM All students\t7 Apr 2026 8.00AM All students\t8 Apr 2026 8.00AM All students\t9 Apr 2026 8.00AM All students\tTaken sessions\tPoints\tPercentage',
  '4471\tKowalski\tBrandon\tP\tP\tP\tP\t4\t8 / 8\t100',
  '0392\tJefferson\tTamika\tP\tL\tP\tP\t4\t7 / 8\t87.5',
  'LE-2210\tFitzgerald\tOwen\tP\tP\tA\tP\t4\t6 / 8\t75',
  '5120\tBenavides\tLucia\tP\tE\tP\tP\t4\t7 / 8\t87.5',
  '6021\tLindqvist\tHannah\tP\tP\tP\t\t3\t6 / 6\t100',
];

// A POST affidavit of attendance: a form's labels above, a column per class day holding the hours attended.
const affidavit = [
  'AFFIDAVIT OF ATTENDANCE – MULTIPLE DATES,,,,,,',
  ',,,,,,',
  'Sponsor Name:,North Star Regional Training Consortium,,,Sponsor #:,S-01477,',
  'Course Title:,Child Abduction Response Team (CART) Training,,,Course #:,01477-0326,',
  ',,,,,,',
  '"Name (Last, First MI)",POST License #,2026-03-16,2026-03-17,2026-03-18,2026-03-19,Total Hours',
  '"Halvorsen, Kari J",31744,8,8,8,8,32',
  '"Yang, Pa Houa",33502,8,8,,8,24',
  '"Bergstrom, Nils A",27765,,,,,0',
  '"Okonkwo, Grace",34119,8,8,4,,20',
  ',,,,,,',
  'I certify that the officers named above attended the hours shown for this approved continuing education course.,,,,,,',
  'Signature of Coordinator: ______,,,,Date:,2026-03-20,',
];

describe('one class’s sessions as columns', () => {
  it('Moodle attendance of four sessions: one record each for those present or late at every session, on the last day', () => {
    const { file, first, plan } = read('CART-0426_Attendances_20260410-1530.txt', moodle);
    expect(file.table.headers.slice(-2)).toEqual(['Last session attended', 'Sessions attended']);
    expect(first.mapping.completedOn).toBe(10);
    expect(first.mapping.status).toBe(11);
    expect(first.options.completedValues).toEqual(['4 of 4']);
    expect(first.options.trainingColumns).toEqual([]);
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    expect(plan.fileProblems).toEqual([]);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['Brandon Kowalski', 'aattap-cart-training', '2026-04-09', null],
      ['Tamika Jefferson', 'aattap-cart-training', '2026-04-09', null],
    ]);
    // Absent from one session, excused from one, or not marked at one: not completed, counted, and offered as a status to tick.
    expect(plan.notCompleted).toBe(3);
    expect(plan.statusValues).toEqual(['4 of 4', '3 of 4']);
  });

  it('ticking “3 of 4” imports those who missed one session too, on the last day they attended', () => {
    const { file, first, context } = read('CART-0426_Attendances_20260410-1530.txt', moodle);
    const plan = planImport(file.table, first.mapping, context, { ...first.options, completedValues: ['4 of 4', '3 of 4'] });
    expect(records(plan).map((r) => [r[0], r[2]])).toEqual([
      ['Brandon Kowalski', '2026-04-09'],
      ['Tamika Jefferson', '2026-04-09'],
      ['Owen Fitzgerald', '2026-04-09'],
      ['Lucia Benavides', '2026-04-09'],
      ['Hannah Lindqvist', '2026-04-08'],
    ]);
  });

  it('an affidavit of hours per class day: a record for each officer with any hours, on the last day attended, with the hours; none for no hours or the lines under the table', () => {
    const { text, file, first, plan, context } = read('Affidavit of Attendance - CART 0326.csv', affidavit);
    expect(file.table.headerRowNumber).toBe(6);
    expect(file.table.headers.slice(-3)).toEqual(['Last session attended', 'Sessions attended', 'Hours attended']);
    expect(first.options.completedValues).toEqual(['4 of 4', '3 of 4']);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['Kari J Halvorsen', 'aattap-cart-training', '2026-03-19', 32],
      ['Pa Houa Yang', 'aattap-cart-training', '2026-03-19', 24],
      ['Grace Okonkwo', 'aattap-cart-training', '2026-03-18', 20],
    ]);
    expect(plan.notCompleted).toBe(3);
    // The commit reads the same columns.
    expect(records(planImportFromText(text, first.mapping, context, first.options))).toEqual(records(plan));
  });

  it('the added columns: the last day attended, how many sessions, and the hours summed', () => {
    const found = { columns: [1, 2, 3], days: ['2026-03-16', '2026-03-17', '2026-03-18'], holds: 'hours' as const };
    expect(withSessions(['Yang', '8', '7,5', ''], found, 4)).toEqual(['Yang', '8', '7,5', '', '2026-03-17', '2 of 3', '15.5']);
    expect(withSessions(['Bergstrom', '', '0', ''], found, 4)).toEqual(['Bergstrom', '', '0', '', '', '0 of 3', '']);
    // A short row is padded to the header's width before the added columns.
    expect(withSessions(['Lee', '', '', '8'], found, 5)).toEqual(['Lee', '', '', '8', '', '2026-03-18', '1 of 3', '8']);
  });

  it('days written with both numbers under 13 are read in the order that keeps the class’s days together', () => {
    const rows = [['Dana Reyes', '8', '8', '8']];
    expect(findSessionColumns(['Name', '3/4/2026', '3/5/2026', '3/6/2026'], rows, new Set([0]))?.days).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
    expect(findSessionColumns(['Name', '4/3/2026', '5/3/2026', '6/3/2026'], rows, new Set([0]))?.days).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
  });

  it('not sessions: dates in the cells (a training matrix), a column taken by a field, one dated column, days over a year apart, no one attending', () => {
    const taken = new Set([0]);
    expect(findSessionColumns(['Name', '3/4/2026', '3/5/2026'], [['Dana Reyes', '3/4/2026', '3/5/2026']], taken)).toBeNull();
    expect(findSessionColumns(['Name', '3/4/2026', '3/5/2026'], [['Dana Reyes', 'P', 'P']], new Set([0, 1]))).toBeNull();
    expect(findSessionColumns(['Name', '3/4/2026', 'Course'], [['Dana Reyes', 'P', 'CART']], taken)).toBeNull();
    expect(findSessionColumns(['Name', '3/4/2024', '3/5/2026'], [['Dana Reyes', 'P', 'P']], taken)).toBeNull();
    expect(findSessionColumns(['Name', '3/4/2026', '3/5/2026'], [['Dana Reyes', 'A', 'E']], taken)).toBeNull();
    // Courses headed with their days (a sign-off matrix): different courses, not sessions of one.
    expect(findSessionColumns(['Name', 'CART Training 4/6/2026', 'Peer-to-Peer Investigations 4/21/2026'], [['Dana Reyes', 'X', 'X']], taken)).toBeNull();
    expect(findSessionColumns(['Name', '6 Apr 2026 8.00AM All students', '7 Apr 2026 8.00AM All students'], [['Dana Reyes', 'P', 'X']], taken)?.days).toEqual(['2026-04-06', '2026-04-07']);
    expect(findSessionColumns(['Name', '3/4/2026', '3/5/2026'], [['Dana Reyes', 'P', 'A']], taken)).toEqual({ columns: [1, 2], days: ['2026-03-04', '2026-03-05'], holds: 'codes' });
  });

  it('a training matrix with course columns is still read as one', () => {
    const { first } = read('matrix.csv', ['Name,CART,P2P', 'Dana Reyes,3/4/2026,5/6/2025']);
    expect(first.options.trainingColumns.map((c) => c.column)).toEqual([1, 2]);
  });
});
