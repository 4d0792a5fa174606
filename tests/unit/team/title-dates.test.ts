import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { splitTitleDate } from '../../../shared/team/title-dates';
import { formatRowError, type ImportPlan } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * A log typed by hand with each course's date in its cell, after its name ("CART 07/03/26"):
 * read as the course and its date.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-luz', 'Luz Ortega'), member('m-jorge', 'Jorge Villarreal'), member('m-dana', 'Dana Reyes')];

function read(lines: string[]) {
  const text = lines.join('\r\n');
  const file = readTable('Capacitaciones.csv', new TextEncoder().encode(text), null);
  const first = firstMapping(file, [], trainings, team);
  return { text, file, first, plan: planImport(file.table, first.mapping, importContext(team, { trainings }), first.options) };
}

const records = (p: ImportPlan) => p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours ?? null]);

describe('a course’s date typed in its cell', () => {
  it('with no date column: each course cell gives the course and its date, read into a column of their own', () => {
    const { text, file, first, plan } = read([
      'No.,Nombre(s),Apellido,Capacitación,Horas',
      '1,Luz,Ortega,CART 07/03/26,24',
      '2,Jorge,Villarreal,Entrevista forense NCAC 14/04/26,40',
      '3,Jorge,Villarreal,Trata de personas (OVC) - 02/06/26,8',
    ]);
    expect(file.table.headers).toEqual(['No.', 'Nombre(s)', 'Apellido', 'Capacitación', 'Horas', 'Date (from “Capacitación”)']);
    expect(first.mapping.completedOn).toBe(5);
    expect(plan.fileProblems).toEqual([]);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-luz', 'aattap-cart-training', '2026-03-07', 24],
      ['m-jorge', 'Entrevista forense NCAC', '2026-04-14', 40],
      ['m-jorge', 'Trata de personas (OVC)', '2026-06-02', 8],
    ]);
    expect(planImportFromText(text, first.mapping, importContext(team, { trainings }), first.options)).toEqual(plan);
  });

  it('beside a date column: the course cell’s date is read only where the date cell is empty', () => {
    const { plan } = read([
      'Course,Date,Hrs,Name',
      'CART 3/7/26,,24,Dana Reyes',
      'Peer-to-Peer Investigations,4/14/2026,24,Dana Reyes',
      'CSTAR 2/2/26,,8,Luz Ortega',
    ]);
    expect(plan.errors).toEqual([]);
    expect(records(plan)).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-07', 24],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-04-14', 24],
      ['m-luz', 'ncmec-cstar', '2026-02-02', 8],
    ]);
  });

  it('not where a dated row’s course is named with a day too: an undated row is someone who has not finished that session', () => {
    const { file, plan } = read([
      'Name,Course,Date completed',
      'Dana Reyes,Courtroom Testimony 1/21/2026,1/22/2026',
      'Luz Ortega,Courtroom Testimony 1/21/2026,',
    ]);
    expect(file.table.rows[1]!.cells).toEqual(['Luz Ortega', 'Courtroom Testimony 1/21/2026', '']);
    expect(plan.completions.map((c) => c.memberId)).toEqual(['m-dana']);
  });

  it('a person’s name as a heading over their courses is no course that lacks a date', () => {
    const { file, plan } = read(['Course,Date,Hrs', 'Dana Reyes,,', 'CART 3/7/26,,24', 'Peer-to-Peer Investigations,4/14/2026,24', 'Luz Ortega,,', 'CSTAR 2/2/26,,8']);
    expect(file.table.rows[1]!.cells).toEqual(['CART', '3/7/26', '24']);
    expect(records(plan)).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-07', 24],
      ['m-dana', 'search-peer-to-peer-investigations', '2026-04-14', 24],
      ['m-luz', 'ncmec-cstar', '2026-02-02', 8],
    ]);
  });

  it('a date it cannot read is a problem of the row, under the column it is read into', () => {
    const { plan } = read(['Name,Training', 'Dana Reyes,CART 3/7/2026', 'Luz Ortega,CSTAR 2/30/2026']);
    expect(plan.errors.map(formatRowError)).toEqual([expect.stringMatching(/^Row 3, Completed on \(column "Date \(from “Training”\)"\): /)]);
  });

  it('is not read so from a course now and then named for its day, nor from a date alone', () => {
    const one = read(['Name,Training', 'Dana Reyes,Courtroom Testimony 1/21/2026', 'Luz Ortega,Courtroom Testimony']);
    expect(one.file.table.headers).toEqual(['Name', 'Training']);
    expect(splitTitleDate('P2P (2/2/26)')).toEqual({ title: 'P2P', date: '2/2/26' });
    expect(splitTitleDate('CART – 2026-03-07')).toEqual({ title: 'CART', date: '2026-03-07' });
    expect(splitTitleDate('3/7/26')).toBeNull();
    expect(splitTitleDate('ICAC Version 2.1')).toBeNull();
    expect(splitTitleDate('Protocol 1.2.3')).toBeNull();
  });
});
