import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { emptyMapping, guessMapping } from '../../../shared/team/csv-mapping';
import { findHeaderRow, parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { firstMapping, readTable, trainingHintFromFileName } from '../../../shared/team/import-start';
import { planImportFromText } from '../../../shared/team/import-stream';
import { createOtherTableCheck } from '../../../shared/team/row-rules';
import { trainingAbove } from '../../../shared/team/training-above';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, sampleLookup } from './helpers';

/*
 * A virtual session's attendance report (Teams, Zoom) as the coordinator downloads it: a table
 * about the meeting above the list of people, and in Teams a second list under it; the trainer
 * on the list too.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov' }),
];

async function load(name: string, choose: (o: ImportOptions) => ImportOptions = (o) => o) {
  const file = readTable(name, new Uint8Array(await readFile(new URL(`../../fixtures/imports/${name}`, import.meta.url))), null);
  const first = firstMapping(file, [], trainings, team);
  const options = choose(first.options);
  const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), options);
  // The commit, streamed, saves what the preview shows.
  const streamed = planImportFromText(file.decoded.text, first.mapping, importContext(team, { trainings }), options, 2);
  expect(streamed.completions).toEqual(plan.completions);
  expect([streamed.otherTable, streamed.notOnTeam, streamed.summaryRows, streamed.notCompleted]).toEqual([plan.otherTable, plan.notOnTeam, plan.summaryRows, plan.notCompleted]);
  return { file, first, plan, records: plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn]) };
}

describe('attendance reports of a virtual session', () => {
  it('Teams: the participants under the summary, the meeting title as the training, attendees only, the activities list not read', async () => {
    const { file, first, plan, records } = await load('teams-attendance-report.csv');
    expect(file.decoded.encoding).toBe('utf-16le');
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'teams-attendance-report' } });
    expect(first.options.training).toEqual({ kind: 'custom', title: 'Courtroom Testimony', provider: '' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-03-18'],
      ['m-jordan', 'Courtroom Testimony', '2026-03-18'],
    ]);
    // The organizer and the presenter ran it.
    expect(plan.notCompleted).toBe(2);
    expect(plan.summaryRows.map((r) => r.text)).toEqual(['3. In-Meeting Activities']);
    expect(plan.otherTable).toEqual({ rowNumber: 18, text: 'Name · Join Time · Leave Time · Duration · Email · Role', rows: 6 });
  });

  it('Zoom with meeting data: the header under the meeting line, its topic as the training, the trainer left out when chosen, a rejoin once', async () => {
    const refused = await load('zoom-participants-report.csv');
    expect(refused.file.table.headerRowNumber).toBe(4);
    expect(refused.file.table.skippedAbove.map((l) => l.rowNumber)).toEqual([1, 2]);
    expect(refused.first.source).toMatchObject({ kind: 'preset', preset: { id: 'zoom-participants' } });
    expect(refused.first.options.training).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    expect(refused.plan.errors.map(formatRowError)).toEqual([
      'Row 5, Member name (column "Name (Original Name)"): "Regional Academy (Pat Quinn)" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
    ]);
    const { plan, records } = await load('zoom-participants-report.csv', (o) => ({ ...o, leaveOutNotOnTeam: true }));
    expect(plan.errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-18'],
      ['m-sam', 'aattap-cart-training', '2026-03-18'],
      ['m-jordan', 'aattap-cart-training', '2026-03-18'],
    ]);
    expect(plan.notOnTeam).toEqual([{ rowNumber: 5, written: 'Regional Academy (Pat Quinn)' }]);
    expect(plan.duplicates).toBe(1);
  });

  it('Teams’ older attendance list: a line per join and per leave; a join is the attendance, once a day; the training typed', async () => {
    const { file, first, plan, records } = await load('meetingAttendanceList.csv', (o) => ({
      ...o,
      training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' },
      leaveOutNotOnTeam: true,
    }));
    expect(file.decoded.encoding).toBe('utf-16le');
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'teams-attendance-list-2020' } });
    // The download's own name says nothing of the course.
    expect(first.options.training).toBeNull();
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-03-18'],
      ['m-jordan', 'Courtroom Testimony', '2026-03-18'],
    ]);
    // The two "Left" lines; Sam's second join is a duplicate; the organizer is not on the team.
    expect([plan.notCompleted, plan.duplicates, plan.notOnTeam]).toEqual([2, 1, [{ rowNumber: 2, written: 'Pat Quinn' }]]);
  });

  it('a download named by the meeting gives its course; one named only as an attendance list gives none', () => {
    expect(['meetingAttendanceList.csv', 'meetingAttendanceReport(Courtroom Testimony).csv', 'meetingAttendanceList_CART.csv'].map(trainingHintFromFileName)).toEqual(['', 'Courtroom Testimony', 'CART']);
  });

  it('Blackboard Collaborate: each session’s name as its training, participants only, the day each joined', async () => {
    const { first, plan, records } = await load('collaborate-attendance-report.csv');
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'blackboard-collaborate-attendance' } });
    expect(first.mapping).toMatchObject({ memberName: 6, memberEmail: 10, trainingTitle: 1, status: 11, completedOn: 13 });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-03-18'],
      ['m-jordan', 'aattap-cart-training', '2026-04-14'],
    ]);
    // The moderator and the presenter ran the sessions.
    expect(plan.notCompleted).toBe(2);
  });

  it('Zoom, one line per person: the day from the meeting line above', () => {
    const text = 'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n81234567890,Local Course,03/18/2026 08:55:02 AM,03/18/2026 04:31:40 PM,t@x.org,457,2\n\nName (Original Name),User Email,Total Duration (Minutes),Guest\nDana Reyes,dana.reyes@example.gov,452,Yes\n';
    const first = firstMapping(readTable('participants.csv', new TextEncoder().encode(text), null), [], sampleLookup, team);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'zoom-participants-unique' } });
    expect(first.options).toMatchObject({ completedOnForAll: '2026-03-18', training: { kind: 'custom', title: 'Local Course' } });
  });
});

describe('a table above or below the records', () => {
  it('a header naming no people, a line or two and a blank line over a header naming them: the records are under the second', () => {
    const rows = (text: string) => text.split('\n').map((l) => (l === '' ? [''] : l.split(',')));
    expect(findHeaderRow(rows('Meeting ID,Topic,User Email\n8123,CART,t@x.org\n\nName,Email,Date\nDana,d@x.org,3/18/2026'))).toBe(3);
    // Rows of records after a blank line are no second header.
    expect(findHeaderRow(rows('Name,Course,Date\nDana Reyes,CART,3/1/2026\n\nSam Lee,ICAC,3/2/2026'))).toBe(0);
    // Three rows are a table of records, not a line about a meeting.
    expect(findHeaderRow(rows('Name,Email,Date\nA,a@x,1/1/2026\nB,b@x,1/2/2026\nC,c@x,1/3/2026\n\nName,Email,Date,Hours\nD,d@x,1/4/2026,2'))).toBe(0);
    // A first header naming people is the records' own.
    expect(findHeaderRow(rows('Name,Email,Date\nDana,d@x.org,3/18/2026\n\nName,Course,Notes\nx,y,z'))).toBe(0);
    expect(findHeaderRow(rows('Meeting ID,Topic,User Email\n8123,CART,t@x.org\n\nSection,Notes\nx,y'))).toBe(0);
    // The second must name people, and the first be short.
    expect(findHeaderRow(rows('Meeting ID,Topic,User Email\n8123,CART,t@x.org\n\nCourse,Date\nCART,3/1/2026'))).toBe(0);
    expect(findHeaderRow(rows('Meeting ID,Topic,User Email\n1,A,a@x\n2,B,b@x\n3,C,c@x\n\nName,Email,Date\nD,d@x,1/4/2026'))).toBe(0);
  });

  it('another table under the records: a header line of this one’s names, moved, with no digit', () => {
    const starts = createOtherTableCheck(['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Participant ID (UPN)', 'Role']);
    expect(starts(['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'])).toBe(true);
    // The header again, in its own columns, is more of the header (row-rules' repeat check), not another table.
    expect(starts(['Name', 'First Join', 'Last Leave'])).toBe(false);
    expect(starts(['Dana Reyes', '3/18/26, 8:59:40 AM', '', '', 'Email', '', 'Role'])).toBe(false);
    expect(starts(['Role', 'Dana Reyes'])).toBe(false);
    expect(starts(['Email', 'Name'])).toBe(true);
    // A record has a date: digits in any cell keep it a record, whatever else it holds.
    expect(starts(['Role', 'Email', '3/18/26'])).toBe(false);
  });

  it('the training a line about the meeting names under its label, or after it', () => {
    const zoom = [
      { rowNumber: 1, text: 'Meeting ID · Topic · Start Time · End Time' },
      { rowNumber: 2, text: '8123 · Local Course · 3/18/2026 · 3/18/2026' },
    ];
    expect(trainingAbove(zoom, sampleLookup)).toEqual({ kind: 'labelled', title: 'Local Course', rowNumber: 2 });
    // Two cells are a label and its value, not a header over the next line.
    const teams = [
      { rowNumber: 2, text: 'Meeting title · Local Course' },
      { rowNumber: 3, text: 'Attended participants · 5' },
    ];
    expect(trainingAbove(teams, sampleLookup)).toEqual({ kind: 'labelled', title: 'Local Course', rowNumber: 2 });
    // A person's title is no course.
    expect(trainingAbove([{ rowNumber: 1, text: 'Title · Detective' }], sampleLookup)).toBeNull();
  });
});

describe('leaving out people who are not on the team', () => {
  const context = importContext(team);
  const plan = (text: string, options: Partial<ImportOptions> = {}) => {
    const table = parseCsvTable(text);
    return planImport(table, guessMapping(table.headers), context, { ...defaultImportOptions, dateOrder: 'mdy', leaveOutNotOnTeam: true, ...options });
  };

  it('lists each person once with their first row, and reads nothing else of their rows', () => {
    const p = plan('Name,Course,Date\nDana Reyes,CART,3/1/2026\nPat Quinn,CART,sometime\nAlex Morgan,CART,3/1/2026\nPat Quinn,ICAC,3/2/2026\n');
    expect(p.errors).toEqual([]);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana']);
    expect(p.notOnTeam).toEqual([
      { rowNumber: 3, written: 'Pat Quinn' },
      { rowNumber: 4, written: 'Alex Morgan' },
    ]);
  });

  it('a name matching two team members, or none at all, is still a problem', () => {
    const twins = importContext([member('a', 'Sam Lee'), member('b', 'Sam Lee')]);
    const table = parseCsvTable('Name,Course,Date\nSam Lee,CART,3/1/2026\n,CART,3/1/2026\nDana Reyes,CART,3/1/2026\n');
    const p = planImport(table, guessMapping(table.headers), twins, { ...defaultImportOptions, dateOrder: 'mdy', leaveOutNotOnTeam: true });
    expect(p.errors.map(formatRowError)).toEqual([
      'Row 2, Member name (column "Name"): "Sam Lee" matches 2 team members; add a Member email or ID number column (or give them distinct ones) to say which',
      'Row 3, Member name (column "Name"): empty; every record must say whose it is',
    ]);
    expect(p.notOnTeam).toEqual([{ rowNumber: 4, written: 'Dana Reyes' }]);
  });

  it('in a matrix, a person’s row or a person’s column; under a heading, their rows', () => {
    expect(plan('Name,CART,ICAC\nPat Quinn,3/1/2026,x\nDana Reyes,3/1/2026,3/2/2026\n', { trainingColumns: [1, 2].map((column) => ({ column, training: null, expiresColumn: null })) })).toMatchObject({
      errors: [],
      notOnTeam: [{ rowNumber: 2, written: 'Pat Quinn' }],
      completions: [{ memberId: 'm-dana' }, { memberId: 'm-dana' }],
    });
    const columns = plan('Course,Pat Quinn,Dana Reyes\nLocal Course,3/1/2026,3/2/2026\n', { personColumns: [1, 2].map((column) => ({ column, memberId: null })) });
    expect(columns).toMatchObject({ errors: [], notOnTeam: [{ rowNumber: 1, written: 'Pat Quinn' }], completions: [{ memberId: 'm-dana', completedOn: '2026-03-02' }] });
    const table = parseCsvTable('Course,Date\nEmployee: Pat Quinn,\nCART,3/1/2026\nICAC,not a date\nEmployee: Dana Reyes,\nCART,3/2/2026\n');
    const grouped = planImport(table, { ...emptyMapping(), trainingTitle: 0, completedOn: 1 }, context, { ...defaultImportOptions, dateOrder: 'mdy', memberHeadings: true, leaveOutNotOnTeam: true });
    expect(grouped).toMatchObject({ errors: [], notOnTeam: [{ rowNumber: 2, written: 'Pat Quinn' }], completions: [{ memberId: 'm-dana', completedOn: '2026-03-02' }] });
  });
});

describe('a webinar attendee report (Zoom, GoTo): the host’s and panelists’ sections above the attendees’', () => {
  it('Zoom: reads the attendees under “Attendee Details”, by the name they registered with, those who attended only, the topic as the training', async () => {
    const { file, first, plan, records } = await load('zoom-webinar-attendee-report.csv');
    expect(file.table.headers.slice(0, 4)).toEqual(['Attended', 'User Name (Original Name)', 'First Name', 'Last Name']);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'zoom-webinar-attendees' } });
    expect(first.options.training).toEqual({ kind: 'custom', title: 'Courtroom Testimony', provider: '' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    // Dana joined twice: one record. Jordan did not attend.
    expect(records).toEqual([
      ['m-dana', 'Courtroom Testimony', '2026-03-18'],
      ['m-sam', 'Courtroom Testimony', '2026-03-18'],
    ]);
    expect([plan.notCompleted, plan.duplicates]).toEqual([1, 1]);
    // Someone not on the team yet is added under the name they registered with, not the one they showed.
    const added = planImport(file.table, first.mapping, importContext([], { trainings, createMissingMembers: true }), first.options);
    expect(added.newMembers.map((m) => m.name)).toEqual(['Dana Reyes', 'Sam Lee']);
  });

  it('GoTo: the same under its own headers, with blank lines between the sections', () => {
    const lines = [
      'Attendee Report:,,,,,',
      'Webinar Name,Webinar ID,Actual Start Date/Time,Actual Duration (minutes),# Registered,# Attended',
      'Courtroom Testimony,583-112-907,05/13/2026 01:57 PM EDT,93,4,3',
      ',,,,,',
      'Host Details,,,,,',
      'Attended,Email,Name,Join Time,Leave Time,Time in Session',
      'Yes,events@example.org,Training Events,05/13/2026 01:50 PM EDT,05/13/2026 03:31 PM EDT,1 hour 41 minutes',
      ',,,,,',
      'Attendee Details,,,,,',
      'Attended,Interest Rating,First Name,Last Name,Email Address,Registration Date,Join Time,Leave Time,Time in Session,Organization',
      'Yes,84,Dana,Reyes,dana.reyes@example.gov,04/30/2026 11:02 AM EDT,05/13/2026 01:59 PM EDT,05/13/2026 03:30 PM EDT,1 hour 31 minutes,Example City PD',
      'Yes,61,Jordan,Hale,jordan.hale@example.gov,05/12/2026 04:47 PM EDT,05/13/2026 02:16 PM EDT,05/13/2026 03:30 PM EDT,1 hour 14 minutes,Example County SO',
      'No,,Sam,Lee,sam.lee@example.gov,05/02/2026 09:40 AM EDT,,,,Example City PD',
    ];
    expect(findHeaderRow(lines.map((l) => l.split(',')))).toBe(9);
    // Its "Time in Session" ("1 hour 31 minutes") is no course column: the webinar's name is offered for all rows.
    const file = readTable('Attendee Report - Courtroom Testimony.csv', new TextEncoder().encode(lines.join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    expect(first.options.training).toEqual({ kind: 'custom', title: 'Courtroom Testimony', provider: '' });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-05-13'],
      ['m-jordan', '2026-05-13'],
    ]);
    expect(plan.notCompleted).toBe(1);
  });
});
