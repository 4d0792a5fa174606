import { readFileSync } from 'node:fs';
import { utils, type WorkSheet } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { addRowColourColumn, colourWord, ROW_COLOUR_HEADER } from '../../../shared/team/row-colours';
import { firstMapping, readImportFile } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, readWorkbookHere } from './helpers';

/*
 * A hand-kept log whose rows say their status only by their fill, with a colour key typed
 * beside the title: the key's words become a status column the import reads.
 */

// Excel's Good, Neutral and Bad cell styles, the fills such logs are usually painted with.
const GOOD = 'C6EFCE';
const NEUTRAL = 'FFEB9C';
const BAD = 'FFC7CE';

/** A sheet of `rows`, each cell of row i painted with fills[i] (null: no fill). */
function paintedSheet(rows: (string | number)[][], fills: (string | null)[]): WorkSheet {
  const sheet = utils.aoa_to_sheet(rows);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = sheet[utils.encode_cell({ r, c })];
      if (cell === undefined || value === '') return;
      cell.s = fills[r] ? { patternType: 'solid', fgColor: { rgb: fills[r] } } : { patternType: 'none' };
    }),
  );
  return sheet;
}

const csv = (sheet: WorkSheet) => utils.sheet_to_csv(sheet, { FS: ',', RS: '\n', blankrows: true }).split('\n');

describe('colourWord', () => {
  it('names fills as keys are typed: Excel’s Good, Neutral and Bad, and plain colours', () => {
    expect([GOOD, NEUTRAL, BAD, '00B050', 'FFFF00', 'FF0000', 'FFC000', '00B0F0', '7030A0', 'FFC0CB', 'D9D9D9', 'FFFFFF'].map(colourWord)).toEqual([
      'green',
      'yellow',
      'red',
      'green',
      'yellow',
      'red',
      'orange',
      'blue',
      'purple',
      'red',
      'grey',
      null,
    ]);
  });
});

describe('addRowColourColumn', () => {
  const log = [
    ['Training Log', '', '', 'Key: Green = complete'],
    ['', '', '', 'Yellow = registered'],
    ['', '', '', 'Red: cancelled / no-show'],
    ['Name', 'Course', 'Date', ''],
    ['Dana Reyes', 'CART', '2026-03-13', ''],
    ['Sam Lee', 'CART', '2026-03-13', ''],
    ['Jordan Hale', 'CSTAR', '2027-01-12', ''],
  ];

  it('reads a key typed in plain text by its colour words; the header is the row above the first painted one', () => {
    const sheet = paintedSheet(log, [null, null, null, '4472C4', GOOD, BAD, NEUTRAL]);
    expect(addRowColourColumn(sheet)).toBe(true);
    expect(csv(sheet)).toEqual([
      'Training Log,,,Key: Green = complete,',
      ',,,Yellow = registered,',
      ',,,Red: cancelled / no-show,',
      `Name,Course,Date,,${ROW_COLOUR_HEADER}`,
      'Dana Reyes,CART,2026-03-13,,complete',
      'Sam Lee,CART,2026-03-13,,cancelled / no-show',
      'Jordan Hale,CSTAR,2027-01-12,,registered',
    ]);
  });

  it('matches a key cell painted in its colour by the fill itself, even when its word reads otherwise', () => {
    const rows = [['Name', 'Course', 'Date', 'Blue = done'], ['Dana Reyes', 'CART', '2026-03-13', 'Orange = not yet'], ['Sam Lee', 'CART', '2026-03-13', '']];
    const sheet = paintedSheet(rows, [null, GOOD, NEUTRAL]);
    // The key's cells are painted like the rows beside them: Dana's row and its key cell green, so "Blue = done" is not green's word.
    sheet['D1']!.s = { patternType: 'solid', fgColor: { rgb: GOOD } };
    sheet['D2']!.s = { patternType: 'solid', fgColor: { rgb: NEUTRAL } };
    expect(addRowColourColumn(sheet)).toBe(true);
    expect(csv(sheet).map((line) => line.split(',').at(-1))).toEqual([ROW_COLOUR_HEADER, 'done', 'not yet']);
  });

  it('matches a fill to a near word when the key has none in its own (Excel’s light red keyed as pink), and finds the header over a blank row', () => {
    const rows = [['Name', 'Course', 'Date', 'Pink = cancelled'], ['', '', '', 'Green = complete'], ['Dana Reyes', 'CART', '2026-03-13', ''], ['Sam Lee', 'CART', '2026-03-13', '']];
    const sheet = paintedSheet(rows, [null, null, BAD, GOOD]);
    sheet['D1']!.s = { patternType: 'none' };
    expect(addRowColourColumn(sheet)).toBe(true);
    expect(csv(sheet).map((line) => line.split(',').at(-1))).toEqual([ROW_COLOUR_HEADER, '', 'cancelled', 'complete']);
  });

  it('adds nothing without a key of two colours, with a key naming a colour twice, or with no row painted in a key colour', () => {
    const noKey = paintedSheet(log.slice(3), [null, GOOD, BAD, NEUTRAL]);
    const oneColour = paintedSheet([['Green = complete', '', ''], ...log.slice(3)], [null, null, GOOD, BAD, NEUTRAL]);
    const twice = paintedSheet([['Green = complete', 'Green = passed', ''], ...log.slice(3)], [null, null, GOOD, BAD, NEUTRAL]);
    const unpainted = paintedSheet(log, [null, null, null, null, null, null, null]);
    const otherColours = paintedSheet(log, [null, null, null, null, '00B0F0', '00B0F0', 'D9D9D9']);
    expect([noKey, oneColour, twice, unpainted, otherColours].map(addRowColourColumn)).toEqual([false, false, false, false, false]);
  });

  it('takes the fill most of a row’s cells share; a row painted in only one cell of three has no colour', () => {
    const sheet = paintedSheet(log, [null, null, null, null, GOOD, GOOD, NEUTRAL]);
    sheet['A6']!.s = { patternType: 'solid', fgColor: { rgb: BAD } };
    sheet['B7']!.s = { patternType: 'none' };
    sheet['C7']!.s = { patternType: 'none' };
    addRowColourColumn(sheet);
    expect(csv(sheet).slice(4).map((line) => line.split(',').at(-1))).toEqual(['complete', 'complete', '']);
  });
});

describe('a workbook painted by a key, through the import', () => {
  it('reads the key’s words as the status: the green rows are the records, the red and yellow ones not completed', async () => {
    const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
    const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/imports/hand-made-coloured-rows.xlsx', import.meta.url)));
    const file = await readImportFile('hand-made-coloured-rows.xlsx', bytes, null, readWorkbookHere);
    const first = firstMapping(file, [], trainings, team);
    expect(file.table.headers[first.mapping.status!]).toBe(ROW_COLOUR_HEADER);
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.hours])).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-13', 32],
      ['m-sam', 'aattap-cart-training', '2026-03-13', 32],
      ['m-jordan', 'ncmec-cstar', '2026-05-19', 8],
      ['m-dana', 'ncmec-icstar', '2026-06-02', 1.5],
    ]);
    expect(plan.notCompleted).toBe(4);
  });
});
