import { describe, expect, it } from 'vitest';
import { firstMapping, readTable, trainingHintFromFileName } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { formatRowError } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * Certificate plugins' reports: what they print where a certificate has no expiry.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov' }), member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }), member('m-ana', 'Ana Núñez', { email: 'ana.nunez@example.gov' })];

function plan(name: string, lines: string[]) {
  const file = readTable(name, new TextEncoder().encode(lines.join('\r\n')), null);
  const first = firstMapping(file, [], trainings, team);
  const options = { ...first.options, training: { kind: 'custom' as const, title: 'Courtroom Testimony', provider: '' } };
  const p = planImport(file.table, first.mapping, importContext(team, { trainings }), options);
  return { errors: p.errors.map(formatRowError), records: p.completions.map((c) => [c.memberId, c.completedOn, c.expiresOn ?? null]) };
}

describe('an expiry the certificate does not have yet', () => {
  it("Custom certificate's 1970 (a Unix time of 0, in UTC or west of it) is no expiry, and the completion is kept", () => {
    // report_table.php (2024 and later): the expiry element counts from a course completion Sam does not have, so its date is 0.
    const { errors, records } = plan('customcert-report.csv', [
      'Full name,Email address,Awarded on,Expires on,Code',
      'Dana Reyes,dana.reyes@example.gov,2026-03-07 14:05,2028-03-07 14:05,Qe5Vb1Lr7T',
      'Sam Lee,sam.lee@example.gov,2026-02-12 09:41,1969-12-31 19:00,Tn8Lc2Xv4M',
      'Ana Núñez,ana.nunez@example.gov,2026-01-15 15:00,1970-01-01 00:00,Bw6Ry1Kp9D',
    ]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', '2026-03-07', '2028-03-07'],
      ['m-sam', '2026-02-12', null],
      ['m-ana', '2026-01-15', null],
    ]);
  });

  it('"Never" in the languages certificate plugins are used in is no expiry', () => {
    const { errors, records } = plan('certificados.csv', [
      'Full name,Email address,Awarded on,Expires on',
      'Dana Reyes,dana.reyes@example.gov,2026-03-07,Nunca',
      'Sam Lee,sam.lee@example.gov,2026-02-12,Jamais',
      'Ana Núñez,ana.nunez@example.gov,2026-01-15,Nie',
    ]);
    expect(errors).toEqual([]);
    expect(records.map((r) => r[2])).toEqual([null, null, null]);
  });
});

describe("a certificate report's file name", () => {
  it('offers no training when it is only the report\'s own name, downloaded once or twice', () => {
    expect(['customcert-report.xlsx', 'customcert-report (1).csv', 'Certificados emitidos.csv', 'Certificates issued.csv'].map(trainingHintFromFileName)).toEqual(['', '', '', '']);
    expect(trainingHintFromFileName('customcert-report-courtroom-testimony.csv')).toBe('courtroom testimony');
    // Course certificate's report, and certificates named "<course> - Certificate of Completion" or in Spanish.
    expect(['course-certificate-issues.ods', 'Interview and Interrogation-Certificate of Completion.xlsx', 'TJ-2026_Certificado de finalización.ods', 'CART Certificate of Attendance.csv'].map(trainingHintFromFileName)).toEqual([
      '',
      'Interview and Interrogation',
      'TJ 2026',
      'CART',
    ]);
  });

  it('finds the catalogue training of a certificate named after its course', () => {
    // mod_certificate names its download "<course short name>_<certificate name>", and certificates are often "<course> Certificate".
    const file = readTable('P2P_Peer-to-Peer Investigations Certificate.csv', new TextEncoder().encode(['Full name,Email address,Date received,Code', 'Dana Reyes,dana.reyes@example.gov,2026-03-07,Qe5Vb1Lr7T'].join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: 'search-peer-to-peer-investigations' });
  });
});

describe("an officer's own certificates download", () => {
  it('is one person\'s: its Name column holds the certificates\' names, so no member column is guessed', () => {
    // mod_customcert's my_certificates_table: Name (the certificate's), Course, Awarded on, Code.
    const lines = [
      'Name,Course,Awarded on,Code',
      'Certificate of Completion,Child Abduction Response Team (CART) Training,"Friday, 13 February 2026, 4:20 PM",Qe5Vb1Lr7T',
      'Certificate of Attendance,Forensic Interviewing of Children Training,"Thursday, 15 January 2026, 3:00 PM",Bw6Ry1Kp9D',
      'Courtroom Testimony certificate,Courtroom Testimony,"Tuesday, 14 October 2025, 10:45 AM",Gs3Hf7Ju5Q',
    ];
    const file = readTable('customcert-report (1).csv', new TextEncoder().encode(lines.join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    expect([first.mapping.memberName, first.mapping.trainingTitle, first.mapping.completedOn]).toEqual([null, 1, 2]);
    // Once the coordinator says whose they are, every certificate is a record.
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, memberForAll: 'm-sam' });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn, c.certificateNumber])).toEqual([
      ['m-sam', '2026-02-13', 'Qe5Vb1Lr7T'],
      ['m-sam', '2026-01-15', 'Bw6Ry1Kp9D'],
      ['m-sam', '2025-10-14', 'Gs3Hf7Ju5Q'],
    ]);
    // A team's names are names, whatever else the file holds.
    const named = readTable('report.csv', new TextEncoder().encode(['Name,Course,Awarded on', 'Dana Reyes,Certificate of Completion,2026-03-07'].join('\r\n')), null);
    expect(firstMapping(named, [], trainings, team).mapping.memberName).toBe(0);
  });
});

describe('certificate reports from Dutch sites', () => {
  it("Custom certificate's report and the completion report's columns in Dutch are found", () => {
    // mod_customcert report_table in the nl pack: Volledige naam, E-mailadres, Ontvangen datum, Code.
    expect(guessMapping(['Volledige naam', 'E-mailadres', 'Ontvangen datum', 'Code'])).toMatchObject({ memberName: 0, memberEmail: 1, completedOn: 2, certificateNumber: 3 });
    // report_completion's identity fields in the nl pack.
    expect(guessMapping(['Naam', 'Gebruikersnaam', 'Nummer (ID)', 'E-mailadres'])).toMatchObject({ memberName: 0, memberExternalId: 2, memberEmail: 3 });
    expect(guessMapping(['Naam', 'Gebruikersnaam'])).toMatchObject({ memberExternalId: 1 });
  });
});
