import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable, type CsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError, type ImportContext } from '../../../shared/team/import-plan';
import { planImportFromText } from '../../../shared/team/import-stream';
import { saysNotTakenYet } from '../../../shared/team/not-taken-yet';
import { guessTrainingColumns } from '../../../shared/team/training-columns';
import { importContext, member } from './helpers';

/*
 * Trainings not taken yet are no completions: a date after today, or the classes listed under
 * an "Upcoming / Registered" heading of a hand-made log. The test clock's today is 2026-11-25.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale'), member('m-ana', 'Ana Núñez')];

/** The preview's plan, held equal to the commit's (streamed, and with no memo). */
function plan(text: string, choose: (o: ImportOptions, m: ColumnMapping, t: CsvTable) => ImportOptions = (o) => o, ctx: Partial<ImportContext> = {}) {
  const table = parseCsvTable(text);
  const mapping = guessMapping(table.headers);
  const options = choose({ ...defaultImportOptions, dateOrder: 'mdy' }, mapping, table);
  const used = options.trainingColumns.length > 0 ? { ...mapping, completedOn: null } : mapping;
  const p = planImport(table, used, importContext(team, ctx), options);
  for (const streamed of [planImportFromText(text, used, importContext(team, ctx), options, 2), planImportFromText(text, used, importContext(team, ctx), options, 2, 0)]) {
    expect(streamed.completions).toEqual(p.completions);
    expect([streamed.errors, streamed.otherTable, streamed.headingRows, streamed.notCompleted, streamed.afterToday]).toEqual([p.errors, p.otherTable, p.headingRows, p.notCompleted, p.afterToday]);
  }
  return { plan: p, errors: p.errors.map(formatRowError), records: p.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn]) };
}

describe('a completion dated after today', () => {
  it('is a row error on its date, showing the value and why; today and tomorrow (time zones) pass', () => {
    const { errors, records } = plan(
      ['Name,Course,Date,Hours', 'Dana Reyes,Local Course A,11/25/2026,2', 'Sam Lee,Local Course A,11/26/2026,2', 'Jordan Hale,Local Course A,11/27/2026,2', 'Ana Núñez,Local Course B,1/25/2027,32', 'Dana Reyes,Local Course B,1/25/2027,32'].join('\n'),
    );
    expect(errors).toEqual([
      'Row 4, Completed on (column "Date"): "11/27/2026" is after today: a training not taken yet is no completion; fix the date, or tick “Leave out rows dated after today”',
      'Row 5, Completed on (column "Date"): "1/25/2027" is after today: a training not taken yet is no completion; fix the date, or tick “Leave out rows dated after today”',
      'Row 6, Completed on (column "Date"): "1/25/2027" is after today: a training not taken yet is no completion; fix the date, or tick “Leave out rows dated after today”',
    ]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-11-25'],
      ['m-sam', 'Local Course A', '2026-11-26'],
    ]);
  });

  it('takes today from the import context’s clock, not the computer’s', () => {
    const text = 'Name,Course,Date\nDana Reyes,Local Course A,3/7/2026\nSam Lee,Local Course A,1/25/2027\n';
    expect(plan(text, undefined, { now: '2027-02-01T10:00:00.000Z' }).errors).toEqual([]);
    // A day of slack: 3/6 would pass on 3/5 (UTC), 3/7 does not.
    expect(plan(text, undefined, { now: '2026-03-05T23:30:00.000Z' }).errors.map((e) => e.split(' is ')[0])).toEqual(['Row 2, Completed on (column "Date"): "3/7/2026"', 'Row 3, Completed on (column "Date"): "1/25/2027"']);
  });

  it('an expiry after today is fine', () => {
    const { errors, records } = plan('Name,Course,Date,Expires\nDana Reyes,Local Course A,3/7/2026,3/7/2028\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([['m-dana', 'Local Course A', '2026-03-07']]);
  });

  it('in a training matrix, a future date in a course column is refused naming the column; "Scheduled 4/2027" is still not completed', () => {
    const { errors, records, plan: p } = plan(
      'Name,Course A,Course B\nDana Reyes,3/14/2026,1/25/2027\nSam Lee,Scheduled 4/2027,4/14/2026\n',
      (o, m, t) => ({ ...o, trainingColumns: guessTrainingColumns(t, m) }),
    );
    expect(errors).toEqual(['Row 2, Completed on (column "Course B"): "1/25/2027" is after today: a training not taken yet is no completion; fix the date, or tick “Leave out rows dated after today”']);
    expect(records).toEqual([
      ['m-dana', 'Course A', '2026-03-14'],
      ['m-sam', 'Course B', '2026-04-14'],
    ]);
    expect(p.notCompleted).toBe(1);
  });
});

describe('“Leave out rows dated after today”', () => {
  const log = ['Name,Course,Date,Hours', 'Dana Reyes,Local Course A,11/25/2026,2', 'Sam Lee,Local Course B,1/25/2027,32', 'Jordan Hale,Local Course A,3/7/2026,2', 'Ana Núñez,,12/14/2026,'].join('\n');
  const leaveOut = (o: ImportOptions): ImportOptions => ({ ...o, leaveOutAfterToday: true });

  it('unticked, lists the rows (to offer the choice) and still refuses them', () => {
    const { plan: p, errors } = plan(log);
    expect(p.afterToday).toEqual([
      { rowNumber: 3, written: '1/25/2027' },
      { rowNumber: 5, written: '12/14/2026' },
    ]);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['Row 3, Completed on (column "Date")', 'Row 5, Training title (column "Course")', 'Row 5, Completed on (column "Date")']);
  });

  it('ticked, leaves them out whole (an empty course beside a future date is no problem) and keeps the rest', () => {
    const { plan: p, errors, records } = plan(log, leaveOut);
    expect(errors).toEqual([]);
    expect(p.afterToday.map((r) => r.rowNumber)).toEqual([3, 5]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-11-25'],
      ['m-jordan', 'Local Course A', '2026-03-07'],
    ]);
  });

  it('ticked, a date that does not read is still refused', () => {
    const { errors } = plan('Name,Course,Date\nDana Reyes,Local Course A,13/45/2026\n', leaveOut);
    expect(errors).toEqual(['Row 2, Completed on (column "Date"): "13/45/2026" is not a real calendar date (read as month/day/year)']);
  });

  it('in a training matrix, leaves out the future cell and keeps the row’s other courses, listing the row once', () => {
    const { errors, records, plan: p } = plan('Name,Course A,Course B,Course C\nDana Reyes,3/14/2026,1/25/2027,2/25/2027\nSam Lee,,4/14/2026,\n', (o, m, t) => ({
      ...leaveOut(o),
      trainingColumns: guessTrainingColumns(t, m),
    }));
    expect(errors).toEqual([]);
    expect(p.afterToday).toEqual([{ rowNumber: 2, written: '1/25/2027' }]);
    expect(records).toEqual([
      ['m-dana', 'Course A', '2026-03-14'],
      ['m-sam', 'Course B', '2026-04-14'],
    ]);
  });
});

describe('a heading over the classes people are registered for', () => {
  const tracker = [
    'Name,Course,Date,Hours',
    'Dana Reyes,Local Course A,3/7/2026,16',
    'Sam Lee,Local Course B,2/12/2026,16',
    ',,,',
    'UPCOMING / REGISTERED (not yet attended),,,',
    'Name,Course,Date,Hours',
    'Jordan Hale,Local Course B,12/14/2026,16',
    'Ana Núñez,Local Course A,1/25/2027,32',
  ].join('\n');

  it('ends the records: the rows from it on are left out as another table, not errors', () => {
    const { errors, records, plan: p } = plan(tracker);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-03-07'],
      ['m-sam', 'Local Course B', '2026-02-12'],
    ]);
    expect(p.otherTable).toEqual({ rowNumber: 5, text: 'UPCOMING / REGISTERED (not yet attended)', rows: 3 });
  });

  it('says so in the words sheets use; a title or a period is a heading between groups, not the end', () => {
    for (const heading of ['Upcoming', 'Registered', 'Scheduled trainings', 'Planned 2027', 'Not yet attended', 'Enrolled', 'Wait list', 'Waitlist', 'Upcoming classes (as of 11/20/2026)'])
      expect(saysNotTakenYet(heading), heading).toBe(true);
    for (const heading of ['Quarter 2', '2025', 'Registered Sex Offender Investigations', 'Registered and attended', 'Completed', 'Not completed', 'Not yet', 'Prepared by: Records Unit'])
      expect(saysNotTakenYet(heading), heading).toBe(false);
  });

  it('a block of notes kept under the log, under its heading, is another table: its names and days are no records', () => {
    const { errors, records, plan: p } = plan(
      ['Name,Course,Date', 'Dana Reyes,Local Course A,3/13/2026', 'Sam Lee,Local Course B,5/19/2026', ',,', 'NOTES,,', 'Who,Note,Date', 'Reyes,cert in her personnel file,3/20/2026', 'Hale,registered for FI class,5/8/2026'].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-03-13'],
      ['m-sam', 'Local Course B', '2026-05-19'],
    ]);
    expect(p.otherTable).toEqual({ rowNumber: 5, text: 'NOTES', rows: 3 });
    // A note in a line of its own is only a note.
    expect(plan(['Name,Course,Date', 'Dana Reyes,Local Course A,3/13/2026', 'Notes: day 2 was online,,', 'Sam Lee,Local Course B,5/19/2026'].join('\n')).records).toHaveLength(2);
  });

  it('"Quarter 2" and "2025" between groups of records still only head them', () => {
    const { errors, records, plan: p } = plan(['Name,Course,Date', '2025,,', 'Dana Reyes,Local Course A,3/7/2025', 'Quarter 2,,', 'Sam Lee,Local Course A,4/7/2025'].join('\n'));
    expect(errors).toEqual([]);
    expect(records.map((r) => r[0])).toEqual(['m-dana', 'm-sam']);
    expect(p.headingRows.map((r) => r.text)).toEqual(['2025', 'Quarter 2']);
    expect(p.otherTable).toBeNull();
  });
});
