import { describe, expect, it } from 'vitest';
import { complianceMatrix, peopleCounts } from '../../../shared/compliance/matrix';
import { isRetired, requirementTitle } from '../../../shared/compliance/labels';
import type { Completion, Member } from '../../../shared/model/team';
import type { Requirement } from '../../../shared/model/requirements';
import { done, facts, member, profile, ref, req } from './compliance-fixtures';

function cell(m: Member, r: Requirement, completions: Completion[], today: string, warningDays = 30) {
  const matrix = complianceMatrix({ profiles: [profile('p', [r])], members: [m], completions, facts, today, warningDays });
  return matrix.rows[0]!.cells[0]!;
}
const dana = member({ id: 'm-dana' });

describe('take-a-training requirements', () => {
  const r = req({ kind: 'training', trainings: [ref('icac-ucc')] });

  it('is not started without a record, current for good with a certificate that does not expire', () => {
    expect(cell(dana, r, [], '2026-05-01')).toMatchObject({ status: 'not-started', date: null });
    expect(cell(dana, r, [done('m-dana', 'icac-ucc', '2020-01-01', { id: 'c-a' })], '2026-05-01')).toEqual({ status: 'current', date: null, evidence: ['c-a'] });
  });

  it('follows the certificate: current until its expiry, due soon inside the window, overdue the day after', () => {
    const c = [done('m-dana', 'icac-ucc', '2025-06-30', { id: 'c-a', validForMonths: 12 })];
    expect(cell(dana, r, c, '2026-05-30')).toMatchObject({ status: 'current', date: '2026-06-30' });
    expect(cell(dana, r, c, '2026-05-31')).toMatchObject({ status: 'due-soon', date: '2026-06-30' });
    expect(cell(dana, r, c, '2026-06-30')).toMatchObject({ status: 'due-soon', date: '2026-06-30' });
    expect(cell(dana, r, c, '2026-07-01')).toEqual({ status: 'overdue', date: '2026-07-01', evidence: ['c-a'] });
  });

  it('an expiry date printed on the certificate wins over its months of validity', () => {
    const c = [done('m-dana', 'icac-ucc', '2025-06-30', { id: 'c-a', validForMonths: 12, expiresOn: '2026-03-31' })];
    expect(cell(dana, r, c, '2026-04-01')).toEqual({ status: 'overdue', date: '2026-04-01', evidence: ['c-a'] });
    expect(cell(dana, r, [done('m-dana', 'icac-ucc', '2025-06-30', { expiresOn: '2027-01-31' })], '2026-04-01')).toMatchObject({ status: 'current', date: '2027-01-31' });
  });

  it('ignores a completion dated after today', () => {
    expect(cell(dana, r, [done('m-dana', 'icac-ucc', '2026-05-02')], '2026-05-01').status).toBe('not-started');
  });

  it('any one of a set: the one lasting longest counts', () => {
    const any = req({ kind: 'training', trainings: [ref('fi-basic'), ref('fi-advanced')] });
    const c = [done('m-dana', 'fi-basic', '2024-01-10', { validForMonths: 12 }), done('m-dana', 'fi-advanced', '2025-03-01', { id: 'c-adv', validForMonths: 24 })];
    expect(cell(dana, any, c, '2026-01-01')).toEqual({ status: 'current', date: '2027-03-01', evidence: ['c-adv'] });
  });

  it('gives a new member their months from joining, then overdue the day after', () => {
    const r6 = req({ kind: 'training', trainings: [ref('icac-ucc')], newMemberMonths: 6 });
    const newbie = member({ id: 'm-new', joinedOn: '2025-08-31' });
    // Month end: 2025-08-31 + 6 months = 2026-02-28.
    expect(cell(newbie, r6, [], '2025-12-01')).toMatchObject({ status: 'not-started', date: '2026-02-28' });
    expect(cell(newbie, r6, [], '2026-02-01')).toMatchObject({ status: 'due-soon', date: '2026-02-28' });
    expect(cell(newbie, r6, [], '2026-03-01')).toMatchObject({ status: 'overdue', date: '2026-03-01' });
  });

  it('keeps a requirement on a retired training, marked, and still counts completions of it', () => {
    const old = req({ kind: 'training', trainings: [{ kind: 'catalogue', trainingId: 'icac-legacy', title: 'ICAC Legacy Course' }] });
    expect(old.kind === 'training' && isRetired(old.trainings[0]!, facts)).toBe(true);
    expect(requirementTitle(old, facts)).toBe('ICAC Legacy Course (retired)');
    expect(cell(dana, old, [done('m-dana', 'icac-legacy', '2019-04-04', { id: 'c-old' })], '2026-01-01')).toEqual({ status: 'current', date: null, evidence: ['c-old'] });
  });

  it('matches a custom training by title regardless of case and spacing', () => {
    const custom = req({ kind: 'training', trainings: [{ kind: 'custom', title: 'Trauma-Informed  Interviewing' }] });
    const c: Completion = { id: 'c-x', memberId: 'm-dana', custom: { title: 'trauma-informed interviewing', provider: '' }, completedOn: '2025-01-01', hours: 4, createdAt: '2025-01-01T00:00:00Z' };
    expect(cell(dana, custom, [c], '2026-01-01').status).toBe('current');
  });
});

describe('recurring requirements', () => {
  it('rolling: due again N months after the last completion, grace days extend it', () => {
    const r = req({ kind: 'recurring', trainings: [ref('amber-101')], cycle: { type: 'rolling', months: 12 }, graceDays: 10 });
    const c = [done('m-dana', 'amber-101', '2023-05-01'), done('m-dana', 'amber-101', '2024-02-29', { id: 'c-leap' })];
    // Leap day: 2024-02-29 + 12 months = 2025-02-28, + 10 days grace = 2025-03-10.
    expect(cell(dana, r, c, '2025-03-10')).toEqual({ status: 'due-soon', date: '2025-03-10', evidence: ['c-leap'] });
    expect(cell(dana, r, c, '2025-03-11')).toEqual({ status: 'overdue', date: '2025-03-11', evidence: ['c-leap'] });
  });

  it('fiscal year from July: done in FY2025-26 covers it; FY2026-27 is due by 30 June 2027', () => {
    const r = req({ kind: 'recurring', trainings: [ref('amber-101')], cycle: { type: 'yearly', startMonth: 7 } });
    const c = [done('m-dana', 'amber-101', '2025-07-01', { id: 'c-fy' })];
    expect(cell(dana, r, c, '2025-07-01')).toMatchObject({ status: 'current', date: '2027-06-30' });
    expect(cell(dana, r, c, '2027-06-30', 90)).toMatchObject({ status: 'due-soon', date: '2027-06-30' });
    expect(cell(dana, r, c, '2027-07-01')).toMatchObject({ status: 'overdue', date: '2027-07-01' });
    // A completion on the last day of the fiscal year counts for that year only.
    const late = [done('m-dana', 'amber-101', '2025-06-30')];
    expect(cell(dana, r, late, '2026-07-01')).toMatchObject({ status: 'overdue', date: '2026-07-01' });
  });

  it('calendar year with grace: overdue only after the grace days into the new year', () => {
    const r = req({ kind: 'recurring', trainings: [ref('amber-101')], cycle: { type: 'yearly', startMonth: 1 }, graceDays: 31 });
    const c = [done('m-dana', 'amber-101', '2024-12-31')];
    expect(cell(dana, r, c, '2026-01-31')).toMatchObject({ status: 'due-soon', date: '2026-01-31' });
    expect(cell(dana, r, c, '2026-02-01')).toMatchObject({ status: 'overdue', date: '2026-02-01' });
  });
});

describe('hours requirements', () => {
  it('rolling window includes a completion on its first day and drops it the day after', () => {
    const r = req({ kind: 'hours', label: '16 h / 12 months', hours: 16, cycle: { type: 'rolling', months: 12 } });
    const c = [done('m-dana', 'icac-ucc', '2025-03-15', { id: 'c-1', hours: 8 }), done('m-dana', 'icac-p2p', '2025-09-01', { id: 'c-2', hours: 8 })];
    expect(cell(dana, r, c, '2026-03-15', 1)).toEqual({
      status: 'due-soon',
      date: '2026-03-15',
      evidence: ['c-1', 'c-2'],
      hours: { counted: 16, needed: 16, from: '2025-03-15', to: '2026-03-15' },
    });
    expect(cell(dana, r, c, '2026-03-16')).toEqual({
      status: 'overdue',
      date: '2026-03-16',
      evidence: ['c-2'],
      hours: { counted: 8, needed: 16, from: '2025-03-16', to: '2026-03-16' },
    });
  });

  it('leap day: 12 months back from 2025-02-28 starts on 2024-02-28, so a 2024-02-29 course still counts', () => {
    const r = req({ kind: 'hours', label: 'Annual', hours: 8, cycle: { type: 'rolling', months: 12 } });
    const c = [done('m-dana', 'icac-ucc', '2024-02-29', { hours: 8 })];
    expect(cell(dana, r, c, '2025-02-28')).toMatchObject({ status: 'due-soon', date: '2025-02-28', hours: { counted: 8, from: '2024-02-28' } });
    expect(cell(dana, r, c, '2025-03-01')).toMatchObject({ status: 'overdue', date: '2025-03-01', hours: { counted: 0 } });
  });

  it('counts credit hours apart from clock hours, falling back to clock hours', () => {
    const credit = req({ kind: 'hours', label: 'CE credits', hours: 10, cycle: { type: 'yearly', startMonth: 1 }, count: 'credit' });
    const clock = req({ kind: 'hours', label: 'Clock', hours: 10, cycle: { type: 'yearly', startMonth: 1 } });
    const c = [done('m-dana', 'icac-ucc', '2026-02-01', { hours: 8, creditHours: 6.5 }), done('m-dana', 'icac-p2p', '2026-03-01', { hours: 3 })];
    expect(cell(dana, credit, c, '2026-04-01').hours).toEqual({ counted: 9.5, needed: 10, from: '2026-01-01', to: '2026-12-31' });
    expect(cell(dana, clock, c, '2026-04-01').hours?.counted).toBe(11);
    expect(cell(dana, clock, c, '2026-04-01')).toMatchObject({ status: 'current', date: '2027-12-31' });
  });

  it('per year: short this year but met last year is current until year end; short both years is overdue since 1 January', () => {
    const r = req({ kind: 'hours', label: '8 h a year', hours: 8, cycle: { type: 'yearly', startMonth: 1 } });
    expect(cell(dana, r, [done('m-dana', 'icac-ucc', '2025-05-01', { hours: 8 })], '2026-03-01')).toMatchObject({ status: 'current', date: '2026-12-31' });
    expect(cell(dana, r, [done('m-dana', 'icac-ucc', '2025-05-01', { hours: 4 })], '2026-03-01')).toMatchObject({ status: 'overdue', date: '2026-01-01' });
    // Joined after last year began: not held to it.
    const newbie = member({ id: 'm-dana', joinedOn: '2025-06-01' });
    expect(cell(newbie, r, [done('m-dana', 'icac-ucc', '2025-07-01', { hours: 4 })], '2026-03-01')).toMatchObject({ status: 'current', date: '2026-12-31' });
  });

  it('filters by family, topic and audience; a retired training keeps its family but not its topics', () => {
    const byFamily = req({ kind: 'hours', label: 'ICAC', hours: 8, cycle: { type: 'yearly', startMonth: 1 }, filter: { families: ['icac'] } });
    const byTopic = req({ kind: 'hours', label: 'FI', hours: 8, cycle: { type: 'yearly', startMonth: 1 }, filter: { topics: ['forensic-interviewing'] } });
    const c = [
      done('m-dana', 'icac-ucc', '2026-01-05', { hours: 3 }),
      done('m-dana', 'fi-basic', '2026-01-06', { hours: 5 }),
      done('m-dana', 'icac-gone', '2026-01-07', { hours: 2, trainingFamily: 'icac' }),
    ];
    expect(cell(dana, byFamily, c, '2026-02-01').hours?.counted).toBe(5);
    expect(cell(dana, byTopic, c, '2026-02-01').hours?.counted).toBe(5);
  });

  it('a retired training counts by the family each record kept, even when two records of it kept different ones', () => {
    const byFamily = req({ kind: 'hours', label: 'ICAC', hours: 8, cycle: { type: 'yearly', startMonth: 1 }, filter: { families: ['icac'] } });
    const c = [
      done('m-dana', 'icac-gone', '2026-01-07', { hours: 2, trainingFamily: 'forensic' }),
      done('m-dana', 'icac-gone', '2026-01-08', { hours: 3, trainingFamily: 'icac' }),
    ];
    expect(cell(dana, byFamily, c, '2026-02-01').hours?.counted).toBe(3);
  });
});

describe('the matrix', () => {
  it('one completion satisfies two requirements of two profiles', () => {
    const training = req({ id: 'r-t', kind: 'training', trainings: [ref('icac-ucc')] });
    const hours = req({ id: 'r-h', kind: 'hours', label: 'Annual', hours: 8, cycle: { type: 'yearly', startMonth: 1 } });
    const m = complianceMatrix({
      profiles: [profile('p-icac', [training]), profile('p-all', [hours])],
      members: [dana],
      completions: [done('m-dana', 'icac-ucc', '2026-01-10', { id: 'c-one', hours: 8 })],
      facts,
      today: '2026-02-01',
      warningDays: 30,
    });
    expect(m.rows[0]!.cells.map((c) => [c.status, c.evidence])).toEqual([
      ['current', ['c-one']],
      ['current', ['c-one']],
    ]);
  });

  it('follows a member who changes role: the old profile stops applying, the new one starts', () => {
    const profiles = [
      profile('p-inv', [req({ kind: 'training', trainings: [ref('icac-ucc')] })], { roles: ['Detective'] }),
      profile('p-fi', [req({ kind: 'training', trainings: [ref('fi-basic')] })], { roles: ['forensic  INTERVIEWER'] }),
    ];
    const completions = [done('m-dana', 'icac-ucc', '2025-01-01')];
    const run = (role: string) => complianceMatrix({ profiles, members: [member({ id: 'm-dana', role })], completions, facts, today: '2026-01-01', warningDays: 30 });
    expect(run('Detective').rows[0]!.cells.map((c) => c.status)).toEqual(['current', 'not-applicable']);
    const after = run('Forensic interviewer');
    expect(after.rows[0]!.cells.map((c) => c.status)).toEqual(['not-applicable', 'not-started']);
    expect(after.columnCounts.map((c) => c['not-started'])).toEqual([0, 1]);
  });

  it('leaves inactive members out and counts people overdue and due soon once each', () => {
    const r1 = req({ id: 'r-1', kind: 'training', trainings: [ref('icac-ucc')] });
    const r2 = req({ id: 'r-2', kind: 'training', trainings: [ref('amber-101')] });
    const members = [member({ id: 'a' }), member({ id: 'b' }), member({ id: 'c', active: false })];
    const completions = [
      done('a', 'icac-ucc', '2024-01-01', { validForMonths: 12 }),
      done('a', 'amber-101', '2025-12-20', { validForMonths: 1 }),
      done('b', 'icac-ucc', '2025-12-20', { validForMonths: 1 }),
      done('b', 'amber-101', '2025-12-20'),
    ];
    const m = complianceMatrix({ profiles: [profile('p', [r1, r2])], members, completions, facts, today: '2026-01-01', warningDays: 30 });
    expect(m.rows.map((r) => r.member.id)).toEqual(['a', 'b']);
    expect(m.rows.map((r) => [r.counts.overdue, r.counts['due-soon'], r.counts.current])).toEqual([
      [1, 1, 0],
      [0, 1, 1],
    ]);
    expect(peopleCounts(m)).toEqual({ overdue: 1, dueSoon: 1 });
  });
});
