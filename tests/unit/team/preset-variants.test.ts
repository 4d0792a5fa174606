import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import { moodleDateOrder } from '../../../shared/team/first-date-order';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * Recognised exports as other sites write them: the same report in another language pack's
 * date order, a report builder column in another of its forms, another report builder source.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov' }),
];

function read(name: string, lines: string[]) {
  const file = readTable(name, new TextEncoder().encode(lines.join('\r\n')), null);
  const first = firstMapping(file, [], trainings, team);
  const plan = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
  return { file, first, plan, records: plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn ?? null]) };
}

const completionHeader = 'ID,Name,Email address,Scenario quiz,Scenario quiz - Completion date,Course complete';

describe('Moodle course completion report: the date order of the site that wrote it', () => {
  it('a US English site writes month first ("03/10/26"): a day over 12 tells it', () => {
    const { first, plan, records } = read('completion-ct101.csv', [
      completionHeader,
      '101,Dana Reyes,dana.reyes@example.gov,Completed,"03/10/26, 14:05","03/10/26, 14:05"',
      '102,Sam Lee,sam.lee@example.gov,Not completed,,',
      '103,Jordan Hale,jordan.hale@example.gov,Completed,"03/13/26, 09:30","03/13/26, 09:31"',
    ]);
    expect(first.options.dateOrder).toBe('mdy');
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'ct101', '2026-03-10', null],
      ['m-jordan', 'ct101', '2026-03-13', null],
    ]);
  });

  it('with every day 12 or less, the day written without its leading zero tells it', () => {
    const us = read('completion-ct101.csv', [completionHeader, '101,Dana Reyes,dana.reyes@example.gov,Completed,"03/7/26, 14:05","03/7/26, 14:05"']);
    expect(us.records).toEqual([['m-dana', 'ct101', '2026-03-07', null]]);
    const english = read('completion-ct101.csv', [completionHeader, '101,Dana Reyes,dana.reyes@example.gov,Completed,"7/03/26, 14:05","7/03/26, 14:05"']);
    expect(english.records).toEqual([['m-dana', 'ct101', '2026-03-07', null]]);
    // Days of 10 and over have their two digits either way: Moodle's own English, day first.
    const open = read('completion-ct101.csv', [completionHeader, '101,Dana Reyes,dana.reyes@example.gov,Completed,"11/03/26, 14:05","11/03/26, 14:05"']);
    expect(open.first.options.dateOrder).toBe('dmy');
    expect(open.records).toEqual([['m-dana', 'ct101', '2026-03-11', null]]);
  });

  it("a French site's report: the language pack's headers and month names", () => {
    const { first, plan, records } = read('completion-ct101.csv', [
      "ID,Nom,Adresse de courriel,Quiz de mise en situation,Quiz de mise en situation - Date d'achèvement,Cours terminé",
      '101,Dana Reyes,dana.reyes@example.gov,Terminé,"7 mars 26, 14:05","7 mars 26, 14:05"',
      '102,Sam Lee,sam.lee@example.gov,Pas terminé,,',
      '103,Jordan Hale,jordan.hale@example.gov,Terminé,"13 févr. 26, 09:30","13 févr. 26, 09:31"',
    ]);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'moodle-course-completion' } });
    expect(plan.notCompleted).toBe(1);
    expect(records).toEqual([
      ['m-dana', 'ct101', '2026-03-07', null],
      ['m-jordan', 'ct101', '2026-02-13', null],
    ]);
  });

  it('reads the unpadded day only from short dates', () => {
    expect(moodleDateOrder(['', '12/11/26, 09:00', '4/05/26, 10:00'])).toBe('dmy');
    expect(moodleDateOrder(['05/4/26, 10:00'])).toBe('mdy');
    expect(moodleDateOrder(['4/5/26', '12/11/26', '2026-03-07', '4/05/2026'])).toBeNull();
  });
});

describe('Moodle report builder: other sources and column forms', () => {
  it('"Full name with link" beside an enrolment Status: the Completed column says who completed', () => {
    const { first, records } = read('CART completions.csv', [
      'Course full name with link,Full name with link,Enrolment method,Status,Completed,Time completed',
      'Child Abduction Response Team (CART) Training,Dana Reyes,Manual enrolments,Active,Yes,"Friday, 6 March 2026, 4:30 PM"',
      'Child Abduction Response Team (CART) Training,Sam Lee,Self enrolment (Student),Active,No,',
      'Child Abduction Response Team (CART) Training,Jordan Hale,Manual enrolments,Suspended,Yes,"Monday, 2 February 2026, 11:05 AM"',
    ]);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'moodle-report-builder-completion' } });
    expect(first.mapping.status).toBe(4);
    expect(records).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-06', null],
      ['m-jordan', 'aattap-cart-training', '2026-02-02', null],
    ]);
  });

  it('the badges source: each badge is the training, its expiry kept; a badge nobody earned is no record', () => {
    const { first, plan, records } = read('Badges.csv', [
      'Name,Description,Full name,Date issued,Expiry date',
      'CART Responder,Awarded on completing the CART course.,Jordan Hale,"Monday, 2 February 2026, 11:05 AM","Wednesday, 2 February 2028, 11:05 AM"',
      'Courtroom Testimony,Completed the courtroom testimony module.,Dana Reyes,"Saturday, 7 March 2026, 2:05 PM",',
      'Peer-to-Peer Investigations,Completed the P2P investigations course.,,,',
    ]);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'moodle-badges-report' } });
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records).toEqual([
      ['m-jordan', 'CART Responder', '2026-02-02', '2028-02-02'],
      ['m-dana', 'Courtroom Testimony', '2026-03-07', null],
    ]);
    // Without its Description column the report is not recognised, and "Name" beside "Full name" is still the badge.
    const bare = read('Badges awarded.csv', ['Name,Full name,Date issued,Expiry date', 'CART Responder,Jordan Hale,"Monday, 2 February 2026, 11:05 AM",', 'Mandated Reporter Refresher 2026,Dana Reyes,"Saturday, 7 March 2026, 2:05 PM",']);
    expect([bare.first.source.kind, bare.first.options.training]).toEqual(['guess', null]);
    expect(bare.records).toEqual([
      ['m-jordan', 'CART Responder', '2026-02-02', null],
      ['m-dana', 'Mandated Reporter Refresher 2026', '2026-03-07', null],
    ]);
    // A "Name" beside a person's name of another header is not taken for a course.
    expect(read('list.csv', ['Name,Employee,Date issued', 'Unit 3,Jordan Hale,2/2/2026']).first.mapping.trainingTitle).toBeNull();
  });
});

describe('certificate reports with more columns', () => {
  it('Custom certificate with its Expiry element: "Expires on" is the expiry; Simple certificate: its Course column is the training', () => {
    const custom = read('customcert-report.csv', ['Full name,Email address,Date received,Expires on,Code', 'Dana Reyes,dana@example.gov,2026-02-02 10:05,2028-02-02 10:05,X1Y2Z3']);
    expect(custom.first.mapping.expiresOn).toBe(3);
    const simple = read('Issued certificates.csv', ['Full name,Certificate,Course,Date issued,Code', 'Dana Reyes,Course certificate,Local Course A,"Saturday, 7 March 2026, 2:05 PM",AB12CD']);
    expect(simple.first.mapping.trainingTitle).toBe(2);
    expect(simple.records).toEqual([['m-dana', 'Local Course A', '2026-03-07', null]]);
  });
});

describe('an expiry written as a period after the completion', () => {
  it('the badges source with the badge’s own "Expiry date" ("730 days", "2 years", "Never", a date): each award’s day', () => {
    const { plan, records } = read('Badges.csv', [
      'Name,Description,Expiry date,Full name,Date issued',
      'CART Responder,Awarded on completing CART.,730 days,Jordan Hale,"Thursday, 9 April 2026, 10:00 AM"',
      'Courtroom Testimony,Completed the module.,2 years,Dana Reyes,"Saturday, 7 March 2026, 2:05 PM"',
      'Peer-to-Peer Investigations,Completed P2P.,Never,Sam Lee,"Friday, 27 March 2026, 9:00 AM"',
      'ICAC Undercover Chat,Certified.,"Thursday, 31 December 2026, 12:00 AM",Jordan Hale,"Friday, 14 November 2025, 3:00 PM"',
    ]);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records.map((r) => r[3])).toEqual(['2028-04-08', '2028-03-07', null, '2026-12-31']);
  });

  it('is refused, saying what it read, when it is not a period', () => {
    const { plan } = read('Badges.csv', ['Name,Description,Expiry date,Full name,Date issued', 'CART Responder,Awarded.,soon,Jordan Hale,"Thursday, 9 April 2026, 10:00 AM"']);
    expect(plan.errors.map(formatRowError)).toEqual([expect.stringMatching(/^Row 2, Expires on \(column "Expiry date"\): "soon" is not a date/)]);
  });
});

describe('Moodle course completion report from sites in other languages', () => {
  // report/completion/index.php's header as the Moodle 4.5 language packs write it (it, nl, pt), the 4.4 pt_br and the 4.0 pl packs.
  const headers: [string, string, string][] = [
    ['it', 'ID,Nome,Indirizzo email,Codice identificativo,"Quiz ""Testimonianza in aula"", parte 1","Quiz ""Testimonianza in aula"", parte 1 - Data di completamento",Criteri di completamento', '"7/03/26, 14:05"'],
    ['nl', 'ID,Naam,Nummer (ID),E-mailadres,Toets,Toets - Voltooiingsdatum,Cursus voltooid', '"7/03/26, 14:05"'],
    ['pt', 'ID,Nome,E-mail,Número de identificação (ID),Questionário,Questionário - Data da conclusão,Disciplina concluída', '7/03/26 às 14:05'],
    ['pt_br', 'ID,Nome,Endereço de e-mail,Número de identificação,Questionário,Questionário - Data de conclusão,Curso concluído', '7/03/2026 14:05'],
    ['pl', 'ID,Imię i nazwisko,Quiz,Quiz - Data ukończenia,Kurs ukończony', '"07.03.2026, 14:05"'],
    ['es_mx', 'ID,Nombre,Número de ID,Dirección Email,Departamento,Evaluación final,Evaluación final - Fecha de finalización,Curso finalizado', '"7/03/26, 14:05"'],
    ['de', 'ID,Name,ID-Nummer,E-Mail-Adresse,Abschlusstest,Abschlusstest - Abschlussdatum,Kurs abschließen', '"7.03.26, 14:05"'],
    ['ru', 'ID,Имя,Идентификационный номер,Адрес электронной почты,Итоговый тест,Итоговый тест - Дата завершения,Курс завершен', '"7/03/26, 14:05"'],
    ['ja', 'ID,名前,メールアドレス,自己完了,コース完了', '2026/03/07 14:05'],
  ];
  it.each(headers)('in %s: recognised, the course-complete column is the date, the activity columns are not trainings', (_language, header, date) => {
    const columns = header.match(/("[^"]*(?:""[^"]*)*"|[^,]+)/g)!.length;
    const blanks = ','.repeat(columns - 3);
    const { first, plan, records } = read('completion-ct101.csv', [header, `101,Dana Reyes${blanks},${date}`, `102,Sam Lee${blanks},`]);
    expect(first.source).toMatchObject({ kind: 'preset', preset: { id: 'moodle-course-completion' } });
    expect([first.mapping.completedOn, first.options.trainingColumns]).toEqual([columns - 1, []]);
    expect(plan.errors.map(formatRowError)).toEqual([]);
    expect(records).toEqual([['m-dana', 'ct101', '2026-03-07', null]]);
    expect(plan.notCompleted).toBe(1);
  });
});

describe('preset headers in scripts a squeeze drops', () => {
  it('never match a file by the empty key all such headers share', () => {
    // Three Cyrillic headers and an ID: no Moodle report, though each squeezes to nothing.
    const { first } = read('list.csv', ['ID,Фамилия,Отдел,Город', '1,Иванов,ОВД,Москва']);
    expect(first.source.kind).toBe('guess');
  });
});

describe('Totara completion import', () => {
  const totaraTeam = [member('m-dana', 'Dana Reyes', { externalId: 'dreyes' }), member('m-sam', 'Sam Lee', { externalId: 'slee' })];
  const totara = (lines: string[]) => {
    const file = readTable('import.csv', new TextEncoder().encode(lines.join('\r\n')), null);
    const first = firstMapping(file, [], trainings, totaraTeam);
    const plan = planImport(file.table, first.mapping, importContext(totaraTeam, { trainings }), { ...first.options, dateOrder: 'dmy' });
    return { errors: plan.errors.map(formatRowError), records: plan.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn ?? null]) };
  };

  it("reads no expiry from a certification's due date, the deadline to certify by, even one before the completion", () => {
    const { errors, records } = totara([
      'username,certificationshortname,certificationidnumber,completiondate,duedate',
      'dreyes,CART-CERT,CART,07/03/2026,31/03/2026',
      'slee,CT-CERT,CT,02/02/2026,31/01/2026',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'CART-CERT', '2026-03-07', null],
      ['m-sam', 'CT-CERT', '2026-02-02', null],
    ]);
  });

  it('records a course named only by its ID number by that number, as Totara takes either', () => {
    const { errors, records } = totara([
      'username,courseshortname,courseidnumber,completiondate,grade',
      'dreyes,CT-101,,14/11/2025,',
      'slee,,SEARCH-P2P,14/11/2025,',
      'dreyes,Peer-to-Peer Investigations,SEARCH-P2P,15/11/2025,',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'CT-101', '2025-11-14', null],
      ['m-sam', 'SEARCH-P2P', '2025-11-14', null],
      ['m-dana', 'search-peer-to-peer-investigations', '2025-11-15', null],
    ]);
  });

  it("reads a site's m.d.Y dates month first when one tells it, and a European file's dots day first", () => {
    const monthFirst = read('import.csv', ['username,courseshortname,courseidnumber,completiondate,grade', 'dana.reyes@example.gov,CT-101,,03.07.2026,95', 'sam.lee@example.gov,CT-101,,11.14.2025,']);
    expect(monthFirst.first.options.dateOrder).toBe('mdy');
    expect(monthFirst.plan.errors.map(formatRowError)).toEqual([]);
    expect(monthFirst.records.map((r) => r[2])).toEqual(['2026-03-07', '2025-11-14']);
    const dayFirst = read('import.csv', ['username,courseshortname,courseidnumber,completiondate,grade', 'dana.reyes@example.gov,CT-101,,03.07.2026,95', 'sam.lee@example.gov,CT-101,,14.11.2025,']);
    expect(dayFirst.first.options.dateOrder).toBe(null);
    expect(dayFirst.records.map((r) => r[2])).toEqual(['2026-07-03', '2025-11-14']);
    // Beside slashed dates that are month first, one typist's dots are month first too; beside day-first ones, day first.
    const header = 'Name,Course,Date';
    const mixed = read('log.csv', [header, 'Dana Reyes,Local Course A,3/14/2026', 'Sam Lee,Local Course A,06.02.2026']);
    expect(mixed.first.options.dateOrder).toBe('mdy');
    expect(mixed.records.map((r) => r[2])).toEqual(['2026-03-14', '2026-06-02']);
    const european = read('log.csv', [header, 'Dana Reyes,Local Course A,14/3/2026', 'Sam Lee,Local Course A,06.02.2026']);
    expect(european.records.map((r) => r[2])).toEqual(['2026-03-14', '2026-02-06']);
    // Dots that disagree tell nothing: no order is guessed from them.
    expect(read('import.csv', ['username,courseshortname,courseidnumber,completiondate,grade', 'dana.reyes@example.gov,CT-101,,11.14.2025,', 'sam.lee@example.gov,CT-101,,14.03.2026,']).first.options.dateOrder).toBe(null);
    // Read day first anyway, a dotted date that is month first says what to change.
    const refused = planImport(monthFirst.file.table, monthFirst.first.mapping, importContext(team, { trainings }), { ...monthFirst.first.options, dateOrder: 'dmy' });
    expect(refused.errors.map(formatRowError)[0]).toContain('"11.14.2025" looks like month/day/year, but dates are being read day first');
  });
});
