import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { firstMapping, readImportFile, readTable, trainingHintFromFileName, type LoadedFile } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, readWorkbookHere } from './helpers';

/*
 * Learning systems' completion downloads beyond Moodle and Totara, as their documentation and
 * the scripts that read them name the columns: Cornerstone's report headers, an API's nested
 * records saved as JSON, Canvas's and Blackboard's grade downloads.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov' }),
];

function plan(file: LoadedFile) {
  const first = { ...firstMapping(file, [], trainings, team), file };
  const p = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
  return { first, plan: p, records: p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn]) };
}
const csv = (name: string, lines: string[]) => plan(readTable(name, new TextEncoder().encode(lines.join('\r\n')), null));

describe('Cornerstone reports', () => {
  const header = 'User ID,User full name,User e-mail,Training title,Training record status,Training record completed date,Training hours';
  const rows = [
    '54120,Dana Reyes,dana.reyes@example.gov,Peer-to-Peer Investigations,Completed,3/7/2026 2:05 PM,4',
    'TF0112,Sam Lee,sam.lee@example.gov,Peer-to-Peer Investigations,In progress,,4',
    'TF0113,Jordan Hale,jordan.hale@example.gov,Child Abduction Response Team (CART) Training,Completed,4/9/2026 4:30 PM,24',
  ];

  it('headers with the record\'s words before their own ("Training record completed date", "Transcript - Transcript Status")', () => {
    const mapping = guessMapping(header.split(','));
    expect([mapping.status, mapping.completedOn, mapping.trainingTitle]).toEqual([4, 5, 3]);
    const sections = ['User - Full Name', 'User - Email', 'Training - Training Title', 'Transcript - Transcript Status', 'Transcript - Transcript Completed Date'];
    expect(guessMapping(sections)).toMatchObject({ memberName: 0, memberEmail: 1, trainingTitle: 2, status: 3, completedOn: 4 });
  });

  it('the date order from the report\'s own lines above the header, when no record\'s date tells it', () => {
    const above = ['TTA Task Force - Transcript Status', 'Created on: 11/20/2026 9:14 AM', ''];
    const { first, plan: p, records } = csv('Transcript Status.csv', [...above, header, ...rows]);
    expect(first.options.dateOrder).toBe('mdy');
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.notCompleted).toBe(1);
    expect(records).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-03-07'],
      ['m-jordan', 'aattap-cart-training', '2026-04-09'],
    ]);
    // Without such a line the coordinator is asked, as before; with a record's day over 12, the records tell it.
    expect(csv('Transcript Status.csv', [header, ...rows]).first.options.dateOrder).toBeNull();
    expect(csv('Transcript Status.csv', ['Created on: 20/11/2026', '', header, rows[0]!.replace('3/7/2026', '3/17/2026')]).first.options.dateOrder).toBeNull();
  });

  it('the date order from another date column of the same export (TalentLMS: "Enrolled on")', () => {
    const users = ['User,Email,Enrolled on,Progress status,Completion date', 'Dana Reyes,dana.reyes@example.gov,15/12/2025,Completed,07/03/2026', 'Sam Lee,sam.lee@example.gov,02/01/2026,Completed,11/02/2026'];
    const { first, records } = csv('Peer-to-Peer Investigations - Users.csv', users);
    expect(first.options.dateOrder).toBe('dmy');
    // The course from the file name, its own hyphens kept: "<course> - Users".
    expect(records).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-03-07'],
      ['m-sam', 'search-peer-to-peer-investigations', '2026-02-11'],
    ]);
    // Another column that disagrees with itself tells nothing.
    const mixed = [...users, 'Jordan Hale,jordan.hale@example.gov,12/15/2025,Completed,11/02/2026'];
    expect(csv('Peer-to-Peer Investigations - Users.csv', mixed).first.options.dateOrder).toBeNull();
  });

  it('Moodle’s attendance export of one session: present and late took it, excused and absent did not', () => {
    const lines = [
      'Course\tChild Abduction Response Team (CART) Training',
      'Group\tAll participants',
      '',
      'ID number\tLast name\tFirst name\t12 Mar 2026 8.00AM All students\tTaken sessions\tPoints\tPercentage',
      '4471\tReyes\tDana\tP\t1\t2 / 2\t100.0',
      '0392\tLee\tSam\tL\t1\t1 / 2\t50.0',
      '2210\tHale\tJordan\tA\t1\t0 / 2\t0.0',
    ];
    const { first, plan: p, records } = csv('CART-0312_Attendances_20260313-0915.txt', lines);
    expect([first.mapping.status, first.options.completedValues]).toEqual([3, ['P', 'L']]);
    expect(records).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-12'],
      ['m-sam', 'aattap-cart-training', '2026-03-12'],
    ]);
    expect(p.notCompleted).toBe(1);
    // Several sessions are no one session's statuses: they are read as one class (session-columns.test.ts), its status the sessions attended.
    const several = csv('a.txt', [lines[3]!.replace('Taken sessions', '13 Mar 2026 8.00AM All students'), '4471\tReyes\tDana\tP\tP\t2 / 2\t100.0', '0392\tLee\tSam\tL\tP\t1 / 2\t50.0']).first;
    expect([several.mapping.status, several.options.completedValues]).toEqual([8, ['2 of 2']]);
    // A column of other letters is no session's statuses.
    expect(csv('b.txt', [lines[3]!, '4471\tReyes\tDana\tP\t1\t2 / 2\t100.0', '0392\tLee\tSam\tX\t1\t1 / 2\t50.0']).first.mapping.status).toBeNull();
  });

  it('the course from a file name that gives it as its acronym or shorthand, among other words', () => {
    const lines = ['User,Email,Completion date', 'Dana Reyes,dana.reyes@example.gov,03/17/2026'];
    const training = (name: string) => csv(name, lines).first.options.training;
    expect(training('completion-icac_p2p_2026.csv')).toEqual({ kind: 'catalogue', trainingId: 'search-peer-to-peer-investigations' });
    expect(training('completion-cart_es_2026.csv')).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    // No part the catalogue finds: the name as a training outside it.
    expect(training('completion-regional_course_2026.csv')).toEqual({ kind: 'custom', title: 'regional course 2026', provider: '' });
  });
});

describe('records of an API saved as JSON', () => {
  it('nested objects are opened into columns, so a person\'s fields are found in them', async () => {
    const enrollment = (id: number, first: string, last: string, email: string, status: string, completed: string | null) => ({
      enrollment_id: id,
      module_name: 'Peer-to-Peer Investigations',
      user: { id: 9000 + id, first_name: first, last_name: last, email },
      completion_date: completed,
      status,
    });
    const json = JSON.stringify([enrollment(1, 'Dana', 'Reyes', 'dana.reyes@example.gov', 'Passed', '2026-03-07T22:30:05.000Z'), enrollment(2, 'Sam', 'Lee', 'sam.lee@example.gov', 'In Progress', null)], null, 2);
    const file = await readImportFile('training_enrollments.json', new TextEncoder().encode(json), null, readWorkbookHere);
    expect(file.table.headers).toEqual(['enrollment_id', 'module_name', 'user.id', 'user.first_name', 'user.last_name', 'user.email', 'completion_date', 'status']);
    const { first, plan: p, records } = plan(file);
    expect(first.mapping).toMatchObject({ trainingTitle: 1, memberFirstName: 3, memberLastName: 4, memberEmail: 5, completedOn: 6, status: 7 });
    expect(p.notCompleted).toBe(1);
    expect(records).toEqual([['m-dana', 'search-peer-to-peer-investigations', '2026-03-07']]);
  });
});

describe('grade downloads', () => {
  it("Canvas's points-possible line under the header is no person; its file name's stamp and kind are no course", () => {
    const file = readTable('2026-03-07T1405_Grades-CT101.csv', new TextEncoder().encode([
      'Student,ID,SIS User ID,SIS Login ID,Section,Courtroom Testimony Final Exam (20115),Final Score',
      '    Points Possible,,,,,100.00,(read only)',
      '"Hale, Jordan",5521,,jordan.hale@example.gov,CT101 Spring 2026,88.00,86.36',
    ].join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    // The coordinator's choices: the course, and the day the final exam closed.
    const options = { ...first.options, completedOnForAll: '2026-03-07', training: { kind: 'custom' as const, title: 'Courtroom Testimony', provider: '' } };
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), options);
    expect(p.completions.map((c) => [c.memberId, c.completedOn])).toEqual([['m-jordan', '2026-03-07']]);
    expect(p.headerLines.map((l) => [l.rowNumber, l.kind])).toEqual([[2, 'notes']]);
    expect(p.errors.map(formatRowError).filter((e) => e.startsWith('Row 2'))).toEqual([]);
    expect(trainingHintFromFileName('2026-03-07T1405_Grades-CT101.csv')).toBe('CT101');
    expect(trainingHintFromFileName('gc_CT101-2026SP_fullgc_2026-03-07-14-05-22.xls')).toBe('CT101 2026SP');
    expect(trainingHintFromFileName('Metro Task Force course completion report Courtroom Testimony.csv')).toBe('Courtroom Testimony');
  });
});

describe("Moodle's custom report with the course column counted", () => {
  it('names no training for its rows: the counts are no courses, and the file is a summary', () => {
    // Report builder's aggregation: "Course full name" as Count, "Time completed" as Maximum; the header keeps the plain titles.
    const { first, plan: p } = csv('Completions per officer.csv', [
      '"Full name","Email address","Course full name","Time completed"',
      '"Dana Reyes",dana.reyes@example.gov,3,"Saturday, 7 March 2026, 2:05 PM"',
      '"Sam Lee",sam.lee@example.gov,2,"Wednesday, 4 March 2026, 11:00 AM"',
    ]);
    expect([first.mapping.trainingTitle, first.options.training]).toEqual([null, null]);
    expect(p.completions).toEqual([]);
    expect(p.fileProblems[0]).toMatch(/^Choose the column that names the training/);
    // A course number of four digits or more is a course, not a count.
    expect(csv('roster.csv', ['Name,Course,Completed', 'Dana Reyes,3232,3/7/2026', 'Sam Lee,1850,3/4/2026']).first.mapping.trainingTitle).toBe(1);
  });
});

describe("Moodle's activity completion report", () => {
  // report/progress/index.php: nothing over the name column, each activity's name then its expected date (or nothing) over its date.
  const header = ',"Email address","Pre-course reading","","Mock testimony video","","Final exam","2026-03-31 23:59:00"';
  const rows = [
    '"Dana Reyes","dana.reyes@example.gov","Completed","2026-03-02 10:14:33","Completed","2026-03-02 11:02:09","Completed (achieved pass grade)","2026-03-04 19:47:51"',
    '"Sam Lee","sam.lee@example.gov","Completed","2026-03-03 08:20:00","Not completed","","Not completed",""',
  ];

  it('reads the unheaded first column as the names and guesses no course from the unheaded date columns', () => {
    const { first, plan: p } = csv('progress.ct101.csv', [header, ...rows]);
    expect(first.mapping.memberName).toBe(0);
    expect(first.options.trainingColumns).toEqual([]);
    // Which activity is the course's completion is the coordinator's to say.
    expect(p.completions).toEqual([]);
    expect(p.fileProblems.join(' ')).toContain('Choose the column with the completion date');
  });

  it('leaves a file with no header at all (an old Moodle\'s JSON rows) to the coordinator to map, column by column', async () => {
    const rows = await readImportFile('customcert-report.json', new TextEncoder().encode('[[["Dana Reyes","dana.reyes@example.gov","Saturday, 7 March 2026, 2:05 PM"]]]'), null, readWorkbookHere);
    expect(rows.table.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(firstMapping(rows, [], trainings, team).mapping.memberName).toBe(null);
  });

  it('comes in right once the coordinator picks the activity and the training', () => {
    const file = readTable('progress.ct101.csv', new TextEncoder().encode([header, ...rows].join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    const p = planImport(file.table, { ...first.mapping, status: 6, completedOn: 7 }, importContext(team, { trainings }), {
      ...first.options,
      training: { kind: 'catalogue', trainingId: 'search-peer-to-peer-investigations' },
    });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId, c.completedOn])).toEqual([['m-dana', 'search-peer-to-peer-investigations', '2026-03-04']]);
    expect(p.notCompleted).toBe(1);
  });

  it("takes an activity's completion date column for the activity's, not a course of its own", () => {
    const { first } = csv('tracker.csv', ['Name,Scenario quiz,Scenario quiz - Completion date,Final exam,Final exam - Completion date', 'Dana Reyes,Done,3/7/2026,Done,3/8/2026', 'Sam Lee,Done,3/9/2026,,']);
    expect(first.options.trainingColumns).toEqual([]);
  });
});

describe('more learning systems: Canvas with manual posting, Brightspace, Docebo, SuccessFactors, Workday', () => {
  it("passes over Canvas's Manual Posting line and the Points Possible line under it", () => {
    const file = readTable('2026-04-10T0915_Grades-CART-0426.csv', new TextEncoder().encode([
      'LastName,FirstName,ID,SIS User ID,SIS Login ID,Section,CART Final Assessment (41128),Final Score',
      ',,,,,,Manual Posting,',
      '    Points Possible,,,,,,100.00,(read only)',
      'Hale,Jordan,5521,,jordan.hale@example.gov,CART April 2026,88.00,88.00',
    ].join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    const options = { ...first.options, completedOnForAll: '2026-04-09', training: { kind: 'catalogue' as const, trainingId: 'aattap-cart-training' } };
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), options);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn])).toEqual([['m-jordan', '2026-04-09']]);
    expect(p.headerLines.map((l) => [l.rowNumber, l.kind])).toEqual([
      [2, 'notes'],
      [3, 'notes'],
    ]);
  });

  it("reads Brightspace's IDs without the # it writes before them, and its file name's course without the export's stamp", () => {
    expect(trainingHintFromFileName('TF-CT101 Courtroom Testimony_GradesExport_2026-03-09-15-42.csv')).toBe('TF CT101 Courtroom Testimony');
    const withId = [member('m-dana', 'Dana Reyes', { externalId: 'dreyes' })];
    const file = readTable('grades.csv', new TextEncoder().encode(['OrgDefinedId,Username,Email,End-of-Line Indicator', '#100452,#dreyes,,#'].join('\r\n')), null);
    const first = firstMapping(file, [], trainings, withId);
    const p = planImport(file.table, first.mapping, importContext(withId, { trainings }), { ...first.options, completedOnForAll: '2026-03-09', training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' } });
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana']);
  });

  it("takes Docebo's enrollment status over the course's own status, and Workday's Learning Content as the course", () => {
    const docebo = ['Username', 'Email', 'Course Name', 'Course Status', 'Completion Date', 'Course Enrollment Status'];
    expect(docebo[guessMapping(docebo).status!]).toBe('Course Enrollment Status');
    const workday = ['Learner', 'Employee ID', 'Learning Content', 'Learning Content Type', 'Completion Status', 'Completion Date'];
    expect(workday[guessMapping(workday).trainingTitle!]).toBe('Learning Content');
  });

  it("reads SuccessFactors' Course Complete as completed and its Total Hours, not its academic Credit Hours", () => {
    const { first, records, plan: p } = csv('Learning History.csv', [
      'ID (User),Last Name (User),First Name (User),Title (Item),Completion Date,Completion Status,Total Hours,Credit Hours',
      '100452,Reyes,Dana,Peer-to-Peer Investigations,03/07/2026 02:05 PM EST,Course Complete,4.0,0.0',
      '100481,Lee,Sam,Courtroom Testimony,02/12/2026 04:30 PM EST,Course Incomplete,8.0,0.8',
      '100481,Lee,Sam,Local Course A,02/13/2026 04:30 PM EST,Attended,24.0,2.4',
    ]);
    expect(first.file.table.headers[first.mapping.hours!]).toBe('Total Hours');
    expect(records).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-03-07'],
      ['m-sam', 'Local Course A', '2026-02-13'],
    ]);
    expect(p.completions.map((c) => c.hours)).toEqual([4, 24]);
    // An officer's sum repeated on each of their rows stays unread (SSRS): the course's credit hours are its hours.
    const ssrs = csv('roster.csv', ['Name,Course,Date,CreditHours,TotalHours', 'Dana Reyes,Local Course A,3/7/2026,4,12', 'Dana Reyes,Local Course B,3/8/2026,8,12']);
    expect(ssrs.first.file.table.headers[ssrs.first.mapping.hours!]).toBe('CreditHours');
  });

  it("leaves Thinkific's Expiry Date unread: a year after each learner started, when access ends, not the certificate's", () => {
    const header = '"Student First Name","Student Last Name","Student Email",Company,"Course Name","Percentage Completed","Started At","Completed At","Expiry Date"';
    const { first, plan: p } = csv('progress-report.csv', [
      header,
      'Dana,Reyes,dana.reyes@example.gov,Cedar PD,Courtroom Testimony,100%,"2026-03-10 14:02:11 UTC","2026-03-10 16:40:09 UTC","2027-03-10 14:02:11 UTC"',
      'Sam,Lee,sam.lee@example.gov,Cedar PD,Courtroom Testimony,100%,"2026-03-12 22:15:30 UTC","2026-03-13 02:05:44 UTC","2027-03-12 22:15:30 UTC"',
      'Jordan,Hale,jordan.hale@example.gov,Cedar PD,Courtroom Testimony,40%,"2026-04-01 13:00:00 UTC",,"2027-04-01 13:00:00 UTC"',
    ]);
    expect(first.mapping.expiresOn).toBeNull();
    expect(p.completions.map((c) => [c.memberId, c.completedOn, c.expiresOn ?? null])).toEqual([
      ['m-dana', '2026-03-10', null],
      ['m-sam', '2026-03-13', null],
    ]);
    // An expiry counted from completion stays the certificate's, and so does one the header ties to a certificate.
    const fromCompletion = csv('progress-report.csv', [header, 'Sam,Lee,sam.lee@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-12,2026-03-13,2027-03-13', 'Dana,Reyes,dana.reyes@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-01,2026-03-10,2027-03-10']);
    expect(fromCompletion.plan.completions.map((c) => c.expiresOn)).toEqual(['2027-03-13', '2027-03-10']);
    const certificate = csv('report.csv', [header.replace('"Expiry Date"', '"Certificate Expiry Date"'), 'Sam,Lee,sam.lee@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-12,2026-03-13,2027-03-12', 'Dana,Reyes,dana.reyes@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-01,2026-03-10,2027-03-01']);
    expect(certificate.plan.completions.map((c) => c.expiresOn)).toEqual(['2027-03-12', '2027-03-01']);
    // Counted from the start on some rows and not on another: no access period, so the expiry is read.
    const mixed = csv('report.csv', [header, 'Sam,Lee,sam.lee@example.gov,Cedar PD,Courtroom Testimony,100%,2026-01-05,2026-01-20,2027-01-05', 'Dana,Reyes,dana.reyes@example.gov,Cedar PD,Courtroom Testimony,100%,2026-02-05,2026-02-09,2027-02-05', 'Jordan,Hale,jordan.hale@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-01,2026-03-10,2027-03-10']);
    expect(mixed.first.mapping.expiresOn).toBe(8);
    // Started and finished the same day on every row: nothing tells the two apart, so the expiry is read.
    const sameDay = csv('report.csv', [header, 'Sam,Lee,sam.lee@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-12,2026-03-12,2027-03-12', 'Dana,Reyes,dana.reyes@example.gov,Cedar PD,Courtroom Testimony,100%,2026-03-10,2026-03-10,2027-03-10']);
    expect(sameDay.first.mapping.expiresOn).toBe(8);
  });
});
