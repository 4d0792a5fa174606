import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { findHeaderRow, guessDelimiter, headerAt, parseCsvTable, readCsv, type CsvTable } from '../../../shared/team/csv-parse';
import { firstMapping, readImportFile } from '../../../shared/team/import-start';
import { suggestMapping } from '../../../shared/team/import-presets';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, readWorkbookHere, sampleLookup } from './helpers';

/*
 * The main process reads an import as a stream (readCsv, planImportFromText) and keeps
 * no table of cells. These tests hold it to the answers of the whole-table path: one
 * Papa.parse of the whole text (the reference below, the parser as it was before
 * streaming), and planImport over the kept table, which the preview uses.
 */

/** One Papa.parse of the whole text, then the header and records picked from the full table. */
function wholeTableReference(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  const empty: CsvTable = { delimiter: ',', headers: [], rows: [], rowProblems: new Map(), fileProblems: [], skippedAbove: [], pageLines: [], headerRowNumber: 0 };
  if (body.trim() === '') return { ...empty, fileProblems: ['The file is empty.'] };
  const delimiter = guessDelimiter(body);
  const result = Papa.parse<string[]>(body, { header: false, delimiter, skipEmptyLines: false, dynamicTyping: false });
  const data = result.data;
  const rowProblems = new Map<number, string>();
  for (const error of result.errors) {
    if (error.row === undefined) continue;
    if (!rowProblems.has(error.row + 1)) rowProblems.set(error.row + 1, error.code);
  }
  const headerIndex = findHeaderRow(data);
  if (headerIndex === -1) return { ...empty, delimiter, fileProblems: ['The file is empty.'] };
  const skippedAbove = data
    .slice(0, headerIndex)
    .map((cells, i) => ({ rowNumber: i + 1, text: cells.filter((c) => c.trim() !== '').join(' · ').slice(0, 200) }))
    .filter((r) => r.text !== '');
  // A header over two rows (headerAt) takes the row under it too.
  const { headers, next } = headerAt(data, headerIndex, !rowProblems.has(headerIndex + 2));
  if (rowProblems.has(headerIndex + 1)) return { ...empty, delimiter, headers, skippedAbove, headerRowNumber: headerIndex + 1, fileProblems: ['header problem'] };
  const rows = [];
  const pageLines = [];
  const above = new Set(skippedAbove.map((r) => r.text));
  for (let i = next; i < data.length; i++) {
    if (blank(data[i]!) && !rowProblems.has(i + 1)) continue;
    const text = data[i]!.filter((c) => c.trim() !== '').join(' · ').slice(0, 200);
    // A printed page's title lines again, or its number.
    if (above.has(text) || data[i]!.some((c) => /^\s*(?:page|pág|página|seite)\.?\s+\d+(?:\s+(?:of|de|von)\s+\d+)?\s*$|^\s*\d+\s+of\s+\d+\s+pages?\s*$/i.test(c))) pageLines.push({ rowNumber: i + 1, text });
    else rows.push({ rowNumber: i + 1, cells: data[i]! });
  }
  return { delimiter, headers, rows, rowProblems, fileProblems: [], skippedAbove, pageLines, headerRowNumber: next };
}

/** The streamed table with the problems reduced to the rows they are on (the reference keeps Papa's codes). */
function comparable(table: CsvTable) {
  return {
    ...table,
    rowProblems: [...table.rowProblems.keys()].sort((a, b) => a - b),
    fileProblems: table.fileProblems.map((p) => (p.includes('(the header row)') ? 'header problem' : p)),
  };
}

// Cells that stress the parser: delimiters, quotes (good and broken), line breaks, blanks, numbers, title words.
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Dana Reyes', 'Sam Lee', 'CART', '2026-03-07', '3/7/2026', '4', 'Total', 'Report', '') },
  { weight: 2, arbitrary: fc.constantFrom('"a,b"', '"say ""hi"""', '"two\nlines"', '"open', 'x"y', '"a"b', ' ', '\t') },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const line = fc.array(cell, { minLength: 0, maxLength: 5 });
const csvText = fc
  .tuple(
    fc.array(line, { minLength: 0, maxLength: 70 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([lines, delimiter, newline, bom]) => `${bom ? '\uFEFF' : ''}${lines.map((cells) => cells.join(delimiter)).join(newline)}`);

describe('readCsv: the rows streamed are the rows of the whole table', () => {
  it('random files (title lines, blank lines, broken quotes, line breaks in quotes): same header, rows, problems and skipped lines', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const streamed = comparable(parseCsvTable(text));
        expect(streamed).toEqual(comparable(wholeTableReference(text)));
        expect(readCsv(text).rowCount).toBe(streamed.rows.length);
      }),
      { numRuns: 1500 },
    );
  });

  it('a header after more than 50 blank lines, and a broken quote in the header row', () => {
    const late = `${'\n'.repeat(60)}Member name,Training title\nDana Reyes,CART\n`;
    expect(comparable(parseCsvTable(late))).toEqual(comparable(wholeTableReference(late)));
    expect(parseCsvTable(late)).toMatchObject({ headers: ['Member name', 'Training title'], rows: [{ rowNumber: 62, cells: ['Dana Reyes', 'CART'] }] });
    const broken = 'Member name,"Training title\nDana Reyes,CART\n';
    expect(parseCsvTable(broken).fileProblems).toEqual([
      'Row 1 (the header row): a quoted value starts here but its closing quote (") is missing, so the rest of the file ran into it.',
    ]);
  });

  it('hands each record row over as it is read, without keeping them', () => {
    const seen: number[] = [];
    const layout = readCsv('Report\n\nMember name,Training title\nDana Reyes,CART\n\nSam Lee,CART\n', (rowNumber) => seen.push(rowNumber));
    expect(seen).toEqual([4, 6]);
    expect(layout).toMatchObject({ headers: ['Member name', 'Training title'], rowCount: 2, skippedAbove: [{ rowNumber: 1, text: 'Report' }] });
    expect('rows' in layout).toBe(false);
  });
});

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov', externalId: 'dreyes' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov', externalId: 'slee' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov', externalId: '54120' }),
];

/** Both paths with the same ids: each gets its own counter. */
function bothPlans(
  text: string,
  table: CsvTable,
  mapping: Parameters<typeof planImport>[1],
  options: Parameters<typeof planImport>[3],
  lookup = trainings,
  createMissingMembers = true,
  holdLimit?: number,
) {
  const kept = planImport(table, mapping, importContext(team, { trainings: lookup, createMissingMembers }), options);
  const streamed = planImportFromText(text, mapping, importContext(team, { trainings: lookup, createMissingMembers }), options, holdLimit);
  return { kept, streamed };
}

describe('planImportFromText: the same plan as planImport over the kept table', () => {
  const folder = new URL('../../fixtures/imports/', import.meta.url);
  for (const name of readdirSync(folder).filter((f) => f !== 'README.md' && !f.endsWith('.ts'))) {
    // As the screen reads it: a workbook's sheet, a web page's table and a JSON file's records are tables too.
    it(`fixture ${name}`, async () => {
      const file = await readImportFile(name, new Uint8Array(readFileSync(new URL(name, folder))), null, readWorkbookHere);
      const first = firstMapping(file, [], trainings);
      for (const dateOrder of [first.options.dateOrder, 'mdy', 'dmy'] as const) {
        const { kept, streamed } = bothPlans(file.decoded.text, file.table, first.mapping, { ...first.options, dateOrder });
        expect(streamed).toEqual(kept);
      }
    });
  }

  it('random files of people, trainings, dates, hours, statuses and summary lines: same records, errors and counts', () => {
    const value = (...v: string[]) => fc.constantFrom(...v);
    const row = fc.tuple(
      value('Dana Reyes', 'Reyes, Dana', 'Sam Lee', 'Nobody Known', '', 'Total', 'Count: 3', '=cmd'),
      value('ICAC Undercover Chat Investigations', 'Local Course', '', 'Forensic Interviewing of Children', '"Two\nlines"'),
      value('2026-03-07', '3/7/2026', '13/2/2026', '2/13/2026', '07.03.2026', 'Saturday, 7 March 2026, 2:05 PM', '45358', 'soon', ''),
      value('4', '2.5', '', 'x', '-1'),
      value('Completed', 'Yes', 'No', 'Failed', ''),
    );
    const file = fc.tuple(fc.array(row, { maxLength: 40 }), fc.boolean()).map(
      ([rows, title]) =>
        `${title ? 'Completion report\n\n' : ''}Member name,Training title,Completed on,Hours,Status\n${rows.map((r) => r.join(',')).join('\n')}\n`,
    );
    fc.assert(
      // holdLimit: rows held back before the date order is known; past it the file is read twice.
      fc.property(file, fc.constantFrom(null, 'mdy', 'dmy'), fc.boolean(), fc.constantFrom(0, 2, undefined), fc.boolean(), (text, dateOrder, createMissingMembers, holdLimit, repeatAbove) => {
        const table = parseCsvTable(text);
        const { mapping, options } = suggestMapping(table.headers);
        const { kept, streamed } = bothPlans(text, table, mapping, { ...options, dateOrder, repeatAbove }, sampleLookup, createMissingMembers, holdLimit);
        expect(streamed).toEqual(kept);
      }),
      { numRuns: 400 },
    );
  });

  it('one read: rows wait for the date order only until a date tells it, and the ids follow the file order', () => {
    const ambiguous = 'Dana Reyes,Local Course,3/4/2026';
    const text = [
      'Member name,Training title,Completed on',
      'Sam Lee,Local Course,2026-03-07',
      ...Array.from({ length: 30 }, () => ambiguous),
      'Sam Lee,Local Course,3/13/2026',
      'Dana Reyes,Local Course,4/5/2026',
      '',
    ].join('\n');
    const { mapping, options } = suggestMapping(parseCsvTable(text).headers);
    for (const holdLimit of [undefined, 10]) {
      const { kept, streamed } = bothPlans(text, parseCsvTable(text), mapping, options, sampleLookup, false, holdLimit);
      expect(streamed).toEqual(kept);
      expect(streamed.dateOrder).toMatchObject({ kind: 'found', order: 'mdy', example: '3/13/2026', rowNumber: 33 });
      expect(streamed.completions.map((c) => [c.id, c.completedOn])).toEqual([
        ['c-new-1', '2026-03-07'],
        ['c-new-2', '2026-03-04'],
        ['c-new-32', '2026-03-13'],
        ['c-new-33', '2026-04-05'],
      ]);
      expect(streamed.duplicates).toBe(29);
    }
    // Dates that say both orders, or never say which: nothing is checked, as before.
    for (const [line, instead] of [
      ['Dana Reyes,Local Course,4/5/2026', 'Sam Lee,Local Course,13/3/2026'],
      ['Sam Lee,Local Course,3/13/2026', 'Sam Lee,Local Course,4/4/2026'],
    ] as const) {
      const blocked = text.replace(line, instead);
      const { kept, streamed } = bothPlans(blocked, parseCsvTable(blocked), mapping, options, sampleLookup, false);
      expect(streamed).toEqual(kept);
      expect(streamed.completions).toEqual([]);
      expect(streamed.fileProblems).toHaveLength(1);
    }
  });

  it('summary lines: only the run that ends the file is skipped, and never the first record row', () => {
    const text = [
      'Member name,Training title,Completed on',
      ',ICAC Undercover Chat Investigations,2026-03-07',
      'Total,ICAC Undercover Chat Investigations,2026-03-07',
      'Dana Reyes,ICAC Undercover Chat Investigations,2026-03-08',
      'Total,,',
      ',,3',
      '',
    ].join('\n');
    const { mapping, options } = suggestMapping(parseCsvTable(text).headers);
    for (const plan of Object.values(bothPlans(text, parseCsvTable(text), mapping, options, sampleLookup, false))) {
      expect(plan.summaryRows).toEqual([
        { rowNumber: 5, text: 'Total' },
        { rowNumber: 6, text: '3' },
      ]);
      expect(plan.errors.map((e) => e.rowNumber)).toEqual([2, 3]);
      expect(plan.completions.map((c) => c.memberId)).toEqual(['m-dana']);
    }
    // Every row looks like a summary (a wrong member column): the first is still checked.
    const wrong = 'Member name,Training title,Completed on\n,ICAC Undercover Chat Investigations,2026-03-07\nTotal,,\n';
    for (const plan of Object.values(bothPlans(wrong, parseCsvTable(wrong), mapping, options, sampleLookup, false))) {
      expect(plan.summaryRows).toEqual([{ rowNumber: 3, text: 'Total' }]);
      expect(plan.errors.map((e) => e.rowNumber)).toEqual([2]);
    }
  });
});
