import { describe, expect, it } from 'vitest';
import { createMemberMatcher, nameParts, withoutTitle } from '../../../shared/team/matching';
import { member } from './helpers';

const matcher = createMemberMatcher([
  member('m-dana', 'Dana Reyes'),
  member('m-jordan', 'Jordan A. Hale'),
  member('m-chris', "Christopher O'Neil Jr."),
  member('m-john-a', 'John A. Smith'),
  member('m-john-b', 'John Bernard Smith'),
  member('m-lee', 'Lee, Sam'),
]);
const who = (name: string) => {
  const found = matcher.byName(name);
  return found.kind === 'found' ? found.member.id : found.kind === 'ambiguous' ? `ambiguous ${found.count}` : 'none';
};

describe('members matched by ID number', () => {
  const ids = createMemberMatcher([member('m-jordan', 'Jordan Hale', { externalId: '054120' }), member('m-dana', 'Dana Reyes', { externalId: 'DR-0042' }), member('m-sam', 'Sam Lee', { externalId: '7' }), member('m-sam-2', 'Sam Leigh', { externalId: '007' })]);
  const whose = (id: string) => {
    const found = ids.byExternalId(id);
    return found.kind === 'found' ? found.member.id : found.kind === 'ambiguous' ? `ambiguous ${found.count}` : 'none';
  };

  it('a number as Excel leaves it (leading zeros dropped, or a decimal) still finds its member', () => {
    expect(['054120', '54120', ' 54120 ', '0054120', '54120.0', 'dr-0042'].map(whose)).toEqual(['m-jordan', 'm-jordan', 'm-jordan', 'm-jordan', 'm-jordan', 'm-dana']);
  });

  it('only a number is read so: other IDs must match as written, and numbers that agree for two members are never guessed', () => {
    expect(['DR-42', '5412', '54120.5', '541200'].map(whose)).toEqual(['none', 'none', 'none', 'none']);
    // Each as written is one member; the number alone could be either.
    expect(['7', '007', '07', '7.0'].map(whose)).toEqual(['m-sam', 'm-sam-2', 'ambiguous 2', 'ambiguous 2']);
  });
});

describe('members matched by name', () => {
  it('exactly, ignoring case, accents, punctuation and "Last, First" on either side', () => {
    expect(['dana reyes', 'Reyes, Dana', 'Sam Lee', 'Lee, Sam', 'Jordan A Hale'].map(who)).toEqual(['m-dana', 'm-dana', 'm-lee', 'm-lee', 'm-jordan']);
  });

  it('says when a member was found by first and last name only', () => {
    expect(matcher.byName('Dana Reyes')).toEqual({ kind: 'found', member: expect.objectContaining({ id: 'm-dana' }) });
    expect(matcher.byName('Dana M. Reyes')).toEqual({ kind: 'found', member: expect.objectContaining({ id: 'm-dana' }), loose: true });
  });

  it('a middle name or initial on one side only, an apostrophe or a Jr. do not keep a name from its member', () => {
    expect(['Dana M. Reyes', 'Reyes, Dana Maria', 'Jordan Hale', 'Hale, Jordan', 'Christopher ONeil', "Christopher O'Neil", 'Christopher A. ONeil Jr'].map(who)).toEqual([
      'm-dana',
      'm-dana',
      'm-jordan',
      'm-jordan',
      'm-chris',
      'm-chris',
      'm-chris',
    ]);
  });

  it('a bracketed note after a name is looked past, and shown as a loose match', () => {
    expect(['Dana Reyes (Inactive)', 'Reyes, Dana [retired]', 'Jordan Hale (TDY)', 'Sam Lee*'].map(who)).toEqual(['m-dana', 'm-dana', 'm-jordan', 'm-lee']);
    expect(matcher.byName('Dana Reyes (Inactive)')).toEqual({ kind: 'found', member: expect.objectContaining({ id: 'm-dana' }), loose: true });
    // A note is not a name: nothing left, nothing found; and a different person with a note is still different.
    expect(['(Inactive)', 'Dana Reese (Inactive)', 'John Smith (Acting)'].map(who)).toEqual(['none', 'none', 'ambiguous 2']);
  });

  it('a rank or title before a name is looked past, and shown as a loose match', () => {
    expect(['Det. Dana Reyes', 'Sgt Sam Lee', 'Officer Jordan Hale', 'Reyes, Det. Dana', 'SPECIAL AGENT DANA REYES', 'TFO Jordan A. Hale', 'Det. Sgt. Sam Lee', 'Ms. Dana Reyes (Inactive)', 'DET REYES DANA M'].map(who)).toEqual([
      'm-dana',
      'm-lee',
      'm-jordan',
      'm-dana',
      'm-dana',
      'm-jordan',
      'm-lee',
      'm-dana',
      'm-dana',
    ]);
    expect(matcher.byName('Det. Dana Reyes')).toEqual({ kind: 'found', member: expect.objectContaining({ id: 'm-dana' }), loose: true });
    // Only a whole word is a title ("Sadana" does not start with "SA"); a title with a surname after it is the one member with that surname.
    expect(['Sadana Reyes', 'Dett Reyes', 'Det. Reyes', 'Det. John Smith'].map(who)).toEqual(['none', 'none', 'm-dana', 'ambiguous 2']);
  });

  it('a surname alone, or a first name with the surname’s initial: the one member it fits, listed to check', () => {
    expect(['Det. Reyes', 'HALE', 'Sgt. Hale', 'Dana R.', 'Jordan H.'].map(who)).toEqual(['m-dana', 'm-jordan', 'm-jordan', 'm-dana', 'm-jordan']);
    expect(matcher.byName('HALE')).toEqual({ kind: 'found', member: expect.objectContaining({ id: 'm-jordan' }), loose: true });
    // A word that is no one's surname, a first name alone, a surname two members share: no one.
    const twoReyes = createMemberMatcher([member('m-dana', 'Dana Reyes'), member('m-dan', 'Daniel Reyes')]);
    expect(['Ortiz', 'Dana', 'Sgt.', 'Smith'].map(who)).toEqual(['none', 'none', 'none', 'ambiguous 2']);
    expect(twoReyes.byName('Det. Reyes').kind).toBe('ambiguous');
  });

  it('a roster name printed last name first without a comma, when no one has it the other way', () => {
    expect(['REYES DANA', 'Reyes Dana M', 'HALE JORDAN A.', 'Lee Sam'].map(who)).toEqual(['m-dana', 'm-dana', 'm-jordan', 'm-lee']);
    expect(who('Reyes Dana B')).toBe('m-dana');
    expect(who('Hale Jordan B')).toBe('none');
  });

  it('a last name of several words before the first name, as a Moodle site set to "lastname firstname" shows it', () => {
    const vanBuren = createMemberMatcher([member('m-ashley', 'Ashley Van Buren'), member('m-dana', 'Dana Reyes')]);
    expect(vanBuren.byName('Van Buren Ashley')).toMatchObject({ kind: 'found', member: { id: 'm-ashley' }, loose: true });
    expect(vanBuren.byName('Van Buren Ashlee').kind).toBe('none');
    // A name with a comma is read by its comma: a label before "HALE, JORDAN" is no first name.
    expect(createMemberMatcher([member('m-jordan', 'Jordan Hale')]).byName('Officer: HALE, JORDAN').kind).toBe('none');
  });

  it("an MDT list's degrees and licences after a comma, a badge number after the name, and a job before it are looked past", () => {
    const mdt = createMemberMatcher([member('m-tyler', 'Tyler Nguyen'), member('m-anita', 'Anita Rao'), member('m-andre', 'Andre Whitaker'), member('m-priscilla', 'Priscilla Vance')]);
    const id = (name: string) => {
      const found = mdt.byName(name);
      return found.kind === 'found' ? found.member.id : found.kind;
    };
    expect(['Tyler Nguyen, LCSW', 'Dr. Anita Rao, MD', 'Anita Rao, MD, FAAP', 'Tpr. Andre Whitaker #4471', 'Analyst Priscilla Vance'].map(id)).toEqual(['m-tyler', 'm-anita', 'm-anita', 'm-andre', 'm-priscilla']);
    // A last name written first is still that: "Nguyen, Tyler".
    expect(id('Nguyen, Tyler')).toBe('m-tyler');
  });

  it('a first initial only ("Reyes, D.", "D. Reyes"), when it fits one member, shown as a loose match', () => {
    expect(['Reyes, D.', 'D. Reyes', 'D Reyes', 'Hale, J.'].map(who)).toEqual(['m-dana', 'm-dana', 'm-dana', 'm-jordan']);
    expect(matcher.byName('Reyes, D.')).toMatchObject({ kind: 'found', loose: true });
    // Two Smiths: J. is either; a wrong initial is no one.
    expect(who('J. Smith')).toBe('ambiguous 2');
    expect(who('K. Reyes')).toBe('none');
  });

  it('different middle initials are different people; a name that fits several is never guessed', () => {
    expect(who('John B. Smith')).toBe('m-john-b');
    expect(who('John Bernard Smith')).toBe('m-john-b');
    expect(who('John Anthony Smith')).toBe('m-john-a');
    expect(who('John C. Smith')).toBe('none');
    expect(who('John Smith')).toBe('ambiguous 2');
    expect(who('Dana')).toBe('none');
    expect(who('Dan Reyes')).toBe('none');
  });

  it('takes a rank or title off the front of a name, on either side of its comma', () => {
    expect(['Det. Dana Reyes', 'Reyes, Lt. Dana', 'Special Agent Dana M. Reyes', 'Dana Reyes', 'Dr.', 'Sgt. Reyes', 'Detective'].map(withoutTitle)).toEqual([
      'Dana Reyes',
      'Dana Reyes',
      'Dana M. Reyes',
      'Dana Reyes',
      'Dr.',
      'Sgt. Reyes',
      'Detective',
    ]);
  });

  it('splits a name into first and last name and what is between', () => {
    expect(nameParts('Dana M. Reyes')).toEqual({ key: 'dana reyes', middle: ['m'] });
    expect(nameParts("Christopher O'Neil Jr.")).toEqual({ key: 'christopher oneil', middle: [] });
    expect(nameParts('Cher')).toBeNull();
  });
});
