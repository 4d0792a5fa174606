import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatRowError, type ImportContext } from '../../../shared/team/import-plan';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping, mappingProblems } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { headerCountsMinutes, parseHoursCell, parseNumberCell } from '../../../shared/team/csv-values';
import { completion, custom, importContext, member } from './helpers';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { isCompletedValue, statusKey } from '../../../shared/team/row-rules';

const fixture = (name: string) => readFile(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');

const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
];

function plan(text: string, ctx: ImportContext = importContext(team), options: Partial<ImportOptions> = {}) {
  const table = parseCsvTable(text);
  return planImport(table, guessMapping(table.headers), ctx, { ...monthFirst, ...options });
}

/** These files come from US coordinators, who choose "month first" when a date like 5/1/2024 leaves it open. */
const monthFirst = { ...defaultImportOptions, dateOrder: 'mdy' as const };

const messages = (p: ReturnType<typeof plan>) => p.errors.map(formatRowError);

describe('CSV import: reading files', () => {
  it('reads an LMS export with BOM, semicolons, CRLF, quoted delimiters, quotes and line breaks', async () => {
    const text = await fixture('lms-export-semicolon.csv');
    const table = parseCsvTable(text);
    expect(table.delimiter).toBe(';');
    expect(table.headers[0]).toBe('Learner Name');
    const mapping = guessMapping(table.headers);
    expect(mapping).toMatchObject({ memberName: 0, memberEmail: 1, trainingTitle: 2, completedOn: 3, hours: 4, certificateNumber: 5, notes: 6 });

    const p = planImport(table, mapping, importContext(team), monthFirst);
    expect(messages(p)).toEqual([]);
    expect(p.fileProblems).toEqual([]);
    const [first, second, third] = p.completions;
    // m/d/yyyy, matched by exact catalogue title.
    expect(first).toMatchObject({ memberId: 'm-dana', trainingId: 'icac-undercover-chat', completedOn: '2024-03-14', hours: 32, certificateNumber: 'UC-2024-001' });
    // Name matched ignoring case and spacing; title matched ignoring case; Excel serial; doubled quotes.
    expect(second).toMatchObject({ memberId: 'm-dana', trainingId: 'ovc-trauma-informed', completedOn: '2024-03-14', hours: 6, notes: 'Said "excellent"; asked for more' });
    // Email matched in any case; unmatched title became custom; decimal comma; a line break inside quotes.
    expect(third).toMatchObject({ memberId: 'm-sam', custom: { title: 'County Ethics Refresher; 2024', provider: '' }, completedOn: '2024-09-30', hours: 1.5 });
    // Notes keep their line breaks; one-line fields fold them (see the import-formats tests).
    expect(third!.notes).toBe('Two lines:\r\nsecond line');
    expect(p).toMatchObject({ rowsRead: 3, catalogueMatches: 2, customTrainings: 1, duplicates: 0 });
  });

  it('reads European Excel semicolons with bare commas in cells, and a tab file with bare commas in its times', () => {
    // European Excel quotes a cell only for a semicolon: names as "Last, First", titles and decimal hours stay bare.
    const german = [
      'Name;Lehrgang;Datum;Stunden',
      'Reyes, Dana;Addressing Child Sex Trafficking: Risk Factors, Recognition and Response;07.03.2026;7,5',
      'Lee, Sam;Peer-to-Peer Investigations;12.02.2026;16',
      'Hale, Jordan;Vernehmung von Kindern, Grundkurs;03.11.2025;3,5',
    ].join('\r\n');
    expect(parseCsvTable(german).delimiter).toBe(';');
    expect(parseCsvTable(german).headers).toEqual(['Name', 'Lehrgang', 'Datum', 'Stunden']);
    // A comma title line above a semicolon table: the table's delimiter still wins.
    expect(parseCsvTable(`Schulungen, Stand 2026\r\n\r\n${german}`).delimiter).toBe(';');
    // Teams writes its times bare in a tab-separated file; label–value lines above hold one tab each.
    const teams = ['Meeting title\tCourtroom Testimony', 'Start time\t3/18/26, 8:57:04 AM', '', 'Name\tFirst Join\tEmail', 'Dana Reyes\t3/18/26, 8:59:40 AM\tdana.reyes@example.gov', 'Sam Lee\t3/18/26, 9:02:13 AM\tsam.lee@example.gov'].join('\r\n');
    expect(parseCsvTable(teams).delimiter).toBe('\t');
    // Both on every line as many times over: the one that splits the lines into more cells.
    expect(parseCsvTable('Name,Rank;Course;Date\nReyes,Det.;CART;3/7/2026\n').delimiter).toBe(';');
    // A comma file whose notes hold a semicolon on some rows.
    expect(parseCsvTable('Name,Course,Date,Notes\nDana Reyes,CART,3/7/2026,late; make-up\nSam Lee,CART,3/7/2026,\n').delimiter).toBe(',');
  });

  it('names the row of an unterminated quote and rejects it', async () => {
    const p = plan(await fixture('unterminated-quote.csv'));
    expect(p.completions).toHaveLength(1);
    expect(messages(p)).toEqual([expect.stringMatching(/^Row 3, the whole row: a quoted value starts here but its closing quote/)]);
  });

  it('explains a file in an unsupported delimiter as missing columns', async () => {
    const p = plan(await fixture('pipe-delimited.csv'));
    expect(p.completions).toEqual([]);
    expect(p.fileProblems.join(' ')).toMatch(/names the member/);
    expect(p.fileProblems.join(' ')).toMatch(/completion date/);
  });

  it('refuses a file without a required column before looking at rows', async () => {
    const p = plan(await fixture('missing-date-column.csv'));
    expect(p.fileProblems).toEqual(['Choose the column with the completion date (Completed on), or tick “All rows were completed on one day”: the file has no column that looks like a completion date.']);
    expect(p.errors).toEqual([]);
    expect(p.rowsRead).toBe(0);
  });

  it('names every bad date with its row and what was wrong', async () => {
    const p = plan(await fixture('bad-dates.csv'));
    expect(messages(p)).toEqual([
      'Row 2, Completed on: "13/25/2024" is not a real calendar date (read as month/day/year)',
      'Row 3, Completed on: "2023-02-30" is not a real calendar date',
      'Row 4, Completed on: "yesterday" is not a date this import reads; use YYYY-MM-DD, month/day/year, day.month.year, "7 March 2026" or an Excel date number',
      'Row 5, Completed on: "25/12/2024" looks like day/month/year, but dates are being read month first; change the date order above the preview',
      'Row 6, Completed on: empty; every record needs the date it was completed. If an empty date means the person has not finished, tick “Rows without a completion date are people who have not finished: skip them”',
    ]);
    expect(p.completions.map((c) => c.completedOn)).toEqual(['2024-12-25']);
  });

  it('reads Excel serial dates, including ones with a time fraction, and refuses the phantom 1900-02-29', async () => {
    const p = plan(await fixture('excel-serials.csv'));
    expect(p.completions.map((c) => c.completedOn)).toEqual(['2024-01-01', '2024-03-14']);
    expect(messages(p)).toEqual(['Row 4, Completed on: "60" is outside the range of Excel date numbers (61 = 1900-03-01)']);
  });

  it('counts rows as a spreadsheet does, past blank lines and line breaks inside quotes', () => {
    const p = plan('Member name,Training title,Completed on,Hours,Notes\n\nDana Reyes,X,2024-01-01,1,"a\nb"\nNobody,X,2024-01-01,1,\n');
    expect(messages(p)).toEqual([expect.stringMatching(/^Row 4, Member name: "Nobody" is not on your team/)]);
  });

  it('says which column a field came from when the header differs', () => {
    const p = plan('Learner,Course,Date,Hours\nDana Reyes,X,someday,1\n');
    expect(messages(p)).toEqual(['Row 2, Completed on (column "Date"): "someday" is not a date this import reads; use YYYY-MM-DD, month/day/year, day.month.year, "7 March 2026" or an Excel date number']);
  });

  it('flags a row with more values than headers', () => {
    const p = plan('Member name,Training title,Completed on,Hours\nDana Reyes,Smith, J course,2024-01-01,1\n');
    expect(messages(p)[0]).toMatch(/^Row 2, the whole row: it has values in 5 columns but the header names only 4/);
  });
});

describe('CSV import: matching', () => {
  it('matches trainings by id, exact title, normalised title and also-known-as; others become custom', () => {
    const p = plan(
      [
        'Member name,Training ID,Training title,Provider,Completed on,Hours',
        'Dana Reyes,cac-forensic-interview,,,2024-01-01,',
        'Dana Reyes,,Child Abduction Response Team (CART) Training,,2024-01-02,16',
        'Dana Reyes,,child abduction response team cart training,,2024-03-03,16',
        'Dana Reyes,,Child Forensic Interview Training,,2024-05-04,',
        'Dana Reyes,not-a-real-id,Night Surveillance Basics,State Academy,2024-01-05,3',
      ].join('\n'),
    );
    expect(messages(p)).toEqual([]);
    expect(p.completions.map((c) => c.trainingId ?? `custom:${c.custom!.title}/${c.custom!.provider}`)).toEqual([
      'cac-forensic-interview',
      'amber-cart',
      'amber-cart',
      'cac-forensic-interview',
      'custom:Night Surveillance Basics/State Academy',
    ]);
    // Empty hours take the catalogue's stated hours.
    expect(p.completions[0]!.hours).toBe(40);
  });

  it('keeps records without hours when neither the row nor the catalogue gives them, and lists them per training', () => {
    const text = 'Member name,Training title,Completed on,Hours\nDana Reyes,Child Abduction Response Team (CART) Training,2024-01-01,\nDana Reyes,Something Local,2024-01-01,\nSam Lee,something local,2024-01-02,\n';
    const p = plan(text);
    expect(messages(p)).toEqual([]);
    expect(p.completions.map((c) => c.hours)).toEqual([undefined, undefined, undefined]);
    expect(p.withoutHours).toEqual([
      { key: 'catalogue:amber-cart', title: 'Child Abduction Response Team (CART) Training', rows: 1 },
      { key: 'custom:something local', title: 'Something Local', rows: 2 },
    ]);
    // One value given for all rows of a training fills them; the other stays without hours.
    const table = parseCsvTable(text);
    const given = planImport(table, guessMapping(table.headers), importContext(team), { ...monthFirst, hoursByTraining: { 'custom:something local': 3.5 } });
    expect(given.completions.map((c) => c.hours)).toEqual([undefined, 3.5, 3.5]);
    expect(given.withoutHours.map((t) => t.key)).toEqual(['catalogue:amber-cart']);
  });

  it('reports an unknown training id with no title to fall back on', () => {
    const p = plan('Member name,Training ID,Completed on,Hours\nDana Reyes,nope,2024-01-01,2\n');
    expect(messages(p)).toEqual(['Row 2, Training ID: "nope" is not a training in the catalogue, and the row has no training title to record it by']);
  });

  it('treats unknown members as errors by default, and creates each once when asked', () => {
    const text = 'Member name,Member email,Member role,Training title,Completed on,Hours\nPat Doe,pat@example.gov,Analyst,X,2024-01-01,1\npat doe,,,Y,2024-01-02,1\nQuinn Roe,,,X,2024-01-03,1\n';
    const refused = plan(text);
    expect(messages(refused)).toEqual([
      'Row 2, Member name: "Pat Doe" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
      'Row 3, Member name: "pat doe" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
      'Row 4, Member name: "Quinn Roe" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
    ]);
    const created = plan(text, importContext(team, { createMissingMembers: true }));
    expect(messages(created)).toEqual([]);
    expect(created.newMembers).toEqual([
      { id: 'm-new-1', name: 'Pat Doe', role: 'Analyst', agency: '', email: 'pat@example.gov', audiences: [], active: true },
      { id: 'm-new-4', name: 'Quinn Roe', role: '', agency: '', audiences: [], active: true },
    ]);
    expect(created.completions.map((c) => c.memberId)).toEqual(['m-new-1', 'm-new-1', 'm-new-4']);
  });

  it('creates one member per person however the rows write the name, without a rank or a note in it', () => {
    const text = 'Member name,Training title,Completed on\nDet. Pat Doe,X,2024-01-01\n"Doe, Pat",Y,2024-01-02\nPat Doe (Inactive),Z,2024-01-03\n"Roe, Sgt. Quinn",X,2024-01-03\n';
    const created = plan(text, importContext(team, { createMissingMembers: true }));
    expect(messages(created)).toEqual([]);
    expect(created.newMembers.map((m) => m.name)).toEqual(['Pat Doe', 'Quinn Roe']);
    const [pat, quinn] = created.newMembers.map((m) => m.id);
    expect(created.completions.map((c) => c.memberId)).toEqual([pat, pat, pat, quinn]);
  });

  it('creates a member a roster names in capitals with each word capitalised, and one with small letters as written', () => {
    const text = 'Member name,Training title,Completed on\n"QUINN, PAT M.",X,2024-01-01\nPAT M. QUINN,Y,2024-01-02\n"O\'BRIEN-DIAZ, KIM",X,2024-01-03\nJO PARK III,X,2024-01-03\n"McDONALD, Lou",X,2024-01-03\n';
    const created = plan(text, importContext(team, { createMissingMembers: true }));
    expect(messages(created)).toEqual([]);
    expect(created.newMembers.map((m) => m.name)).toEqual(['Pat M. Quinn', "Kim O'Brien-Diaz", 'Jo Park III', 'Lou McDONALD']);
    // A surname in capitals before the given names, as European and academy rosters write it: one member, given names first.
    const surnameFirst = plan('Member name,Training title,Completed on\nQUINN Pat,X,2024-01-01\nPat Quinn,Y,2024-01-02\nVAN BUREN Ashley Marie,X,2024-01-03\nJO PARK III,Y,2024-01-03\n', importContext(team, { createMissingMembers: true }));
    expect(surnameFirst.newMembers.map((m) => m.name)).toEqual(['Pat Quinn', 'Ashley Marie Van Buren', 'Jo Park III']);
  });

  it('reads the address out of an e-mail cell as mail programs write it; two addresses in one cell are refused', () => {
    const p = plan('Member email,Training title,Completed on,Hours\n"Dana Reyes <dana.reyes@example.gov>",X,2024-01-01,1\nmailto:Dana.Reyes@example.gov,Y,2024-01-02,1\n"dana.reyes@example.gov; sam@example.gov",Z,2024-01-03,1\n');
    expect(messages(p)).toEqual([
      'Row 4, Member email: "dana.reyes@example.gov; sam@example.gov" is not on your team. Add them on the Team screen first, or choose "Create members who are not on the team yet"',
    ]);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana', 'm-dana']);
  });

  it('refuses a name shared by two members unless an email says which', () => {
    const twins = [...team, member('m-dana-2', 'Dana Reyes', { email: 'dreyes@other.gov' })];
    const p = plan('Member name,Member email,Training title,Completed on,Hours\nDana Reyes,,X,2024-01-01,1\nDana Reyes,dreyes@other.gov,X,2024-01-01,1\n', importContext(twins));
    expect(messages(p)).toEqual(['Row 2, Member name: "Dana Reyes" matches 2 team members; add a Member email or ID number column (or give them distinct ones) to say which']);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana-2']);
  });

  it('skips rows already recorded (same member, training and date) instead of doubling them', () => {
    const existing = [completion('c-1', 'm-dana', { completedOn: '2024-03-14' }), custom('c-2', 'm-sam', 'Local Refresher', { completedOn: '2024-05-01' })];
    const p = plan(
      'Member name,Training title,Completed on,Hours\nDana Reyes,ICAC Undercover Chat Investigations,2024-03-14,32\nSam Lee,local  refresher,5/1/2024,4\nSam Lee,Local Refresher,2024-05-02,4\nSam Lee,Local Refresher,2024-05-02,4\n',
      importContext(team, { completions: existing }),
    );
    expect(messages(p)).toEqual([]);
    expect(p.duplicates).toBe(3);
    expect(p.completions.map((c) => c.completedOn)).toEqual(['2024-05-02']);
  });

  it('checks lengths, ranges and whole months with the stored schema and names the field', () => {
    const p = plan(`Member name,Training title,Completed on,Hours,Valid for months,Certificate number\nDana Reyes,X,2024-01-01,1001,1.5,${'9'.repeat(101)}\nDana Reyes,X,2024-01-02,-2,ten,\n`);
    expect(messages(p)).toEqual([
      'Row 2, Hours: Hours must be at most 1000',
      'Row 2, Certificate number: Use at most 100 characters',
      'Row 2, Valid for months: Enter the months as a whole number',
      'Row 3, Valid for months: "ten" is not a number; give whole months, or leave it empty for no expiry',
    ]);
  });
});

describe('CSV import: what hand-kept sheets write', () => {
  it('hours with units, in minutes or as durations, "N/A" as not recorded, and a middle initial, all through one file', () => {
    const p = plan(
      [
        'Name,Course,Date,Hours',
        'Dana M. Reyes,Local Course A,3/14/2026,8 hrs',
        '"Lee, Sam",Local Course A,3/14/2026,90 min',
        'Dana Reyes,Local Course B,3/15/2026,1:30',
        'Sam Lee,Local Course C,3/16/2026,N/A',
        'Sam Lee,Local Course D,3/16/2026,8 days',
      ].join('\n'),
    );
    expect(messages(p)).toEqual(['Row 6, Hours: "8 days" is in days, not hours (a training day is not always eight hours); write the hours in the file, or set Hours to “Not in the file” and give each training\'s hours on this screen']);
    expect(p.completions.map((c) => [c.memberId, c.custom?.title, c.hours ?? null])).toEqual([
      ['m-dana', 'Local Course A', 8],
      ['m-sam', 'Local Course A', 1.5],
      ['m-dana', 'Local Course B', 1.5],
      ['m-sam', 'Local Course C', null],
    ]);
    expect(p.withoutHours).toEqual([{ key: 'custom:local course c', title: 'Local Course C', rows: 1 }]);
  });
});

describe('CSV import: which status values mean completed', () => {
  it('guesses the words LMS and sheets use, a ticked box included, and reads a chosen check mark as itself', () => {
    const done = ['Yes', 'Complete via rpl', 'Completed via RPL', 'Attended', 'Present', 'x', '✓', '✔', 'Completed (achieved pass grade)', 'Completed (85%)', 'Passed - 90', 'Complete: on time', 'Passed [retake]', 'Fully attended', 'P', 'c', 'TRUE', 'Window opens 07 Jan 2028', 'Expires 15 Apr 2026', '100', '100%', '100.0%'];
    const notDone = ['No', 'In progress', 'Not yet started', 'Absent', 'No show', '', 'Completed (did not achieve pass grade)', 'Not completed (0%)', 'Complete - no certificate', '(Yes/No)', 'Incomplete: failed quiz', 'Partially attended', 'F', 'W', 'NS', 'FALSE', 'Expired since 15 Apr 2026', 'Due 15 Apr 2026', 'Assigned', 'Expires', '40', '40%', '1000', '10.0%'];
    expect(done.filter(isCompletedValue)).toEqual(done);
    expect(notDone.filter(isCompletedValue)).toEqual([]);
    expect(statusKey(' ✓ ')).toBe('checked');
    const rows = ['Name,Course,Date,Status', 'Dana Reyes,Local Course A,3/14/2026,✓', 'Sam Lee,Local Course A,3/14/2026,'];
    const table = parseCsvTable(rows.join('\n'));
    const chosen = planImport(table, guessMapping(table.headers), importContext(team), { ...monthFirst, completedValues: ['✓'] });
    expect(chosen.completions.map((c) => c.memberId)).toEqual(['m-dana']);
    expect(chosen.notCompleted).toBe(1);
  });
});

describe('CSV import: lines that are not records', () => {
  it('headings between groups of rows and notes under the table are skipped and shown, not refused', () => {
    const p = plan(
      [
        'Name,Course,Date,Hours',
        'Quarter 1,,,',
        'Dana Reyes,Local Course A,3/14/2026,2',
        ',,,',
        'Quarter 2,,,',
        'Sam Lee,Local Course A,4/15/2026,2',
        ',,,',
        'Prepared by: Records Unit,,,',
        '2 records,,,',
      ].join('\n'),
    );
    expect(messages(p)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-03-14'],
      ['m-sam', '2026-04-15'],
    ]);
    expect(p.headingRows).toEqual([
      { rowNumber: 2, text: 'Quarter 1' },
      { rowNumber: 5, text: 'Quarter 2' },
    ]);
    expect(p.summaryRows.map((r) => r.rowNumber)).toEqual([8, 9]);
  });

  it('notes on the columns under the header, and the header repeated where two sheets were pasted together, are skipped and shown', () => {
    const p = plan(
      [
        'Name,Course,Status,Date,Hours',
        '(Last, First),(as on the certificate),(Yes/No),MM/DD/YYYY,(number)',
        '"Reyes, Dana",Local Course A,Yes,3/14/2026,2',
        '"Lee, Sam",Local Course A,No,3/14/2026,2',
        'NAME,Course,Status,Date,Hours',
        '"Lee, Sam",Local Course B,Yes,4/15/2026,1.5',
      ].join('\n'),
    );
    expect(messages(p)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn])).toEqual([
      ['m-dana', '2026-03-14'],
      ['m-sam', '2026-04-15'],
    ]);
    expect(p.notCompleted).toBe(1);
    expect(p.headerLines).toEqual([
      { rowNumber: 2, kind: 'notes', text: '(Last · First) · (as on the certificate) · (Yes/No) · MM/DD/YYYY · (number)' },
      { rowNumber: 5, kind: 'repeat', text: 'NAME · Course · Status · Date · Hours' },
    ]);
    // Their status cells are not offered as values that mean completed.
    expect(p.statusValues).toEqual(['Yes', 'No']);
  });

  it('a first record whose date is written in words is still a record, its date an error', () => {
    expect(messages(plan(['Name,Course,Date', 'Dana Reyes,Local Course A,yesterday', 'Sam Lee,Local Course A,3/14/2026'].join('\n')))).toEqual([
      'Row 2, Completed on (column "Date"): "yesterday" is not a date this import reads; use YYYY-MM-DD, month/day/year, day.month.year, "7 March 2026" or an Excel date number',
    ]);
    // A record that repeats only some of the header's words is a record.
    expect(messages(plan(['Name,Course,Date', 'Dana Reyes,Course,3/14/2026'].join('\n')))).toEqual([]);
  });

  it("a header cell that is a web page's link is read as the link's words", () => {
    const link = '<a href="https://moodle.example.org/mod/simplecertificate/view.php?id=42&amp;tab=1&amp;orderby=issuedate">Issued Date</a>';
    const table = parseCsvTable([`Full name\tID number\t${link}\tCode`, 'Dana Reyes\t \tSaturday, 7 March 2026, 2:05 PM\tx1'].join('\n'));
    expect(table.headers).toEqual(['Full name', 'ID number', 'Issued Date', 'Code']);
    expect(parseCsvTable(['Name,<b>R&amp;D</b> course,Date', 'Dana Reyes,A,3/14/2026'].join('\n')).headers[1]).toBe('R&D course');
    // Text that only looks a little like markup stays as written.
    expect(parseCsvTable(['Name,Hours <8,Date &amp; time', 'Dana Reyes,2,3/14/2026'].join('\n')).headers).toEqual(['Name', 'Hours <8', 'Date &amp; time']);
  });

  it('labels merged over groups of the header\'s columns, saved as CSV, are not the header', () => {
    const table = parseCsvTable(['Employee,,Training,,Credit', 'Name,Badge,Course,Date,Hours', 'Dana Reyes,101,CART,3/18/2026,16'].join('\n'));
    // A bare "Date" under its label says which date it is; the other names stay as written.
    expect(table.headers).toEqual(['Name', 'Badge', 'Course', 'Training Date', 'Hours']);
    expect(table.skippedAbove.map((r) => r.text)).toEqual(['Employee · Training · Credit']);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3]);
    // A two-row header's completion and recertification dates, each a bare "Date" or "Due" under its label.
    const recert = parseCsvTable(['Officer,,Training,Completed,,Recertification', 'Name,Badge #,Course,Date,Hours,Date', 'Dana Reyes,101,CART,3/7/2026,16,3/7/2028'].join('\n'));
    expect(recert.headers).toEqual(['Name', 'Badge #', 'Course', 'Completed Date', 'Hours', 'Recertification Date']);
    expect(guessMapping(recert.headers)).toMatchObject({ completedOn: 3, expiresOn: 5 });
    const due = parseCsvTable(['Officer,,Training,,,Recertification', 'Last,First,Course,Date,Hours,Due', 'Reyes,Dana,CART,3/7/2026,16,3/7/2028'].join('\n'));
    expect(guessMapping(due.headers)).toMatchObject({ completedOn: 3, expiresOn: 5 });
    // A title line over the header is no label row: its names stay as written.
    expect(parseCsvTable(['Training log 2026', 'Name,Course,Date', 'Dana Reyes,CART,3/7/2026'].join('\n')).headers).toEqual(['Name', 'Course', 'Date']);
    // A header with an empty column stays the header above a record that fills it.
    const gap = parseCsvTable(['Name,,Course,Date', 'Dana Reyes,ICAC,CART,March 18 2026'].join('\n'));
    expect(gap.headers).toEqual(['Name', 'Column 2', 'Course', 'Date']);
    expect(gap.rows).toHaveLength(1);
  });

  it('a date cell holding only a dash is no date: skipped with the choice, else an empty date', () => {
    const text = ['Name,Course,Date', 'Dana Reyes,Local Course A,3/14/2026', 'Sam Lee,Local Course A,-', 'Sam Lee,Local Course A,—'].join('\n');
    const skipped = plan(text, importContext(team), { skipRowsWithoutDate: true });
    expect(messages(skipped)).toEqual([]);
    expect(skipped.notCompleted).toBe(2);
    expect(messages(plan(text))).toEqual([
      'Row 3, Completed on (column "Date"): empty; every record needs the date it was completed. If an empty date means the person has not finished, tick “Rows without a completion date are people who have not finished: skip them”',
      'Row 4, Completed on (column "Date"): empty; every record needs the date it was completed. If an empty date means the person has not finished, tick “Rows without a completion date are people who have not finished: skip them”',
    ]);
  });

  it('a header may name two columns alike; a row of repeated values is not a header', () => {
    const table = parseCsvTable(['Training log', 'Yes,Yes,Yes', 'Name,Course,Date,Notes,Notes', 'Dana Reyes,Local Course A,3/14/2026,a,b'].join('\n'));
    expect(table.headers).toEqual(['Name', 'Course', 'Date', 'Notes', 'Notes']);
    expect(table.skippedAbove.map((r) => r.text)).toEqual(['Training log', 'Yes · Yes · Yes']);
    expect(parseCsvTable(['Name,Course,Notes,Notes', 'Dana Reyes,Local Course A,a,b'].join('\n')).headers).toEqual(['Name', 'Course', 'Notes', 'Notes']);
  });

  it('a dated row is a record even when its member is called "Sum"; an undated Total line is not', () => {
    const p = plan(
      ['Name,Course,Date,Hours', 'Dana Reyes,Local Course A,3/14/2026,2', 'Sum,Local Course A,3/15/2026,2', 'Total,,,4'].join('\n'),
      importContext([...team, member('m-sum', 'Sum')]),
    );
    expect(messages(p)).toEqual([]);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana', 'm-sum']);
    expect(p.summaryRows).toEqual([{ rowNumber: 4, text: 'Total · 4' }]);
  });
});

describe('CSV values and mapping', () => {
  it('parses numbers with a point or a decimal comma, and nothing else', () => {
    expect(parseNumberCell('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseNumberCell('.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberCell('1,000').ok).toBe(true);
    expect(parseNumberCell('8h').ok).toBe(false);
    expect(parseNumberCell('1e3').ok).toBe(false);
  });

  it('reads hours as training sheets write them: units, minutes and durations', () => {
    const hours = (text: string) => {
      const parsed = parseHoursCell(text);
      return parsed.ok ? parsed.value : parsed.message;
    };
    expect(['8', '1,5', '8 hrs', '8hrs', '1.5 hours', '2h', '2 Hr.', '.5 h'].map(hours)).toEqual([8, 1.5, 8, 8, 1.5, 2, 2, 0.5]);
    expect(['90 min', '45 minutes', '20m', '1:30', '0:45', '2:00:00', '1h 30m', '1 hr 15 min'].map(hours)).toEqual([1.5, 0.75, 0.33, 1.5, 0.75, 2, 1.5, 1.25]);
    // Spanish, French and German sheets.
    expect(['2 horas', '3 heures', '1 heure', '2 Std.', '4 Stunden', '90 minutos', '45 Minuten', '1 h 30', '1h30', '2 Std. 30 Min.'].map(hours)).toEqual([2, 3, 1, 2, 4, 1.5, 0.75, 1.5, 1.5, 2.5]);
    // The kind of hours, a fraction, a note after them.
    expect(['8 contact hours', '4 Credit Hrs', '2 CE hours', '3 1/2', '3½ hrs', '½', '2 ¾ hours', '16 (2 days)', '4 [est.]', '1 day (8 hrs)'].map(hours)).toEqual([8, 4, 2, 3.5, 3.5, 0.5, 2.75, 16, 4, 8]);
    // The kind alone, its unit understood: continuing-education and POST hours.
    expect(['8 CE', '4 POST', '2.5 CLE', '16 TCOLE'].map(hours)).toEqual([8, 4, 2.5, 16]);
    // The kind after the unit, as trackers type it.
    expect(['4.0 hrs CE', '16 hours POST credit', '8 hrs training'].map(hours)).toEqual([4, 16, 8]);
    expect(parseHoursCell('8 hrs later').ok).toBe(false);
    expect(['1.5 CEU', '1/2', '8 contact', '(8 hrs) 2', '2 days (online)'].map((t) => parseHoursCell(t).ok)).toEqual([false, false, false, false, false]);
    expect(hours('1.6 CEUs')).toBe('"1.6 CEUs" is in CEUs, not hours (one CEU is often, not always, ten contact hours); write the hours in the file, or set Hours to “Not in the file” and give each training\'s hours on this screen');
    // Days are not hours, and the message says so.
    for (const days of ['8 days', '1 day', 'half day', 'Full-day']) {
      expect(hours(days)).toBe(`"${days}" is in days, not hours (a training day is not always eight hours); write the hours in the file, or set Hours to “Not in the file” and give each training's hours on this screen`);
    }
    expect(hours('eight')).toBe('"eight" is not a number of hours; write it as 8, 1.5, "8 hrs", "90 min" or 1:30');
    expect(['1:75', 'h', 'eight', '8 hours 30', '1e3', '1 h 75', '1 h 3'].map((t) => parseHoursCell(t).ok)).toEqual([false, false, false, false, false, false, false]);
  });

  it('reads a column whose header counts minutes as minutes; a cell with its own unit keeps it', () => {
    const p = plan(['Name,Course,Date,Duration (minutes)', 'Dana Reyes,Local Course A,3/14/2026,90', 'Sam Lee,Local Course A,3/14/2026,2 hrs', 'Sam Lee,Local Course B,3/15/2026,45'].join('\n'));
    expect(messages(p)).toEqual([]);
    expect(p.completions.map((c) => c.hours)).toEqual([1.5, 2, 0.75]);
    // "Hours and minutes" is no column of minutes.
    expect(['Duration (min)', 'Minutes', 'Dauer in Minuten', 'Hours and minutes', 'Hours', 'Administration'].map(headerCountsMinutes)).toEqual([true, true, true, false, false, false]);
  });

  it('guesses specific headers before generic ones and reports clashes', () => {
    const mapping = guessMapping(['Name', 'Date', 'Member name', 'Completion date', 'Title']);
    expect(mapping).toMatchObject({ memberName: 2, completedOn: 3, trainingTitle: 4 });
    expect(mappingProblems({ ...mapping, hours: 2 }, 5)).toEqual(['Member name and Hours both use column 3; give each its own column.']);
    expect(mappingProblems({ ...mapping, notes: 9 }, 5)).toEqual(['Notes points at column 10, which the file does not have.']);
  });

  it('reads headers behind the words report tools put before them, and the short spellings of sheets', () => {
    const columns = (headers: string[]) => {
      const mapping = guessMapping(headers);
      return Object.fromEntries(Object.entries(mapping).filter(([, c]) => c !== null).map(([field, c]) => [field, headers[c!]]));
    };
    // Totara report builder style: whose column it is, and what it is of.
    expect(columns(["User's Fullname", 'Course Name', 'Course Completion Status', 'Course Completion Date'])).toEqual({
      memberName: "User's Fullname",
      trainingTitle: 'Course Name',
      status: 'Course Completion Status',
      completedOn: 'Course Completion Date',
    });
    expect(columns(['User First Name', 'User Last Name', 'User Email', 'Learning Item', 'Training Expiration Date', 'Total Hours'])).toEqual({
      memberFirstName: 'User First Name',
      memberLastName: 'User Last Name',
      memberEmail: 'User Email',
      trainingTitle: 'Learning Item',
      expiresOn: 'Training Expiration Date',
      hours: 'Total Hours',
    });
    expect(columns(['Officer', 'Badge #', 'Class', 'End Date', 'Hrs'])).toEqual({ memberName: 'Officer', memberExternalId: 'Badge #', trainingTitle: 'Class', completedOn: 'End Date', hours: 'Hrs' });
    expect(columns(['Participant', 'Email', 'Webinar', 'Attended', 'Session Date'])).toEqual({
      memberName: 'Participant',
      memberEmail: 'Email',
      trainingTitle: 'Webinar',
      status: 'Attended',
      completedOn: 'Session Date',
    });
    // A prefix is only taken off for the fields it belongs to: "Course Name" never names the member.
    expect(columns(['Course Name', 'Course Date'])).toEqual({ trainingTitle: 'Course Name', completedOn: 'Course Date' });
    // A hand-made sheet's notes on how to fill each column, in brackets or after a dash.
    expect(columns(['Name (Last, First)', 'Course Title*', 'Completion Date (MM/DD/YYYY)', 'Hours (decimal)'])).toEqual({
      memberName: 'Name (Last, First)',
      trainingTitle: 'Course Title*',
      completedOn: 'Completion Date (MM/DD/YYYY)',
      hours: 'Hours (decimal)',
    });
    expect(columns(['Employee Name - Last, First', 'Training Name', 'Date of Training [mm/dd/yy]'])).toEqual({
      memberName: 'Employee Name - Last, First',
      trainingTitle: 'Training Name',
      completedOn: 'Date of Training [mm/dd/yy]',
    });
    // Unless the note names another unit: CEUs are no number of hours, and a column of minutes is read as minutes.
    expect(columns(['Investigator', 'Training', 'End Date', 'Hours - CEUs'])).toEqual({ memberName: 'Investigator', trainingTitle: 'Training', completedOn: 'End Date' });
    expect(columns(['Investigator', 'Training', 'End Date', 'Duration (min)'])).toMatchObject({ hours: 'Duration (min)' });
    // "#" says number: a course's number is not its title.
    expect(columns(['Officer', 'Course #', 'Course Description', 'Date', 'Credit Hours'])).toEqual({ memberName: 'Officer', trainingTitle: 'Course Description', completedOn: 'Date', hours: 'Credit Hours' });
    // Academy class rosters.
    expect(columns(['Class #', 'Recruit Name', 'Graduation Date', 'Credit Hours Awarded'])).toEqual({ memberName: 'Recruit Name', completedOn: 'Graduation Date', hours: 'Credit Hours Awarded' });
    // State POST rosters name the officer's number their own way.
    for (const id of ['PID', 'TCOLE PID', 'CJSTC #', 'POST Cert #', 'Emp #']) expect(columns([id, 'Officer Name', 'Course Title', 'Course Date'])).toMatchObject({ memberExternalId: id, memberName: 'Officer Name' });
    // Sign-in sheets: the printed name beside the signature; rosters' rank with the name.
    for (const name of ['Print Name', 'Printed Name', 'Please Print Name', 'Name (please print)', 'Rank/Name', 'Name & Rank']) {
      expect(columns([name, 'Agency', 'Signature'])).toEqual({ memberName: name, memberAgency: 'Agency' });
    }
    // A task force's own log: who by their role, workshops and conferences, a certificate's date, board and CLE hours.
    for (const who of ['Detective', 'Deputy', 'Agent', 'Analyst', 'Staff', 'Team Member', 'Prosecutor', 'Advocate', 'Last, First']) {
      expect(columns([who, 'Course', 'Date', 'Hours'])).toEqual({ memberName: who, trainingTitle: 'Course', completedOn: 'Date', hours: 'Hours' });
    }
    for (const course of ['Workshop', 'Conference', 'Topic']) expect(columns(['Name', course, 'Date'])).toEqual({ memberName: 'Name', trainingTitle: course, completedOn: 'Date' });
    for (const date of ['Cert Date', 'Finish Date', 'Date of Class', 'Dates Attended', 'Conference Date']) expect(columns(['Name', 'Course', date])).toEqual({ memberName: 'Name', trainingTitle: 'Course', completedOn: date });
    for (const hours of ['TCOLE Hours', 'CLE Hours', 'Hours Attended', 'No. of Hours', 'Length']) expect(columns(['Name', 'Course', 'Date', hours])).toMatchObject({ hours });
    // A Yes/No "Complete" column is a status beside a date, the date when alone.
    expect(columns(['Fullname', 'Course', 'Time completed', 'Complete'])).toMatchObject({ status: 'Complete', completedOn: 'Time completed' });
    expect(columns(['Name', 'Course', 'Complete'])).toEqual({ memberName: 'Name', trainingTitle: 'Course', completedOn: 'Complete' });
    // Moodle's Simple certificate report; Totara's certification report.
    expect(columns(['Full name', 'ID number', 'Group', 'Issued Date', 'Grade', 'Code'])).toEqual({ memberName: 'Full name', memberExternalId: 'ID number', completedOn: 'Issued Date', certificateNumber: 'Code' });
    expect(columns(["User's Fullname", 'Certification Name', 'Status', 'Completion date', 'Expiry date'])).toEqual({
      memberName: "User's Fullname",
      trainingTitle: 'Certification Name',
      status: 'Status',
      completedOn: 'Completion date',
      expiresOn: 'Expiry date',
    });
    // Totara report builder's course completion source.
    expect(columns(["User's Fullname", 'Course Name', 'Is complete? (any method)', 'Completion Date'])).toEqual({
      memberName: "User's Fullname",
      trainingTitle: 'Course Name',
      status: 'Is complete? (any method)',
      completedOn: 'Completion Date',
    });
    // A form's "Training Attended" is the training, not a status; camelCase headers read as words.
    expect(columns(['Timestamp', 'Email Address', 'Full Name', 'Training Attended', 'Date of Training'])).toEqual({
      memberEmail: 'Email Address',
      memberName: 'Full Name',
      trainingTitle: 'Training Attended',
      completedOn: 'Date of Training',
    });
    expect(columns(['LastName', 'FirstName', 'CourseTitle', 'StartDate', 'EndDate', 'TotalHours'])).toEqual({
      memberLastName: 'LastName',
      memberFirstName: 'FirstName',
      trainingTitle: 'CourseTitle',
      completedOn: 'EndDate',
      hours: 'TotalHours',
    });
    // A Cornerstone transcript report ("Transcript Completed Date") and a TargetSolutions one ("Activity").
    expect(columns(['User ID', 'User Full Name', 'User Email', 'Training Title', 'Transcript Status', 'Transcript Completed Date', 'Training Hours'])).toEqual({
      memberExternalId: 'User ID',
      memberName: 'User Full Name',
      memberEmail: 'User Email',
      trainingTitle: 'Training Title',
      status: 'Transcript Status',
      completedOn: 'Transcript Completed Date',
      hours: 'Training Hours',
    });
    expect(columns(['Last Name', 'First Name', 'Employee ID', 'Activity', 'Completion Date', 'Credit Hours', 'Score'])).toEqual({
      memberLastName: 'Last Name',
      memberFirstName: 'First Name',
      memberExternalId: 'Employee ID',
      trainingTitle: 'Activity',
      completedOn: 'Completion Date',
      hours: 'Credit Hours',
    });
    expect(columns(['Learner', 'Learning Activity', 'Transcript Status', 'Completed Date'])).toEqual({
      memberName: 'Learner',
      trainingTitle: 'Learning Activity',
      status: 'Transcript Status',
      completedOn: 'Completed Date',
    });
    // Sheets kept in Spanish, French or German; a name column beside only one half of a name is the other half.
    expect(columns(['Nombre', 'Apellido', 'Correo electrónico', 'Curso', 'Fecha', 'Horas'])).toEqual({
      memberFirstName: 'Nombre',
      memberLastName: 'Apellido',
      memberEmail: 'Correo electrónico',
      trainingTitle: 'Curso',
      completedOn: 'Fecha',
      hours: 'Horas',
    });
    expect(columns(['Nom', 'Prénom', 'Formation', 'Date', 'Heures'])).toEqual({ memberLastName: 'Nom', memberFirstName: 'Prénom', trainingTitle: 'Formation', completedOn: 'Date', hours: 'Heures' });
    expect(columns(['Vorname', 'Nachname', 'Schulung', 'Datum', 'Stunden', 'Gültig bis'])).toEqual({
      memberFirstName: 'Vorname',
      memberLastName: 'Nachname',
      trainingTitle: 'Schulung',
      completedOn: 'Datum',
      hours: 'Stunden',
      expiresOn: 'Gültig bis',
    });
    // How agencies' own sheets in those languages head a full name, a badge or staff number, a course, its date and its length.
    expect(columns(['Nombre y apellidos', 'Número de placa', 'Nombre del curso', 'Fecha de realización', 'Duración'])).toEqual({
      memberName: 'Nombre y apellidos',
      memberExternalId: 'Número de placa',
      trainingTitle: 'Nombre del curso',
      completedOn: 'Fecha de realización',
      hours: 'Duración',
    });
    expect(columns(['Nom et prénom', 'Matricule', 'Intitulé de la formation', 'Date de la formation', 'Durée'])).toEqual({
      memberName: 'Nom et prénom',
      memberExternalId: 'Matricule',
      trainingTitle: 'Intitulé de la formation',
      completedOn: 'Date de la formation',
      hours: 'Durée',
    });
    expect(columns(['Name, Vorname', 'Personalnummer', 'Lehrgang', 'Datum', 'Dauer (Std.)'])).toEqual({
      memberName: 'Name, Vorname',
      memberExternalId: 'Personalnummer',
      trainingTitle: 'Lehrgang',
      completedOn: 'Datum',
      hours: 'Dauer (Std.)',
    });
    // Moodle's Custom certificate report in its French and German language packs, and a certificate number in Spanish.
    expect(columns(['Nom complet', 'Adresse de courriel', 'Date de réception', 'Code'])).toEqual({ memberName: 'Nom complet', memberEmail: 'Adresse de courriel', completedOn: 'Date de réception', certificateNumber: 'Code' });
    expect(columns(['Vollständiger Name', 'E-Mail-Adresse', 'Datum', 'Zertifikatsnummer'])).toEqual({ memberName: 'Vollständiger Name', memberEmail: 'E-Mail-Adresse', completedOn: 'Datum', certificateNumber: 'Zertifikatsnummer' });
    expect(columns(['Nombre completo', 'Dirección Email', 'Fecha recibido', 'Número de certificado'])).toEqual({ memberName: 'Nombre completo', memberEmail: 'Dirección Email', completedOn: 'Fecha recibido', certificateNumber: 'Número de certificado' });
    expect(columns(['Name', 'First Name', 'Course', 'Date'])).toEqual({ memberLastName: 'Name', memberFirstName: 'First Name', trainingTitle: 'Course', completedOn: 'Date' });
    expect(columns(['Full name', 'First name', 'Course', 'Date'])).toEqual({ memberName: 'Full name', memberFirstName: 'First name', trainingTitle: 'Course', completedOn: 'Date' });
    // A column of minutes is the hours, read as minutes (headerCountsMinutes).
    expect(columns(['Name', 'Course', 'Date', 'Duration (Minutes)'])).toEqual({ memberName: 'Name', trainingTitle: 'Course', completedOn: 'Date', hours: 'Duration (Minutes)' });
  });
});
