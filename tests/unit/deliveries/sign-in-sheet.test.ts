import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readSignInSheet } from '../../../shared/deliveries/sign-in-sheet';
import { emptySignInMapping, guessSignInMapping, signInMappingProblems } from '../../../shared/deliveries/sign-in-mapping';
import { readImportFile } from '../../../shared/team/import-start';
import { readWorkbookHere } from '../team/helpers';
import { findSavedMapping, headerKey } from '../../../shared/team/saved-mappings';
import { settingsSchema } from '../../../shared/model/settings';
import type { Member } from '../../../shared/model/team';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/sign-in/${name}`, import.meta.url));
const load = async (name: string) => readImportFile(name, new Uint8Array(await readFile(fixture(name))), null, readWorkbookHere);
const text = (csv: string) => readImportFile('sheet.csv', new TextEncoder().encode(csv), null, readWorkbookHere);

const members: Member[] = [
  { id: 'm-ana', name: 'Ana Diaz', role: 'Detective', agency: 'County Sheriff', audiences: [], active: true },
  { id: 'm-ben', name: 'Ben Lee', role: 'Advocate', agency: 'Child Advocacy Center', audiences: [], active: true },
];
const audiences = [
  { id: 'law-enforcement', label: 'Law enforcement', meaning: '' },
  { id: 'victim-service-providers', label: 'Victim service providers', meaning: '' },
  { id: 'prosecutors', label: 'Prosecutors', meaning: '' },
  { id: 'child-protection', label: 'Child protection', meaning: '' },
];

describe('sign-in sheet', () => {
  it('reads attendees below a title line, matches members by name ("Last, First" too) and lists every unusable cell by row and field', async () => {
    const file = await load('sign-in-sheet.csv');
    const mapping = guessSignInMapping(file.table.headers);
    expect(mapping).toEqual({ name: 0, first: null, last: null, agency: 1, email: 2, audience: 3 });
    const sheet = readSignInSheet(file.table, mapping, members, audiences);
    expect(sheet.fileProblems).toEqual([]);
    expect(sheet.attendees).toEqual([
      { name: 'Diaz, Ana', agency: 'County Sheriff', email: 'ana.diaz@sheriff.example.gov', audience: 'law-enforcement', memberId: 'm-ana' },
      { name: 'Ben Lee', agency: 'Child Advocacy Center', email: '', audience: 'victim-service-providers', memberId: 'm-ben' },
      { name: 'Chris Moe', agency: 'Salem PD', email: '', audience: 'law-enforcement' },
      { name: 'Dee Fox', agency: '', email: '' },
    ]);
    expect(sheet.members).toBe(2);
    expect(sheet.problems).toEqual([
      { rowNumber: 6, field: 'Name', message: 'No name on this row; it was left out.' },
      { rowNumber: 7, field: 'Discipline', message: '“Baker” is not one of the catalogue’s audiences; the attendee is kept with the audience not recorded.' },
    ]);
  });

  it('matches by email before name, and says which column is missing when no header names the attendees', async () => {
    const noNameFile = await text('Email,Agency\r\nben@cac.example.org,CAC\r\n');
    // The printed name beside the signature, and a roster's rank with the name.
    for (const name of ['Print Name', 'Printed Name', 'Please Print Name', 'Rank/Name']) expect(guessSignInMapping([name, 'Signature', 'Agency'])).toMatchObject({ name: 0, agency: 2 });
    const noName = readSignInSheet(noNameFile.table, guessSignInMapping(noNameFile.table.headers), members, audiences);
    expect(noName.fileProblems).toEqual(['Choose the column with the attendees’ names (Name, or First name and Last name): none of the header row (Email, Agency) looks like one.']);
    const byEmail = await text('Name;E-mail\r\nB. Lee;ben@cac.example.org\r\n');
    const withEmail = readSignInSheet(byEmail.table, guessSignInMapping(byEmail.table.headers), [{ ...members[1]!, email: 'ben@cac.example.org' }], audiences);
    expect(withEmail.attendees[0]).toMatchObject({ name: 'B. Lee', memberId: 'm-ben' });
  });

  it('a messy header: the printed name is guessed, the discipline is mapped by the trainer, and the bad row is named by row and the sheet’s own column', async () => {
    const file = await load('regional-cst-sign-in.csv');
    expect(file.table.headerRowNumber).toBe(4);
    const guessed = guessSignInMapping(file.table.headers);
    expect(guessed).toEqual({ name: 0, first: null, last: null, agency: 1, email: 2, audience: null });
    expect(readSignInSheet(file.table, { ...guessed, name: null }, members, audiences).fileProblems[0]).toMatch(/^Choose the column with the attendees’ names/);
    const sheet = readSignInSheet(file.table, { ...guessed, audience: 3 }, members, audiences);
    expect(sheet.attendees.map((a) => `${a.name} | ${a.audience ?? '-'} | ${a.memberId ?? '-'}`)).toEqual([
      'Diaz, Ana | law-enforcement | m-ana',
      'Ben Lee | victim-service-providers | m-ben',
      'Chris Moe | law-enforcement | -',
      'Dee Fox | prosecutors | -',
      'Eli Park | child-protection | -',
    ]);
    expect(sheet.problems).toEqual([{ rowNumber: 8, field: 'Name (column "Print Name")', message: 'No name on this row; it was left out.' }]);
  });

  it('the Excel workbook of the same sheet reads to the same table, so the same mapping gives the same attendees', async () => {
    const csv = await load('regional-cst-sign-in.csv');
    const xlsx = await load('regional-cst-sign-in.xlsx');
    expect(xlsx.sheetName).toBe('Sign-in');
    expect(xlsx.table.headers).toEqual(csv.table.headers);
    expect(xlsx.table.rows).toEqual(csv.table.rows);
    expect(xlsx.table.skippedAbove).toEqual(csv.table.skippedAbove);
    const mapping = { ...emptySignInMapping(), name: 0, agency: 1, email: 2 };
    expect(readSignInSheet(xlsx.table, mapping, members, audiences)).toEqual(readSignInSheet(csv.table, mapping, members, audiences));
  });

  it('a damaged workbook is refused with the reason, not read as text', async () => {
    const bytes = new Uint8Array(await readFile(fixture('regional-cst-sign-in.xlsx'))).slice(0, 600);
    await expect(readImportFile('broken.xlsx', bytes, null, readWorkbookHere)).rejects.toThrow(/^it looks like a spreadsheet workbook but could not be opened \(.+\); save it again from Excel, or as CSV$/);
  });

  it('refuses a column choice that names a column twice or one the sheet does not have', () => {
    const headers = ['Name', 'Agency'];
    expect(signInMappingProblems({ ...emptySignInMapping(), name: 0, agency: 0 }, headers)).toEqual(['Name and Agency both use column 1; give each its own column.']);
    expect(signInMappingProblems({ ...emptySignInMapping(), name: 0, email: 5 }, headers)).toEqual(['Email points at column 6, which the sheet does not have.']);
    expect(signInMappingProblems({ ...emptySignInMapping(), first: 0, last: 1 }, headers)).toEqual([]);
  });

  it('a saved sign-in mapping is kept in settings and found again for the same header row only', () => {
    const headers = ['Print Name', 'Agency / Organization'];
    const settings = settingsSchema.parse({ signInMappings: [{ name: 'Academy sheet', headerKey: headerKey(headers), mapping: { name: 0, agency: 1 } }] });
    expect(findSavedMapping(settings.signInMappings, ['print name', 'Agency / organization'])?.mapping).toEqual({ ...emptySignInMapping(), name: 0, agency: 1 });
    expect(findSavedMapping(settings.signInMappings, ['Name', 'Agency'])).toBeNull();
  });
});

describe('a virtual session’s attendance report as a sign-in sheet', () => {
  const fromImports = async (name: string) =>
    readImportFile(name, new Uint8Array(await readFile(fileURLToPath(new URL(`../../fixtures/imports/${name}`, import.meta.url)))), null, readWorkbookHere);

  it('Teams: the attendees once each, not the organizer or presenter, the section title or the activities list', async () => {
    const file = await fromImports('teams-attendance-report.csv');
    const mapping = guessSignInMapping(file.table.headers);
    expect(mapping).toMatchObject({ name: 0, email: 4 });
    const sheet = readSignInSheet(file.table, mapping, members, audiences);
    expect(sheet.attendees.map((a) => [a.name, a.email])).toEqual([
      ['Dana Reyes', 'dana.reyes@example.gov'],
      ['Sam Lee', 'sam.lee@example.gov'],
      ['Jordan Hale', 'jordan.hale@example.gov'],
    ]);
    // None of them is on this test's team.
    expect(sheet.members).toBe(0);
    expect(sheet.problems).toEqual([
      { rowNumber: 11, field: 'Role', message: 'Organizer of the meeting, who ran it; left out of the attendees.' },
      { rowNumber: 14, field: 'Role', message: 'Presenter of the meeting, who ran it; left out of the attendees.' },
      { rowNumber: 17, field: 'the whole row', message: '“3. In-Meeting Activities” is a heading or a note, not an attendee; it was left out.' },
      { rowNumber: 18, field: 'the whole row', message: 'Another table with other columns starts here; it and the 6 rows under it were not read.' },
    ]);
  });

  it('Zoom: its name and e-mail headers, and someone who rejoined counted once', async () => {
    const file = await fromImports('zoom-participants-report.csv');
    const mapping = guessSignInMapping(file.table.headers);
    expect(mapping).toMatchObject({ name: 0, email: 1 });
    const sheet = readSignInSheet(file.table, mapping, members, audiences);
    expect(sheet.attendees.map((a) => a.name)).toEqual(['Regional Academy (Pat Quinn)', 'Dana Reyes', 'Sam L. (Sam Lee)', 'Jordan Hale']);
    expect(sheet.problems).toEqual([{ rowNumber: 8, field: 'Name (column "Name (Original Name)")', message: 'Sam L. (Sam Lee) is already on row 7 (signed twice, or left and rejoined); counted once.' }]);
  });

  it('two people of one name are two attendees when their agencies differ; the same name and agency twice is one', async () => {
    const file = await text('Name,Agency\r\nJohn Smith,Salem PD\r\nJohn Smith,County Sheriff\r\nJohn  Smith,Salem PD\r\n');
    const sheet = readSignInSheet(file.table, guessSignInMapping(file.table.headers), members, audiences);
    expect(sheet.attendees.map((a) => a.agency)).toEqual(['Salem PD', 'County Sheriff']);
    expect(sheet.problems.map((p) => p.rowNumber)).toEqual([4]);
  });
});
