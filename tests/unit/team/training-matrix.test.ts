import { readFile } from 'node:fs/promises';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { emptyMapping, guessMapping, mappingProblems } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { groupedHeader } from '../../../shared/team/group-header';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { firstMapping, readImportFile, readTable } from '../../../shared/team/import-start';
import { createTrainingMatcher } from '../../../shared/team/matching';
import { isNotDoneCell } from '../../../shared/team/row-rules';
import { columnTraining, courseTitleFromHeader, guessTrainingColumns } from '../../../shared/team/training-columns';
import { importContext, member, readWorkbookHere, sampleLookup } from './helpers';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import catalogue from '../../../data/catalogue.json';
import type { Catalogue } from '../../../shared/catalogue/schema';

/*
 * Training matrices: one row per person, one column per course, the completion date in
 * the cells. The fixture's whole path (detection, records) is in import-formats.test.ts
 * and the e2e spec; these are the rules one at a time.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
const matcher = createTrainingMatcher(sampleLookup);
/** The real catalogue, for the fixtures' course headers. */
const trainings = createTrainingLookup(catalogue as unknown as Catalogue);

function matrixPlan(text: string, choose: (o: ImportOptions) => ImportOptions = (o) => o) {
  const table = parseCsvTable(text);
  const mapping = guessMapping(table.headers);
  const options = choose({ ...defaultImportOptions, dateOrder: 'mdy', trainingColumns: guessTrainingColumns(table, mapping) });
  const plan = planImport(table, { ...mapping, completedOn: null }, importContext(team), options);
  return { table, mapping, options, plan, errors: plan.errors.map(formatRowError) };
}

describe('training matrix: which columns are courses', () => {
  it('finds the dated columns, not the hire date, the last training date, an ID or a count', () => {
    const table = parseCsvTable(
      'Name,Badge,ICAC Undercover Chat Investigations,Hire Date,Trauma-Informed Victim Services,Shifts,Last Training Date\nDana Reyes,4410,3/14/2025,6/1/2019,N/A,12,3/14/2025\nSam Lee,4471,,8/15/2021,4/14/2026,9,4/14/2026\n',
    );
    expect(guessTrainingColumns(table, guessMapping(table.headers))).toEqual([
      { column: 2, training: null, expiresColumn: null },
      { column: 4, training: null, expiresColumn: null },
    ]);
  });

  it('is not a matrix with one dated column, with a training column, or with a Completed on column', () => {
    const one = parseCsvTable('Name,CART Training\nDana Reyes,3/14/2025\n');
    expect(guessTrainingColumns(one, guessMapping(one.headers))).toEqual([]);
    const list = parseCsvTable('Name,Training,Date,Expires\nDana Reyes,CART,3/14/2025,3/14/2027\n');
    expect(guessTrainingColumns(list, guessMapping(list.headers))).toEqual([]);
    const dated = parseCsvTable('Name,Completed on,Course A,Course B\nDana Reyes,3/14/2025,3/14/2025,3/15/2025\n');
    expect(guessMapping(dated.headers).completedOn).toBe(1);
    expect(guessTrainingColumns(dated, guessMapping(dated.headers))).toEqual([]);
  });

  it('a column headed by a date is not a course (Moodle activity completion: each activity\'s expected date over its column)', () => {
    const table = parseCsvTable('Name,Course A,2026-03-31 23:59:00,Course B,3/15/2026\nA B,3/1/2025,3/1/2025,3/2/2025,3/2/2025\nC D,3/3/2025,3/3/2025,3/4/2025,3/4/2025\n');
    expect(guessTrainingColumns(table, guessMapping(table.headers)).map((c) => c.column)).toEqual([1, 3]);
  });

  it('a column of mostly text is not a course; a few "N/A" or "Scheduled" cells do not stop one', () => {
    const table = parseCsvTable('Name,Course A,Course B,Remarks\nA B,3/1/2025,N/A,on leave 3/1/2025\nC D,Scheduled 4/2027,3/2/2025,moved\nE F,3/3/2025,3/4/2025,new\n');
    expect(guessTrainingColumns(table, guessMapping(table.headers)).map((c) => c.column)).toEqual([1, 2]);
  });

  it('reads the training from the header without the date words around it', () => {
    expect(courseTitleFromHeader('ICAC UC Chat - Date Completed')).toBe('ICAC UC Chat');
    expect(courseTitleFromHeader('Date: Firearms Qualification')).toBe('Firearms Qualification');
    expect(courseTitleFromHeader('CART (date)')).toBe('CART');
    expect(courseTitleFromHeader('Interview Room Recording Completed')).toBe('Interview Room Recording');
    expect(courseTitleFromHeader('Update Training')).toBe('Update Training');
    expect(courseTitleFromHeader('Date')).toBe('Date');
  });

  it('a header is matched to the catalogue by title or other name, else recorded outside it; a choice wins', () => {
    expect(columnTraining('Child Forensic Interview Training - Date', 2, null, matcher)).toMatchObject({ kind: 'catalogue', training: { id: 'cac-forensic-interview' }, byHeader: true });
    expect(columnTraining('Firearms', 2, null, matcher)).toEqual({ kind: 'custom', title: 'Firearms', provider: '', byHeader: true });
    expect(columnTraining('Firearms', 2, { kind: 'catalogue', trainingId: 'amber-cart' }, matcher)).toMatchObject({ kind: 'catalogue', training: { id: 'amber-cart' }, byHeader: false });
    expect(columnTraining('Firearms', 2, { kind: 'catalogue', trainingId: 'gone' }, matcher)).toEqual({ kind: 'problem', message: 'The catalogue training chosen for “Firearms” is not in the catalogue in use; choose it again.' });
    expect(columnTraining('  ', 4, null, matcher)).toEqual({ kind: 'problem', message: 'Column 5 has no header to name its training; choose the training for it.' });
  });

  it('says what a not-done cell is', () => {
    for (const text of ['N/A', 'n/a', 'NA', '-', '—', 'No', 'Not required', 'Scheduled 4/2027', 'Due 1/2027', 'Exempt', 'Expired 3/1/2024', 'In progress', 'TBD', '?']) expect(isNotDoneCell(text), text).toBe(true);
    for (const text of ['3/1/2025', 'Nov 3 2025', 'X', 'Yes', 'Nadia', 'Notary class']) expect(isNotDoneCell(text), text).toBe(false);
  });
});

describe('training matrix: the records', () => {
  const text = [
    'Name,ICAC Undercover Chat Investigations,Firearms - Date Completed,Trauma-Informed Victim Services',
    'Dana Reyes,3/14/2025,11/3/2025,N/A',
    'Sam Lee,,Scheduled 4/2027,4/14/2026',
    'Total,1,1,1',
  ].join('\n');

  it('one record per dated cell, the training from its column, not-done cells and the Total line skipped', () => {
    const { plan, errors } = matrixPlan(text);
    expect(errors).toEqual([]);
    expect(plan.fileProblems).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours])).toEqual([
      ['m-dana', 'icac-undercover-chat', '2025-03-14', 32],
      ['m-dana', 'Firearms', '2025-11-03', undefined],
      ['m-sam', 'ovc-trauma-informed', '2026-04-14', 6],
    ]);
    expect(plan.notCompleted).toBe(2);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['Total · 1 · 1 · 1']);
    expect(plan).toMatchObject({ catalogueMatches: 2, customTrainings: 1, withoutHours: [{ key: 'custom:firearms', title: 'Firearms', rows: 1 }] });
  });

  it('a cell with a tick before its day, its expiry or a note after it: the day, the expiry kept, a note of no credit skipped', () => {
    const notes = [
      'Investigator,ICAC Undercover Chat Investigations,Firearms,Interview Basics',
      'Dana Reyes,X 2/27/26,4/9/26 (exp 4/9/28),1/21/26 cert pending',
      'Sam Lee,2/27/26,rescheduled,3/14/25 - left early',
      'Pat Quinn,,11/3/25 - expires 11/3/2027,',
    ].join('\n');
    const { plan, errors, options } = matrixPlan(notes);
    // Each column is a course, though half its cells hold more than a day.
    expect(options.trainingColumns.map((c) => c.column)).toEqual([1, 2, 3]);
    expect(errors).toEqual([expect.stringMatching(/^Row 4, Member name .*"Pat Quinn" is not on your team/)]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn ?? null])).toEqual([
      ['m-dana', 'icac-undercover-chat', '2026-02-27', null],
      ['m-dana', 'Firearms', '2026-04-09', '2028-04-09'],
      ['m-dana', 'Interview Basics', '2026-01-21', null],
      ['m-sam', 'icac-undercover-chat', '2026-02-27', null],
    ]);
    // "rescheduled" and "left early" are classes not taken.
    expect(plan.notCompleted).toBe(2);
    // The same from the text, as the commit reads it.
    const table = parseCsvTable(notes);
    expect(planImportFromText(notes, { ...guessMapping(table.headers), completedOn: null }, importContext(team), options)).toEqual(plan);
  });

  it('the same plan read as the main side reads it, straight from the text', () => {
    const { table, mapping, options, plan } = matrixPlan(text);
    expect(table.headers).toHaveLength(4);
    expect(planImportFromText(text, { ...mapping, completedOn: null }, importContext(team), options)).toEqual(plan);
  });

  it('a bad cell names its row and course column; a tick without a date says so; a stranger is one problem for the row', () => {
    const { plan, errors } = matrixPlan(
      ['Name,ICAC Undercover Chat Investigations,Firearms', 'Dana Reyes,soon,X', 'Sam Lee,✓,3/14/2025', 'Pat Doe,3/14/2025,3/15/2025', 'Dana Reyes,,'].join('\n'),
      (o) => ({ ...o, trainingColumns: [{ column: 1, training: null, expiresColumn: null }, { column: 2, training: null, expiresColumn: null }] }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^Row 2, Completed on \(column "ICAC Undercover Chat Investigations"\): "soon"/),
      'Row 2, Completed on (column "Firearms"): "X" says completed but not when; type the date it was completed in this cell',
      'Row 3, Completed on (column "ICAC Undercover Chat Investigations"): "✓" says completed but not when; type the date it was completed in this cell',
      'Row 4, Member name (column "Name"): "Pat Doe" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
    ]);
    // Sam's good cell after the bad one is still checked, and would be a record once the row is fixed.
    expect(plan.completions.map((c) => [c.memberId, c.completedOn])).toEqual([['m-sam', '2025-03-14']]);
  });

  it('an expiry column beside a course: found, stored on its records, and a bad one named by its column', () => {
    const table = parseCsvTable('Name,Firearms,Firearms Expires,Trauma-Informed Victim Services,Notes\nDana Reyes,3/14/2025,3/14/2026,3/15/2025,\nSam Lee,3/20/2025,Never,,\n');
    expect(guessTrainingColumns(table, guessMapping(table.headers))).toEqual([
      { column: 1, training: null, expiresColumn: 2 },
      { column: 3, training: null, expiresColumn: null },
    ]);
    const { plan, errors } = matrixPlan('Name,Firearms,Firearms Expires,Trauma-Informed Victim Services\nDana Reyes,3/14/2025,3/14/2026,3/15/2025\nSam Lee,3/20/2025,Never,\n');
    expect(errors).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn])).toEqual([
      ['m-dana', 'Firearms', '2025-03-14', '2026-03-14'],
      ['m-dana', 'ovc-trauma-informed', '2025-03-15', undefined],
      ['m-sam', 'Firearms', '2025-03-20', undefined],
    ]);
    const bad = matrixPlan('Name,Firearms,Firearms Expires,Trauma-Informed Victim Services\nDana Reyes,3/14/2025,3/14/2024,3/15/2025\n');
    expect(bad.errors).toEqual(['Row 2, Expires on (column "Firearms Expires"): 2024-03-14 is not after the completion date 2025-03-14']);
  });

  it('a person with nothing done yet, and a heading between groups, hold no record and are not listed as headings', () => {
    const { plan, errors } = matrixPlan('Name,Firearms,Trauma-Informed Victim Services\nPatrol,,\nDana Reyes,3/14/2025,\nSam Lee,,\n', (o) => ({
      ...o,
      trainingColumns: [1, 2].map((column) => ({ column, training: null, expiresColumn: null })),
    }));
    expect(errors).toEqual([]);
    expect(plan.completions.map((c) => c.memberId)).toEqual(['m-dana']);
    expect(plan.headingRows).toEqual([]);
  });

  it('a repeat of a record already kept is skipped as a duplicate', () => {
    const { plan } = matrixPlan('Name,Firearms,Trauma-Informed Victim Services\nDana Reyes,3/14/2025,3/15/2025\nDana Reyes,3/14/2025,\n');
    expect(plan.completions).toHaveLength(2);
    expect(plan.duplicates).toBe(1);
  });

  it('a column chosen for a catalogue training records that training', () => {
    const { plan } = matrixPlan('Name,CART,Firearms\nDana Reyes,3/14/2025,3/15/2025\n', (o) => ({ ...o, trainingColumns: [{ column: 1, training: { kind: 'catalogue', trainingId: 'amber-cart' }, expiresColumn: null }, { column: 2, training: null, expiresColumn: null }] }));
    expect(plan.completions.map((c) => c.trainingId ?? c.custom?.title)).toEqual(['amber-cart', 'Firearms']);
  });

  it('a header matching two catalogue trainings stops the import until one is chosen', () => {
    const ctx = importContext(team, {
      trainings: { get: sampleLookup.get, all: () => [...sampleLookup.all(), { ...sampleLookup.get('amber-cart')!, id: 'amber-cart-2' }] },
    });
    const table = parseCsvTable('Name,Child Abduction Response Team (CART) Training,Firearms\nDana Reyes,3/14/2025,3/15/2025\n');
    const plan = planImport(table, guessMapping(table.headers), ctx, { ...defaultImportOptions, trainingColumns: [{ column: 1, training: null, expiresColumn: null }, { column: 2, training: null, expiresColumn: null }] });
    expect(plan.fileProblems).toEqual(['“Child Abduction Response Team (CART) Training” matches 2 catalogue trainings (amber-cart, amber-cart-2); choose which one this column is.']);
    expect(plan.completions).toEqual([]);
  });
});

describe('training matrix: the mapping', () => {
  const mapping = { ...emptyMapping(), memberName: 0 };
  const columns = [{ column: 1, training: null, expiresColumn: null }, { column: 2, training: null, expiresColumn: null }];

  it('needs no training or date column, but refuses one beside the course columns', () => {
    expect(mappingProblems(mapping, 3, { training: null, trainingColumns: columns })).toEqual([]);
    expect(mappingProblems({ ...mapping, completedOn: 1 }, 3, { training: null, trainingColumns: [{ column: 2, training: null, expiresColumn: null }] }, ['Name', 'Date', 'Firearms'])).toEqual([
      'Each course has its own column, so Completed on is not used: set it to “Not in the file”.',
    ]);
  });

  it('refuses an expiry column that is another field or a course column', () => {
    expect(mappingProblems({ ...mapping, notes: 2 }, 4, { training: null, trainingColumns: [{ column: 1, training: null, expiresColumn: 2 }] }, ['Name', 'A', 'B', 'C'])).toEqual([
      '“B” is chosen both as the expiry of “A” and as Notes; it can be only one.',
    ]);
    expect(mappingProblems(mapping, 4, { training: null, trainingColumns: [{ column: 1, training: null, expiresColumn: 2 }, { column: 2, training: null, expiresColumn: null }] }, ['Name', 'A', 'B', 'C'])).toEqual([
      '“B” is chosen both as a training column and as the expiry of “A”; it can be only one.',
    ]);
  });

  it('refuses a course column that is another field, twice chosen or missing, and both training choices at once', () => {
    expect(mappingProblems(mapping, 3, { training: null, trainingColumns: [{ column: 0, training: null, expiresColumn: null }] }, ['Name', 'A', 'B'])).toEqual([
      '“Name” is chosen both as a training column and as Member name; it can be only one.',
    ]);
    expect(mappingProblems(mapping, 3, { training: null, trainingColumns: [...columns, { column: 1, training: null, expiresColumn: null }] }, ['Name', 'A', 'B'])).toEqual(['“A” is chosen twice as a training column.']);
    expect(mappingProblems(mapping, 3, { training: null, trainingColumns: [{ column: 5, training: null, expiresColumn: null }] })).toEqual(['A training column points at column 6, which the file does not have.']);
    expect(mappingProblems(mapping, 3, { training: { kind: 'custom', title: 'X', provider: '' }, trainingColumns: columns })).toEqual([
      '“All rows are this training” and “Each course has its own column” are both ticked; choose one.',
    ]);
  });
});

describe('training matrix: a hand-kept tracker from the fixtures folder', () => {
  it('is recognised with its course columns and every completion right', async () => {
    const name = 'hand-made-training-matrix.csv';
    const file = readTable(name, new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url))), null);
    const first = firstMapping(file, [], trainings);
    expect(first.options.trainingColumns.map((c) => c.column)).toEqual([3, 4, 5, 6]);
    expect(first.options.training).toBeNull();
    expect(first.mapping).toMatchObject({ memberLastName: 0, memberFirstName: 1, completedOn: null });
    const people = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale', { externalId: '54120' })];
    const plan = planImport(file.table, first.mapping, importContext(people, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn])).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14'],
      ['m-dana', 'aattap-cart-training', '2025-11-03'],
      ['m-dana', 'Courtroom Testimony', '2026-02-12'],
      ['m-sam', 'Interview Room Recording', '2026-04-14'],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22'],
      ['m-jordan', 'aattap-cart-training', '2026-03-13'],
    ]);
    expect(plan.notCompleted).toBe(2);
    expect(file.table.skippedAbove.map((r) => r.text)).toEqual(['Example County ICAC Task Force - Training Tracker', 'Updated 11/20/2026']);
  });
});

describe('training matrix: the same tracker kept in Excel', () => {
  it('date cells in the course columns, an expiry column beside one, the hire date left out, "N/A" and "Scheduled" skipped', async () => {
    const name = 'team-training-matrix.xlsx';
    const bytes = new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
    const file = await readImportFile(name, bytes, null, readWorkbookHere);
    const first = firstMapping(file, [], trainings);
    expect(first.options.trainingColumns.map((c) => [file.table.headers[c.column], c.expiresColumn === null ? null : file.table.headers[c.expiresColumn]])).toEqual([
      ['Peer-to-Peer Investigations', null],
      ['Child Abduction Response Team (CART) Training', 'CART Expires'],
      ['Courtroom Testimony', null],
    ]);
    expect(first.mapping.expiresOn).toBeNull();
    const people = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];
    const plan = planImport(file.table, first.mapping, importContext(people, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn])).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-04', undefined],
      ['m-dana', 'aattap-cart-training', '2025-11-03', '2027-11-03'],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', undefined],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-02', undefined],
      ['m-jordan', 'aattap-cart-training', '2026-03-13', '2028-03-13'],
    ]);
    expect(plan.notCompleted).toBe(2);
  });
});

describe('training matrix: a course name over its columns (merged cells in Excel)', () => {
  it('prefixes the names the header repeats with the course over them', () => {
    expect(groupedHeader(['', '', 'CART', '', 'P2P', '', ''], ['Name', 'Badge', 'Completed', 'Expires', 'Completed', 'Expires', 'Notes'])).toEqual([
      'Name',
      'Badge',
      'CART Completed',
      'CART Expires',
      'P2P Completed',
      'P2P Expires',
      'Notes',
    ]);
  });

  it('a title line, one group, or a header with nothing repeated is left as it is', () => {
    expect(groupedHeader(['Training log', '', '', ''], ['Name', 'Notes', 'Notes', 'Date'])).toBeNull();
    expect(groupedHeader(['', 'CART', '', ''], ['Name', 'Completed', 'Expires', 'Completed'])).toBeNull();
    expect(groupedHeader(['', 'CART', 'P2P'], ['Name', 'CART date', 'P2P date'])).toBeNull();
    // A group cell over a name the header has once is not a course over its columns.
    expect(groupedHeader(['Report', '', 'CART', ''], ['Name', 'Completed', 'Completed', 'Expires'])).toBeNull();
    expect(groupedHeader(undefined, ['Name', 'Completed', 'Completed'])).toBeNull();
    // The same name over both pairs tells nothing apart.
    expect(groupedHeader(['', 'CART', '', 'CART', ''], ['Name', 'Completed', 'Expires', 'Completed', 'Expires'])).toBeNull();
  });

  it('finds such a header though it repeats its names more than a header may', () => {
    const table = parseCsvTable(
      ['Certifications,,,,,,,', ',,A,,B,,C,', 'Name,Badge,Completed,Expires,Completed,Expires,Completed,Expires', 'Dana Reyes,1,3/14/2025,3/14/2027,,,3/1/2025,'].join('\n'),
    );
    expect(table.headerRowNumber).toBe(3);
    expect(table.headers).toEqual(['Name', 'Badge', 'A Completed', 'A Expires', 'B Completed', 'B Expires', 'C Completed', 'C Expires']);
    expect(table.skippedAbove.map((r) => r.text)).toEqual(['Certifications', 'A · B · C']);
  });

  it('a header merged over two rows in Excel ("Name" beside the course names, their columns below): the lower row is the header', () => {
    const rows = (name: string, badge: string) => [
      'Training matrix 2026,,,,,',
      'Name,Badge #,Peer-to-Peer Investigations,,Child Abduction Response Team (CART) Training,',
      `${name},${badge},Completed,Expires,Completed,Expires`,
      'Dana Reyes,101,3/14/2025,3/14/2027,11/3/2025,11/3/2027',
    ];
    const names = ['Name', 'Badge #', 'Peer-to-Peer Investigations Completed', 'Peer-to-Peer Investigations Expires', 'Child Abduction Response Team (CART) Training Completed', 'Child Abduction Response Team (CART) Training Expires'];
    // Saved as CSV, a cell merged down keeps its text in the top row only; read from the workbook, in both (fillMergedDown).
    for (const [name, badge] of [
      ['', ''],
      ['Name', 'Badge #'],
    ]) {
      const table = parseCsvTable(rows(name!, badge!).join('\n'));
      expect(table.headerRowNumber).toBe(3);
      expect(table.headers).toEqual(names);
    }
    // A course that has one column under it does not make the row above a group row: no name there is shared.
    expect(parseCsvTable('Name,CART,P2P\n,X,X\nDana Reyes,X,\n').headerRowNumber).toBe(1);
  });

  it('the same matrix read from a workbook with its merged cells: the trainings and their expiry', async () => {
    const sheet = utils.aoa_to_sheet([
      ['Training matrix 2026'],
      ['Name', 'Badge #', 'Peer-to-Peer Investigations', null, 'Child Abduction Response Team (CART) Training', null],
      [null, null, 'Completed', 'Expires', 'Completed', 'Expires'],
      ['Dana Reyes', 101, '2025-03-14', '2027-03-14', '2025-11-03', '2027-11-03'],
      ['Sam Lee', 102, 'N/A', null, '2026-04-14', 'Never'],
    ]);
    sheet['!merges'] = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2'].map((r) => utils.decode_range(r));
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, 'Matrix');
    const file = await readImportFile('matrix.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), null, readWorkbookHere);
    const first = firstMapping(file, [], trainings);
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.expiresOn])).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14', '2027-03-14'],
      ['m-dana', 'aattap-cart-training', '2025-11-03', '2027-11-03'],
      ['m-sam', 'aattap-cart-training', '2026-04-14', undefined],
    ]);
  });

  it('the fixture: the course names over "Completed" and "Expires" give the trainings and their expiry', async () => {
    const name = 'matrix-course-over-columns.csv';
    const file = readTable(name, new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url))), null);
    expect(file.table.headers.slice(2, 6)).toEqual([
      'Peer-to-Peer Investigations Completed',
      'Peer-to-Peer Investigations Expires',
      'Child Abduction Response Team (CART) Training Completed',
      'Child Abduction Response Team (CART) Training Expires',
    ]);
    const first = firstMapping(file, [], trainings);
    expect(first.options.trainingColumns).toEqual([
      { column: 2, training: null, expiresColumn: 3 },
      { column: 4, training: null, expiresColumn: 5 },
    ]);
    const people = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];
    const plan = planImport(file.table, first.mapping, importContext(people, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.expiresOn])).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2025-03-14', '2027-03-14'],
      ['m-dana', 'aattap-cart-training', '2025-11-03', '2027-11-03'],
      ['m-sam', 'aattap-cart-training', '2026-04-14', undefined],
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-09-22', '2027-09-22'],
    ]);
    expect(plan.notCompleted).toBe(1);
  });
});

describe('a sign-off matrix: ticks under a course whose session day is in its header or over it', () => {
  const plain = (text: string) => {
    const table = parseCsvTable(text);
    const mapping = guessMapping(table.headers);
    const options = { ...defaultImportOptions, trainingColumns: guessTrainingColumns(table, mapping) };
    const p = planImport(table, { ...mapping, completedOn: null }, importContext(team), options);
    // The commit's streamed check, a row at a time, agrees.
    const streamed = planImportFromText(text, { ...mapping, completedOn: null }, importContext(team), options, 1);
    expect([streamed.fileProblems, streamed.completions]).toEqual([p.fileProblems, p.completions]);
    return { table, options, plan: p, records: p.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn]) };
  };

  it('records each tick on the day its header gives, read in the order another header tells', () => {
    const { options, plan, records } = plain(['Name,Local Course A 4/6-4/9/2026,Local Course B 1/21/2026,Notes', 'Dana Reyes,X,✓,', 'Sam Lee,,x,new to unit'].join('\n'));
    expect(options.trainingColumns.map((c) => c.column)).toEqual([1, 2]);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.fileProblems).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-04-09'],
      ['m-dana', 'Local Course B', '2026-01-21'],
      ['m-sam', 'Local Course B', '2026-01-21'],
    ]);
  });

  it('reads a row of class days under the header, labelled so, as their days; a course with no day there asks for it', () => {
    const { table, plan, records } = plain(
      ['Name,Badge,Local Course A,Local Course B,Local Course C,Notes', 'Class date,,9/22/2025,4/9/2026,Feb 2026,', 'Dana Reyes,2231,Y,Y,N,', 'Sam Lee,1984,N,S,Y,cert pending'].join('\n'),
    );
    expect(table.headers).toEqual(['Name', 'Badge', 'Local Course A 9/22/2025', 'Local Course B 4/9/2026', 'Local Course C', 'Notes']);
    expect(table.headerRowNumber).toBe(2);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2025-09-22'],
      ['m-dana', 'Local Course B', '2026-04-09'],
    ]);
    // Its ticks are not left out unseen: each asks for the date.
    expect(plan.errors.map(formatRowError)).toEqual(['Row 4, Completed on (column "Local Course C"): "Y" says completed but not when; type the date it was completed in this cell']);
    // Without the label, a row of dates under the header is a person's.
    expect(parseCsvTable(['Name,Local Course A,Local Course B', 'Dana Reyes,9/22/25,4/9/26'].join('\n')).headers).toEqual(['Name', 'Local Course A', 'Local Course B']);
  });

  it('reads a row of class days over the course names as their days', () => {
    const { table, records } = plain(['Training sign-off', 'Class date,,2026-04-09,2026-01-21,', 'Name,Badge,Local Course A,Local Course B,Notes', 'Dana Reyes,2231,✓,', 'Sam Lee,1984,,✓'].join('\n'));
    expect(table.headers).toEqual(['Name', 'Badge', 'Local Course A 2026-04-09', 'Local Course B 2026-01-21', 'Notes']);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-04-09'],
      ['m-sam', 'Local Course B', '2026-01-21'],
    ]);
  });

  it('leaves a title or a lone day over the header alone, and still asks for the day of a tick under a course without one', () => {
    expect(parseCsvTable(['Report 2026-11-20', 'Name,Local Course A,Local Course B', 'Dana Reyes,3/7/2026,'].join('\n')).headers).toEqual(['Name', 'Local Course A', 'Local Course B']);
    expect(parseCsvTable(['As of,2026-11-20,2026-11-21', 'Name,,Local Course B', 'Dana Reyes,3/7/2026,'].join('\n')).headers[1]).toBe('Column 2');
    // One day over the header, or words after the days, is no row of class days.
    const over = (above: string) => parseCsvTable([above, 'Name,Badge,Local Course A,Local Course B,Notes', 'Dana Reyes,2231,3/7/2026,,'].join('\n')).headers;
    expect(over('Class date,,2026-04-09,,')).toEqual(['Name', 'Badge', 'Local Course A', 'Local Course B', 'Notes']);
    expect(over('Class date,,2026-04-09,2026-01-21,Room 3')).toEqual(['Name', 'Badge', 'Local Course A', 'Local Course B', 'Notes']);
    // A column of notes with one tick in it is no course, whatever its header says.
    expect(plain(['Name,Local Course A 3/7/2026,Local Course C 3/8/2026,Local Course B 3/9/2026', 'Dana Reyes,X,X,see note', 'Sam Lee,X,,ask Sam', 'Jo Hale,X,X,X'].join('\n')).options.trainingColumns.map((c) => c.column)).toEqual([1, 2]);
    const table = parseCsvTable(['Name,Local Course A 3/7/2026,Local Course B,Local Course C', 'Dana Reyes,X,3/8/2026,X'].join('\n'));
    const columns = [1, 2, 3].map((column) => ({ column, training: null, expiresColumn: null }));
    const plan = planImport(table, { ...guessMapping(table.headers), completedOn: null }, importContext(team), { ...defaultImportOptions, dateOrder: 'mdy', trainingColumns: columns });
    expect(plan.errors.map(formatRowError)).toEqual(['Row 2, Completed on (column "Local Course C"): "X" says completed but not when; type the date it was completed in this cell']);
    expect(plan.completions.map((c) => [c.custom?.title, c.completedOn])).toEqual([
      ['Local Course A', '2026-03-07'],
      ['Local Course B', '2026-03-08'],
    ]);
  });
});

describe('a wide matrix kept in Excel', () => {
  it('keeps courses named "Recertification" or "Review", and still passes over a recert due date or a review date', () => {
    const table = parseCsvTable(
      [
        'Name,Hire Date,Taser Recertification,Use of Force Policy Review,Local Course A,Recert Due,Last Review,Review Date,Due Process in Interviews',
        'Dana Reyes,1/5/2015,3/7/2026,3/8/2026,3/9/2026,3/7/2027,3/8/2026,3/8/2026,3/10/2026',
        'Sam Lee,2/5/2016,3/7/2026,3/8/2026,,3/7/2027,3/8/2026,3/8/2026,',
      ].join('\n'),
    );
    expect(guessTrainingColumns(table, guessMapping(table.headers)).map((c) => table.headers[c.column])).toEqual([
      'Taser Recertification',
      'Use of Force Policy Review',
      'Local Course A',
      'Due Process in Interviews',
    ]);
  });

  it("counts a letter its legend explains (E exempt, S scheduled) as not done, and still asks when an X's class was", () => {
    const both = (o: ImportOptions) => ({ ...o, trainingColumns: [1, 2].map((column) => ({ column, training: null, expiresColumn: null })) });
    const { plan, errors } = matrixPlan(['Name,Local Course A,Local Course B', 'Dana Reyes,3/7/2026,E', 'Sam Lee,S,3/9/2026', 'Dana Reyes,3/8/2026,X'].join('\n'), both);
    expect(errors).toEqual(['Row 4, Completed on (column "Local Course B"): "X" says completed but not when; type the date it was completed in this cell']);
    expect(plan.notCompleted).toBe(2);
  });

  it('takes a "# Completed" line of counts for a summary, and "Sched 1/27" for a class not taken yet', () => {
    const { plan, errors } = matrixPlan(['Name,Local Course A,Local Course B,Local Course C', 'Dana Reyes,3/7/2026,Sched 1/27,3/9/2026', 'Sam Lee,3/8/2026,3/9/2026,waitlist', '# Completed,2,1,1'].join('\n'));
    expect(errors).toEqual([]);
    expect(plan.completions).toHaveLength(4);
    expect(plan.notCompleted).toBe(2);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['# Completed · 2 · 1 · 1']);
  });
});

describe('a matrix with its colours’ legend and a Total row under it', () => {
  it('finds every course column, reads no record from the Total or the legend, and takes "booked" as not done', () => {
    const lines = [
      'Surname,Given Name,Local Course A,Local Course B,Local Course C',
      'REYES,Dana,3/17/2026,4/14/2026,N/A',
      'LEE,Sam,due,4/14/2026,2/2/2026',
      'HALE,Jordan,booked 12/14/2026,,2/2/2026',
      ',,,,',
      'Total,,1,2,2',
      ',,,,',
      'Legend:,Green = current,Red = expired,Amber = due soon,',
    ];
    const team3 = [...team, member('m-jordan', 'Jordan Hale')];
    const file = readTable('matrix.csv', new TextEncoder().encode(lines.join('\n')), null);
    const first = firstMapping(file, [], sampleLookup, team3);
    expect(first.options.trainingColumns.map((c) => c.column)).toEqual([2, 3, 4]);
    const plan = planImport(file.table, first.mapping, importContext(team3), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.custom?.title, c.completedOn])).toEqual([
      ['m-dana', 'Local Course A', '2026-03-17'],
      ['m-dana', 'Local Course B', '2026-04-14'],
      ['m-sam', 'Local Course B', '2026-04-14'],
      ['m-sam', 'Local Course C', '2026-02-02'],
      ['m-jordan', 'Local Course C', '2026-02-02'],
    ]);
    expect(plan.notCompleted).toBe(3);
    expect(plan.summaryRows.map((r) => r.rowNumber)).toEqual([6, 8]);
  });
});

describe("a matrix's status column", () => {
  it('offers no blank as a status value: a blank counts only beside a row’s own completion date, which a matrix has not', () => {
    const table = parseCsvTable(['Name,Done,Local Course A,Local Course B', 'Dana Reyes,Yes,3/17/2026,4/14/2026', 'Sam Lee,,3/17/2026,'].join('\n'));
    const mapping = { ...guessMapping(table.headers), completedOn: null, status: 1 };
    const options = { ...defaultImportOptions, dateOrder: 'mdy' as const, trainingColumns: [2, 3].map((column) => ({ column, training: null, expiresColumn: null })) };
    expect(planImport(table, mapping, importContext(team), options).statusValues).toEqual(['Yes']);
  });
});

describe("a matrix's other columns", () => {
  it('reads no course status from who is still on the roster, no hours from a person\'s total, and no record from the row of deadlines', () => {
    const lines = ['Name,Status,Local Course A,Local Course B,Total Hrs', 'Required By,,12/31/2026,6/30/2026,', '"Reyes, Dana",Active,4/9/2026,1/21/2026,56', '"Lee, Sam",LEFT,,1/22/2026,16'];
    const file = readTable('tracker.csv', new TextEncoder().encode(lines.join('\n')), null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect([first.mapping.status, first.mapping.hours, first.options.trainingColumns.map((c) => c.column)]).toEqual([null, null, [2, 3]]);
    const plan = planImport(file.table, first.mapping, importContext(team), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.custom?.title, c.completedOn, c.hours ?? null])).toEqual([
      ['m-dana', 'Local Course A', '2026-04-09', null],
      ['m-dana', 'Local Course B', '2026-01-21', null],
      ['m-sam', 'Local Course B', '2026-01-22', null],
    ]);
    expect(plan.headerLines.map((l) => l.rowNumber)).toEqual([2]);
    // A status that says something else than who is on the roster stays read.
    const other = readTable('tracker.csv', new TextEncoder().encode(['Name,Status,Local Course A,Local Course B', 'Dana Reyes,Complete,4/9/2026,1/21/2026', 'Sam Lee,Incomplete,,1/22/2026'].join('\n')), null);
    expect(firstMapping(other, [], sampleLookup, team).mapping.status).toBe(1);
  });
});
