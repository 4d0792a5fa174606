import { describe, expect, it } from 'vitest';
import {
  completionsByFamily,
  completionsByMemberAudience,
  expiryBuckets,
  hoursByMember,
  hoursByMonth,
  hoursByYear,
  inPeriod,
  memberCoverage,
  needingRenewal,
  totalHours,
} from '../../../shared/team/aggregates';
import { buildTeamIndex } from '../../../shared/team/team-index';
import type { Completion, Member } from '../../../shared/model/team';
import { completion, custom, member, sampleLookup } from './helpers';

const today = '2026-06-01';

describe('team index', () => {
  const members = [
    member('m-1', 'Dana Reyes', { audiences: ['law-enforcement'] }),
    member('m-2', 'Sam Lee', { audiences: ['prosecutors', 'law-enforcement'] }),
    member('m-3', 'Alex Kim', { active: false }),
  ];
  const completions: Completion[] = [
    completion('c-old', 'm-1', { completedOn: '2023-06-01', validForMonths: 24, hours: 30 }),
    completion('c-new', 'm-1', { completedOn: '2025-06-20', validForMonths: 12, hours: 32 }),
    completion('c-retired', 'm-2', { trainingId: 'gone-course', trainingTitle: 'A Course That Was Retired', trainingFamily: 'ovw', completedOn: '2025-12-01', hours: 8 }),
    custom('c-custom', 'm-2', 'Local Academy Refresher', { completedOn: '2026-05-10', hours: 3.5, validForMonths: 1 }),
    completion('c-inactive', 'm-3', { completedOn: '2025-06-10', validForMonths: 12, hours: 2 }),
    completion('c-orphan', 'm-gone', { completedOn: '2026-01-01' }),
  ];
  const index = buildTeamIndex(members, completions, sampleLookup, today);

  it('joins each completion to its member once, newest first, and leaves out orphans', () => {
    expect(index.rows.map((r) => r.completion.id)).toEqual(['c-custom', 'c-retired', 'c-new', 'c-inactive', 'c-old']);
    expect(index.rowsByMember.get('m-1')!.map((r) => r.completion.id)).toEqual(['c-new', 'c-old']);
    expect(index.rowById.has('c-orphan')).toBe(false);
  });

  it('shows a training the catalogue no longer has by its stored title, marked retired', () => {
    const row = index.rowById.get('c-retired')!;
    expect(row).toMatchObject({ title: 'A Course That Was Retired', retired: true, family: 'ovw', custom: false });
    expect(index.rowById.get('c-new')).toMatchObject({ title: 'ICAC Undercover Chat Investigations', providerName: 'National Criminal Justice Training Center (NCJTC)', retired: false });
    expect(index.rowById.get('c-custom')).toMatchObject({ title: 'Local Academy Refresher', providerName: 'Local academy', custom: true });
  });

  it('marks a record renewed by a newer one of the same training as superseded', () => {
    expect(index.rowById.get('c-old')).toMatchObject({ superseded: true, status: 'expired' });
    expect(index.rowById.get('c-new')).toMatchObject({ superseded: false, status: 'expiring-30', daysLeft: 19, expiresOn: '2026-06-20' });
  });

  it('lists certificates needing renewal for active members only, soonest first, ignoring renewed ones', () => {
    expect(needingRenewal(index, 90).map((r) => r.completion.id)).toEqual(['c-custom', 'c-new']);
    expect(needingRenewal(index, 15).map((r) => r.completion.id)).toEqual(['c-custom']);
    // The inactive member's record counts here: buckets describe the rows they are given.
    expect(expiryBuckets(index.rows)).toEqual({ expired: 1, within30: 3, within60: 0, within90: 0 });
  });

  it('sums hours per year, member and month', () => {
    expect(hoursByYear(index.rowsByMember.get('m-1')!)).toEqual([
      { key: '2025', completions: 1, hours: 32 },
      { key: '2023', completions: 1, hours: 30 },
    ]);
    const lastYear = inPeriod(index.rows, { from: '2025-06-02', to: today });
    expect(hoursByMember(lastYear)).toEqual([
      { key: 'm-1', completions: 1, hours: 32 },
      { key: 'm-2', completions: 2, hours: 11.5 },
      { key: 'm-3', completions: 1, hours: 2 },
    ]);
    expect(hoursByMonth(index.rows, ['2026-04', '2026-05'])).toEqual([
      { key: '2026-04', completions: 0, hours: 0 },
      { key: '2026-05', completions: 1, hours: 3.5 },
    ]);
    expect(totalHours(index.rows)).toBe(75.5);
  });

  it('counts completions by program family and by the members’ audiences', () => {
    expect(completionsByFamily(index.rows)).toEqual([
      { key: 'icac', completions: 3, hours: 64 },
      { key: 'ovw', completions: 1, hours: 8 },
      { key: 'custom', completions: 1, hours: 3.5 },
    ]);
    expect(completionsByMemberAudience(index.rows)).toEqual([
      { key: 'law-enforcement', completions: 4, hours: 73.5 },
      { key: 'prosecutors', completions: 2, hours: 11.5 },
      { key: 'not-set', completions: 1, hours: 2 },
    ]);
  });

  it('reports what a member’s trainings covered', () => {
    const coverage = memberCoverage(index.rowsByMember.get('m-1')!);
    expect(coverage.families).toEqual([{ key: 'icac', completions: 2, hours: 62 }]);
    expect(coverage.audiences).toEqual([{ key: 'law-enforcement', completions: 2, hours: 62 }]);
  });
});

describe('team index at scale', () => {
  it('indexes 1,000 members and 100,000 completions in one pass with consistent totals', () => {
    const members: Member[] = Array.from({ length: 1000 }, (_, i) => member(`m-${i}`, `Member ${i}`, { audiences: [i % 2 ? 'prosecutors' : 'law-enforcement'] }));
    const completions: Completion[] = Array.from({ length: 100_000 }, (_, i) =>
      completion(`c-${i}`, `m-${i % 1000}`, {
        completedOn: `20${20 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
        hours: (i % 8) + 1,
        ...(i % 3 === 0 ? { validForMonths: 24 } : {}),
      }),
    );
    const index = buildTeamIndex(members, completions, sampleLookup, today);
    expect(index.rows).toHaveLength(100_000);
    expect(index.rowsByMember.size).toBe(1000);
    expect(index.rowsByMember.get('m-7')).toHaveLength(100);
    const byMember = hoursByMember(index.rows);
    expect(byMember.reduce((s, t) => s + t.hours, 0)).toBe(totalHours(index.rows));
    expect(hoursByYear(index.rows).reduce((s, t) => s + t.completions, 0)).toBe(100_000);
  });
});

describe('team index updates', () => {
  const members = [member('m-1', 'Dana Reyes'), member('m-2', 'Sam Lee')];
  const base: Completion[] = [
    completion('c-1', 'm-1', { completedOn: '2025-01-10', validForMonths: 12 }),
    completion('c-2', 'm-2', { completedOn: '2025-03-01' }),
    custom('c-3', 'm-1', 'Local Course', { completedOn: '2024-05-05' }),
  ];
  const ids = (rows: readonly { completion: Completion }[]) => rows.map((r) => r.completion.id);

  it('reuses unchanged rows and gives the same result as a full rebuild after adds, edits, deletes and member changes', () => {
    const first = buildTeamIndex(members, base, sampleLookup, today);
    // A renewal of c-1 arrives: c-1 becomes superseded in a replaced row, the old index is untouched.
    const renewal = completion('c-4', 'm-1', { completedOn: '2026-01-10', validForMonths: 12 });
    const added = [...base, renewal];
    const second = buildTeamIndex(members, added, sampleLookup, today, first);
    expect(ids(second.rows)).toEqual(['c-4', 'c-2', 'c-1', 'c-3']);
    expect(second.rowById.get('c-1')!.superseded).toBe(true);
    expect(first.rowById.get('c-1')!.superseded).toBe(false);
    expect(second.rowById.get('c-2')).toBe(first.rowById.get('c-2'));
    expect(second).toEqual(buildTeamIndex(members, added, sampleLookup, today));

    // Edit one record (a new object), delete another, rename a member (a new object).
    const edited = added.map((c) => (c.id === 'c-2' ? { ...c, completedOn: '2023-01-01' } : c)).filter((c) => c.id !== 'c-4');
    const renamed = [members[0]!, { ...members[1]!, name: 'Samuel Lee' }];
    const third = buildTeamIndex(renamed, edited, sampleLookup, today, second);
    expect(third).toEqual(buildTeamIndex(renamed, edited, sampleLookup, today));
    expect(ids(third.rows)).toEqual(['c-1', 'c-3', 'c-2']);
    expect(third.rowById.get('c-1')!.superseded).toBe(false);
    expect(third.rowById.get('c-2')!.member!.name).toBe('Samuel Lee');
  });

  it('rebuilds everything when the day or the catalogue changes', () => {
    const first = buildTeamIndex(members, base, sampleLookup, today);
    const later = buildTeamIndex(members, base, sampleLookup, '2026-12-01', first);
    expect(later.rowById.get('c-1')).not.toBe(first.rowById.get('c-1'));
    expect(later).toEqual(buildTeamIndex(members, base, sampleLookup, '2026-12-01'));
  });
});
