import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { read, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { decodeBytes } from '../../../shared/team/decode-bytes';
import { firstMapping, readImportFile, readTable, type LoadedFile } from '../../../shared/team/import-start';
import { headerKey } from '../../../shared/team/saved-mappings';
import type { ImportOptions } from '../../../shared/team/import-options';
import type { Completion } from '../../../shared/model/team';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import { importContext, member, readWorkbookHere } from './helpers';
import catalogue from '../../../data/catalogue.json';
import type { Catalogue } from '../../../shared/catalogue/schema';

/*
 * Every file under tests/fixtures/imports through the same steps as the import
 * screen: bytes → decoding → table → first mapping (saved, preset or guessed) →
 * the user's choices → the plan. The e2e spec import-formats.spec.ts does the same
 * through the screen.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov', externalId: 'dreyes' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov', externalId: 'slee' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov', externalId: '54120' }),
];

async function load(name: string, choices: (o: ImportOptions) => ImportOptions = (o) => o, createMissingMembers = false) {
  const bytes = new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
  const file = readTable(name, bytes, null);
  const first = firstMapping(file, [], trainings);
  const plan = planImport(file.table, first.mapping, importContext(team, { trainings, createMissingMembers }), choices(first.options));
  return { file, first, plan };
}

/** The plan of a file read as the screen reads it, with its first mapping and nothing chosen. */
function firstPlan(file: LoadedFile) {
  const first = firstMapping(file, [], trainings);
  return planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
}

/** The records of the training log kept in every workbook format. */
const trainingLogRecords = [
  { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-07', hours: 16 },
  { memberId: 'm-sam', training: 'Courtroom Testimony', completedOn: '2026-02-12', expiresOn: '2028-02-12', hours: 4 },
  { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2025-11-03', hours: 16 },
];

/** Who, when and the certificate's code: what a one-course certificate report gives. */
const dateAndCode = (c: Completion) => [c.memberId, c.completedOn, c.certificateNumber];

const brief = (c: Completion) => ({
  memberId: c.memberId,
  training: c.trainingId ?? c.custom?.title,
  completedOn: c.completedOn,
  ...(c.expiresOn ? { expiresOn: c.expiresOn } : {}),
  ...(c.hours !== undefined ? { hours: c.hours } : {}),
});

describe('import formats from the fixtures folder', () => {
  it('Moodle course completion report: preset, training from the file name, people without a date skipped', async () => {
    const { first, plan } = await load('completion-child_abduction_response_team_cart_training.csv');
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'moodle-course-completion' } });
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-07' },
      { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2026-03-13' },
    ]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.withoutHours).toEqual([{ key: 'catalogue:aattap-cart-training', title: 'Child Abduction Response Team (CART) Training', rows: 2 }]);
  });

  it("Moodle course completion report, Excel-compatible download (UTF-16LE, BOM, tabs): read as the CSV one", async () => {
    const csv = await readFile(new URL('../../fixtures/imports/completion-child_abduction_response_team_cart_training.csv', import.meta.url), 'utf8');
    const tabbed = readTable('completion-child_abduction_response_team_cart_training.csv', new Uint8Array(Buffer.from(`\uFEFF${Papa.unparse(Papa.parse<string[]>(csv.trim()).data, { delimiter: '\t' })}`, 'utf16le')), null);
    expect(tabbed).toMatchObject({ decoded: { encoding: 'utf-16le' }, table: { delimiter: '\t' } });
    const first = firstMapping(tabbed, [], trainings);
    expect(first.source).toMatchObject({ preset: { id: 'moodle-course-completion' } });
    const plan = planImport(tabbed.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-07' },
      { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2026-03-13' },
    ]);
  });

  it('Moodle custom certificate report: long dates with weekday and time, codes as certificate numbers', async () => {
    const { first, plan } = await load('customcert-report-courtroom-testimony.csv', (o) => ({ ...o, training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' } }));
    expect(first.source).toMatchObject({ preset: { id: 'moodle-custom-certificate' } });
    expect(first.options.training).toEqual({ kind: 'custom', title: 'courtroom testimony', provider: '' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.custom?.title, c.completedOn, c.certificateNumber])).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-07', 'X7dK2pQa9L'],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', 'Mn4Rt8Zw2B'],
    ]);
  });

  // Moodle's older certificate activities, their reports' text downloads: the training from the file name.
  it.each([
    {
      file: 'CT101_Courtroom Testimony.txt',
      what: 'Certificate (mod_certificate): last and first name columns',
      mapping: { memberLastName: 0, memberFirstName: 1, memberEmail: 2, completedOn: 4, certificateNumber: 6 },
      title: 'CT101 Courtroom Testimony',
      records: [
        ['m-dana', '2026-03-07', 'qXb3Lr8WmT'],
        ['m-sam', '2026-02-12', 'K7pQ2sVn4D'],
      ],
    },
    {
      file: 'Courtroom Testimony-Certificate of Completion.txt',
      what: 'Simple certificate: the date header is a sort link, an ID number without its leading zero',
      headers: ['Full name', 'ID number', 'Group', 'Issued Date', 'Grade', 'Code'],
      mapping: { memberName: 0, memberExternalId: 1, completedOn: 3, certificateNumber: 5, status: null },
      // The certificate's own name after the course is dropped.
      title: 'Courtroom Testimony',
      records: [
        ['m-dana', '2026-03-07', '4f1c7a9e-2b3d-4e5f-8a6b-0c1d2e3f4a5b'],
        ['m-jordan', '2026-02-12', '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'],
      ],
    },
  ])('Moodle $what ($file)', async ({ file: name, headers, mapping, title, records }) => {
    const { file, first, plan } = await load(name);
    if (headers) expect(file.table.headers).toEqual(headers);
    expect(first.mapping).toMatchObject(mapping);
    expect(first.options.training).toEqual({ kind: 'custom', title, provider: '' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(dateAndCode)).toEqual(records);
  });

  it('a certificate report named "<course>-<certificate>": the course part alone finds its catalogue training', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/Courtroom Testimony-Certificate of Completion.txt', import.meta.url)));
    const named = (name: string) => firstMapping(readTable(name, bytes, null), [], trainings).options.training;
    expect(named('Child Abduction Response Team (CART) Training-Certificate of Completion.txt')).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    expect(named('CART Refresher_Child Abduction Response Team (CART) Training.txt')).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    // No part is a catalogue title: the whole name is offered, without the certificate's own word.
    expect(named('Regional Course-Certificate.txt')).toEqual({ kind: 'custom', title: 'Regional Course', provider: '' });
  });

  it('a hand-made sheet with merged cells saved as CSV: the course, date and hours typed once repeat down, the choice made from the file', async () => {
    const { first, plan } = await load('hand-made-merged-cells.csv');
    expect(first.options.repeatAbove).toBe(true);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours])).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-18', 16],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', 16],
      ['m-sam', 'Courtroom Testimony', '2026-02-12', 4],
    ]);
  });

  it('a class roster: the course and the class dates in title lines give every row its training and day (the last of the class)', async () => {
    const { first, plan } = await load('cart-class-roster.csv');
    expect(first.options).toMatchObject({ training: { kind: 'catalogue', trainingId: 'aattap-cart-training' }, completedOnForAll: '2026-04-09' });
    expect(first.mapping.completedOn).toBeNull();
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-04-09', hours: 32 },
      { memberId: 'm-sam', training: 'aattap-cart-training', completedOn: '2026-04-09', hours: 32 },
      { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2026-04-09', hours: 24 },
    ]);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['Total attendees: 3']);
  });

  it('a sign-in sheet: the course after its label, the day in the file name, a name alone is a record', async () => {
    const { first, plan } = await load('sign-in-sheet 2026-03-12.csv');
    expect(first.options).toMatchObject({ training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' }, completedOnForAll: '2026-03-12' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-03-12'],
      ['m-sam', '2026-03-12'],
      ['m-jordan', '2026-03-12'],
    ]);
  });

  it('a saved mapping keeps "all rows on one day" as a choice, and reads the day again from each roster', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/cart-class-roster.csv', import.meta.url)));
    const file = readTable('cart-class-roster.csv', bytes, null);
    const first = firstMapping(file, [], trainings);
    const saved = [{ name: 'Class roster', headerKey: headerKey(file.table.headers), mapping: first.mapping, options: first.options }];
    const next = (text: string) => firstMapping(readTable('roster.csv', new TextEncoder().encode(text), null), saved, trainings);
    const header = 'Last Name,First Name,Agency,Badge #,Hours';
    expect(next(`CART Training,,,,\nClass Date: 5/18/2026,,,,\n${header}\nReyes,Dana,County,4471,8\n`)).toMatchObject({ source: { kind: 'saved' }, options: { completedOnForAll: '2026-05-18' } });
    // No day in this one: still ticked, the day left to choose.
    expect(next(`${header}\nReyes,Dana,County,4471,8\n`).options.completedOnForAll).toBe('');
  });

  it('a matrix with a column per person: each course a row, each person’s dates in their column, the header’s names matched to the team', async () => {
    const file = readTable('matrix-person-over-columns.csv', new Uint8Array(await readFile(new URL('../../fixtures/imports/matrix-person-over-columns.csv', import.meta.url))), null);
    const first = firstMapping(file, [], trainings, team);
    expect(first.mapping).toMatchObject({ trainingTitle: 0, memberName: null, completedOn: null });
    // Pat Quinn, not on the team, has only "Scheduled" so far: no column of records.
    expect(first.options.personColumns).toEqual([1, 2, 3].map((column) => ({ column, memberId: null })));
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'search-peer-to-peer-investigations', completedOn: '2025-03-14' },
      { memberId: 'm-jordan', training: 'search-peer-to-peer-investigations', completedOn: '2025-09-22' },
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2025-11-03' },
      { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2026-03-13' },
      { memberId: 'm-dana', training: 'Courtroom Testimony', completedOn: '2026-02-12' },
      { memberId: 'm-sam', training: 'Courtroom Testimony', completedOn: '2026-02-12' },
      { memberId: 'm-sam', training: 'Interview Room Recording', completedOn: '2026-04-14' },
    ]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['Total · 3 · 2 · 2 · 0']);
    expect(plan.looseNames.map((n) => [n.written, n.member])).toEqual([['Det. Dana Reyes', 'Dana Reyes']]);
  });

  it('the files whose person, course or day is written once above the rows, or a person per column: the commit, streamed, saves what the preview shows', async () => {
    for (const name of ['cart-class-roster.csv', 'sign-in-sheet 2026-03-12.csv', 'officer-training-history.csv', 'report-grouped-by-employee.csv', 'report-grouped-by-course.csv', 'matrix-person-over-columns.csv']) {
      const bytes = new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
      const file = readTable(name, bytes, null);
      const first = firstMapping(file, [], trainings, team);
      const shown = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
      expect(shown.completions.length, name).toBeGreaterThan(0);
      // Held rows (a holdLimit of 0 or 2) are checked later, in file order: the state a heading sets must survive that.
      for (const holdLimit of [0, 2, undefined]) {
        const saved = planImportFromText(file.decoded.text, first.mapping, importContext(team, { trainings }), first.options, holdLimit);
        const view = (p: typeof shown) => [p.completions.map(brief), p.errors.map(formatRowError), p.notCompleted, p.summaryRows, p.headingRows];
        expect(view(saved), `${name}, holdLimit ${holdLimit}`).toEqual(view(shown));
      }
    }
  });

  it('Moodle Custom certificate report from a Spanish-language site: its headers and its long dates', async () => {
    const { file, first, plan } = await load('customcert-informe-testimonio-judicial.csv', (o) => ({ ...o, training: { kind: 'custom', title: 'Testimonio judicial', provider: '' } }));
    expect(file.decoded.encoding).toBe('utf-8');
    expect(first.mapping).toMatchObject({ memberName: 0, completedOn: 1, certificateNumber: 2 });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.custom?.title, c.completedOn, c.certificateNumber])).toEqual([
      ['m-dana', 'Testimonio judicial', '2026-03-07', 'X7dK2pQa9L'],
      ['m-sam', 'Testimonio judicial', '2026-02-12', 'Mn4Rt8Zw2B'],
    ]);
  });

  it('Moodle Certificate manager: expiry dates stored, "Never" means no expiry, expired certificates still count', async () => {
    const { first, plan } = await load('certificate-issues-digital-evidence.csv', (o) => ({ ...o, training: { kind: 'custom', title: 'Digital Evidence Basics', provider: 'Regional Academy' } }));
    expect(first.source).toMatchObject({ preset: { id: 'moodle-certificate-manager' } });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Digital Evidence Basics', completedOn: '2026-03-07', expiresOn: '2028-03-07' },
      { memberId: 'm-jordan', training: 'Digital Evidence Basics', completedOn: '2024-02-01', expiresOn: '2026-02-01' },
      { memberId: 'm-sam', training: 'Digital Evidence Basics', completedOn: '2026-01-20' },
    ]);
  });

  it('Moodle report builder: Completed = Yes only, course title folded across its line break', async () => {
    const { first, plan } = await load('course-completions-report.csv');
    expect(first.source).toMatchObject({ preset: { id: 'moodle-report-builder-completion' } });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-06' },
      { memberId: 'm-jordan', training: 'search-peer-to-peer-investigations', completedOn: '2026-02-02' },
    ]);
    expect(plan.notCompleted).toBe(1);
  });

  it('a site-wide course completion report plugin (Fullname, Course, Time completed, Complete): the other columns guessed, "-" is no date', async () => {
    const { first, plan } = await load('report-coursecompletion-data.csv');
    expect(first.source).toMatchObject({ preset: { id: 'moodle-report-builder-completion' } });
    expect(first.mapping).toMatchObject({ memberName: 0, memberEmail: 1, trainingTitle: 2, completedOn: 4, status: 5 });
    expect(first.options.training).toBeNull();
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Courtroom Testimony', completedOn: '2026-03-07' },
      { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2026-02-12' },
    ]);
  });

  it('Moodle report builder with the "Full name with link" user column: guessed to the same records', async () => {
    const csv = await readFile(new URL('../../fixtures/imports/course-completions-report.csv', import.meta.url), 'utf8');
    const file = readTable('report.csv', new TextEncoder().encode(csv.replace(',Full name,', ',Full name with link,')), null);
    expect(file.table.headers[1]).toBe('Full name with link');
    const first = firstMapping(file, [], trainings);
    expect(first.mapping).toMatchObject({ trainingTitle: 0, memberName: 1, memberEmail: 2, status: 3, completedOn: 4 });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-06' },
      { memberId: 'm-jordan', training: 'search-peer-to-peer-investigations', completedOn: '2026-02-02' },
    ]);
    expect(plan.notCompleted).toBe(1);
  });

  it('Totara completion import: people by username (ID number), hours given once for a training', async () => {
    const { first, plan } = await load('totara-course-completions.csv', (o) => ({ ...o, hoursByTraining: { 'custom:search warrants 101': 3 } }));
    expect(first.source).toMatchObject({ preset: { id: 'totara-course-completion' } });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Search Warrants 101', completedOn: '2026-01-15', hours: 3 },
      { memberId: 'm-sam', training: 'Search Warrants 101', completedOn: '2026-01-16', hours: 3 },
      { memberId: 'm-dana', training: 'search-peer-to-peer-investigations', completedOn: '2026-02-20' },
    ]);
  });

  it("this app's own export: recognised, derived expiry not stored twice, notes keep their line break", async () => {
    const { first, plan } = await load('tta-navigator-records.csv');
    expect(first.source).toMatchObject({ preset: { id: 'tta-navigator-export' } });
    expect(first.mapping.status).toBeNull();
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(({ id: _i, createdAt: _c, ...rest }) => rest)).toEqual([
      {
        memberId: 'm-dana',
        trainingId: 'aattap-cart-training',
        trainingTitle: 'Child Abduction Response Team (CART) Training',
        trainingFamily: 'amber',
        completedOn: '2025-10-01',
        hours: 16,
        certificateNumber: 'CART-2025-17',
        validForMonths: 24,
      },
      { memberId: 'm-sam', custom: { title: 'Courtroom Testimony Basics', provider: 'County DA Office' }, completedOn: '2025-11-12', hours: 4, notes: 'Two lines:\r\nsecond line' },
    ]);
  });

  it('Excel CSV in Windows-1252: accents, dashes and curly quotes come through; month-first read from 3/14', async () => {
    const { file, plan } = await load('excel-windows-1252.csv', (o) => o, true);
    expect(file.decoded).toMatchObject({ encoding: 'windows-1252', reason: 'not valid UTF-8' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.newMembers.map((m) => m.name)).toEqual(['José Núñez']);
    expect(plan.dateOrder).toMatchObject({ kind: 'found', order: 'mdy' });
    expect(plan.completions.map((c) => [c.custom?.title, c.completedOn, c.notes])).toEqual([
      ['Interviewing – the “Whole Child” Approach', '2026-03-14', 'Café session'],
      ['Interviewing – the “Whole Child” Approach', '2026-03-04', undefined],
    ]);
  });

  it('Excel Unicode Text: UTF-16LE with a BOM and tabs, no NUL characters stored', async () => {
    const { file, plan } = await load('excel-unicode-text.txt');
    expect(file.decoded).toMatchObject({ encoding: 'utf-16le', reason: 'byte-order mark' });
    expect(file.table.delimiter).toBe('\t');
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'search-peer-to-peer-investigations', completedOn: '2026-02-20', hours: 8 },
      { memberId: 'm-jordan', training: 'search-peer-to-peer-investigations', completedOn: '2026-02-03', hours: 8 },
    ]);
    expect(JSON.stringify(plan.completions)).not.toMatch(/\\u0000/);
  });

  it('European Excel: semicolons, dd.mm.yyyy and decimal commas', async () => {
    const { plan } = await load('european-day-first.csv');
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Evidence Handling Refresher', completedOn: '2026-03-07', hours: 1.5 },
      { memberId: 'm-sam', training: 'Evidence Handling Refresher', completedOn: '2026-03-14', hours: 1.5 },
    ]);
  });

  it('POST roster: ID number wins over a differently spelt first name; first + last name otherwise', async () => {
    const { first, plan } = await load('post-roster.csv');
    expect(first.mapping).toMatchObject({ memberExternalId: 0, memberLastName: 1, memberFirstName: 2, trainingTitle: 4, completedOn: 5, hours: 6 });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-jordan', training: 'Defensive Tactics Update', completedOn: '2026-01-22', hours: 4 },
      { memberId: 'm-dana', training: 'Defensive Tactics Update', completedOn: '2026-01-22', hours: 4 },
    ]);
  });

  it('POST roster saved through Excel, its DPSST numbers without their leading zero: still the members who carry them', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/post-roster.csv', import.meta.url)));
    const file = readTable('post-roster.csv', bytes, null);
    const first = firstMapping(file, [], trainings);
    const withZero = team.map((m) => (m.id === 'm-jordan' ? { ...m, externalId: '054120' } : m));
    const plan = planImport(file.table, first.mapping, importContext(withZero, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => c.memberId)).toEqual(['m-jordan', 'm-dana']);
  });

  it('a report with title lines above the header, "Last, First" names and a Total row below', async () => {
    const { file, plan } = await load('report-with-title-and-total.csv');
    expect(file.table.skippedAbove).toEqual([
      { rowNumber: 1, text: 'Annual Training Completion Report' },
      { rowNumber: 2, text: 'Generated 03/20/2026 by Records Unit' },
    ]);
    expect(file.table.headers).toEqual(['Employee', 'Course', 'Completion Date', 'Hours']);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.summaryRows).toEqual([{ rowNumber: 7, text: 'Total · 4' }]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Ethics in Investigations', completedOn: '2026-01-09', hours: 2 },
      { memberId: 'm-sam', training: 'Ethics in Investigations', completedOn: '2026-01-09', hours: 2 },
    ]);
  });

  it('a hand-made sheet: a Completed Yes/No column beside the date, an Expires column', async () => {
    const { first, plan } = await load('hand-made-expires-completed.csv');
    expect(first.mapping).toMatchObject({ memberName: 0, trainingTitle: 1, completedOn: 2, status: 3, expiresOn: 4 });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Firearms Qualification', completedOn: '2026-03-02', expiresOn: '2027-03-02' },
      { memberId: 'm-jordan', training: 'Firearms Qualification', completedOn: '2026-03-16', expiresOn: '2027-03-16' },
    ]);
  });

  it.each(['Expires', 'Expires on', 'expiration_date', 'Expiration Date', 'Expiry date', 'Valid until'])('an expiry column headed "%s" is read as the expiry date', async (header) => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/hand-made-expires-completed.csv', import.meta.url)));
    const text = new TextDecoder().decode(bytes).replace(',Expires\r\n', `,${header}\r\n`);
    const file = readTable('sheet.csv', new TextEncoder().encode(text), null);
    expect(file.table.headers[4]).toBe(header);
    const first = firstMapping(file, [], trainings);
    expect(first.mapping.expiresOn).toBe(4);
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.completions.map((c) => c.expiresOn)).toEqual(['2027-03-02', '2027-03-16']);
  });

  it('an LMS export in snake_case: first + last name, e-mail, Passed/Completed counted, Failed and Incomplete skipped, expiration_date stored', async () => {
    const { first, plan } = await load('lms-status-expiration-date.csv');
    expect(first.mapping).toMatchObject({ memberFirstName: 0, memberLastName: 1, memberEmail: 2, trainingTitle: 3, completedOn: 4, status: 5, expiresOn: 6 });
    expect(plan.statusValues).toEqual(['Passed', 'Failed', 'Completed', 'Incomplete']);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(2);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Mandated Reporter Training', completedOn: '2026-01-12', expiresOn: '2028-01-12' },
      { memberId: 'm-jordan', training: 'Mandated Reporter Training', completedOn: '2026-01-20', expiresOn: '2028-01-20' },
    ]);
  });

  it('Totara completion import into an empty team: people are created under their username when the user asks for it', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/totara-course-completions.csv', import.meta.url)));
    const file = readTable('totara-course-completions.csv', bytes, null);
    const first = firstMapping(file, [], trainings);
    const refused = planImport(file.table, first.mapping, importContext([], { trainings }), first.options);
    expect(refused.errors.map(formatRowError)[0]).toBe('Row 2, Member ID number (column "username"): "dreyes" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"');
    const plan = planImport(file.table, first.mapping, importContext([], { trainings, createMissingMembers: true }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.newMembers.map((m) => [m.name, m.externalId])).toEqual([
      ['dreyes', 'dreyes'],
      ['slee', 'slee'],
    ]);
    const byId = new Map(plan.newMembers.map((m) => [m.id, m.name]));
    expect(plan.completions.map((c) => [byId.get(c.memberId), c.trainingId ?? c.custom?.title, c.completedOn])).toEqual([
      ['dreyes', 'Search Warrants 101', '2026-01-15'],
      ['slee', 'Search Warrants 101', '2026-01-16'],
      ['dreyes', 'search-peer-to-peer-investigations', '2026-02-20'],
    ]);
  });

  it('a hand-made sheet kept by quarter: headings and the note below skipped, a middle initial, hours with units', async () => {
    const { plan } = await load('hand-made-with-headings.csv');
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.headingRows.map((r) => r.text)).toEqual(['Quarter 1', 'Quarter 2']);
    expect(plan.looseNames).toEqual([{ rowNumber: 3, written: 'Reyes, Dana M.', member: 'Dana Reyes' }]);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['Prepared by: Records Unit']);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'Search Warrant Writing', completedOn: '2026-01-09', hours: 4 },
      { memberId: 'm-jordan', training: 'Search Warrant Writing', completedOn: '2026-01-09', hours: 4 },
      { memberId: 'm-sam', training: 'Interview Room Recording', completedOn: '2026-04-14', hours: 1.5 },
    ]);
  });

  it.each(['team-training-log.xlsx', 'team-training-log-97.xls', 'team-training-log.ods', 'team-training-log-2003.xml'])('a workbook (%s): date cells read as the days they hold, no date order asked', async (name) => {
    const bytes = new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url)));
    const file = await readImportFile(name, bytes, null, readWorkbookHere);
    expect(file.sheetName).toBe('Training log');
    expect(file.table.skippedAbove).toEqual([{ rowNumber: 1, text: 'Training log, Example County ICAC Task Force' }]);
    const plan = firstPlan(file);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual(trainingLogRecords);
  });

  it.each(['xlsm', 'xlsb'] as const)('a tracker kept as a macro-enabled or binary workbook (.%s) reads as the same workbook', async (bookType) => {
    const source = read(await readFile(new URL('../../fixtures/imports/team-training-log.xlsx', import.meta.url)), { cellDates: false, cellNF: true, cellStyles: true });
    const bytes = new Uint8Array(write(source, { type: 'array', bookType }) as ArrayBuffer);
    const file = await readImportFile(`training-tracker.${bookType}`, bytes, null, readWorkbookHere);
    expect(file.sheetName).toBe('Training log');
    const plan = firstPlan(file);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual(trainingLogRecords);
  });

  it('a sheet with merged cells: a course and its date merged down beside two people give both rows; a title merged across stays one line', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/hand-made-merged-cells.xlsx', import.meta.url)));
    const file = await readImportFile('hand-made-merged-cells.xlsx', bytes, null, readWorkbookHere);
    expect(file.table.skippedAbove).toEqual([{ rowNumber: 1, text: 'In-service training 2026, Example County ICAC Task Force' }]);
    const first = firstMapping(file, [], trainings);
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-07', hours: 16 },
      { memberId: 'm-jordan', training: 'aattap-cart-training', completedOn: '2026-03-07', hours: 16 },
      { memberId: 'm-sam', training: 'Courtroom Testimony', completedOn: '2026-02-12', hours: 4 },
    ]);
  });

  it('an Excel 2003 XML spreadsheet is read as a workbook, its worksheets offered', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/team-training-log-2003.xml', import.meta.url)));
    const file = await readImportFile('team-training-log-2003.xml', bytes, null, readWorkbookHere);
    expect(file).toMatchObject({ markup: 'Excel XML spreadsheet', sheetName: 'Training log', sheetNames: ['Training log'], decoded: { encoding: 'utf-8' } });
  });

  it('Moodle\'s "HTML table" download: the table read as a sheet, links taken as their text', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/course-completions-report.html', import.meta.url)));
    const file = await readImportFile('course-completions-report.html', bytes, null, readWorkbookHere);
    expect(file).toMatchObject({ markup: 'web page table', decoded: { encoding: 'utf-8', reason: 'valid UTF-8' } });
    expect(file.sheetName).toBeUndefined();
    expect(file.table.headers).toEqual(['Course full name with link', 'Full name', 'Email address', 'Completed', 'Time completed']);
    const first = firstMapping(file, [], trainings);
    expect(first.source).toMatchObject({ preset: { id: 'moodle-report-builder-completion' } });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.completions.map(brief)).toEqual([
      { memberId: 'm-dana', training: 'aattap-cart-training', completedOn: '2026-03-06' },
      { memberId: 'm-jordan', training: 'search-peer-to-peer-investigations', completedOn: '2026-02-02' },
    ]);
    // What the import sends to be saved is the table's text, not the page: the saved records are the previewed ones.
    const saved = planImportFromText(file.decoded.text, first.mapping, importContext(team, { trainings }), first.options);
    expect(saved.completions.map(brief)).toEqual(plan.completions.map(brief));
  });

  it('a web system\'s "Excel" download that is a web page: decoded as its bytes say, dates kept as written so the file tells their order', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/web-export-training-records.xls', import.meta.url)));
    const file = await readImportFile('web-export-training-records.xls', bytes, null, readWorkbookHere);
    // The page's largest table is read; the small one above it (title, date printed) is offered as the other.
    expect(file).toMatchObject({ markup: 'web page table', decoded: { encoding: 'windows-1252', reason: 'not valid UTF-8' }, sheetName: 'Sheet2', sheetNames: ['Sheet1', 'Sheet2'] });
    expect(file.table.skippedAbove).toEqual([]);
    expect(file.table.rows.map((r) => r.cells)).toEqual([
      ['Dana Reyes', 'Search & Seizure Update', '13/03/2026', '4'],
      ['José Núñez', 'Search & Seizure Update', '13/03/2026', '4'],
      ['Sam Lee', 'Interviewing – the “Whole Child” Approach', '02/04/2026', '6'],
    ]);
    const first = firstMapping(file, [], trainings);
    const plan = planImport(file.table, first.mapping, importContext([...team, member('m-jose', 'José Núñez')], { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-03-13'],
      ['m-jose', '2026-03-13'],
      ['m-sam', '2026-04-02'],
    ]);
    // The same page read as UTF-8 on request: the preview shows what that does to the accents.
    const asUtf8 = await readImportFile('web-export-training-records.xls', bytes, 'utf-8', readWorkbookHere);
    expect(asUtf8.table.rows[1]!.cells[0]).toBe('Jos\uFFFD N\uFFFD\uFFFDez');
    // The other table, chosen: its title, with its named entity written as the character.
    const title = await readImportFile('web-export-training-records.xls', bytes, null, readWorkbookHere, 'Sheet1');
    expect(title.table.headers).toEqual(['Training Records – Example County ICAC Task Force']);
  });

  it('decodes by BOM, by UTF-8 validity, or as chosen; the Windows-1252 row 0x80–0x9F is mapped', () => {
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ text: 'A', encoding: 'utf-16be', reason: 'byte-order mark' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8', reason: 'byte-order mark' });
    expect(decodeBytes(new Uint8Array([0xc3, 0xa9]))).toEqual({ text: 'é', encoding: 'utf-8', reason: 'valid UTF-8' });
    expect(decodeBytes(new Uint8Array([0x80, 0x93, 0x97, 0x9f, 0xe9]))).toEqual({ text: '€“—Ÿé', encoding: 'windows-1252', reason: 'not valid UTF-8' });
    expect(decodeBytes(new Uint8Array([0xc3, 0xa9]), 'windows-1252')).toEqual({ text: 'Ã©', encoding: 'windows-1252', reason: 'chosen by you' });
  });

  it('Excel CSV saved on a Mac (Mac Roman): read as Windows-1252 until the user chooses Mac Roman, then the names match', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../fixtures/imports/excel-mac-roman.csv', import.meta.url)));
    const guessed = readTable('excel-mac-roman.csv', bytes, null);
    expect(guessed.decoded.encoding).toBe('windows-1252');
    expect(guessed.table.rows[0]!.cells[0]).toBe('JosŽ Nœ–ez');
    const chosen = readTable('excel-mac-roman.csv', bytes, 'macintosh');
    expect(chosen.decoded).toMatchObject({ encoding: 'macintosh', reason: 'chosen by you' });
    expect(chosen.table.rows.map((r) => r.cells[0])).toEqual(['José Núñez', 'Dana Reyes']);
    expect(chosen.table.rows[0]!.cells[1]).toBe('Interviewing – the “Whole Child” Approach');
    const first = firstMapping(chosen, [], trainings);
    const plan = planImport(chosen.table, first.mapping, importContext([...team, member('m-jose', 'José Núñez')], { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => c.memberId)).toEqual(['m-jose', 'm-dana']);
  });
});
