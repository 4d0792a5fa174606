import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImportFromText } from '../../../shared/team/import-stream';
import { importContext, member } from './helpers';

/*
 * Trackers a coordinator types by hand: classes not taken written into the date column, a class
 * called off noted after its title, and a signature block under the table.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];

function plan(lines: string[]) {
  const text = lines.join('\n');
  const table = parseCsvTable(text);
  const mapping = guessMapping(table.headers);
  const options = { ...defaultImportOptions, dateOrder: 'mdy' as const };
  const p = planImport(table, mapping, importContext(team), options);
  // The commit's streamed check agrees.
  const streamed = planImportFromText(text, mapping, importContext(team), options, 2);
  expect([streamed.completions, streamed.notCompleted, streamed.summaryRows]).toEqual([p.completions, p.notCompleted, p.summaryRows]);
  return { plan: p, errors: p.errors.map(formatRowError), records: p.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn]) };
}

describe('a hand-made tracker', () => {
  it("skips each person's Total hours line, its label where the date goes, and a footer of a label and a count", () => {
    const { errors, records, plan: p } = plan([
      'Name,Course,Training Date,Hrs',
      'Dana Reyes,Local Course A,3/7/2026,8',
      'Dana Reyes,Local Course B,4/7/2026,4',
      'Dana Reyes,,Total hours,12',
      'Sam Lee,Local Course A,3/7/2026,8',
      'Sam Lee,,Total hours,8',
      ',,,',
      'Officers trained: 2,,,Avg: 6',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-03-07'],
      ['m-dana', 'Local Course B', '2026-04-07'],
      ['m-sam', 'Local Course A', '2026-03-07'],
    ]);
    expect(p.summaryRows.map((r) => r.rowNumber)).toEqual([4, 6, 8]);
  });

  it('skips rows whose date says the class is not taken yet, and counts them', () => {
    const { errors, records, plan: p } = plan([
      'Name,Course,Training Date,Hrs',
      'Dana Reyes,Local Course A,3/7/2026,8',
      'Sam Lee,Local Course A,TBD,8',
      'Jordan Hale,Local Course A,pending,8',
      'Dana Reyes,Local Course B,N/A,4',
      'Sam Lee,Local Course B,scheduled 12/8/2026,4',
      'Jordan Hale,Local Course B,Cancelled,4',
      'Dana Reyes,Local Course C,no-show,4',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([['m-dana', 'Local Course A', '2026-03-07']]);
    expect(p.notCompleted).toBe(6);
  });

  it('skips a class noted as called off after its title; a title that only mentions it is a course', () => {
    const { errors, records, plan: p } = plan([
      'Name,Course,Training Date,Hrs',
      'Dana Reyes,Courtroom Testimony (cancelled),2/12/2026,4',
      'Sam Lee,Courtroom Testimony [No-Show],2/12/2026,4',
      'Jordan Hale,Courtroom Testimony (postponed to April),2/12/2026,4',
      'Dana Reyes,Cancelled Checks Investigations,2/13/2026,4',
      'Sam Lee,Financial Crimes (Cancelled Checks),2/13/2026,4',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Cancelled Checks Investigations', '2026-02-13'],
      ['m-sam', 'Financial Crimes (Cancelled Checks)', '2026-02-13'],
    ]);
    expect(p.notCompleted).toBe(3);
  });

  it('skips a row whose note opens by saying the person did not take the class; a note that only mentions it is kept', () => {
    const { errors, records, plan: p } = plan([
      'Name,Course,Date,Hours,Notes',
      'Dana Reyes,Local Course A,3/7/2026,8,passed - cert pending',
      'Sam Lee,Local Course A,3/7/2026,8,NO SHOW - rescheduled',
      'Jordan Hale,Local Course A,3/7/2026,8,Did not attend (sick)',
      'Dana Reyes,Local Course B,3/17/2026,4,rescheduled from Feb; no show last time',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-03-07'],
      ['m-dana', 'Local Course B', '2026-03-17'],
    ]);
    expect(p.notCompleted).toBe(2);
    // An Indian training statement's Remarks: "Not reported" (never joined) and "Relieved midway".
    const remarks = plan(['Name,Course,Date,Remarks', 'Dana Reyes,Local Course A,3/7/2026,Completed', 'Sam Lee,Local Course A,3/7/2026,Relieved midway', 'Jordan Hale,Local Course A,3/7/2026,Not reported']);
    expect([remarks.records, remarks.plan.notCompleted]).toEqual([[['m-dana', 'Local Course A', '2026-03-07']], 2]);
    // Part of the class only.
    const part = plan(['Name,Course,Date,Notes', 'Dana Reyes,Local Course A,3/7/2026,cert pending', 'Sam Lee,Local Course A,3/7/2026,attended day 1 only (court)', 'Jordan Hale,Local Course A,3/7/2026,partial - 1 of 3 modules', 'Ana Núñez,Local Course A,3/7/2026,Left early']);
    expect([part.records, part.plan.notCompleted]).toEqual([[['m-dana', 'Local Course A', '2026-03-07']], 3]);
    // Moved to a later class, attended without credit, or failed; a class moved to this day was attended.
    const moved = plan(['Name,Course,Date,Notes', 'Dana Reyes,Local Course A,3/7/2026,Rescheduled from 2/28', 'Sam Lee,Local Course A,3/7/2026,rescheduled to Oct class', 'Jordan Hale,Local Course A,3/7/2026,left at lunch - no credit', 'Ana Núñez,Local Course A,3/7/2026,Failed written exam', 'Sam Lee,Local Course B,3/9/2026,upcoming - registered']);
    expect([moved.records, moved.plan.notCompleted]).toEqual([[['m-dana', 'Local Course A', '2026-03-07']], 4]);
    // A status column says it instead: a note is then only a note.
    expect(plan(['Name,Course,Date,Status,Notes', 'Dana Reyes,Local Course A,3/7/2026,Completed,No show on day 1; made up 3/7']).records).toHaveLength(1);
  });

  it('reads an expiry typed with a word before it, or as its month alone, valid through that month', () => {
    const { errors, plan: p } = plan([
      'Name,Course,Date Completed,Recert Due',
      'Dana Reyes,Local Course A,3/18/2024,3/2028',
      'Sam Lee,Local Course A,4/18/2024,EXPIRED 4/18/26',
      'Jordan Hale,Local Course A,5/2/2024,exp: Mar 2027',
      'Dana Reyes,Local Course B,5/2/2024,Due 5/2/2026',
      'Sam Lee,Local Course B,5/2/2024,due date unknown',
    ]);
    expect(p.completions.map((c) => c.expiresOn)).toEqual(['2028-03-31', '2026-04-18', '2027-03-31', '2026-05-02']);
    // A word with no date after it is still a problem, named.
    expect(errors).toEqual([expect.stringMatching(/^Row 6, Expires on \(column "Recert Due"\): "due date unknown" is not a date/)]);
  });

  it('skips a template’s example row under its header, and shows it', () => {
    const { errors, records, plan: p } = plan(['Name,Course,Date,Hours', '"Doe, John (EXAMPLE)",Local Course A,1/1/2025,8', 'Dana Reyes,Local Course A,3/17/2026,8', 'Sam Lee,Example Course Design,3/17/2026,8']);
    // The word alone, or "e.g." before a name, marks it too; a name or an agency that starts with it does not.
    expect(plan(['Name,Course,Date,Agency', 'e.g. Dana Reyes,Local Course A,1/1/2025,', 'Dana Reyes,Local Course A,3/17/2026,Example County Sheriff']).records).toEqual([['m-dana', 'Local Course A', '2026-03-17']]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-03-17'],
      ['m-sam', 'Example Course Design', '2026-03-17'],
    ]);
    expect(p.headerLines).toEqual([{ rowNumber: 2, text: 'Doe, John (EXAMPLE) · Local Course A · 1/1/2025 · 8', kind: 'notes' }]);
  });

  it('ends with a signature block, skipped as a note with the total above it', () => {
    const { errors, records, plan: p } = plan([
      'Name,Course,Training Date,Hrs',
      'Dana Reyes,Local Course A,3/7/2026,8',
      'Sam Lee,Local Course A,3/7/2026,8',
      'TOTAL HOURS,,,16',
      'Prepared by: ____________,,Date: ________,',
      'Vo. Bo.:,,,',
    ]);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(2);
    expect(p.summaryRows.map((r) => r.rowNumber)).toEqual([4, 5, 6]);
  });
});
