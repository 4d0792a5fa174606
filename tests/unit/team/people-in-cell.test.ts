import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImportFromText } from '../../../shared/team/import-stream';
import { looksLikePeopleInCells, peopleInCell } from '../../../shared/team/people-in-cell';
import { createMemberMatcher } from '../../../shared/team/matching';
import { importContext, member, sampleLookup } from './helpers';

/*
 * A class entered once with everyone who attended in one cell, as SharePoint's multi-person
 * field and Airtable's linked records write it: one record per person, in the preview and in
 * the streamed commit alike.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];

function plan(text: string, options: Partial<ImportOptions>) {
  const table = parseCsvTable(text);
  const mapping = guessMapping(table.headers);
  const chosen = { ...defaultImportOptions, dateOrder: 'mdy' as const, ...options };
  const p = planImport(table, mapping, importContext(team), chosen);
  for (const streamed of [planImportFromText(text, mapping, importContext(team), chosen, 2), planImportFromText(text, mapping, importContext(team), chosen, 2, 0)]) {
    expect(streamed.completions).toEqual(p.completions);
    expect([streamed.errors, streamed.notCompleted]).toEqual([p.errors, p.notCompleted]);
  }
  return { errors: p.errors.map(formatRowError), records: p.completions.map((c) => [c.memberId, c.custom?.title ?? c.trainingId, c.completedOn]) };
}

describe('a name cell that lists several people', () => {
  it('parts people at semicolons and line breaks, and at commas only between whole names', () => {
    expect(peopleInCell('Alicia Brandt;Jerome Oduya; Rafael Quintero')).toEqual(['Alicia Brandt', 'Jerome Oduya', 'Rafael Quintero']);
    expect(peopleInCell('Reyes, Dana; Lee, Sam')).toEqual(['Reyes, Dana', 'Lee, Sam']);
    expect(peopleInCell('Dana Reyes\nSam Lee')).toEqual(['Dana Reyes', 'Sam Lee']);
    expect(peopleInCell('Owen Lindqvist,Hannah Szabo')).toEqual(['Owen Lindqvist', 'Hannah Szabo']);
    // A heading or a note is no list of people.
    expect(['UPCOMING / REGISTERED (not yet attended)', 'Moved to the fall session; see the notes from the chief of police'].map((t) => peopleInCell(t))).toEqual([null, null]);
    // One person, last name first or with a suffix.
    expect(['Reyes, Dana', 'Reyes, Dana M.', 'Dana Reyes, Jr.', 'Dana Reyes'].map((t) => peopleInCell(t))).toEqual([null, null, null, null]);
  });

  it('with the team known, parts surnames and initials at commas or a slash when each finds a member, and the whole cell no one', () => {
    const matcher = createMemberMatcher([member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale'), member('m-lee', 'Lee Morgan'), member('m-kim', 'Kim Morgan'), member('m-mike', 'Mike Jordan')]);
    const finds = (name: string) => matcher.byName(name).kind === 'found';
    expect(peopleInCell('Reyes, Lee', finds)).toEqual(['Reyes', 'Lee']);
    expect(peopleInCell('Reyes, D. / Hale, J.', finds)).toEqual(['Reyes, D.', 'Hale, J.']);
    // One member written last name first stays one, though its parts find others ("Jordan": Mike Jordan); so does a cell with a part that finds no one ("Smith") or two ("Morgan").
    expect(['Hale, Jordan', 'Morgan, Lee', 'Reyes, Smith', 'Reyes, Morgan'].map((t) => peopleInCell(t, finds))).toEqual([null, null, null, null]);
    // The guess: one such cell in the column is enough.
    const rows = [{ rowNumber: 2, cells: ['Reyes, Hale'] }, { rowNumber: 3, cells: ['Reyes, Dana'] }];
    expect([looksLikePeopleInCells(rows, 0), looksLikePeopleInCells(rows, 0, finds)]).toEqual([false, true]);
  });

  it('a class log of surnames: one record per person found on the team, in the preview and the streamed commit', () => {
    const { errors, records } = plan(['Date,Course,Attendees', '3/14/2025,Local Course A,"Reyes, Lee"', '4/9/2026,Local Course A,"Reyes, D. / Hale, J."'].join('\n'), { peoplePerCell: true });
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2025-03-14'],
      ['m-sam', 'Local Course A', '2025-03-14'],
      ['m-dana', 'Local Course A', '2026-04-09'],
      ['m-jordan', 'Local Course A', '2026-04-09'],
    ]);
  });

  it('a problem with a cell the people share is said once for the row', () => {
    const { errors } = plan(['Date,Course,Attendees,Hrs each', '3/14/2025,Local Course A,"Dana Reyes; Sam Lee",lots'].join('\n'), { peoplePerCell: true });
    expect(errors).toEqual([expect.stringMatching(/^Row 2, Hours \(column "Hrs each"\): /)]);
  });

  it('is guessed from the column, never for a column of names written last name first', () => {
    const rows = (names: string[]) => names.map((n, i) => ({ rowNumber: i + 2, cells: [n] }));
    expect(looksLikePeopleInCells(rows(['Dana Reyes', 'Sam Lee;Jordan Hale']), 0)).toBe(true);
    expect(looksLikePeopleInCells(rows(['Dana Reyes', 'Sam Lee,Jordan Hale', 'Ana Núñez']), 0)).toBe(true);
    expect(looksLikePeopleInCells(rows(['Reyes, Dana', 'Van Der Berg, Anna Marie', 'Lee, Sam']), 0)).toBe(false);
    expect(looksLikePeopleInCells(rows(['Reyes, Dana; Lee, Sam', 'Hale, Jordan']), 0)).toBe(true);
    expect(looksLikePeopleInCells(rows(['Dana Reyes', 'Sam Lee']), 0)).toBe(false);
  });

  it('with the choice ticked, one record per person, each found on the team; the same row read as one person without it', () => {
    const text = ['Attendees,Course,Date', '"Dana Reyes;Sam Lee",Local Course A,3/13/2026', 'Jordan Hale,Local Course B,4/2/2026'].join('\r\n');
    const { errors, records } = plan(text, { peoplePerCell: true });
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Local Course A', '2026-03-13'],
      ['m-sam', 'Local Course A', '2026-03-13'],
      ['m-jordan', 'Local Course B', '2026-04-02'],
    ]);
    const unticked = plan(text, {});
    expect(unticked.records).toEqual([['m-jordan', 'Local Course B', '2026-04-02']]);
    expect(unticked.errors[0]).toContain('Row 2');
  });

  it('is ticked in the first guess for a SharePoint list with several attendees per class', () => {
    const text = ['Title,End Date,Attendees', 'Local Course A,3/13/2026,"Dana Reyes;Sam Lee"', 'Local Course B,4/2/2026,Jordan Hale'].join('\r\n');
    const file = readTable('Training Events.csv', new TextEncoder().encode(text), null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect(first.options.peoplePerCell).toBe(true);
    expect(file.table.headers[first.mapping.memberName!]).toBe('Attendees');
    // A count of attendees names no one.
    const counted = readTable('Classes.csv', new TextEncoder().encode('Title,End Date,Attendees\r\nLocal Course A,3/13/2026,12\r\nLocal Course B,4/2/2026,7'), null);
    expect(firstMapping(counted, [], sampleLookup, team).mapping.memberName).toBeNull();
  });

  it('"Attended" over who attended, in a class log with no other column of people, is the names, not a yes-or-no', () => {
    const text = ['Date,Class,Attended,Hrs', '3/14/2025,Local Course A,"Reyes, Lee",24', '11/3/2025,Local Course B,Hale,32'].join('\r\n');
    const file = readTable('Training log.csv', new TextEncoder().encode(text), null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect([file.table.headers[first.mapping.memberName!], first.mapping.status, first.options.peoplePerCell]).toEqual(['Attended', null, true]);
    // Yes and No under it are its answers, as before.
    const answered = readTable('Roster.csv', new TextEncoder().encode('Date,Class,Attended\r\n3/14/2025,Local Course A,Yes\r\n3/15/2025,Local Course A,Yes'), null);
    expect(answered.table.headers[firstMapping(answered, [], sampleLookup, team).mapping.status!]).toBe('Attended');
  });
});
