import { describe, expect, it } from 'vitest';
import { dayFromFile } from '../../../shared/team/day-from-file';
import { trainingAbove } from '../../../shared/team/training-above';
import { trainingHintFromFileName } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { emptyMapping, mappingProblems } from '../../../shared/team/csv-mapping';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';
import { formatRowError } from '../../../shared/team/import-plan';
import { importContext, member, sampleLookup } from './helpers';

/*
 * "All rows were completed on one day": a class roster or sign-in sheet of one session, whose
 * day and course are written once above the table or in the file name.
 */

const lines = (...texts: string[]) => texts.map((text, i) => ({ rowNumber: i + 1, text }));
const day = (fileName: string, ...texts: string[]) => {
  const guess = dayFromFile(fileName, lines(...texts));
  return guess === null ? null : guess.kind === 'found' ? guess.day : `ambiguous: ${guess.written}`;
};

describe('the day of a one-session sheet', () => {
  it('is read from a title line: a date in running text, a range of days (its last), a weekday and a time', () => {
    expect(day('roster.csv', 'Child Abduction Response Team (CART) Training', 'Class Date: April 6 - 9, 2026')).toBe('2026-04-09');
    expect(day('roster.csv', 'Sign-in sheet · Tuesday, March 3, 2026 8:00 AM - 5:00 PM')).toBe('2026-03-03');
    expect(day('roster.csv', 'Training day (2026-03-12);')).toBe('2026-03-12');
    expect(day('roster.csv', 'Date · 13/03/2026')).toBe('2026-03-13');
    expect(day('roster.csv', 'Fecha: 7 de marzo de 2026')).toBe('2026-03-07');
  });

  it('is read from the file name when no title line has one', () => {
    expect(day('CART roster 2026-04-09.csv')).toBe('2026-04-09');
    expect(day('roster_20260409.xlsx')).toBe('2026-04-09');
    expect(day('roster_04-13-2026.csv', 'Sign-in sheet')).toBe('2026-04-13');
    // A title line's date comes first.
    expect(day('roster 2026-01-01.csv', 'Class: April 9, 2026')).toBe('2026-04-09');
  });

  it('is not guessed from a printed date, a reporting period, several days, or numbers that are not dates', () => {
    expect(day('roster.csv', 'Class roster', 'Printed 4/20/2026')).toBeNull();
    expect(day('roster.csv', 'Reporting period 1/1/2026 - 6/30/2026')).toBeNull();
    expect(day('roster.csv', 'Session 1: 3/14/2026', 'Session 2: 3/21/2026')).toBeNull();
    expect(day('roster.csv', 'Session 12 · Room 4', 'Course 45123', 'Class of 2026')).toBeNull();
    expect(day('roster-45123.csv')).toBeNull();
    // Two lines with the same day are one day.
    expect(day('roster.csv', 'March 14, 2026', 'Held on 3/14/2026')).toBe('2026-03-14');
    // A class's first and last days in the cells of one line (a POST roster's header block): its last.
    expect(day('F6e Roster.xlsx', 'Course Title: · CART', 'Start Date: · 2026-03-16 · End Date: · 2026-03-18', 'Total Course Hours: · 24')).toBe('2026-03-18');
  });

  it('says when a numeric date reads as two days, and takes neither', () => {
    expect(day('roster.csv', 'Sign-in sheet · 4/5/2026')).toBe('ambiguous: 4/5/2026');
    expect(day('roster_04-09-2026.csv')).toBe('ambiguous: 04-09-2026');
    // Dots are day first, as everywhere in the import.
    expect(day('roster.csv', '07.03.2026')).toBe('2026-03-07');
  });

  it('is taken out of the course the file name suggests', () => {
    expect(trainingHintFromFileName('Courtroom Testimony 2026-03-12.csv')).toBe('Courtroom Testimony');
    expect(trainingHintFromFileName('CART_roster_04-09-2026.csv')).toBe('CART roster');
    expect(trainingHintFromFileName('roster 20260409.xlsx')).toBe('roster');
    // A year alone is part of a course's name.
    expect(trainingHintFromFileName('completion-cart_2026.csv')).toBe('cart 2026');
  });
});

describe('the course of a one-session sheet', () => {
  it('is a catalogue training a title line names, whole, in a cell or after a label', () => {
    const found = (...texts: string[]) => {
      const t = trainingAbove(lines(...texts), sampleLookup);
      return t === null ? null : t.kind === 'catalogue' ? t.training.id : `labelled: ${t.title}`;
    };
    expect(found('Child Abduction Response Team (CART) Training')).toBe('amber-cart');
    expect(found('Sign-in sheet · Child Forensic Interview Training')).toBe('cac-forensic-interview');
    expect(found('Class roster', 'Course Title: Trauma-Informed Victim Services')).toBe('ovc-trauma-informed');
    expect(found('Course · ICAC Undercover Chat Investigations')).toBe('icac-undercover-chat');
    // With its day or place on the same line.
    expect(found('Child Abduction Response Team (CART) Training – April 6-9, 2026')).toBe('amber-cart');
    expect(found('Sign-in: Trauma-Informed Victim Services | Salem Police Academy')).toBe('ovc-trauma-informed');
    // Not in the catalogue: the labelled course, as a training outside it.
    expect(found('Sign-in Sheet', 'Course: Courtroom Testimony')).toBe('labelled: Courtroom Testimony');
    expect(found('Training - Courtroom Testimony')).toBe('labelled: Courtroom Testimony');
    // After a class number typed on the same line, spaced apart; after "Class Roster:", without the session it was typed for.
    expect(found('CLASS ROSTER', 'Class: 2026-0147   Course: 1182 HUMAN TRAFFICKING INVESTIGATIONS')).toBe('labelled: 1182 HUMAN TRAFFICKING INVESTIGATIONS');
    expect(found('Class Roster: 2194 Patrol Tactics In-Service - Session 2026-04 (04/07/2026 - 04/08/2026)')).toBe('labelled: 2194 Patrol Tactics In-Service');
    // A class number or a plain title line names no course.
    expect(found('Class: 2026-03', 'Class roster')).toBeNull();
    expect(found('Session: 12')).toBeNull();
  });
});

describe('a plan with the day chosen for all rows', () => {
  const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee')];
  const plan = (text: string, columns: Partial<ReturnType<typeof emptyMapping>>, options: Partial<ImportOptions>, createMissingMembers = false) =>
    planImport(parseCsvTable(text), { ...emptyMapping(), ...columns }, importContext(team, { trainings: sampleLookup, createMissingMembers }), { ...defaultImportOptions, ...options });
  const cart = { kind: 'catalogue', trainingId: 'amber-cart' } as const;

  it('gives every row that day, with no date column', () => {
    const p = plan('Name,Hours\nDana Reyes,16\nSam Lee,8\n', { memberName: 0, hours: 1 }, { training: cart, completedOnForAll: '2026-04-09' });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.hours])).toEqual([
      ['m-dana', 'amber-cart', '2026-04-09', 16],
      ['m-sam', 'amber-cart', '2026-04-09', 8],
    ]);
  });

  it('takes a row with only a name as a record, down to the last row, but not a heading or a note', () => {
    const text = 'Name,Agency,Signature\nDana Reyes,County,DR\nDay 2:,,\nPat Quinn,,\nSam Lee,,\n3 attendees,,\n';
    const p = plan(text, { memberName: 0, memberAgency: 1 }, { training: cart, completedOnForAll: '2026-04-09' }, true);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.newMembers.map((m) => m.name)).toEqual(['Pat Quinn']);
    expect(p.completions.map((c) => c.memberId)).toEqual(['m-dana', p.newMembers[0]!.id, 'm-sam']);
    expect(p.headingRows.map((r) => r.text)).toEqual(['Day 2:']);
    expect(p.summaryRows.map((r) => r.text)).toEqual(['3 attendees']);
    // Without the day for all rows, a name alone is a heading (or the person's record with its date missing).
    const before = plan(text, { memberName: 0, memberAgency: 1 }, { training: cart }, true);
    expect(before.completions).toEqual([]);
  });

  it('asks for the day when ticked without one, and for one answer when a date column is chosen too or the courses have their columns', () => {
    const problems = (columns: Partial<ReturnType<typeof emptyMapping>>, options: Partial<ImportOptions>) =>
      mappingProblems({ ...emptyMapping(), memberName: 0, ...columns }, 3, { ...defaultImportOptions, training: cart, ...options }, ['Name', 'Date', 'Firearms']);
    expect(problems({}, { completedOnForAll: '2026-04-09' })).toEqual([]);
    expect(problems({}, { completedOnForAll: '' })).toEqual(['“All rows were completed on one day” is ticked: choose the day.']);
    expect(problems({ completedOn: 1 }, { completedOnForAll: '2026-04-09' })).toEqual([
      '“Date” is chosen as the completion date, and “All rows were completed on one day” is ticked; choose one.',
    ]);
    expect(problems({}, { training: null, completedOnForAll: '2026-04-09', trainingColumns: [{ column: 2, training: null, expiresColumn: null }] })).toEqual([
      '“All rows were completed on one day” and “Each course has its own column” are both ticked; choose one.',
    ]);
    expect(problems({}, {})).toEqual([
      'Choose the column with the completion date (Completed on), or tick “All rows were completed on one day”: the file has no column that looks like a completion date.',
    ]);
  });
});
