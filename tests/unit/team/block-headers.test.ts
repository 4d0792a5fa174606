import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import type { ImportPlan } from '../../../shared/team/import-plan';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * A log kept in year blocks whose headers changed as the sheet grew: each block's rows read by
 * what its own header names.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-marcus', 'Marcus Whitfield'), member('m-kendra', 'Kendra Okafor'), member('m-luis', 'Luis Carvajal')];
const records = (p: ImportPlan) => p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null, c.expiresOn ?? null]);

const yearBlocks = [
  '2024,,,,,',
  'Name,Training,Date,,,',
  'Dana Reyes,CART,4/18/2024,,,',
  'Marcus Whitfield,CART,4/18/2024,,,',
  ',,,,,',
  '2025,,,,,',
  'Name,Training,Date,Hours,,',
  'Kendra Okafor,CSTAR,2/11/2025,8,,',
  ',,,,,',
  '2026,,,,,',
  'Last,First,Training,Date Completed,Hours,Expires',
  'Carvajal,Luis,CART,3/13/2026,32,3/13/2028',
  'Whitfield,Marcus,CSTAR,5/19/2026,8,',
];

function read(lines: string[]) {
  const text = lines.join('\r\n');
  const file = readTable('Training 2024-2026.csv', new TextEncoder().encode(text), null);
  const first = firstMapping(file, [], trainings, team);
  const context = importContext(team, { trainings });
  return { text, file, first, context, plan: planImport(file.table, first.mapping, context, first.options) };
}

describe('a log in year blocks whose headers changed', () => {
  it('every block is read by its own header: hours from the second, first and last names and expiry from the third', () => {
    const { file, first, plan } = read(yearBlocks);
    // What only later blocks name gets a column of its own, named as they name it.
    expect(file.table.headers.slice(-2)).toEqual(['Hours', 'Expires']);
    expect([first.mapping.hours, first.mapping.expiresOn]).toEqual([6, 7]);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-dana', 'aattap-cart-training', '2024-04-18', null, null],
      ['m-marcus', 'aattap-cart-training', '2024-04-18', null, null],
      ['m-kendra', 'ncmec-cstar', '2025-02-11', 8, null],
      ['m-luis', 'aattap-cart-training', '2026-03-13', 32, '2028-03-13'],
      ['m-marcus', 'ncmec-cstar', '2026-05-19', 8, null],
    ]);
    // The later headers are shown as the header again, the years as headings.
    expect(plan.headerLines.map((l) => l.rowNumber)).toEqual([7, 11]);
  });

  it('the commit reads the blocks the same way', () => {
    const { text, first, context, plan } = read(yearBlocks);
    expect(records(planImportFromText(text, first.mapping, context, first.options))).toEqual(records(plan));
  });

  it('a block’s row lands in the file’s columns, its name put together from first and last', () => {
    const table = parseCsvTable(yearBlocks.join('\r\n'));
    const row = table.rows.find((r) => r.rowNumber === 12)!;
    expect(row.cells).toEqual(['Luis Carvajal', 'CART', '3/13/2026', '', '', '', '32', '3/13/2028']);
    // A year's heading is still a one-cell line.
    expect(table.rows.find((r) => r.rowNumber === 10)!.cells.filter((c) => c !== '')).toEqual(['2026']);
    // A column the guesses name nothing keeps its place when a block heads it the same way.
    const rooms = parseCsvTable(['Name,Training,Date,Room', 'Dana Reyes,CART,4/18/2024,B12', 'Officer,Course,Date Completed,Room,Hours', 'Luis Carvajal,CART,3/13/2026,C3,32'].join('\r\n'));
    expect(rooms.rows.at(-1)!.cells).toEqual(['Luis Carvajal', 'CART', '3/13/2026', 'C3', '32']);
  });

  it('the same header again is no new block, and a log with one header is read as before', () => {
    const same = parseCsvTable(['Name,Training,Date', 'Dana Reyes,CART,4/18/2024', 'Name,Training,Date', 'Kendra Okafor,CSTAR,2/11/2025'].join('\r\n'));
    expect(same.headers).toEqual(['Name', 'Training', 'Date']);
    expect(same.rows.map((r) => r.cells)).toEqual([
      ['Dana Reyes', 'CART', '4/18/2024'],
      ['Name', 'Training', 'Date'],
      ['Kendra Okafor', 'CSTAR', '2/11/2025'],
    ]);
  });

  it('another table’s header, its names in other columns (a meeting report’s joins under its participants), is no block header', () => {
    const lines = ['Name,First Join,Email,Role', 'Dana Reyes,3/18/26 8:57 AM,dana.reyes@example.gov,Attendee', '', 'Name,Join Time,Duration,Email,Role', 'Dana Reyes,3/18/26 8:57 AM,1h,dana.reyes@example.gov,Attendee'];
    const table = parseCsvTable(lines.join('\r\n'));
    expect(table.headers).toEqual(['Name', 'First Join', 'Email', 'Role']);
    expect(table.rows.at(-1)!.cells).toEqual(['Dana Reyes', '3/18/26 8:57 AM', '1h', 'dana.reyes@example.gov', 'Attendee']);
  });

  it('a row naming fewer than three fields is no block header', () => {
    // "Name, Notes" under the records is a note's table, not a block of completions.
    const notes = parseCsvTable(['Name,Training,Date', 'Dana Reyes,CART,4/18/2024', 'Name,Notes', 'Dana Reyes,moved'].join('\r\n'));
    expect(notes.headers).toEqual(['Name', 'Training', 'Date']);
    expect(notes.rows.at(-1)!.cells).toEqual(['Dana Reyes', 'moved']);
  });
});
