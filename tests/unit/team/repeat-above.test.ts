import { describe, expect, it } from 'vitest';
import { emptyMapping, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { createRepeatAbove, looksRepeatedAbove } from '../../../shared/team/repeat-above';
import { importContext, member, sampleLookup } from './helpers';

// Course, Date, Name, Status, Code, Hours
const mapping: ColumnMapping = { ...emptyMapping(), trainingTitle: 0, completedOn: 1, memberName: 2, status: 3, certificateNumber: 4, hours: 5 };

describe('empty cells that repeat the row above', () => {
  it("fills the training's own fields from the last row that named someone, never who, the status or the certificate", () => {
    const fill = createRepeatAbove(mapping, [member('m-dana', 'Dana Reyes'), member('m-jordan', 'Jordan Hale'), member('m-sam', 'Sam Lee')]);
    const first = ['CART', '3/18/2026', 'Dana Reyes', 'Passed', 'A1', '16'];
    expect(fill(first)).toBe(first);
    const second = ['', '', 'Jordan Hale', '', '', ''];
    expect(fill(second)).toEqual(['CART', '3/18/2026', 'Jordan Hale', '', '', '16']);
    // The cells given are not changed in place.
    expect(second).toEqual(['', '', 'Jordan Hale', '', '', '']);
    // A row cut short gets the columns it lacks.
    expect(fill(['', '', 'Sam Lee'])).toEqual(['CART', '3/18/2026', 'Sam Lee', '', '', '16']);
    // A new course starts a new run: nothing of the run above leaks into it, on its first row or under it
    // (a one-day class's empty end date, a course with no expiry).
    const next = ['Courtroom Testimony', '', 'Pat Doe', '', '', '4'];
    expect(fill(next)).toBe(next);
    expect(fill(['', '', 'Sam Lee', '', '', ''])).toEqual(['Courtroom Testimony', '', 'Sam Lee', '', '', '4']);
  });

  it('leaves rows that name no one and Total lines as written, and takes nothing from them', () => {
    const fill = createRepeatAbove(mapping, [member('m-dana', 'Dana Reyes'), member('m-jordan', 'Jordan Hale'), member('m-sam', 'Sam Lee')]);
    fill(['CART', '3/18/2026', 'Dana Reyes', '', '', '16']);
    const heading = ['Quarter 2', '', '', '', '', ''];
    expect(fill(heading)).toBe(heading);
    const total = ['Total', '', 'x', '', '', '32'];
    expect(fill(total)).toBe(total);
    expect(fill(['', '', 'Sam Lee', '', '', ''])).toEqual(['CART', '3/18/2026', 'Sam Lee', '', '', '16']);
  });

  it('with the choice, a sheet saved from merged cells imports every person; without it, the rows are refused, not guessed', () => {
    const text = ['Course,Date,Name,Status,Code,Hours', 'CART,3/18/2026,Dana Reyes,Passed,A1,16', ',,Jordan Hale,Passed,,', 'Total,,,,,'].join('\n');
    const team = [member('m-dana', 'Dana Reyes'), member('m-jordan', 'Jordan Hale')];
    const table = parseCsvTable(text);
    const plan = (repeatAbove: boolean) => planImport(table, mapping, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, repeatAbove });
    const filled = plan(true);
    expect(filled.errors.map(formatRowError)).toEqual([]);
    expect(filled.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn, c.hours, c.certificateNumber ?? null])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-18', 16, 'A1'],
      ['m-jordan', 'amber-cart', '2026-03-18', 16, null],
    ]);
    expect(filled.summaryRows.map((r) => r.rowNumber)).toEqual([4]);
    expect(plan(false).errors.map((e) => e.rowNumber)).toEqual([3, 3]);
    // The preview's offer to tick the choice counts those rows, not its messages' words.
    expect(plan(false).rowsWithEmptyCells).toBe(1);
    expect(filled.rowsWithEmptyCells).toBe(0);
  });

  it('counts a refused row as one with empty cells only when its member, training or date is empty', () => {
    const team = [member('m-dana', 'Dana Reyes')];
    const text = ['Course,Date,Name', 'CART,3/18/2026,Dana Reyes', 'CART,3/40/2026,Dana Reyes', 'CART,3/19/2026,Pat Quinn', ',3/20/2026,Dana Reyes', 'CART,,Dana Reyes', 'CART,3/21/2026,', 'CART,3/22/2026,Dana Reyes'].join('\n');
    const columns: ColumnMapping = { ...emptyMapping(), trainingTitle: 0, completedOn: 1, memberName: 2 };
    const p = planImport(parseCsvTable(text), columns, importContext(team, { trainings: sampleLookup }), defaultImportOptions);
    expect([...new Set(p.errors.map((e) => e.rowNumber))]).toEqual([3, 4, 5, 6, 7]);
    expect(p.rowsWithEmptyCells).toBe(3);
  });
});

describe('a row with only a name on it', () => {
  const team = [member('m-dana', 'Dana Reyes'), member('m-jordan', 'Jordan Hale'), member('m-sam', 'Sam Lee')];
  const columns: ColumnMapping = { ...emptyMapping(), trainingTitle: 0, completedOn: 1, memberName: 2 };
  const text = ['Course,Date,Name', 'CART,3/18/2026,Dana Reyes', ',,Jordan Hale', 'Quarter 2,,', 'Courtroom Testimony,2/12/2026,Sam Lee'].join('\n');
  const plan = (repeatAbove: boolean) =>
    planImport(parseCsvTable(text), columns, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, repeatAbove });

  it("is a team member's record with its training and date left empty, refused with why, not skipped as a heading", () => {
    const p = plan(false);
    expect(p.errors.map(formatRowError)).toEqual([
      'Row 3, Training title (column "Course"): empty; every record must say which training it was',
      'Row 3, Completed on (column "Date"): empty; every record needs the date it was completed. If an empty date means the person has not finished, tick “Rows without a completion date are people who have not finished: skip them”',
    ]);
    // A heading names no one on the team, and stays a heading.
    expect(p.headingRows).toEqual([{ rowNumber: 4, text: 'Quarter 2' }]);
  });

  it('with the choice, gets the training and date above it', () => {
    const p = plan(true);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-18'],
      ['m-jordan', 'amber-cart', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-02-12'],
    ]);
  });
});

describe("a person's name typed once beside the courses they took", () => {
  const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
  const columns: ColumnMapping = { ...emptyMapping(), memberName: 0, trainingTitle: 1, completedOn: 2 };
  const text = ['Name,Course,Date', 'Dana Reyes,CART,3/18/2026', ',Courtroom Testimony,2/12/2026', ',Quarter 2,', 'Sam Lee,CART,3/19/2026', 'Pat Doe,,', 'Total,2,'].join('\n');
  const plan = (repeatAbove: boolean) => planImport(parseCsvTable(text), columns, importContext(team, { trainings: sampleLookup }), { ...defaultImportOptions, repeatAbove });

  it('with the choice, each course row gets the person above it; a row with a course and no date, or a name not on the team alone, is left as written', () => {
    const p = plan(true);
    expect(p.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn])).toEqual([
      ['m-dana', 'amber-cart', '2026-03-18'],
      ['m-dana', 'Courtroom Testimony', '2026-02-12'],
      ['m-sam', 'amber-cart', '2026-03-19'],
    ]);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.headingRows.map((r) => r.text)).toEqual(['Quarter 2']);
    expect(p.summaryRows.map((r) => r.text)).toEqual(['Pat Doe', 'Total · 2']);
  });

  it('without it, the course rows are refused for naming no one', () => {
    expect(plan(false).errors.map((e) => [e.rowNumber, e.field])).toEqual([[3, 'Member name (column "Name")']]);
  });

  it('is read from the file', () => {
    expect(looksRepeatedAbove(parseCsvTable(text).rows, columns)).toBe(true);
    expect(looksRepeatedAbove(parseCsvTable(['Name,Course,Date', ',CART,3/18/2026', 'Dana Reyes,CART,3/18/2026'].join('\n')).rows, columns)).toBe(false);
  });
});

describe('whether a file looks typed once over several rows', () => {
  const rows = (...lines: string[]) => parseCsvTable(['Course,Date,Name,Unit', ...lines].join('\n')).rows;
  const columns: ColumnMapping = { ...emptyMapping(), trainingTitle: 0, completedOn: 1, memberName: 2 };

  it('yes when a row naming someone with another cell filled has no training and no date, under one that has both', () => {
    expect(looksRepeatedAbove(rows('CART,3/18/2026,Dana Reyes,ICAC', ',,Jordan Hale,Patrol'), columns)).toBe(true);
  });

  it('no for headings, notes and Total lines, for rows above any training, for LMS reports with empty dates, without a training column', () => {
    expect(looksRepeatedAbove(rows('CART,3/18/2026,Dana Reyes,ICAC', ',,Jordan Hale,'), columns)).toBe(false);
    expect(looksRepeatedAbove(rows('CART,3/18/2026,Dana Reyes,ICAC', 'Total,,,2'), columns)).toBe(false);
    expect(looksRepeatedAbove(rows(',,Jordan Hale,Patrol', 'CART,3/18/2026,Dana Reyes,ICAC'), columns)).toBe(false);
    expect(looksRepeatedAbove(rows('CART,3/18/2026,Dana Reyes,ICAC', ',,Jordan Hale,Patrol', 'CART,,Sam Lee,ICAC'), columns)).toBe(false);
    expect(looksRepeatedAbove(rows('CART,3/18/2026,Dana Reyes,ICAC', ',,Jordan Hale,Patrol'), { ...columns, trainingTitle: null })).toBe(false);
    // An LMS report with a status column: a row with no course and no date is someone not enrolled.
    expect(looksRepeatedAbove(rows('CART,3/18/2026,Dana Reyes,ICAC', ',,Jordan Hale,Patrol'), { ...columns, status: 3 })).toBe(false);
  });

  it('no for a pivot table of the log placed under it (LibreOffice, Excel), whose rows name no one', () => {
    const log = ['Last Name,First Name,Training,Completed,Hours', 'Delgado,Ray,CART,3/7/2026,24', 'Thornton,Bo,CSTAR,6/2/2026,8', ',,,,'];
    const byName: ColumnMapping = { ...emptyMapping(), memberLastName: 0, memberFirstName: 1, trainingTitle: 2, completedOn: 3, hours: 4 };
    for (const pivot of [['Training,Sum - Hours,,,', 'CART,24,,,', 'CSTAR,8,,,'], ['Row Labels,Sum of Hours,,,', 'CART,24,,,', 'CSTAR,8,,,']]) {
      const table = parseCsvTable([...log, ...pivot, 'Total Result,32,,,'].join('\n'));
      expect([pivot[0], looksRepeatedAbove(table.rows, byName, table.headers)]).toEqual([pivot[0], false]);
      const p = planImport(table, byName, importContext([], { createMissingMembers: true }), { ...defaultImportOptions, dateOrder: 'mdy' });
      expect(p.errors).toEqual([]);
      expect(p.completions).toHaveLength(2);
      expect(p.otherTable?.text).toBe(pivot[0]!.replace(/,+$/, '').replace(',', ' · '));
    }
  });

  it("no for an LMS report whose people are named by an ID some rows lack: a row is never given to the person above", () => {
    // Moodle report builder: Course, Time completed, ID number (mapped), Username (not read). Sam has no ID and
    // no date (not completed); Jordan has no ID but his own course, date and username.
    const lms = (...lines: string[]) => parseCsvTable(['Course,Time completed,ID number,Username', ...lines].join('\n')).rows;
    const byId: ColumnMapping = { ...emptyMapping(), trainingTitle: 0, completedOn: 1, memberExternalId: 2 };
    expect(looksRepeatedAbove(lms('FI,2/13/2026,54120,dreyes', 'FI,,,slee', 'FI,3/12/2026,,jhale'), byId)).toBe(false);
    // Each sign alone: the course without a date on a row naming no one; a row with its own username.
    expect(looksRepeatedAbove(lms('FI,2/13/2026,54120,dreyes', 'FI,,,slee', ',,77,x'), byId)).toBe(false);
    expect(looksRepeatedAbove(lms('FI,2/13/2026,54120,dreyes', 'FI,3/12/2026,,jhale'), byId)).toBe(false);
    // A name merged down beside its courses (nothing else on the row) still reads as typed once.
    expect(looksRepeatedAbove(lms('FI,2/13/2026,54120,', 'CART,3/12/2026,,'), byId)).toBe(true);
  });
});
