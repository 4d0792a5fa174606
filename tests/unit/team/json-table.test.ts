import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessDelimiter } from '../../../shared/team/csv-parse';
import { jsonTableText, looksLikeJson } from '../../../shared/team/json-table';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { firstMapping, readImportFile } from '../../../shared/team/import-start';
import { emptyMapping } from '../../../shared/team/csv-mapping';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Completion } from '../../../shared/model/team';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, readWorkbookHere } from './helpers';

/* Moodle's JSON download (and "an array of records" from other systems) read as a table. */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov' }),
];
const rowsOf = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter: ',' }).data;
const table = (json: string, which?: number) => {
  const read = jsonTableText(json, which);
  if (!read.ok) throw new Error(read.message);
  return { ...read, rows: rowsOf(read.text) };
};
const bytesOf = async (name: string) => new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
const brief = (c: Completion) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.certificateNumber ?? null];

describe('a JSON file read as a table', () => {
  it('is told from a CSV by its first character', () => {
    expect(looksLikeJson('\uFEFF  [{"a":1}]')).toBe(true);
    expect(looksLikeJson('\n{"data":[]}')).toBe(true);
    expect(looksLikeJson('Name,Course\n[x],y')).toBe(false);
    expect(looksLikeJson('')).toBe(false);
  });

  it('records keyed by column: the keys, in the order first met, are the header; values as text', () => {
    const read = table('[{"name":"Dana Reyes","hours":4,"done":true},{"name":"Sam Lee","date":"2026-03-07","hours":null}]');
    expect(read).toMatchObject({ tables: 1, table: 0, headerless: false });
    expect(read.rows).toEqual([
      ['name', 'hours', 'done', 'date'],
      ['Dana Reyes', '4', 'true', ''],
      ['Sam Lee', '', '', '2026-03-07'],
    ]);
  });

  it("a record without a field another has is blank there, even for a name objects carry (constructor)", () => {
    expect(table('[{"constructor":"Dana Reyes","toString":"x"},{"code":"A1"}]').rows).toEqual([
      ['constructor', 'toString', 'code'],
      ['Dana Reyes', 'x', ''],
      ['', '', 'A1'],
    ]);
  });

  it('Moodle 3.11+ sheets: one list per sheet, the first with records read, another on request', () => {
    const json = '[[],[{"fullname":"Dana Reyes"}],[{"course":"CART"},{"course":"P2P"}]]';
    expect(table(json)).toMatchObject({ tables: 2, table: 0, rows: [['fullname'], ['Dana Reyes']] });
    expect(table(json, 1)).toMatchObject({ table: 1, rows: [['course'], ['CART'], ['P2P']] });
    // A table that is not there: the first.
    expect(table(json, 5)).toMatchObject({ table: 0 });
  });

  it('rows of bare values (Moodle before 3.11): columns named by position, every row a record', () => {
    expect(table('[["Dana Reyes","2026-03-07"],["Sam Lee","2026-02-12","late"]]')).toMatchObject({
      headerless: true,
      rows: [
        ['Column 1', 'Column 2', 'Column 3'],
        ['Dana Reyes', '2026-03-07', ''],
        ['Sam Lee', '2026-02-12', 'late'],
      ],
    });
  });

  it('an object holding a list of records under a name ({"data": […]})', () => {
    expect(table('{"total":1,"data":[{"learner":"Dana Reyes"}]}').rows).toEqual([['learner'], ['Dana Reyes']]);
  });

  it('a cell holding a line break, a comma, semicolons or tabs keeps them inside quotes: the table stays comma-separated', () => {
    expect(table('[{"course":"Child Abduction Response Team\\n(CART) Training","who":"Reyes, Dana"}]').rows[1]).toEqual(['Child Abduction Response Team\n(CART) Training', 'Reyes, Dana']);
    const read = table('[{"who":"Dana Reyes","notes":"online; make-up; late"}]');
    expect(guessDelimiter(read.text)).toBe(',');
    expect(read.rows[1]).toEqual(['Dana Reyes', 'online; make-up; late']);
  });

  it('any list of records comes back cell for cell: every key a column, every value its text, in order', () => {
    const scalar = fc.oneof(fc.string(), fc.constantFrom('"quoted", with comma', 'two\nlines', ' padded ', '=1+1', '\r\n', 'a; b; c', 'x\ty\tz'), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const records = fc.array(fc.dictionary(fc.string({ minLength: 1 }), scalar, { minKeys: 1 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(records, fc.boolean(), (list, asSheets) => {
        const read = jsonTableText(JSON.stringify(asSheets ? [list] : list));
        if (!read.ok) throw new Error(read.message);
        // A record with every cell empty holds nothing to import, and a one-column CSV cannot tell it from a blank line.
        const filled = (cells: string[]) => cells.some((c) => c !== '');
        expect(guessDelimiter(read.text)).toBe(',');
        const [header, ...rows] = Papa.parse<string[]>(read.text, { delimiter: ',' }).data.filter(filled);
        const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
        expect(header).toEqual(keys);
        expect(rows).toEqual(list.map((r) => keys.map((k) => (!Object.hasOwn(r, k) || r[k] === null ? '' : String(r[k])))).filter(filled));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the JSON: a table or the reason there is none', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = jsonTableText(JSON.stringify(value));
        expect(read.ok ? typeof read.text : read.message).toMatch(/^(string|the file is JSON, but .+)$/);
      }),
      { numRuns: 500 },
    );
  });

  it('what is wrong, and where: broken JSON, JSON with no records', () => {
    expect(jsonTableText('[{"name": "Dana Reyes",\n  "date": }]')).toEqual({ ok: false, message: 'the file is JSON, but it is not valid at line 2, column 11' });
    expect(jsonTableText('[{"name": "Dana')).toEqual({ ok: false, message: 'the file is JSON, but it ends too early, at line 1, column 16' });
    for (const empty of ['[]', '[[]]', '{"total":0}', '[1,2,3]', '[[1,[2]]]']) {
      expect(jsonTableText(empty)).toEqual({ ok: false, message: 'the file is JSON, but it holds no list of records to import (one record per completion, each with its columns)' });
    }
  });
});

describe("Moodle's JSON download through the import's steps", () => {
  it('Custom certificate report (Moodle 3.11+, keys "fullname", "datereceived"): recognised, the same records as its CSV', async () => {
    const file = await readImportFile('customcert-report-courtroom-testimony.json', await bytesOf('customcert-report-courtroom-testimony.json'), null, readWorkbookHere);
    expect(file).toMatchObject({ json: 'records', decoded: { encoding: 'utf-8' } });
    expect(file.sheetName).toBeUndefined();
    expect(file.table.headers).toEqual(['fullname', 'emailaddress', 'datereceived', 'code']);
    const first = firstMapping(file, [], trainings);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'moodle-custom-certificate' } });
    expect(first.mapping).toMatchObject({ memberName: 0, memberEmail: 1, completedOn: 2, certificateNumber: 3 });
    const options = { ...first.options, training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' } as const };
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-07', 'X7dK2pQa9L'],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', 'Mn4Rt8Zw2B'],
    ]);
    // What the import sends to be saved is the table's text: the main side's records are the previewed ones.
    expect(planImportFromText(file.decoded.text, first.mapping, importContext(team, { trainings }), options).completions.map(brief)).toEqual(plan.completions.map(brief));
  });

  it('report builder (keys "coursefullnamewithlink", "timecompleted"): Completed = Yes only, the title folded across its line break', async () => {
    const file = await readImportFile('course-completions-report.json', await bytesOf('course-completions-report.json'), null, readWorkbookHere);
    const first = firstMapping(file, [], trainings);
    expect(first.source).toMatchObject({ preset: { id: 'moodle-report-builder-completion' } });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.completions.map(brief)).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-06', null],
      ['m-jordan', 'search-peer-to-peer-investigations', '2026-02-02', null],
    ]);
  });

  it('Custom certificate report from Moodle before 3.11 (rows with no header): columns chosen by hand', async () => {
    const file = await readImportFile('customcert-report-moodle-3.json', await bytesOf('customcert-report-moodle-3.json'), null, readWorkbookHere);
    expect(file).toMatchObject({ json: 'rows without a header' });
    expect(file.table.headers).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
    expect(file.table.rows).toHaveLength(2);
    const first = firstMapping(file, [], trainings);
    expect(first.source).toEqual({ kind: 'guess' });
    const mapping = { ...emptyMapping(), memberName: 0, memberEmail: 1, completedOn: 2, certificateNumber: 3 };
    const plan = planImport(file.table, mapping, importContext(team, { trainings }), { ...first.options, training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' } });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-07', 'X7dK2pQa9L'],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', 'Mn4Rt8Zw2B'],
    ]);
  });

  it('a CSV whose first line starts with a bracket is still read as a CSV; only a .json file is held to JSON', async () => {
    const text = '[DRAFT] Training log\nMember name,Training title,Completed on\nDana Reyes,Local Course,2026-03-07\n';
    const file = await readImportFile('log.csv', new TextEncoder().encode(text), null, readWorkbookHere);
    expect(file.json).toBeUndefined();
    expect(file.table).toMatchObject({ headers: ['Member name', 'Training title', 'Completed on'], skippedAbove: [{ rowNumber: 1, text: '[DRAFT] Training log' }] });
    await expect(readImportFile('log.json', new TextEncoder().encode(text), null, readWorkbookHere)).rejects.toThrow('the file is JSON, but it is not valid at line 1, column 2');
  });

  it('a file that is broken JSON is refused with where it breaks, not read as a CSV', async () => {
    const bytes = new TextEncoder().encode('[{"fullname": "Dana Reyes", "datereceived": "Saturday, 7 March 2026"\n');
    await expect(readImportFile('export.json', bytes, null, readWorkbookHere)).rejects.toThrow('the file is JSON, but it ends too early, at line 2, column 1');
  });
});

describe('keys with their spaces squeezed out', () => {
  it('match the header names they were made from, when no export is recognised', async () => {
    const json = '[{"fullname":"Dana Reyes","coursename":"Peer-to-Peer Investigations","completiondate":"2026-03-07","credithours":8}]';
    const file = await readImportFile('records.json', new TextEncoder().encode(json), null, readWorkbookHere);
    const first = firstMapping(file, [], trainings);
    expect(first.source).toEqual({ kind: 'guess' });
    expect(first.mapping).toMatchObject({ memberName: 0, trainingTitle: 1, completedOn: 2, hours: 3 });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.hours])).toEqual([['m-dana', 'search-peer-to-peer-investigations', '2026-03-07', 8]]);
  });
});

describe("a Moodle site in another language: its JSON keys lose what is not ASCII", () => {
  it('"Nombre completo", "Fecha de recepción", "Código" keyed nombrecompleto, fechaderecepcin, cdigo: still found', async () => {
    const json = '[[{"nombrecompleto":"Dana Reyes","fechaderecepcin":"sábado, 7 de marzo de 2026, 14:05","cdigo":"X7dK2pQa9L"}]]';
    const file = await readImportFile('informe.json', new TextEncoder().encode(json), null, readWorkbookHere);
    const first = firstMapping(file, [], trainings);
    expect(first.mapping).toMatchObject({ memberName: 0, completedOn: 1, certificateNumber: 2 });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, training: { kind: 'custom', title: 'Testimonio judicial', provider: '' } });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([['m-dana', 'Testimonio judicial', '2026-03-07', 'X7dK2pQa9L']]);
  });
});
