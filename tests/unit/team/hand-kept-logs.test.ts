import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImportFromText } from '../../../shared/team/import-stream';
import { createMemberMatcher } from '../../../shared/team/matching';
import { guessCompletedValues, isNotDoneCell } from '../../../shared/team/row-rules';
import type { Member } from '../../../shared/model/team';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { sideTableStart } from '../../../shared/team/column-signs';
import { splitHeader } from '../../../shared/team/group-header';
import { importContext, member, sampleLookup } from './helpers';

/*
 * Logs coordinators keep for years: a status column added later, the same officer written
 * several ways, ranks from other forces, and "no expiry" or "cancelled" in their own language.
 */

function plan(lines: string[], team: Member[], extra: Partial<ImportOptions> = {}, create = false) {
  const text = lines.join('\n');
  const table = parseCsvTable(text);
  const mapping = guessMapping(table.headers);
  const options = { ...defaultImportOptions, dateOrder: 'mdy' as const, ...extra };
  const ctx = () => importContext(team, { createMissingMembers: create });
  const p = planImport(table, mapping, ctx(), options);
  // The commit's streamed check agrees.
  const streamed = planImportFromText(text, mapping, ctx(), options, 2);
  expect([streamed.completions, streamed.notCompleted, streamed.newMembers]).toEqual([p.completions, p.notCompleted, p.newMembers]);
  const names = new Map([...team, ...p.newMembers].map((m) => [m.id, m.name]));
  return { plan: p, errors: p.errors.map(formatRowError), records: p.completions.map((c) => [names.get(c.memberId), c.custom?.title ?? c.trainingId, c.completedOn]) };
}

describe('a status column added to a log later', () => {
  const log = [
    'Name,Course,Date,Status',
    'Dana Reyes,Local Course A,9/14/2023,',
    'Sam Lee,Local Course A,1/5/2024,',
    'Dana Reyes,Local Course B,3/7/2026,Complete',
    'Sam Lee,Local Course B,2/3/2026,No Show',
    'Sam Lee,Local Course C,,',
  ];
  const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];

  it('takes the older rows, blank in it, as done on their date; a blank without a date is not a record', () => {
    const { errors, records, plan: p } = plan(log, team);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Dana Reyes', 'Local Course A', '2023-09-14'],
      ['Sam Lee', 'Local Course A', '2024-01-05'],
      ['Dana Reyes', 'Local Course B', '2026-03-07'],
    ]);
    expect(p.notCompleted).toBe(2);
    // The blank is a value the coordinator can untick, ticked at first.
    expect(p.statusValues).toEqual(['', 'Complete', 'No Show']);
    expect(guessCompletedValues(p.statusValues, 'Status')).toEqual(['', 'Complete']);
  });

  it('leaves them out when the coordinator unticks the blank', () => {
    const { records } = plan(log, team, { completedValues: ['Complete'] });
    expect(records).toEqual([['Dana Reyes', 'Local Course B', '2026-03-07']]);
  });

  it('reads a blank under a yes-or-no column ("Attended", "Completed?") as the unticked answer', () => {
    const { records, plan: p } = plan(['Name,Course,Class Date,Attended', 'Dana Reyes,Local Course A,3/7/2026,Yes', 'Sam Lee,Local Course A,3/7/2026,'], team);
    expect(records).toEqual([['Dana Reyes', 'Local Course A', '2026-03-07']]);
    expect(p.notCompleted).toBe(1);
    expect(guessCompletedValues(['Yes', ''], 'Completed?')).toEqual(['Yes']);
    // A blank is offered only where a row has a date beside it.
    expect(plan(['Name,Course,Date,Status', 'Dana Reyes,Local Course A,3/7/2026,Complete', 'Sam Lee,Local Course A,,'], team).plan.statusValues).toEqual(['Complete']);
  });
});

describe('the same officer written several ways in one file', () => {
  it('is one new member: a middle initial on one row only, a rank, a nickname, "Last, First"', () => {
    const { errors, records, plan: p } = plan(
      [
        'Name,Course,Date',
        'Sgt. Kevin Abernathy,Local Course A,9/14/2023',
        'Kevin J. Abernathy,Local Course B,10/22/2024',
        'Robert "Bobby" Tran,Local Course A,1/5/2024',
        '"Tran, Bobby",Local Course B,3/7/2026',
        'Robert Tran,Local Course C,3/8/2026',
      ],
      [],
      {},
      true,
    );
    expect(errors).toEqual([]);
    expect(p.newMembers.map((m) => m.name)).toEqual(['Kevin Abernathy', 'Robert "Bobby" Tran']);
    expect(records.map((r) => r[0])).toEqual(['Kevin Abernathy', 'Kevin Abernathy', 'Robert "Bobby" Tran', 'Robert "Bobby" Tran', 'Robert "Bobby" Tran']);
    // A loose match is listed for the coordinator to check; either name of a nickname is the member's own.
    expect(p.looseNames.map((l) => [l.written, l.member])).toEqual([['Kevin J. Abernathy', 'Kevin Abernathy']]);
  });

  it('is one new member under an ID number written with and without the leading zero Excel drops', () => {
    const { plan: p } = plan(['PID,Course,Date', '54120,Local Course A,1/5/2024', '054120,Local Course B,1/6/2024'], [], {}, true);
    expect(p.newMembers.map((m) => m.externalId)).toEqual(['54120']);
    expect(p.completions).toHaveLength(2);
  });

  it('keeps two people apart whose middle initials differ', () => {
    const { plan: p } = plan(['Name,Course,Date', 'John A. Smith,Local Course A,1/5/2024', 'John B. Smith,Local Course A,1/5/2024'], [], {}, true);
    expect(p.newMembers.map((m) => m.name)).toEqual(['John A. Smith', 'John B. Smith']);
  });

  it('finds a team member kept with a nickname by either name, and one kept without it from the file\'s nickname', () => {
    const matcher = createMemberMatcher([member('m-tran', 'Robert "Bobby" Tran'), member('m-lee', 'Sam Lee')]);
    expect([matcher.byName('Bobby Tran'), matcher.byName('Robert Tran')].map((m) => (m.kind === 'found' ? m.member.id : m.kind))).toEqual(['m-tran', 'm-tran']);
    const found = matcher.byName('Samuel "Sam" Lee');
    expect(found.kind === 'found' ? [found.member.id, found.loose] : found.kind).toEqual(['m-lee', true]);
  });
});

describe('ranks other forces write before a name', () => {
  it('finds the member under a Commonwealth or Spanish-speaking rank', () => {
    const matcher = createMemberMatcher([member('m-liam', "Liam O'Connor"), member('m-ana', 'Ana Pérez')]);
    const ids = ["DC Liam O'Connor", "PC Liam O'Connor", "D/Sgt Liam O'Connor", "Cst. Liam O'Connor", "Det Supt Liam O'Connor", 'Agte. Ana Pérez', 'Lic. Ana Pérez', 'Sgto Ana Pérez'].map((n) => {
      const m = matcher.byName(n);
      return m.kind === 'found' ? m.member.id : m.kind;
    });
    expect(ids).toEqual(['m-liam', 'm-liam', 'm-liam', 'm-liam', 'm-liam', 'm-ana', 'm-ana', 'm-ana']);
  });

  it('keeps a two-word name whose first word is also a rank ("Di Zhang")', () => {
    const matcher = createMemberMatcher([member('m-di', 'Di Zhang')]);
    const m = matcher.byName('Di Zhang');
    expect(m.kind === 'found' ? m.member.id : m.kind).toBe('m-di');
  });
});

describe('words for "no expiry" and "not done" in the languages logs are kept in', () => {
  const team = [member('m-dana', 'Dana Reyes')];
  it('stores no expiry for them', () => {
    const words = ['s.o.', 'S/O', 'n.v.t.', 'k.A.', 'entfällt', 'No expiry', 'Does not expire', 'Lifetime', 'N/D', 'No aplica', 'Sin vencimiento', 'Não se aplica', 'Sans objet'];
    const { errors, records, plan: p } = plan(['Name,Course,Date,Expires', ...words.map((w, i) => `Dana Reyes,Local Course ${i},3/7/2026,${w}`)], team);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(words.length);
    expect(p.completions.every((c) => c.expiresOn === undefined)).toBe(true);
  });

  it('counts a class cancelled, pending or planned as not completed', () => {
    const words = ['abgesagt', 'entfällt', 'geannuleerd', 'annulé', 'Cancelado', 'pendiente', 'en curso', 'em andamento', 'Programado 5/2027', 'inscrito', 'N/D', 's.o.'];
    expect(words.filter((w) => !isNotDoneCell(w))).toEqual([]);
    // Names and dates are not such words.
    expect(['Offenbach', 'Nov 3 2026', 'no 3/4/2026', 'Sonia'].filter(isNotDoneCell)).toEqual([]);
    const { errors, records, plan: p } = plan(['Name,Course,Date', 'Dana Reyes,Local Course A,3/7/2026', ...words.map((w, i) => `Dana Reyes,Local Course ${i},${w}`)], team);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(1);
    expect(p.notCompleted).toBe(words.length);
  });
});

describe('Spanish and Portuguese headers of a hand-kept log', () => {
  it('maps the father\'s surname, the given names, the end date and the status', () => {
    const headers = ['No.', 'Apellido paterno', 'Apellido materno', 'Nombre(s)', 'CUIP', 'Curso', 'Fecha de inicio', 'Fecha de término', 'Horas', 'Situación'];
    const m = guessMapping(headers);
    expect([m.memberLastName, m.memberFirstName, m.trainingTitle, m.completedOn, m.status].map((i) => (i === null ? null : headers[i]))).toEqual(['Apellido paterno', 'Nombre(s)', 'Curso', 'Fecha de término', 'Situación']);
    expect(guessMapping(['Nome', 'Treinamento', 'Data de conclusão', 'Situação']).status).toBe(3);
    expect(guessCompletedValues(['Acreditado', 'Aprobado', 'Concluído', 'Cancelado', 'Réussi', 'Bestanden', 'Geslaagd'])).toEqual(['Acreditado', 'Aprobado', 'Concluído', 'Réussi', 'Bestanden', 'Geslaagd']);
  });
});

describe('what Excel tables and formulas leave in a log', () => {
  const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];

  it("takes a table's Total row for a summary when its count shows in the date column's format (1/9/1900)", () => {
    const { errors, records, plan: p } = plan(['Name,Course,Date Completed', 'Dana Reyes,Local Course A,3/7/2026', 'Sam Lee,Local Course A,3/8/2026', 'Total,,1/2/1900'], team);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(2);
    expect(p.summaryRows.map((r) => r.text)).toEqual(['Total · 1/2/1900']);
  });

  it('reads a status formula of Current / Due soon / Expired as the standing, its "Not completed" rows as not done', () => {
    const lines = ['Name,Course,Completed,Expires,Status', 'Dana Reyes,Local Course A,3/7/2026,3/7/2028,Current', 'Sam Lee,Local Course A,3/8/2024,3/8/2026,Expired', 'Dana Reyes,Local Course B,,,Not completed'];
    const file = readTable('tracker.csv', new TextEncoder().encode(lines.join('\n')), null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect([first.mapping.status, first.options.skipRowsWithoutDate]).toEqual([null, true]);
    const p = planImport(file.table, first.mapping, importContext(team), { ...first.options, dateOrder: 'mdy' });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn, c.expiresOn])).toEqual([
      ['m-dana', '2026-03-07', '2028-03-07'],
      ['m-sam', '2024-03-08', '2026-03-08'],
    ]);
    expect(p.notCompleted).toBe(1);
    // "Not completed" beside a date is no standing: the column stays a completion status.
    const dated = readTable('tracker.csv', new TextEncoder().encode([...lines.slice(0, 3), 'Dana Reyes,Local Course B,3/9/2026,,Not completed'].join('\n')), null);
    expect(firstMapping(dated, [], sampleLookup, team).mapping.status).toBe(4);
  });
});

describe('a summary table kept beside the log', () => {
  it('reads none of its columns, after the empty column between them, as the records\' fields', () => {
    const lines = [
      'Name,Course,Date Completed,Hours,,Course,Completed',
      'Dana Reyes,Local Course A,4/9/2026,32,,Local Course A,2',
      'Sam Lee,Local Course A,4/9/2026,32,,Local Course B,1',
      'Dana Reyes,Local Course B,1/21/2026,16,,Total,3',
    ];
    const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
    const file = readTable('log.csv', new TextEncoder().encode(lines.join('\n')), null);
    const first = firstMapping(file, [], sampleLookup, team);
    expect([first.mapping.trainingTitle, first.mapping.status]).toEqual([1, null]);
    const p = planImport(file.table, first.mapping, importContext(team), { ...first.options, dateOrder: 'mdy' });
    expect(p.completions).toHaveLength(3);
    // An empty column between two blocks of the same log is no such table: no header repeats across it.
    const spaced = readTable('log.csv', new TextEncoder().encode(['Name,Course,Date Completed,,Expires', 'Dana Reyes,Local Course A,4/9/2026,,4/9/2028'].join('\n')), null);
    expect(firstMapping(spaced, [], sampleLookup, team).mapping.expiresOn).toBe(4);
    // Nor is a column without a header that holds something (notes typed beside each row).
    const noted = readTable('log.csv', new TextEncoder().encode(['Name,Course,Date Completed,,Course', 'Dana Reyes,Local Course A,4/9/2026,late,Local Course B'].join('\n')), null);
    expect(sideTableStart(noted.table.rows, noted.table.headers)).toBe(null);
  });
});

describe('a header typed over two rows, saved as CSV', () => {
  const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
  it('joins a group\'s name over its columns to each of theirs, and reads the rows under both', () => {
    const { errors, plan: p } = plan(
      ['Training & Certifications,,,,,,', 'Name,Agency,Course,Completed,,Certificate,', ',,,Date,Hours,Number,Expires', 'Dana Reyes,Example PD,Local Course A,4/9/2026,32,A-26-0114,4/9/2028', 'Sam Lee,Example SO,Local Course B,2/12/2026,24,,'],
      team,
    );
    expect(parseCsvTable(['Name,Agency,Course,Completed,,Certificate,', ',,,Date,Hours,Number,Expires'].join('\n')).headers).toEqual([
      'Name',
      'Agency',
      'Course',
      'Completed Date',
      'Completed Hours',
      'Certificate Number',
      'Certificate Expires',
    ]);
    expect(errors).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.completedOn, c.hours, c.expiresOn, c.certificateNumber])).toEqual([
      ['m-dana', '2026-04-09', 32, '2028-04-09', 'A-26-0114'],
      ['m-sam', '2026-02-12', 24, undefined, undefined],
    ]);
  });

  it('leaves a first record, or a line of notes under names of their own, as it was', () => {
    // A record under the header: it has digits, and cells under names of their own.
    expect(splitHeader(['Name', 'Course', 'Completed', ''], ['Dana Reyes', 'Local Course A', '4/9/2026', ''])).toBe(null);
    expect(splitHeader(['Name', 'Course', 'Completed', ''], ['', '', 'Date', 'Hrs'])).toEqual(['Name', 'Course', 'Completed Date', 'Completed Hrs']);
    // Digits under a group's name are a record's, and a note under a name of its own is no header's.
    expect(splitHeader(['Name', 'Completed', ''], ['', '4/9/2026', '32'])).toBe(null);
    expect(splitHeader(['Name', 'Course', 'Completed', ''], ['(Last, First)', '', 'Date', 'Hrs'])).toBe(null);
    // Notes under every column, no group: no split.
    expect(splitHeader(['Name', 'Course', 'Date'], ['(Last, First)', '(as on the certificate)', 'MM/DD/YYYY'])).toBe(null);
    // A name under a column of one, merged down to nothing, is no such header.
    expect(splitHeader(['Name', 'Completed', '', 'Certificate'], ['', 'Date', '', 'Number'])).toEqual(null);
  });
});

describe('a member whose name holds what reads as an address', () => {
  it('is found by the name as written when the address finds no one (found by the export round trip property)', () => {
    const team = [member('m-0', '-@-.AA!'), member('m-1', '0')];
    const { errors, plan: p } = plan(['Member name,Training title,Completed on', '-@-.AA!,Local Course A,3/1/1989'], team);
    expect(errors).toEqual([]);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-0']);
  });
});

describe('"Last, First, Suffix" as rosters print it', () => {
  it('finds the member and makes one named First Last Suffix', () => {
    const matcher = createMemberMatcher([member('m-carl', 'Carl Osborne III')]);
    const m = matcher.byName('OSBORNE, CARL R., III');
    expect(m.kind === 'found' ? m.member.id : m.kind).toBe('m-carl');
    const { plan: p } = plan(['Name,Course,Date', '"OSBORNE, CARL R., III",Local Course A,1/5/2024'], [], {}, true);
    expect(p.newMembers.map((n) => n.name)).toEqual(['Carl R. Osborne III']);
  });
});
