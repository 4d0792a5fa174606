import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { guessCompletedValues, isCompletedValue } from '../../../shared/team/row-rules';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { parseDateText } from '../../../shared/team/date-cells';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { utils, write } from '@e965/xlsx';
import { readImportFile } from '../../../shared/team/import-start';
import { importContext, member, readWorkbookHere } from './helpers';

/*
 * Headers and columns of sheets coordinators keep and rosters academies send, as they were
 * found when trying files in several languages: what the first guess makes of them.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];

function read(name: string, lines: string[]) {
  const file = readTable(name, new TextEncoder().encode(lines.join('\r\n')), null);
  const first = firstMapping(file, [], trainings, team);
  const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, dateOrder: first.options.dateOrder ?? 'mdy' });
  return { first, plan, records: plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null, c.expiresOn ?? null]) };
}

const field = (headers: string[], wanted: string) => {
  const mapping = guessMapping(headers);
  return Object.entries(mapping).find(([, column]) => column !== null && headers[column] === wanted)?.[0] ?? null;
};

describe('header spellings', () => {
  it('expiry columns by the names sheets give them', () => {
    for (const h of ['Recert Due', 'Good through', 'Good thru', 'Valid thru', 'Next due', 'Cert Expires', 'Exp. Date', 'Exp Date', 'Recertification Date', "Valable jusqu'au", "Date d'échéance", 'Vence', 'Válido hasta', 'Geldig tot']) {
      expect([h, field(['Name', 'Course', 'Date', h], h)]).toEqual([h, 'expiresOn']);
    }
  });

  it("an enrolment's end, expiry or start is when access to the course ends or begins: neither the completion date nor the expiry; an enrolment's completion date is the completion", () => {
    expect(guessMapping(['Name', 'Course', 'Status', 'Enrollment End Date']).completedOn).toBeNull();
    expect(guessMapping(['Name', 'Course', 'Completion date', 'Enrolment expiry']).expiresOn).toBeNull();
    expect(guessMapping(['Name', 'Course', 'Status', 'Enrollment End Date (MM/DD/YYYY)']).completedOn).toBeNull();
    expect(guessMapping(['User', 'Course', 'Enrollment Date', 'Enrollment Completion Date', 'Enrollment End Date']).completedOn).toBe(3);
    expect(guessMapping(['Name', 'Course', 'Completion date', 'Certificate expiry']).expiresOn).toBe(3);
  });

  it("a due date is a certification's expiry, and a program's or a plan's deadline is none", () => {
    expect(guessMapping(['User\'s Fullname', 'Certification Name', 'Date completed', 'Date due']).expiresOn).toBe(3);
    expect(guessMapping(['User\'s Fullname', 'Program Name', 'Date completed', 'Date due']).expiresOn).toBeNull();
    expect(guessMapping(['Course Title', 'Course due date', 'Course completion date']).expiresOn).toBeNull();
  });

  it('course, date, hours and done columns of hand-made logs', () => {
    for (const h of ['Course Taken', 'Name of Training', 'Type of Training', 'Subject', 'Adiestramiento', 'Opleiding']) expect([h, field(['Name', h, 'Date'], h)]).toEqual([h, 'trainingTitle']);
    for (const h of ['Comp Date', 'Date Comp.', 'Class Dt', 'Date de réussite']) expect([h, field(['Name', 'Course', h], h)]).toEqual([h, 'completedOn']);
    for (const h of ['Total Hrs', 'Hours Credited', 'Uren', 'Std.']) expect([h, field(['Name', 'Course', 'Date', h], h)]).toEqual([h, 'hours']);
    for (const h of ['Done?', 'Done', 'Certified', 'P/F', 'Progress']) expect([h, field(['Name', 'Course', 'Date', h], h)]).toEqual([h, 'status']);
    expect(field(['Naam', 'Opleiding', 'Datum'], 'Naam')).toBe('memberName');
    expect(field(['Estudiante', 'Curso', 'Fecha'], 'Estudiante')).toBe('memberName');
  });

  it('the columns of credential platforms, academy systems and learning systems beyond Moodle and Totara', () => {
    // Credly's badge report, Certifier's credentials, SuccessFactors' Item Status, TargetSolutions' credentials, Acadis' roster.
    expect(guessMapping(['Badge Name', 'Issued to First Name', 'Issued to Last Name', 'Issued to Email', 'Issued at'])).toMatchObject({ trainingTitle: 0, memberFirstName: 1, memberLastName: 2, memberEmail: 3 });
    expect(guessMapping(['Recipient Name', 'Recipient Email', 'Credential', 'Issue Date'])).toMatchObject({ memberName: 0, memberEmail: 1, trainingTitle: 2, completedOn: 3 });
    expect(field(['User ID', 'Item Title', 'Completion Date'], 'Item Title')).toBe('trainingTitle');
    expect(guessMapping(['Employee', 'Credential Name', 'Date Earned', 'Credential Status'])).toMatchObject({ trainingTitle: 1, completedOn: 2, status: 3 });
    expect(guessMapping(['Person ID', 'Last Name', 'First Name', 'Registration Status', 'Class Date'])).toMatchObject({ memberExternalId: 0, status: 3 });
    expect(field(['Delegate', 'Course', 'Date'], 'Delegate')).toBe('memberName');
    expect(field(['Officer', 'DTB Title', 'Date Completed'], 'DTB Title')).toBe('trainingTitle');
    // Done after the due date is done: Lexipol's and PowerDMS's "Completed Late".
    expect(guessCompletedValues(['Completed', 'Completed Late', 'Not Started', 'Overdue'])).toEqual(['Completed', 'Completed Late']);
    // A certificate or badge given, as credential platforms say it (Certifier's "issued").
    expect(guessCompletedValues(['issued', 'draft', 'Awarded', 'revoked'])).toEqual(['issued', 'Awarded']);
    // An Oracle export's codes and class days.
    expect(guessMapping(['EMP_ID', 'LAST_NAME', 'FIRST_NAME', 'COURSE_TITLE', 'START_DT', 'END_DT', 'COMPLETION_CD'])).toMatchObject({ completedOn: 5, status: 6 });
  });

  it("an officer's hours awarded before the course's credit hours beside them", () => {
    expect(field(['Name', 'Course Name', 'Course Completed', 'Credit Hours', 'Hours Awarded'], 'Hours Awarded')).toBe('hours');
    expect(field(['Name', 'Course Name', 'Course Completed', 'Credit Hours'], 'Credit Hours')).toBe('hours');
  });

  it('a CLEE summary’s total beside its four categories is the hours, and a state licence number is who the officer is', () => {
    const headers = ['DPS License #', 'Officer Name', 'Course Title', 'Provider', 'Date Completed', 'Legal Studies', 'Technical Studies', 'Interpersonal Perspectives', 'Skill Development', 'Total CLEE'];
    expect(field(headers, 'Total CLEE')).toBe('hours');
    expect(field(headers, 'DPS License #')).toBe('memberExternalId');
    expect(field(['Name (Last, First MI)', 'POST License #', 'Total Hours'], 'POST License #')).toBe('memberExternalId');
    expect(field(['Officer', 'License Number', 'Course', 'Date'], 'License Number')).toBe('memberExternalId');
  });

  it('a free-text Status/Notes column is the status: done, attended, passed or a certificate received are completions, with or without a note; no-shows, cancellations and registrations are not', () => {
    const { first, plan, records } = read('Training Log 2026.csv', [
      'Name,Course,Date,Hrs,Status/Notes',
      "Dana Reyes,Child Abduction Response Team (CART) Training,3/13/2026,32,done - cert rec'd",
      "Sam Lee,Child Abduction Response Team (CART) Training,3/13/2026,32,cert rec'd 1/30",
      'Jordan Hale,Child Abduction Response Team (CART) Training,3/13/2026,32,"Done, cert in file"',
      'Dana Reyes,Courtroom Testimony,2/5/2026,4,no show',
      'Sam Lee,Courtroom Testimony,2/5/2026,4,"cancelled, resched. for fall"',
      'Jordan Hale,Courtroom Testimony,2/5/2026,4,"Not done, rescheduled"',
      'Dana Reyes,Courtroom Testimony,4/5/2026,4,attended',
    ]);
    expect(first.mapping.status).toBe(4);
    expect(records.map((r) => [r[0], r[2]])).toEqual([
      ['m-dana', '2026-03-13'],
      ['m-sam', '2026-03-13'],
      ['m-jordan', '2026-03-13'],
      ['m-dana', '2026-04-05'],
    ]);
    expect(plan.notCompleted).toBe(3);
    expect(['cert recd', 'Cert received 2/2/26', 'Certificate received'].filter(isCompletedValue)).toHaveLength(3);
  });

  it('"Course Completed" alone is the completion date, as "Completed" alone is', () => {
    expect(field(['Name', 'Course Name', 'Course Completed'], 'Course Completed')).toBe('completedOn');
    expect(field(['Name', 'Course Name', 'Course Completed', 'Date'], 'Course Completed')).toBe('status');
  });

  it('Dutch month names and short months ("7-mrt-28", "5-mei-27")', () => {
    expect(parseDateText('7-mrt-28', { order: 'dmy', excel1904: false })).toEqual({ ok: true, value: '2028-03-07' });
    expect(parseDateText('5 mei 2027', { order: 'dmy', excel1904: false })).toEqual({ ok: true, value: '2027-05-05' });
    expect(parseDateText('12 oktober 2026', { order: 'dmy', excel1904: false })).toEqual({ ok: true, value: '2026-10-12' });
  });
});

describe('what the other columns say', () => {
  it('a column of course names under a header no guess knows: the file name is not offered as every row’s course', () => {
    const lines = ['Name,Class I Went To,Date,Hours', 'Dana Reyes,Child Abduction Response Team (CART) Training,3/7/2026,16', 'Sam Lee,Peer-to-Peer Investigations,2/12/2026,16'];
    const { first, plan } = read('Training Log 2026.csv', lines);
    expect(first.options.training).toBeNull();
    expect(plan.fileProblems[0]).toMatch(/^Choose the column that names the training/);
    // A column of units or instructors is no course: the file name is offered as before.
    const unit = read('Courtroom Testimony.csv', ['Name,Unit,Date', 'Dana Reyes,Crimes Against Children,3/7/2026', 'Sam Lee,Major Crimes,3/7/2026']);
    expect(unit.first.options.training).toEqual({ kind: 'custom', title: 'Courtroom Testimony', provider: '' });
    // Nor are codes, numbers or dates.
    const codes = read('Courtroom Testimony.csv', ['Name,Date,Att,Badge', 'Dana Reyes,3/7/2026,P,A-1001', 'Sam Lee,3/7/2026,F,A-1002']);
    expect(codes.first.options.training).toEqual({ kind: 'custom', title: 'Courtroom Testimony', provider: '' });
  });

  it("a roster's grade of letter codes is its status: failed, withdrawn and no-show rows are no completions", () => {
    const lines = [
      'PID,Course Title,End Date,Hours Awarded,Grade',
      'Dana Reyes,Child Abduction Response Team (CART) Training,03/18/2026,16,P',
      'Dana Reyes,Courtroom Testimony,02/12/2026,4,F',
      'Sam Lee,Courtroom Testimony,02/12/2026,4,W',
      'Jordan Hale,Courtroom Testimony,02/12/2026,4,NS',
    ];
    const { first, plan, records } = read('roster.csv', lines.map((l) => l.replace(/^PID,/, 'Name,')));
    expect(first.mapping.status).toBe(4);
    expect(plan.notCompleted).toBe(3);
    expect(records).toEqual([['m-dana', 'aattap-cart-training', '2026-03-18', 16, null]]);
    // Numbers or words in a grade column are no codes: it is left unread, as before.
    expect(read('r.csv', ['Name,Course,Date,Grade', 'Dana Reyes,CART,3/7/2026,92', 'Sam Lee,CART,3/7/2026,F']).first.mapping.status).toBeNull();
    // All passes say nothing of which rows are not completions.
    expect(read('r.csv', ['Name,Course,Date,Grade', 'Dana Reyes,CART,3/7/2026,P', 'Sam Lee,CART,3/7/2026,P']).first.mapping.status).toBeNull();
  });

  it('a start date beside the completion date: a row with no completion date has not finished, and is skipped', () => {
    const { first, plan, records } = read('roster.csv', [
      'Rank,Last Name,First Name,Course Start,Course Completed,Course Name,Credit Hours,Hours Awarded',
      'DET,REYES,DANA,03/16/2026,03/18/2026,Child Abduction Response Team (CART) Training,16,16',
      'SGT,HALE,JORDAN,03/16/2026,03/18/2026,Child Abduction Response Team (CART) Training,16,12',
      'OFC,LEE,SAM,03/16/2026,,Child Abduction Response Team (CART) Training,16,0',
    ]);
    expect(first.options.skipRowsWithoutDate).toBe(true);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(1);
    expect(records).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-18', 16, null],
      ['m-jordan', 'aattap-cart-training', '2026-03-18', 12, null],
    ]);
    // Without a start date, an empty completion date is still a problem to fix, not a row to skip.
    expect(read('log.csv', ['Name,Course,Date', 'Dana Reyes,CART,3/7/2026', 'Sam Lee,CART,']).first.options.skipRowsWithoutDate).toBe(false);
  });

  it("a tracker's Status of Current / Due soon / Expired is the certificate's standing: every row is a completion, dated by its lone Completed column", () => {
    const { first, plan, records } = read('tracker.csv', [
      'Name,Course,Completed,Expires,Status,Hours',
      'Dana Reyes,Child Abduction Response Team (CART) Training,3/7/2024,3/7/2026,EXPIRED,16',
      'Sam Lee,Peer-to-Peer Investigations,1/22/2025,1/22/2027,Current,16',
      'Jordan Hale,Child Abduction Response Team (CART) Training,3/7/2026,3/7/2028,Due soon,16',
      'Dana Reyes,Peer-to-Peer Investigations,2/2/2026,2/2/2028,#VALUE!,16',
    ]);
    expect(first.mapping).toMatchObject({ completedOn: 2, expiresOn: 3, status: null });
    expect(plan.notCompleted).toBe(0);
    expect(records.map((r) => r[0])).toEqual(['m-dana', 'm-sam', 'm-jordan', 'm-dana']);
    // A real completion status stays one.
    expect(read('log.csv', ['Name,Course,Completed,Status', 'Dana Reyes,CART,3/7/2026,Passed', 'Sam Lee,CART,3/7/2026,Failed']).first.mapping.status).toBe(3);
  });

  it("an Excel formula's error in a date or hours cell is named as one", () => {
    const { plan } = read('tracker.csv', ['Name,Course,Completed,Expires,Hours', 'Dana Reyes,CART,3/7/2026,#VALUE!,#N/A']);
    expect(plan.errors.map(formatRowError)).toEqual([
      'Row 2, Expires on (column "Expires"): "#VALUE!" is an Excel formula\'s error, not a value: fix the formula in the sheet (or clear the cell) and save it again',
      'Row 2, Hours: "#N/A" is an Excel formula\'s error, not a value: fix the formula in the sheet (or clear the cell) and save it again',
    ]);
  });

  it("attendees pasted from a meeting's address line are found by their address, and created under their name", () => {
    const lines = ['Date,Course,Attendee', '3/7/2026,CART,"Reyes, Dana <dana.reyes@example.gov>"', '3/7/2026,CART,Sam Lee <SAM.LEE@example.gov>', '3/7/2026,CART,Pat Doe <pat.doe@example.gov>'];
    const file = readTable('attendees.csv', new TextEncoder().encode(lines.join('\n')), null);
    const withEmails = [member('m-dana', 'D. Reyes', { email: 'dana.reyes@example.gov' }), member('m-sam', 'Samuel Lee', { email: 'sam.lee@example.gov' })];
    const first = firstMapping(file, [], trainings, withEmails);
    const plan = planImport(file.table, first.mapping, importContext(withEmails, { trainings, createMissingMembers: true }), { ...first.options, dateOrder: 'mdy' });
    expect(plan.completions.map((c) => c.memberId)).toEqual(['m-dana', 'm-sam', plan.newMembers[0]!.id]);
    expect(plan.newMembers.map((m) => [m.name, m.email])).toEqual([['Pat Doe', 'pat.doe@example.gov']]);
  });

  it("a workbook kept one sheet per person: the sheet's name is the person of all its rows", async () => {
    const book = utils.book_new();
    for (const [name, course] of [['Reyes, Dana', 'Courtroom Testimony'], ['Lee, Sam', 'CART']] as const) {
      utils.book_append_sheet(book, utils.aoa_to_sheet([['Course', 'Date', 'Hours'], [course, '2026-03-07', 4]]), name);
    }
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const dana = await readImportFile('training.xlsx', bytes, null, readWorkbookHere);
    expect(firstMapping(dana, [], trainings, team).options.memberForAll).toBe('m-dana');
    const sam = await readImportFile('training.xlsx', bytes, null, readWorkbookHere, 'Lee, Sam');
    expect(firstMapping(sam, [], trainings, team).options.memberForAll).toBe('m-sam');
  });

  it("a template's instructions on its first sheet: the log is read from the first sheet whose header names records", async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['How to use this log'], ['Type one class per row. Dates as MM/DD/YYYY.'], ['Ask the coordinator before deleting rows.']]), 'Instructions');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['Name', 'Course', 'Date'], ['Dana Reyes', 'Courtroom Testimony', '2026-03-07']]), 'Log');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const file = await readImportFile('log.xlsx', bytes, null, readWorkbookHere);
    expect([file.sheetName, file.table.headers]).toEqual(['Log', ['Name', 'Course', 'Date']]);
    // Chosen on the file step, the instructions are what is read.
    expect((await readImportFile('log.xlsx', bytes, null, readWorkbookHere, 'Instructions')).sheetName).toBe('Instructions');
  });

  it('a summary of counts or a list of course codes first: the sheet naming people and what they did is read; with none, a class’s sign-in sheet', async () => {
    const sheets = async (...named: [string, unknown[][]][]) => {
      const book = utils.book_new();
      for (const [name, rows] of named) utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
      return (await readImportFile('log.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), null, readWorkbookHere)).sheetName;
    };
    const log: [string, unknown[][]] = ['By Officer', [['Officer', 'Training', 'Completed'], ['Dana Reyes', 'Local Course A', '2026-03-07']]];
    expect(await sheets(['Summary', [['Course', 'Completed'], ['Local Course A', 3]]], log)).toBe('By Officer');
    expect(await sheets(['Codes', [['Code', 'Course', 'Provider'], ['CART', 'CART Training', 'AATTAP']]], log)).toBe('By Officer');
    // Instructions, then a class's sign-in sheet (its course and day in the title): the sign-in sheet.
    const signIn: [string, unknown[][]] = ['CART Apr 2026', [['CART Training – April 6-9, 2026'], [], ['Last, First', 'Agency', 'Attended (Y/N)'], ['Reyes, Dana', 'Example SO', 'Y']]];
    expect(await sheets(['Instructions', [['How to use this workbook'], ['One sheet per class.']]], ['Lists', [['Agencies'], ['Example SO']]], signIn)).toBe('CART Apr 2026');
    // One officer's transcript first stays read, whatever follows it.
    expect(await sheets(['Transcript', [['Course', 'Completed'], ['Local Course A', '2026-03-07']]], ['Contacts', [['Name', 'Email'], ['Dana Reyes', 'dana@example.gov']]])).toBe('Transcript');
  });

  it("one learner's record with a Progress column: only 100 is completed, and a course's due date is no expiry", () => {
    const lines = ['Type,Course Title,Plan,Course due date,Progress,Course completion date', 'Blended,Child Abduction Response Team (CART) Training,,,100,07 Mar 2026', 'E-Learning,Peer-to-Peer Investigations,Onboarding,31 Mar 2026,40,'];
    const file = readTable('Record of Learning.csv', new TextEncoder().encode(lines.join('\n')), null);
    const first = firstMapping(file, [], trainings, team);
    expect(first.mapping).toMatchObject({ status: 4, completedOn: 5, expiresOn: null });
    const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, memberForAll: 'm-dana' });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(plan.notCompleted).toBe(1);
    expect(plan.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.expiresOn ?? null])).toEqual([['m-dana', 'aattap-cart-training', '2026-03-07', null]]);
  });
});

describe('a column of course codes', () => {
  it('is the course when its codes are catalogue trainings’ (CART, CSTAR, P2P), and stays the certificate number otherwise', () => {
    const { first, records } = read('log.csv', ['Date,Name,Code,Hours', '1/22/2026,Dana Reyes,CSTAR,8', '3/5/2026,Sam Lee,P2P,24', '4/9/2026,Jordan Hale,CART,32']);
    expect([first.mapping.trainingTitle, first.mapping.certificateNumber]).toEqual([2, null]);
    expect(records.map((r) => r[1])).toEqual(['ncmec-cstar', 'search-peer-to-peer-investigations', 'aattap-cart-training']);
    expect(read('log.csv', ['Name,Course,Date,Code', 'Dana Reyes,Local Course A,1/22/2026,AB12CD', 'Sam Lee,Local Course A,1/22/2026,EF34GH']).first.mapping.certificateNumber).toBe(3);
  });
});

describe("an event's attendee list", () => {
  it('reads no one’s name from a "Participant" column of Yes and No beside the first and last names', () => {
    const { first } = read('Attendee List.csv', ['Last Name,First Name,Email Address,Participant,Course,Date', 'Reyes,Dana,dana@example.gov,Yes,Local Course A,3/17/2026', 'Lee,Sam,sam@example.gov,No,Local Course A,3/17/2026']);
    expect(first.mapping).toMatchObject({ memberName: null, memberFirstName: 1, memberLastName: 0, memberEmail: 2 });
    // Names under the same header stay its names.
    expect(read('list.csv', ['Participant,Course,Date', 'Dana Reyes,Local Course A,3/17/2026']).first.mapping.memberName).toBe(0);
  });
});

describe("a report writer's text formulas", () => {
  it('reads ="…" cells (Webex, SSRS) as the text in them, and an event’s start and end times as its days', () => {
    const { first, plan, records } = read('attendance report.csv', [
      'Event Name\tEvent Start Time\tEvent End Time\tName\tAttendee Email\tAttendance Duration',
      'Sextortion Reports\t="2026-04-08 13:00:00"\t="2026-04-08 14:30:00"\tDana Reyes\tdana@example.gov\t="91 mins"',
      'Sextortion Reports\t="2026-04-08 13:00:00"\t="2026-04-08 14:30:00"\tSam Lee\t="sam@example.gov"\t="88 mins"',
    ]);
    expect([first.mapping.completedOn, first.mapping.startedOn]).toEqual([2, 1]);
    expect(plan.errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'Sextortion Reports', '2026-04-08', null, null],
      ['m-sam', 'Sextortion Reports', '2026-04-08', null, null],
    ]);
  });

  it('keeps a value that only looks like one, and this app’s own guarded cells, as written', () => {
    // The export guards a value starting with "=" with an apostrophe: ="Course 2" comes back as it was.
    const { records } = read('log.csv', ['Name,Course,Date', 'Dana Reyes,"=""Course"" 1",3/17/2026', `Sam Lee,"'=""Course 2""",3/17/2026`]);
    expect(records.map((r) => r[1])).toEqual(['="Course" 1', '="Course 2"']);
  });
});

describe('rosters from other forces and languages, and event lists', () => {
  it('reads a French result, an Australian competency and the ID numbers forces give', () => {
    expect(guessMapping(['Matricule', 'Nom', 'Prénom', 'Date de fin', 'Heures', 'Résultat'])).toMatchObject({ status: 5 });
    expect(guessCompletedValues(['Réussite', 'Abandon', 'Échec'])).toEqual(['Réussite']);
    expect(guessMapping(['Reg No', 'Surname', 'Given Names', 'Course', 'Date Assessed', 'Nominal Hours', 'Result'])).toMatchObject({ memberExternalId: 0, memberFirstName: 2, completedOn: 4, hours: 5 });
    expect(guessCompletedValues(['Competent', 'Not Yet Competent'])).toEqual(['Competent']);
    for (const h of ['PTB ID', 'OKEY', 'Regimental No.', 'Collar No', 'Núm. Placa']) expect([h, field(['Name', 'Course', 'Date', h], h)]).toEqual([h, 'memberExternalId']);
  });

  it('offers the course a title line names in French or Spanish, or after its course number, and no course from a unit column', () => {
    for (const [label, title] of [
      ['Activité : Entrevue d’enfants victimes', 'Entrevue d’enfants victimes'],
      ['Adiestramiento: Trata Humana - Identificación y Respuesta', 'Trata Humana - Identificación y Respuesta'],
      ['Course #: 26-0117,Human Trafficking Investigations for Law Enforcement', 'Human Trafficking Investigations for Law Enforcement'],
    ] as const) {
      const { first } = read('roster.csv', ['Roster', label, 'Placa,Nombre,Área Policiaca,Fecha,Horas', '0412,Dana Reyes,Región Norte,3/17/2026,8', '0413,Sam Lee,Región Sur,3/17/2026,8']);
      expect([label, first.options.training]).toEqual([label, { kind: 'custom', title, provider: '' }]);
    }
  });

  it('reads an attendee list’s "Title" of ranks and jobs as the people’s role, and its event line as the course', () => {
    const { first } = read('Attendee List.csv', [
      '"Event: Local Course A (June 2–4, 2026)"',
      'Last Name,First Name,Email Address,Company Name,Title,Registration Status',
      'Reyes,Dana,dana@example.gov,Example County Sheriff,Sergeant,Attended',
      'Lee,Sam,sam@example.gov,Example City PD,Detective,Attended',
      'Hale,Jordan,jordan@example.gov,Example DA,Victim Advocate,Cancelled',
    ]);
    expect(first.mapping).toMatchObject({ trainingTitle: null, memberRole: 4 });
    expect(first.options.training).toEqual({ kind: 'custom', title: 'Local Course A', provider: '' });
    // Courses under the same header stay courses.
    expect(read('log.csv', ['Name,Title,Date', 'Dana Reyes,Local Course A,3/17/2026', 'Sam Lee,Local Course B,3/17/2026']).first.mapping.trainingTitle).toBe(1);
  });
});
