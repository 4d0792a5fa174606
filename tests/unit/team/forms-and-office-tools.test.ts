import { describe, expect, it } from 'vitest';
import { firstMapping, readTable, trainingHintFromFileName, type LoadedFile } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * What coordinators keep in office tools and get from sign-in forms: Microsoft and Google Forms
 * responses, SharePoint lists, Airtable views, a provider's list of certificates, and the
 * records systems' own headers for hours, dates and outside courses.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }), member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' })];

function plan(file: LoadedFile) {
  const first = { ...firstMapping(file, [], trainings, team), file };
  const p = planImport(file.table, first.mapping, importContext(team, { trainings, createMissingMembers: true }), first.options);
  const name = (id: string) => p.newMembers.find((m) => m.id === id)?.name ?? id;
  return {
    first,
    errors: p.errors.map(formatRowError),
    records: p.completions.map((c) => [name(c.memberId), c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn ?? null, c.hours ?? null]),
  };
}
const csv = (name: string, lines: string[]) => plan(readTable(name, new TextEncoder().encode(lines.join('\r\n')), null));

describe('sign-in forms', () => {
  it("Microsoft Forms open to anyone: the person from the questions, the course and its day asked, not the form's own columns", () => {
    const header = 'ID,Start time,Completion time,Email,Name,Last modified time,Instructor name,Name (as it should appear on your certificate),Which course did you complete?,Last day of the course,Email address (for your certificate)';
    const { first, errors, records } = csv('Training Completion Report(1-5).csv', [
      header,
      '1,3/16/26 9:02:11,3/16/26 9:04:40,anonymous,anonymous,,Pat Quinn,Dana Reyes,Peer-to-Peer Investigations,3/13/2026,dana.reyes@example.gov',
      '2,3/17/26 8:15:03,3/17/26 8:16:59,anonymous,anonymous,,Pat Quinn,Sam Lee,Child Abduction Response Team (CART) Training,3/13/2026,sam.lee@example.gov',
    ]);
    const h = first.file.table.headers;
    expect([h[first.mapping.memberEmail!], h[first.mapping.memberName!], h[first.mapping.trainingTitle!], h[first.mapping.completedOn!]]).toEqual([
      'Email address (for your certificate)',
      'Name (as it should appear on your certificate)',
      'Which course did you complete?',
      'Last day of the course',
    ]);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.slice(0, 3))).toEqual([
      ['m-dana', 'search-peer-to-peer-investigations', '2026-03-13'],
      ['m-sam', 'aattap-cart-training', '2026-03-13'],
    ]);
  });

  it("a form's time of each answer dates the row when nothing else does (Google Forms' Timestamp, Jotform's Submission Date)", () => {
    const google = csv('Sextortion In-Service (Responses) - Form Responses 1.csv', ['Timestamp,Email Address,Your full name', '3/19/2026 9:05:12,dana.reyes@example.gov,Dana Reyes', '3/19/2026 9:07:40,sam.lee@example.gov,Sam Lee']);
    expect(google.errors).toEqual([]);
    expect(google.records.map((r) => [r[0], r[2]])).toEqual([
      ['m-dana', '2026-03-19'],
      ['m-sam', '2026-03-19'],
    ]);
    expect(google.first.options.training).toEqual({ kind: 'custom', title: 'Sextortion In Service', provider: '' });
    const jotform = csv('CART_Training_Sign_In_Sheet2026-02-26_17_02_44.csv', ['Submission Date,Full Name,E-mail', 'Feb 26 2026 4:55 pm,Dana Reyes,dana.reyes@example.gov']);
    expect(jotform.records.map((r) => r.slice(0, 3))).toEqual([['m-dana', 'aattap-cart-training', '2026-02-26']]);
  });

  it('names the course from the download, without what the form or meeting tool adds to the name', () => {
    expect(
      [
        'ICSTAR In-Person Sign-In – April 9 & 10(1-8).xlsx',
        'Mandated Reporter Refresher (Responses) - Form Responses 1.csv',
        'Victim Interviewing (2026-06-09 at 12:55 GMT-5) - Attendance report.csv',
        'CART_Training_Sign_In_Sheet2026-02-26_17_02_44.csv',
        'Child Exploitation Investigative Techniques – Daily Sign-In (Responses).csv',
      ].map(trainingHintFromFileName),
    ).toEqual(['ICSTAR In Person', 'Mandated Reporter Refresher', 'Victim Interviewing', 'CART Training', 'Child Exploitation Investigative Techniques']);
  });

  it("a session question's days and hours are no course column, so the download's name names the course", () => {
    const { first } = csv('ICSTAR In-Person Sign-In – April 9 & 10(1-8).csv', [
      'ID,Start time,Completion time,Email,Name,Full name,Which session did you attend?',
      '1,4/9/26 8:01:02,4/9/26 8:02:00,anonymous,anonymous,Dana Reyes,"Thursday, April 9 (8:30 AM – 4:30 PM)"',
      '2,4/10/26 8:01:02,4/10/26 8:02:00,anonymous,anonymous,Sam Lee,"Friday, April 10 (8:30 AM – 4:30 PM)"',
    ]);
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: 'ncmec-icstar' });
  });
});

describe('office tools', () => {
  it("SharePoint's ids and types before its values are no part of them", () => {
    const { errors, records } = csv('owssvr.csv', [
      'Attendee,Course,Completed On,Recert Due',
      '"14;#Reyes, Dana",3;#Child Abduction Response Team (CART) Training,2026-03-13,datetime;#2028-03-13 00:00:00',
      '"22;#Lee, Sam",9;#Forensic Interviewing of Children Training,2026-06-19,',
    ]);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.slice(0, 4))).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-13', '2028-03-13'],
      ['m-sam', 'ncac-forensic-interviewing-of-children', '2026-06-19', null],
    ]);
    // A note is the coordinator's own words, kept as typed.
    const file = readTable('log.csv', new TextEncoder().encode('Attendee,Course,Completed On,Notes\r\nDana Reyes,Courtroom Testimony,2026-03-13,1;#see binder'), null);
    const first = firstMapping(file, [], trainings, team);
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(p.completions.map((c) => c.notes)).toEqual(['1;#see binder']);
  });

  it("Airtable: a lookup's own title over the linked record's short name, and attachments no certificate number", () => {
    const { first, errors, records } = csv('Completions-Grid view.csv', [
      'Member,Course,Course Title (from Course),Date Completed,Certificate',
      'Dana Reyes,NCAC FI,Forensic Interviewing of Children Training,6/19/2026,"fi-cert.pdf (https://dl.airtable.com/.attachments/abc/fi-cert.pdf)"',
      'Sam Lee,CART,Child Abduction Response Team (CART) Training,3/13/2026,"cart.pdf (https://dl.airtable.com/.attachments/def/cart.pdf)"',
    ]);
    expect(first.mapping.certificateNumber).toBeNull();
    expect(errors).toEqual([]);
    expect(records.map((r) => r.slice(0, 3))).toEqual([
      ['m-dana', 'ncac-forensic-interviewing-of-children', '2026-06-19'],
      ['m-sam', 'aattap-cart-training', '2026-03-13'],
    ]);
  });

  it("a provider's certificate list: its Certificate column of course names is the training, Issued To the person", () => {
    const { first, errors, records } = csv('certificates.csv', [
      'Certificate,Issued To,Date Issued,Certificate ID',
      'Certificate of Completion – Child Sex Trafficking: Awareness & Response (CSTAR),Dana Reyes,"February 2, 2026",NCMEC-88123',
      'Certificate of Completion – Introduction to Child Sex Trafficking: Awareness & Response (ICSTAR),Sam Lee,"June 2, 2026",NCMEC-90211',
    ]);
    expect(first.mapping.certificateNumber).toBe(3);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.slice(0, 3))).toEqual([
      ['m-dana', 'ncmec-cstar', '2026-02-02'],
      ['m-sam', 'ncmec-icstar', '2026-06-02'],
    ]);
    // With no "Certificate ID" beside it, the column is still the courses, not a number.
    const alone = csv('certificates.csv', ['Certificate,Issued To,Date Issued', 'Certificate of Completion – CSTAR,Dana Reyes,2/2/2026', 'Certificate of Completion – ICSTAR,Sam Lee,6/2/2026']);
    expect([alone.first.mapping.trainingTitle, alone.first.mapping.certificateNumber]).toEqual([0, null]);
    // A "Certificate" column of numbers stays the certificate's number.
    expect(csv('certificates.csv', ['Certificate,Issued To,Course,Date Issued', 'NCMEC-1,Dana Reyes,CSTAR,2/2/2026', 'NCMEC-2,Sam Lee,ICSTAR,6/2/2026']).first.mapping.certificateNumber).toBe(0);
  });

  it("a training program's class report: its Attendance Status is the status, its Issued / Not Issued no certificate number", () => {
    const { first, errors, records } = csv('ICAC_TaskForce_Training_Report.csv', [
      'Student Name,Email,Course Title,Course Dates,Attendance Status,Certificate',
      '"Reyes, Dana",dana.reyes@example.gov,ICAC Peer-to-Peer Investigations,04/21/2026 - 04/24/2026,Attended,Issued',
      '"Lee, Sam",sam.lee@example.gov,ICAC Peer-to-Peer Investigations,04/21/2026 - 04/24/2026,Partial Attendance,Not Issued',
    ]);
    expect(first.mapping.certificateNumber).toBeNull();
    expect(errors).toEqual([]);
    expect(records.map((r) => r.slice(0, 3))).toEqual([['m-dana', 'search-peer-to-peer-investigations', '2026-04-24']]);
  });

  it("a task force's and an MDT's own headers: MDT Member, TF Attendees, Exp., Certificate Issued (Y/N)", () => {
    const mdt = csv('MDT Training Hours Tracker.csv', ['Discipline,MDT Member,Course,Date,Exp.', 'Law Enforcement,Dana Reyes,Child Abduction Response Team (CART) Training,3/13/2026,3/13/2028']);
    expect(mdt.records.map((r) => r.slice(0, 4))).toEqual([['m-dana', 'aattap-cart-training', '2026-03-13', '2028-03-13']]);
    const grant = csv('Training Log.csv', ['Date,Course,TF Attendees', '3/13/2026,Child Abduction Response Team (CART) Training,"Dana Reyes; Sam Lee"']);
    expect(grant.records.map((r) => r[0])).toEqual(['m-dana', 'm-sam']);
    const roster = csv('Class Roster.csv', ['Name,Course,Date,Certificate Issued (Y/N)', 'Dana Reyes,Local Course A,4/16/2026,Y', 'Sam Lee,Local Course A,4/16/2026,N']);
    expect(roster.records.map((r) => r[0])).toEqual(['m-dana']);
  });

  it("records systems' own headers: Ohio's CPT Hours, Relias' External Course Title, Guardian Tracking's Occurred On", () => {
    const ohio = csv('cpt.csv', ['Officer,Course,Completion Date,CPT Hours', 'Dana Reyes,Finding Words,2/17/2026,4']);
    expect(ohio.records).toEqual([['m-dana', 'Finding Words', '2026-02-17', null, 4]]);
    // Beside a course's total hours, its CPT hours are a part of them.
    const post = csv('Officer Training Report.csv', ['Officer,Course,End Date,Total Hours,CPT Hours', 'Dana Reyes,Finding Words,2/17/2026,16,4']);
    expect(post.records).toEqual([['m-dana', 'Finding Words', '2026-02-17', null, 16]]);
    const relias = csv('Historical_Upload_Tool.csv', ['Username,Last Name,First Name,External Course Code,External Course Title,Completed Date', 'dreyes,Reyes,Dana,FI-26,Forensic Interviewing of Children Training,08/28/26']);
    expect(relias.first.mapping.certificateNumber).toBeNull();
    expect(relias.records.map((r) => r.slice(0, 3))).toEqual([['m-dana', 'ncac-forensic-interviewing-of-children', '2026-08-28']]);
    const guardian = csv('Entries.csv', ['Entry #,Employee,Occurred On,Created On,Training Course (Custom)', '1042,Dana Reyes,3/13/2026,3/20/2026,Child Abduction Response Team (CART) Training']);
    expect(guardian.records.map((r) => r.slice(0, 3))).toEqual([['m-dana', 'aattap-cart-training', '2026-03-13']]);
  });
});
