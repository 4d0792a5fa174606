import { describe, expect, it } from 'vitest';
import { createTrainingMatcher } from '../../../shared/team/matching';
import { catalogueTitleForms, sessionForms, shorterTitleForms } from '../../../shared/team/training-title-forms';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import { planImport } from '../../../shared/team/csv-import';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { defaultImportOptions } from '../../../shared/team/import-options';
import { importContext, member, sampleLookup, training } from './helpers';

/*
 * A course's title as learning systems, certificates and coordinators write it: a class named
 * for its session, a certificate's name, a tag, or the catalogue's title without "Training" or
 * its provider's course code.
 */

const catalogue = createTrainingLookup({
  trainings: [
    training('cart', 'Child Abduction Response Team (CART) Training'),
    training('p2p', 'Peer-to-Peer Investigations'),
    training('p2p-advanced', 'Peer-to-Peer Investigations Advanced'),
    training('icstar', 'Introduction to Child Sex Trafficking: Awareness & Response (ICSTAR)'),
    training('fc101', 'FC101 Financial Investigations Practical Skills'),
    training('ci155', 'Cyber Investigation 155 - Online Undercover - LC5WB'),
    training('fi', 'Forensic Interviewing of Children Training'),
    training('ht-course', 'Human Trafficking Course'),
    training('ht-program', 'Human Trafficking Program'),
    training('x101', 'Mandated Reporter Training (CWTA X101)'),
    training('trial', 'Forensic Interviews at Trial: Preparation and Presentation Training'),
    training('mdt', 'MDT 101: Building a Strong Foundation for MDT Success'),
    training('e3', 'Enhance Early Engagement (E3) Training for CAC Victim Advocates'),
    training('cps', 'Conducting Child Abuse Investigations for Child Protective Services (CPS) and Law Enforcement'),
    training('cstar', 'Child Sex Trafficking: Awareness & Response (CSTAR)'),
  ],
  providers: [],
});
const matcher = createTrainingMatcher(catalogue);
const found = (title: string) => {
  const match = matcher.byTitle(title);
  return match.kind === 'found' ? match.training.id : match.kind;
};

describe('a class named for its session', () => {
  it('is its catalogue course: dates, a year, a cohort, how it is given, in brackets or after a dash', () => {
    expect(found('Child Abduction Response Team (CART) Training – April 6-9, 2026')).toBe('cart');
    // The session's day before the title, as a standing sign-in form lists each month's class.
    expect(['Feb 19 – Peer-to-Peer Investigations (P2P)', 'March 3, 2026: Peer-to-Peer Investigations', '3/19 - Peer-to-Peer Investigations'].map(found)).toEqual(['p2p', 'p2p', 'p2p']);
    expect(found('CART Training - Spring 2026')).toBe('cart');
    expect(found('Peer-to-Peer Investigations (March 2026)')).toBe('p2p');
    expect(found('Peer-to-Peer Investigations 2026')).toBe('p2p');
    expect(found('Peer-to-Peer Investigations - 3/7/26 - 3/9/26')).toBe('p2p');
    expect(found('Peer-to-Peer Investigations (Virtual)')).toBe('p2p');
    // With a state record's course number before it too.
    expect(found('3232 - Peer-to-Peer Investigations (March 2026)')).toBe('p2p');
    expect(found('Peer-to-Peer Investigations, Session 2')).toBe('p2p');
    expect(found('Introduction to Child Sex Trafficking: Awareness & Response (ICSTAR) - Cohort 3')).toBe('icstar');
  });

  it('is its course with a certificate’s name after it, its acronym in brackets or a tag before it', () => {
    expect(found('Peer-to-Peer Investigations – Certificate of Completion')).toBe('p2p');
    expect(found('Peer-to-Peer Investigations (P2P)')).toBe('p2p');
    expect(found('[ICAC] Peer-to-Peer Investigations')).toBe('p2p');
    // Its program's acronym before it, bare, or a certificate list's name before it.
    expect(['ICAC Peer-to-Peer Investigations', 'ICAC PEER TO PEER INVESTIGATIONS', 'ICAC - Peer-to-Peer Investigations'].map(found)).toEqual(['p2p', 'p2p', 'p2p']);
    expect(['Certificate of Completion – Peer-to-Peer Investigations', 'Certificate of Attendance: Peer-to-Peer Investigations', 'Certificate of Completion for Peer-to-Peer Investigations'].map(found)).toEqual(['p2p', 'p2p', 'p2p']);
  });

  it('is its course with a revision after it, as a document system numbers each version', () => {
    expect(['Peer-to-Peer Investigations (Version 3)', 'Peer-to-Peer Investigations v2.1', 'Peer-to-Peer Investigations - Rev. 4', 'Forensic Interviewing of Children Training (Version 12)'].map(found)).toEqual(['p2p', 'p2p', 'p2p', 'fi']);
    // A revision is taken off, not a word that names another course.
    expect(found('Peer-to-Peer Investigations Advanced (Version 2)')).toBe('p2p-advanced');
  });

  it('never drops a word that names another course', () => {
    expect(found('Peer-to-Peer Investigations (Refresher)')).toBe('none');
    expect(found('Peer-to-Peer Investigations (Advanced)')).toBe('p2p-advanced');
    expect(found('Peer-to-Peer Investigations Advanced 2026')).toBe('p2p-advanced');
    expect(found('Regional Course 12')).toBe('none');
    expect(sessionForms('Firearms Requalification')).toEqual([]);
  });
});

describe('a catalogue title written shorter or longer', () => {
  it('is found without "Training", without its course code, or with "Training" added', () => {
    expect(found('Forensic Interviewing of Children')).toBe('fi');
    expect(found('Financial Investigations Practical Skills')).toBe('fc101');
    expect(found('Cyber Investigation 155 - Online Undercover')).toBe('ci155');
    expect(found('Peer-to-Peer Investigations Training')).toBe('p2p');
    expect(shorterTitleForms('FC101 Financial Investigations Practical Skills')).toEqual(['Financial Investigations Practical Skills']);
  });

  it('is found from its provider’s course code alone, when one training has that code', () => {
    expect(['FC101', 'fc101', 'LC5WB', 'FC101 (cohort 2)'].map(found)).toEqual(['fc101', 'fc101', 'ci155', 'fc101']);
    // Two trainings with one code: neither.
    const twice = createTrainingMatcher(createTrainingLookup({ trainings: [training('a', 'IA101 Foundations'), training('b', 'IA101 Foundations (Online)')], providers: [] }));
    expect(twice.byTitle('IA101').kind).toBe('none');
    expect(found('FC102')).toBe('none');
    // A code in brackets at the title's end, after the provider's acronym: the code alone, or a title written with it.
    expect(['X101', 'Mandated Reporter (X101)', 'Mandated Reporter Training (X101)'].map(found)).toEqual(['x101', 'x101', 'x101']);
    // Without the code the title is any state's mandated reporter course: not this one.
    expect(['Mandated Reporter Training', 'Mandated Reporter'].map(found)).toEqual(['none', 'none']);
  });

  it('is found from a task force’s shorthand: "P2P" is Peer-to-Peer Investigations, "UC" undercover', () => {
    expect(['P2P', 'P2P Investigations', 'P2P Training', 'P2P – March 3-5, 2026'].map(found)).toEqual(['p2p', 'p2p', 'p2p', 'p2p']);
    expect(found('Cyber Investigation 155 - Online UC')).toBe('ci155');
    // Never the basic course for another one's shorthand.
    expect(found('P2P Advanced')).toBe('none');
    expect(found('Regional P2P Workshop')).toBe('none');
  });

  it('is found with its provider after a dash, when that provider gives it', () => {
    const sample = createTrainingMatcher(sampleLookup);
    const id = (title: string) => {
      const match = sample.byTitle(title);
      return match.kind === 'found' ? match.training.id : match.kind;
    };
    expect(id('ICAC Undercover Chat Investigations – NCJTC')).toBe('icac-undercover-chat');
    expect(id('ICAC Undercover Chat Investigations | National Criminal Justice Training Center')).toBe('icac-undercover-chat');
    expect(id('ICAC Undercover Chat Investigations – NCMEC')).toBe('none');
    expect(id('ICAC Undercover Chat Investigations (National Criminal Justice Training Center)')).toBe('icac-undercover-chat');
    expect(id('ICAC Undercover Chat Investigations (National Center for Missing and Exploited Children)')).toBe('none');
  });

  it('is found by its main title without the subtitle, or with its acronym for the words it stands for', () => {
    expect(['Forensic Interviews at Trial', 'MDT 101', 'E3 Training for CAC Victim Advocates', 'Conducting Child Abuse Investigations for CPS and Law Enforcement'].map(found)).toEqual(['trial', 'mdt', 'e3', 'cps']);
    // A main title of three words or fewer, without a number, could be any such course.
    expect(found('Child Sex Trafficking')).toBe('none');
    expect(catalogueTitleForms('Child Sex Trafficking: Awareness & Response (CSTAR)')).toEqual(['CSTAR']);
    // A file's title keeps its subtitle: the catalogue may give the main title alone as another course.
    const both = createTrainingMatcher(createTrainingLookup({ trainings: [training('intro', 'Introduction to Child Sex Trafficking'), training('icstar', 'Introduction to Child Sex Trafficking: Awareness & Response (ICSTAR)')], providers: [] }));
    const match = both.byTitle('Introduction to Child Sex Trafficking: Awareness & Response (ICSTAR) - Cohort 3');
    expect(match.kind === 'found' && match.training.id).toBe('icstar');
  });

  it('is never guessed when the shorter form is two courses’', () => {
    expect(found('Human Trafficking')).toBe('none');
  });

  it('cut at a records system’s field width, in the middle of a word, is the one course it begins', () => {
    expect(['CHILD ABDUCTION RESPONSE TEAM (CART) TRA', 'FORENSIC INTERVIEWING OF CHILDREN TRAINI', 'Peer-to-Peer Investigations Ad'].map(found)).toEqual(['cart', 'fi', 'p2p-advanced']);
    // Cut where two courses begin alike: neither. On a whole word, or too short to tell: no course.
    expect(['Peer-to-Peer Investigation', 'Child Abduction Response Team', 'Human Trafficking Cou', 'Mandated Reporter Tra'].map(found)).toEqual(['ambiguous', 'none', 'none', 'none']);
  });
});

describe('in an import', () => {
  it('records a session’s copy of a course, and a coordinator’s shorter title, as the catalogue training', () => {
    const table = parseCsvTable(['Name,Course,Date', 'Dana Reyes,Child Forensic Interview Training (March 2026),3/17/2026', 'Dana Reyes,Trauma-Informed Victim Services - Cohort 3,4/2/2026'].join('\n'));
    const plan = planImport(table, guessMapping(table.headers), importContext([member('m-dana', 'Dana Reyes')]), { ...defaultImportOptions, dateOrder: 'mdy' });
    expect(plan.errors).toEqual([]);
    expect(plan.completions.map((c) => c.trainingId ?? c.custom?.title)).toEqual(['cac-forensic-interview', 'ovc-trauma-informed']);
    expect(sampleLookup.get('cac-forensic-interview')).toBeDefined();
  });
});
