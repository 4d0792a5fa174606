import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readSignInSheet } from '../../../shared/deliveries/sign-in-sheet';
import type { Member } from '../../../shared/model/team';

const FIXTURE = fileURLToPath(new URL('../../fixtures/sign-in/sign-in-sheet.csv', import.meta.url));
const members: Member[] = [
  { id: 'm-ana', name: 'Ana Diaz', role: 'Detective', agency: 'County Sheriff', audiences: [], active: true },
  { id: 'm-ben', name: 'Ben Lee', role: 'Advocate', agency: 'Child Advocacy Center', audiences: [], active: true },
];
const audiences = [
  { id: 'law-enforcement', label: 'Law enforcement', meaning: '' },
  { id: 'victim-service-providers', label: 'Victim service providers', meaning: '' },
];

describe('sign-in sheet', () => {
  it('reads attendees below a title line, matches members by name ("Last, First" too) and lists every unusable cell by row and field', async () => {
    const sheet = readSignInSheet(new Uint8Array(await readFile(FIXTURE)), members, audiences);
    expect(sheet.fileProblems).toEqual([]);
    expect(sheet.columns).toMatchObject({ name: 'Name', agency: 'Agency', email: 'Email', audience: 'Discipline' });
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

  it('matches by email before name, and says which header is missing when there is no name column', () => {
    const bytes = new TextEncoder().encode('Email,Agency\r\nben@cac.example.org,CAC\r\n');
    const noName = readSignInSheet(bytes, members, audiences);
    expect(noName.fileProblems[0]).toMatch(/No name column: the header row \(Email, Agency\) needs a “Name” column/);
    const withEmail = readSignInSheet(new TextEncoder().encode('Name;E-mail\r\nB. Lee;ben@cac.example.org\r\n'), [{ ...members[1]!, email: 'ben@cac.example.org' }], audiences);
    expect(withEmail.attendees[0]).toMatchObject({ name: 'B. Lee', memberId: 'm-ben' });
  });
});
