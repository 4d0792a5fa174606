import { readFile } from 'node:fs/promises';
import { SSF, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { parseHoursCell } from '../../../shared/team/csv-values';
import { xlsxSheetText } from '../../../shared/team/xlsx-sheet';
import { isCompoundFile, isWorkbookFile, isZipFile } from '../../../shared/team/zip-signature';
import { firstMapping, readImportFile } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { importContext, member, readWorkbookHere, sampleLookup } from './helpers';

/** One row of cells (value and number format) written as a workbook of the given type, read back as CSV text. */
function roundTrip(cells: { v: number | string; z?: string }[], bookType: 'xlsx' | 'biff8' = 'xlsx', date1904 = false): string {
  const sheet = utils.aoa_to_sheet([cells.map((c) => c.v)]);
  cells.forEach((c, i) => {
    if (c.z !== undefined) sheet[utils.encode_cell({ r: 0, c: i })]!.z = c.z;
  });
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Sheet1');
  if (date1904) book.Workbook = { WBProps: { date1904: true } };
  return xlsxSheetText(new Uint8Array(write(book, { type: 'array', bookType }) as ArrayBuffer)).text;
}

const shortDate = SSF.get_table()[14]!;

describe('workbook cells as the import reads them', () => {
  it("Excel's short date (shown 3/7/2026 or 07/03/2026 depending on the computer) is written as an ISO day", () => {
    expect(roundTrip([{ v: 46088, z: shortDate }])).toBe('2026-03-07');
    expect(roundTrip([{ v: 46088, z: shortDate }], 'biff8')).toBe('2026-03-07');
    expect(roundTrip([{ v: 46088, z: 'dd/mm/yyyy' }, { v: 46088, z: 'd mmmm yyyy' }])).toBe('2026-03-07,2026-03-07');
  });

  it('a date with a time keeps the time after the day; a time of day alone keeps its text', () => {
    expect(roundTrip([{ v: 46088.6, z: 'm/d/yy h:mm' }])).toBe('2026-03-07 14:24');
    expect(roundTrip([{ v: 0.5, z: 'h:mm' }])).toBe('12:00');
  });

  it('hours typed as durations past a day ([h]:mm:ss, [h]:mm) read as hours, beside a date and an h:mm time', () => {
    // Excel keeps "40:00" as 1.6667 days in [h]:mm:ss (built-in 46); SSF.is_date calls that a date.
    const text = roundTrip([{ v: 46088, z: shortDate }, { v: 40 / 24, z: '[h]:mm:ss' }, { v: 1, z: '[h]:mm' }, { v: 1.5 / 24, z: 'h:mm' }]);
    expect(text).toBe('2026-03-07,40:00,24:00,1:30');
    expect(text.split(',').slice(1).map(parseHoursCell)).toEqual([40, 24, 1.5].map((value) => ({ ok: true, value })));
  });

  it('minutes as an elapsed time ([mm]:ss) are written as hours and minutes, not read as that many hours', () => {
    expect(roundTrip([{ v: 90 / 1440, z: '[mm]:ss' }])).toBe('1:30');
  });

  it('the 1904 date system of old Mac workbooks gives the same day', () => {
    expect(roundTrip([{ v: 43896, z: shortDate }], 'xlsx', true)).toBe('2024-03-07');
    expect(roundTrip([{ v: 43896, z: shortDate }], 'xlsx', false)).toBe('2020-03-06');
  });

  it('numbers and text are left as the sheet shows them', () => {
    expect(roundTrip([{ v: 16 }, { v: 1.5, z: '0.00' }, { v: '3/7/2026' }, { v: 46088 }])).toBe('16,1.50,3/7/2026,46088');
  });

  it('reads the worksheet asked for, else the first with any cell, and names them all', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/team-training-log-by-year.xlsx', import.meta.url)));
    const first = xlsxSheetText(bytes);
    expect([first.sheetName, first.sheetNames]).toEqual(['2025', ['Cover', '2025', '2026']]);
    expect(first.text).toBe('Name,Course,Date completed,Hours\r\nDana Reyes,Courtroom Testimony,2025-06-10,4');
    expect(xlsxSheetText(bytes, '2026').text.split('\r\n').slice(1)).toEqual(['Sam Lee,Courtroom Testimony,2026-02-03,4', 'Jordan Hale,Courtroom Testimony,2026-02-03,4']);
    expect(() => xlsxSheetText(bytes, '2027')).toThrow('the workbook has no worksheet named “2027”');
  });

  it('tells workbooks from text by their first bytes', () => {
    expect(isZipFile(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(isCompoundFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
    expect(isCompoundFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a]))).toBe(false);
    expect(isWorkbookFile(new TextEncoder().encode('Name,Course\r\n'))).toBe(false);
    expect(isWorkbookFile(new Uint8Array([0xff, 0xfe, 0x4e, 0]))).toBe(false);
  });
});

describe('which sheet of a workbook is read, and in which date system', () => {
  const book = (sheets: { name: string; rows: (string | number)[][]; hidden?: boolean }[], date1904 = false) => {
    const b = utils.book_new();
    for (const s of sheets) utils.book_append_sheet(b, utils.aoa_to_sheet(s.rows), s.name);
    b.Workbook = { ...(date1904 ? { WBProps: { date1904: true } } : {}), Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
    return new Uint8Array(write(b, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };
  const read = (bytes: Uint8Array) => readImportFile('log.xlsx', bytes, null, readWorkbookHere);
  const log = { name: 'Log', rows: [['Name', 'Course', 'Date Completed'], ['Dana Reyes', 'Local Course A', '2026-03-07']] };

  it('passes over a hidden sheet of dropdown lists and a roster of the team for the log', async () => {
    const lists = { name: 'Lists', rows: [['Course', 'Agency', 'Status'], ['Local Course A', 'Example PD', 'Completed']], hidden: true };
    expect((await read(book([lists, log]))).sheetName).toBe('Log');
    const instructions = { name: 'How to use', rows: [['Type one class per row on the Log sheet.']] };
    expect((await read(book([instructions, lists, log]))).sheetName).toBe('Log');
    const roster = { name: 'Roster', rows: [['Name', 'Email', 'Badge'], ['Dana Reyes', 'dana.reyes@example.gov', '2231']] };
    expect((await read(book([roster, log]))).sheetName).toBe('Log');
    // Both stay to choose from.
    expect((await read(book([roster, log]))).sheetNames).toEqual(['Roster', 'Log']);
  });

  it("ticks Excel's 1904 date system for a workbook that counts from 1904, so its plain day numbers read right", async () => {
    // 44659 days after 1 January 1904 is 9 April 2026 (pasted as a value into a General cell).
    const file = await read(book([{ name: 'Log', rows: [['Name', 'Course', 'Date Completed'], ['Dana Reyes', 'Local Course A', 44659]] }], true));
    const first = firstMapping(file, [], sampleLookup, []);
    expect(first.options.excel1904).toBe(true);
    const plan = planImport(file.table, first.mapping, importContext([member('m-dana', 'Dana Reyes')]), first.options);
    expect(plan.completions.map((c) => c.completedOn)).toEqual(['2026-04-09']);
    expect(firstMapping(await read(book([log])), [], sampleLookup, []).options.excel1904).toBe(false);
  });

  it("offers a sheet-per-course workbook's title line that starts with the sheet's name as the training", async () => {
    const courtroom = { name: 'Courtroom', rows: [['Courtroom Testimony'], ['November 18, 2025 – County Courthouse'], ['Name', 'Agency', 'Date', 'Hours'], ['Dana Reyes', 'Example PD', '2025-11-18', 7.5]] };
    const other = { name: 'Other', rows: [['Name', 'Course', 'Date'], ['Dana Reyes', 'Local Course A', '2026-03-07']] };
    const file = await readImportFile('14 Training by course.xlsx', book([courtroom, other]), null, readWorkbookHere, 'Courtroom');
    expect(firstMapping(file, [], sampleLookup, []).options.training).toEqual({ kind: 'custom', title: 'Courtroom Testimony', provider: '' });
    // Alone in its workbook, the sheet's name says nothing: the file's name is offered.
    const alone = await readImportFile('14 Training by course.xlsx', book([courtroom]), null, readWorkbookHere);
    expect(firstMapping(alone, [], sampleLookup, []).options.training).toEqual({ kind: 'custom', title: '14 Training by course', provider: '' });
  });
});

