import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { emptyMapping, guessMapping, mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImportFromText } from '../../../shared/team/import-stream';
import { firstMapping, type LoadedFile } from '../../../shared/team/import-start';
import { createMemberMatcher, createTrainingMatcher } from '../../../shared/team/matching';
import { columnPerson, guessPersonColumns } from '../../../shared/team/person-columns';
import { importContext, member, sampleLookup } from './helpers';

/*
 * A training matrix turned the other way: a course on each row, a column per person with the
 * date they completed it. The fixture's whole path is in import-formats.test.ts and the e2e
 * spec; these are the rules one at a time.
 */

const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov' })];
const matcher = createMemberMatcher(team);
const catalogueTitle = (title: string) => createTrainingMatcher(sampleLookup).byTitle(title).kind === 'found';

const guess = (text: string, people = matcher, isCatalogueTitle: ((t: string) => boolean) | null = catalogueTitle) => {
  const table = parseCsvTable(text);
  return guessPersonColumns(table, guessMapping(table.headers), people, isCatalogueTitle);
};

function personPlan(text: string, choose: (o: ImportOptions) => ImportOptions = (o) => o, createMissingMembers = false) {
  const table = parseCsvTable(text);
  const mapping = guessMapping(table.headers);
  const found = guessPersonColumns(table, mapping, matcher, null);
  const chosenMapping: ColumnMapping = { ...mapping, trainingTitle: mapping.trainingTitle ?? found?.trainingTitle ?? null };
  const options = choose({ ...defaultImportOptions, dateOrder: 'mdy', personColumns: found?.columns ?? [] });
  const plan = planImport(table, chosenMapping, importContext(team, { createMissingMembers }), options);
  return { mapping: chosenMapping, options, plan, errors: plan.errors.map(formatRowError), records: plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn]) };
}

describe('a matrix with a column per person: which columns are people', () => {
  it('finds the dated columns headed by a person beside a course column, not a due date, a session or a count', () => {
    const found = guess('Course,Dana Reyes,Next Due,Sam Lee,Session 2,Seats,Pat Quinn\nCART,3/14/2025,3/14/2027,4/2/2025,5/5/2025,12,6/1/2025\n');
    expect(found).toEqual({ trainingTitle: 0, columns: [{ column: 1, memberId: null }, { column: 3, memberId: null }, { column: 6, memberId: null }] });
  });

  it('a team member’s column is one even with nothing done yet; one name-shaped column alone is not', () => {
    expect(guess('Course,Jordan Hale,Notes\nCART,N/A,\nICAC,Scheduled,x\n')).toEqual({ trainingTitle: 0, columns: [{ column: 1, memberId: null }] });
    expect(guess('Course,Pat Quinn\nCART,3/14/2025\n')).toBeNull();
  });

  it('is no such matrix with a member column or a completion date column', () => {
    expect(guess('Course,Name,Dana Reyes,Sam Lee\nCART,x,3/14/2025,4/2/2025\n')).toBeNull();
    expect(guess('Course,Completed on,Dana Reyes,Sam Lee\nCART,3/14/2025,3/14/2025,4/2/2025\n')).toBeNull();
  });

  it('under an empty corner: people on the rows is a matrix the usual way; a catalogue course or a team member’s header says this way', () => {
    expect(guess(',CART,ICAC\nDana Reyes,3/14/2025,4/2/2025\nSam Lee,,4/2/2025\n')).toBeNull();
    const courses = ',Reyes,Lee\nChild Abduction Response Team (CART) Training,3/14/2025,4/2/2025\nLocal Course,,4/2/2025\n';
    expect(guess(courses)).toEqual({ trainingTitle: 0, columns: [{ column: 1, memberId: null }, { column: 2, memberId: null }] });
    // Nothing tells which way round: left to the coordinator, who can tick the choice.
    const unknown = ',Ortiz,Park\nLocal Course,3/14/2025,4/2/2025\n';
    expect(guess(unknown)).toBeNull();
    // Surnames of team members are their headers.
    expect(guess(',Reyes,Lee\nLocal Course,3/14/2025,4/2/2025\n')).not.toBeNull();
    expect(guess(unknown, matcher, null)).toEqual({ trainingTitle: 0, columns: [{ column: 1, memberId: null }, { column: 2, memberId: null }] });
    expect(guess(',Dana Reyes,Lee\nLocal Course,3/14/2025,4/2/2025\n')).not.toBeNull();
    // Ticked on a matrix the usual way round: no column is a person's.
    expect(guess(',CART,ICAC\nDana Reyes,3/14/2025,4/2/2025\n', matcher, null)).toBeNull();
  });

  it('a tracker whose title lines name a person and a day: the first mapping takes neither for all rows', () => {
    const text = 'Officer: Jordan Hale,,\nMarch 1 2026,,\nCourse,Dana Reyes,Sam Lee\nLocal Course,3/14/2025,4/2/2025\n';
    const file = { name: 'tracker.csv', bytes: new Uint8Array(), decoded: { text, encoding: 'utf-8', why: 'valid UTF-8' }, table: parseCsvTable(text) } as unknown as LoadedFile;
    const first = firstMapping(file, [], sampleLookup, team);
    expect(first.options).toMatchObject({ personColumns: [{ column: 1, memberId: null }, { column: 2, memberId: null }], memberForAll: null, completedOnForAll: null });
    // Without the columns, the same lines give the person and the day.
    const plain = 'Officer: Jordan Hale,,\nMarch 1 2026,,\nCourse,Notes\nLocal Course,x\n';
    expect(firstMapping({ ...file, table: parseCsvTable(plain) }, [], sampleLookup, team).options).toMatchObject({ memberForAll: 'm-jordan', completedOnForAll: '2026-03-01' });
  });

  it('says who a column is: the chosen member, the one the header finds, a new name, or why not', () => {
    expect(columnPerson('Det. Dana Reyes', 1, null, team, matcher)).toMatchObject({ kind: 'member', member: { id: 'm-dana' }, byHeader: true });
    expect(columnPerson('jordan.hale@example.gov', 1, null, team, matcher)).toMatchObject({ kind: 'member', member: { id: 'm-jordan' } });
    expect(columnPerson('Reyes', 1, 'm-dana', team, matcher)).toMatchObject({ kind: 'member', member: { id: 'm-dana' }, byHeader: false });
    expect(columnPerson('Pat Quinn', 1, null, team, matcher)).toEqual({ kind: 'new', name: 'Pat Quinn' });
    expect(columnPerson('', 4, null, team, matcher)).toEqual({ kind: 'problem', message: 'Column 5 has no header to name its person; choose who it is.' });
    expect(columnPerson('Reyes', 1, 'm-gone', team, matcher).kind).toBe('problem');
    const twins = [member('a', 'Sam Lee'), member('b', 'Sam Lee')];
    expect(columnPerson('Sam Lee', 2, null, twins, createMemberMatcher(twins))).toEqual({ kind: 'problem', message: '“Sam Lee” matches 2 team members; choose which one this column is.' });
  });
});

describe('a matrix with a column per person: the records', () => {
  const sheet = 'Course,Det. Dana Reyes,"Lee, Sam",Jordan Hale\nChild Abduction Response Team (CART) Training,3/14/2025,N/A,9/22/2025\nLocal Course,,2/12/2026,Scheduled\nTotal,1,1,1\n';

  it('one record per dated cell, of the column’s person and the row’s course; "N/A" and "Scheduled" counted as not completed', () => {
    const { plan, errors, records } = personPlan(sheet);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'amber-cart', '2025-03-14'],
      ['m-jordan', 'amber-cart', '2025-09-22'],
      ['m-sam', 'Local Course', '2026-02-12'],
    ]);
    expect(plan.notCompleted).toBe(2);
    expect(plan.summaryRows.map((r) => r.rowNumber)).toEqual([4]);
    // The header found Dana only loosely: listed for the coordinator to check, at the header row.
    expect(plan.looseNames).toEqual([{ rowNumber: 1, written: 'Det. Dana Reyes', member: 'Dana Reyes' }]);
  });

  it('a header that finds no one is one problem, of the header row under its column; with "Create members" one new member', () => {
    const text = 'Course,Dana Reyes,Pat Quinn\nLocal Course,3/14/2025,4/2/2025\nOther Course,,4/3/2025\n';
    expect(personPlan(text).errors).toEqual([
      'Row 1, Member name (column "Pat Quinn"): "Pat Quinn" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
    ]);
    const created = personPlan(text, (o) => o, true);
    expect(created.errors).toEqual([]);
    expect(created.plan.newMembers.map((m) => m.name)).toEqual(['Pat Quinn']);
    expect(created.records.map((r) => r[0])).toEqual(['m-dana', created.plan.newMembers[0]!.id, created.plan.newMembers[0]!.id]);
  });

  it('a column given its team member records for them; a member no longer on the team is a problem of the file', () => {
    const text = 'Course,Dana Reyes,Pat Quinn\nLocal Course,3/14/2025,4/2/2025\n';
    const chosen = personPlan(text, (o) => ({ ...o, personColumns: [{ column: 1, memberId: null }, { column: 2, memberId: 'm-sam' }] }));
    expect(chosen.errors).toEqual([]);
    expect(chosen.records).toEqual([
      ['m-dana', 'Local Course', '2025-03-14'],
      ['m-sam', 'Local Course', '2025-04-02'],
    ]);
    const gone = personPlan(text, (o) => ({ ...o, personColumns: [{ column: 2, memberId: 'm-gone' }] }));
    expect(gone.plan.fileProblems).toEqual(['The team member chosen for “Pat Quinn” is not on the team any more; choose them again.']);
  });

  it('a bad date names its row and the person’s column; a row with dates and no course is refused once', () => {
    const { errors } = personPlan('Course,Dana Reyes,Sam Lee\nLocal Course,3/14/2025,14/14/2025\nOther,3/15/2025,3/16/2025\nThird,3/17/2025,3/18/2025\n,4/1/2025,4/2/2025\n');
    expect(errors).toEqual([
      'Row 2, Completed on (column "Sam Lee"): "14/14/2025" is not a real calendar date (read as month/day/year)',
      'Row 5, Training title (column "Course"): empty; every record must say which training it was',
    ]);
  });

  it('the commit, streamed, saves what the preview shows', () => {
    const { mapping, options, plan } = personPlan(sheet);
    for (const holdLimit of [0, 2, undefined]) {
      const streamed = planImportFromText(sheet, mapping, importContext(team), options, holdLimit);
      expect(streamed.completions).toEqual(plan.completions);
      expect([streamed.notCompleted, streamed.summaryRows, streamed.looseNames]).toEqual([plan.notCompleted, plan.summaryRows, plan.looseNames]);
    }
  });
});

describe('a matrix with a column per person: what the mapping must not also say', () => {
  const headers = ['Course', 'Dana Reyes', 'Sam Lee', 'Date'];
  const base: ColumnMapping = { ...emptyMapping(), trainingTitle: 0 };
  const people = { ...defaultImportOptions, personColumns: [{ column: 1, memberId: null }, { column: 2, memberId: null }] };

  it('asks for no member or date column, and names what would be ignored', () => {
    expect(mappingProblems(base, 4, people, headers)).toEqual([]);
    expect(mappingProblems({ ...base, memberName: 3 }, 4, people, headers)).toEqual(['“Date” is chosen to name the member, and “Each person has their own column” is ticked; choose one.']);
    expect(mappingProblems({ ...base, completedOn: 3 }, 4, people, headers)).toEqual(['Each person has their own column, so Completed on is not used: set it to “Not in the file”.']);
    expect(mappingProblems({ ...base, hours: 1 }, 4, people, headers)).toEqual(['“Dana Reyes” is chosen both as a person’s column and as Hours; it can be only one.']);
    expect(mappingProblems(base, 4, { ...people, personColumns: [...people.personColumns, { column: 1, memberId: 'm-sam' }] }, headers)).toEqual(['“Dana Reyes” is chosen twice as a person’s column.']);
    expect(mappingProblems(emptyMapping(), 4, people, headers)).toEqual([
      'Choose the column that names the training (Training title or Training ID), or choose “All rows are this training”, “Each course has its own column” or “Each course’s name is a heading over its rows”: the file has none that looks like one.',
    ]);
  });
});
