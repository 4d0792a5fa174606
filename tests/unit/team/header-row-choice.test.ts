import { describe, expect, it } from 'vitest';
import { firstMapping, readTable, withHeaderRow } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { headerRowChoices } from '../../../shared/team/header-row-choices';
import { importOptionsSchema } from '../../../shared/team/import-options';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import type { ImportPlan } from '../../../shared/team/import-plan';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * The header row chosen on the file step when the one found is wrong, and a title line with a
 * key typed beside it no longer taken for the header.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-luz', 'Luz Ortega')];
const records = (p: ImportPlan) => p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null]);
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

// A sheet headed in a language the guesses do not know, under a title line of three cells: the title looks more like a header than the header does.
const form = [
  'Képzési nyilvántartás 2026,Frissítve 1.3.2026,Egység ICAC',
  'Név,Tanfolyam,Nap,Órák',
  'Dana Reyes,Child Abduction Response Team (CART) Training,19.3.2026,32',
  'Luz Ortega,Child Abduction Response Team (CART) Training,20.3.2026,24',
];
const chosenMapping = { memberName: 0, trainingTitle: 1, completedOn: 2, hours: 3 };
// The columns chosen name the course and the day, so "All rows are this training" and "…on one day" (guessed from the file name and the title's date) are unticked.
const unticked = { training: null, completedOnForAll: null };

describe('choosing the header row', () => {
  it('a title line is taken for the header; choosing row 2 reads the records under it, the title skipped', () => {
    const found = readTable('Kepzesek.csv', bytes(form), null);
    expect(found.table.headerRowNumber).toBe(1);
    const chosen = withHeaderRow(found, 2);
    expect(chosen.headerRow).toBe(2);
    expect(chosen.table.headers).toEqual(['Név', 'Tanfolyam', 'Nap', 'Órák']);
    expect(chosen.table.headerRowNumber).toBe(2);
    expect(chosen.table.skippedAbove.map((r) => r.rowNumber)).toEqual([1]);
    expect(chosen.table.rows.map((r) => r.rowNumber)).toEqual([3, 4]);
    const first = firstMapping(chosen, [], trainings, team);
    expect(first.options.headerRow).toBe(2);
    const mapping = { ...first.mapping, ...chosenMapping };
    const plan = planImport(chosen.table, mapping, importContext(team, { trainings }), { ...first.options, ...unticked });
    expect(plan.fileProblems).toEqual([]);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-19', 32],
      ['m-luz', 'aattap-cart-training', '2026-03-20', 24],
    ]);
  });

  it('the commit reads the file under the chosen header, as the preview did', () => {
    const chosen = withHeaderRow(readTable('Kepzesek.csv', bytes(form), null), 2);
    const first = firstMapping(chosen, [], trainings, team);
    const mapping = { ...first.mapping, ...chosenMapping };
    const options = { ...first.options, ...unticked };
    const preview = planImport(chosen.table, mapping, importContext(team, { trainings }), options);
    expect(preview.completions).toHaveLength(2);
    const text = form.join('\r\n');
    expect(records(planImportFromText(text, mapping, importContext(team, { trainings }), options))).toEqual(records(preview));
    // Without the choice the commit would read the three-cell title line as the header.
    const unchosen = planImportFromText(text, mapping, importContext(team, { trainings }), { ...options, headerRow: null });
    expect(unchosen.completions).toEqual([]);
    expect(unchosen.fileProblems).toContain('Hours points at column 4, which the file does not have.');
  });

  it('back to the one found: the table and the first mapping are as before', () => {
    const found = readTable('Kepzesek.csv', bytes(form), null);
    const back = withHeaderRow(withHeaderRow(found, 2), null);
    expect(back.headerRow).toBeUndefined();
    expect(back.table.headers).toEqual(found.table.headers);
    expect(firstMapping(back, [], trainings, team).options.headerRow).toBeNull();
  });

  it('a header row past the end of the file says so, with the file’s length', () => {
    expect(parseCsvTable('Name,Course\r\nDana Reyes,CART', 5).fileProblems).toEqual(['The header row chosen, row 5, is past the end of the file (2 rows).']);
  });

  it('only rows among the first 50 can be chosen', () => {
    expect(importOptionsSchema.safeParse({ headerRow: 50 }).success).toBe(true);
    expect(importOptionsSchema.safeParse({ headerRow: 51 }).success).toBe(false);
    expect(importOptionsSchema.safeParse({ headerRow: 0 }).success).toBe(false);
  });

  it('the rows offered: every non-blank row among the first 50, in file order, wherever it was read', () => {
    const lines = ['Training log', '', 'Name,Course,Date', ...Array.from({ length: 60 }, (_, i) => `Person ${i},CART,3/${(i % 28) + 1}/2026`)];
    const table = parseCsvTable(lines.join('\n'));
    const choices = headerRowChoices(table);
    expect(choices[0]).toEqual({ rowNumber: 1, text: 'Training log' });
    expect(choices[1]).toEqual({ rowNumber: 3, text: 'Name · Course · Date' });
    expect(choices[2]).toEqual({ rowNumber: 4, text: 'Person 0 · CART · 3/1/2026' });
    expect(choices.at(-1)!.rowNumber).toBe(50);
    expect(choices).toHaveLength(49);
    // Under a chosen header the rows above it are offered too.
    expect(headerRowChoices(parseCsvTable(lines.join('\n'), 5)).slice(0, 3).map((c) => c.rowNumber)).toEqual([1, 3, 4]);
  });

  it('a long row is shortened for the list', () => {
    const table = parseCsvTable(`${'A very long report title '.repeat(8)},x\r\nName,Course,Date\r\nDana Reyes,CART,3/1/2026`);
    const title = headerRowChoices(table)[0]!;
    expect(title.text).toHaveLength(90);
    expect(title.text.endsWith('…')).toBe(true);
  });
});

describe('a title line with a key typed beside it', () => {
  it('is not the header: the row under it naming people and their courses is', () => {
    const lines = [
      'ICAC task force training log 2026,,,,Key:,Green = done',
      'Updated by Sgt. Ortiz,,,,,Yellow = booked',
      ',,,,,Red = expired',
      'Officer,Course,Date completed,Hours,,',
      'Dana Reyes,Child Abduction Response Team (CART) Training,3/19/2026,32,,',
    ];
    const file = readTable('log.csv', bytes(lines), null);
    expect(file.table.headerRowNumber).toBe(4);
    const first = firstMapping(file, [], trainings, team);
    expect(records(planImport(file.table, first.mapping, importContext(team, { trainings }), first.options))).toEqual([['m-dana', 'aattap-cart-training', '2026-03-19', 32]]);
  });

  it('a template’s notes on its columns under the header name as much as the header does: the header stays', () => {
    const table = parseCsvTable(['Officer,Training,Completed', 'Name (Last First),Course title,Date (MM/DD/YYYY)', 'Dana Reyes,CART,3/19/2026'].join('\r\n'));
    expect(table.headerRowNumber).toBe(1);
  });

  it('a log kept in year blocks: the first block’s header stays, though a later one names an hours column too', () => {
    const lines = ['Name,Training,Date', 'Dana Reyes,CART,4/18/2024', '', '2025', 'Name,Training,Date,Hours', 'Luz Ortega,CSTAR,2/11/2025,8'];
    expect(parseCsvTable(lines.join('\r\n')).headerRowNumber).toBe(1);
  });

  it('a title line with no header naming people under it stays the header (a language the guesses do not know)', () => {
    const table = parseCsvTable(['Nimi,Kurssi,Päivä', 'Dana Reyes,CART,3/19/2026', 'Luz Ortega,P2P,4/2/2026'].join('\r\n'));
    expect(table.headerRowNumber).toBe(1);
  });
});
