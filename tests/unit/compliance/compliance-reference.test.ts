import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceMatrix } from '../../../shared/compliance/matrix';
import type { Completion, Member } from '../../../shared/model/team';
import type { Profile, RequiredTraining } from '../../../shared/model/requirements';
import { dayNumber, isoFromDayNumber, addMonths } from '../../../shared/util/dates';
import { facts, member, profile, req } from './compliance-fixtures';
import { referenceMatrix } from './reference-matrix';

/*
 * The fast matrix against the plain reference (reference-matrix.ts) on random teams: every
 * requirement kind and option, custom and retired trainings, printed expiry dates, members
 * joining late, inactive members, several profiles applying by role, agency, audience or name.
 * Every cell must agree: status, date, evidence (and its order) and the hours tally.
 */

// Dates over four years, often on a month's first or last day or a leap day, where the rules have edges.
const anyDate = fc.integer({ min: dayNumber('2023-01-01'), max: dayNumber('2026-12-31') }).map(isoFromDayNumber);
const monthEdge = fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), last: fc.boolean() }).map(({ y, m, last }) => {
  const first = `${y}-${String(m).padStart(2, '0')}-01`;
  return last ? isoFromDayNumber(dayNumber(addMonths(first, 1)) - 1) : first;
});
const monthFirst = fc.record({ y: fc.integer({ min: 2023, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-01`);
const date = fc.oneof({ weight: 3, arbitrary: anyDate }, { weight: 1, arbitrary: monthEdge }, { weight: 1, arbitrary: fc.constant('2024-02-29') });
// 'gone-course' is not in the catalogue (retired); the custom titles differ only in case and spacing.
const catalogueIds = ['icac-ucc', 'icac-p2p', 'fi-basic', 'amber-101', 'gone-course'];
const customTitles = ['Street Outreach', 'street  outreach', 'Victim Services 1'];
const memberIds = ['m0', 'm1', 'm2', 'm3'];

const trainingArb: fc.Arbitrary<{ trainingId?: string; custom?: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...catalogueIds).map((trainingId) => ({ trainingId })) },
  { weight: 1, arbitrary: fc.constantFrom(...customTitles).map((custom) => ({ custom })) },
);
const hoursArb = fc.integer({ min: 0, max: 2400 }).map((n) => n / 100);

const completionArb = fc.record({
  memberId: fc.constantFrom(...memberIds),
  training: trainingArb,
  completedOn: date,
  hours: fc.option(hoursArb, { nil: undefined }),
  creditHours: fc.option(hoursArb, { nil: undefined }),
  validForMonths: fc.option(fc.constantFrom(1, 12, 24), { nil: undefined }),
  expiresInMonths: fc.option(fc.constantFrom(12, 13), { nil: undefined }),
  family: fc.constantFrom('icac', 'cac', 'amber'),
});

function toCompletions(list: (typeof completionArb extends fc.Arbitrary<infer T> ? T : never)[]): Completion[] {
  return list.map((c, i) => ({
    id: `c-${i}`,
    memberId: c.memberId,
    ...(c.training.trainingId !== undefined
      ? { trainingId: c.training.trainingId, trainingTitle: c.training.trainingId, trainingFamily: c.family }
      : { custom: { title: c.training.custom!, provider: '' } }),
    completedOn: c.completedOn,
    ...(c.hours !== undefined ? { hours: c.hours } : {}),
    ...(c.creditHours !== undefined ? { creditHours: c.creditHours } : {}),
    ...(c.validForMonths !== undefined ? { validForMonths: c.validForMonths } : {}),
    ...(c.expiresInMonths !== undefined ? { expiresOn: addMonths(c.completedOn, c.expiresInMonths) } : {}),
    createdAt: `${c.completedOn}T00:00:00.000Z`,
  }));
}

const requiredArb: fc.Arbitrary<RequiredTraining> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...catalogueIds).map((trainingId) => ({ kind: 'catalogue' as const, trainingId, title: trainingId })) },
  { weight: 1, arbitrary: fc.constantFrom('Street Outreach', 'VICTIM services 1', 'Never Taken').map((title) => ({ kind: 'custom' as const, title })) },
);
// Distinct by key, as the schema asks.
const trainingsArb = fc.uniqueArray(requiredArb, { minLength: 1, maxLength: 3, selector: (t) => (t.kind === 'catalogue' ? t.trainingId : t.title.toLowerCase().replace(/\s+/g, ' ')) });
const cycleArb = fc.oneof(
  fc.integer({ min: 1, max: 36 }).map((months) => ({ type: 'rolling' as const, months })),
  fc.integer({ min: 1, max: 12 }).map((startMonth) => ({ type: 'yearly' as const, startMonth })),
);
const newMemberArb = fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined });
const filterArb = fc.record({
  families: fc.subarray(['icac', 'cac', 'amber'], { maxLength: 2 }),
  topics: fc.subarray(['online-exploitation', 'forensic-interviewing', 'missing-children'], { maxLength: 2 }),
  audiences: fc.subarray(['law-enforcement', 'forensic-interviewers'], { maxLength: 1 }),
});
const requirementArb = fc.oneof(
  fc.record({ trainings: trainingsArb, newMemberMonths: newMemberArb }).map((r) => req({ kind: 'training', ...r })),
  fc.record({ trainings: trainingsArb, cycle: cycleArb, graceDays: fc.integer({ min: 0, max: 60 }), newMemberMonths: newMemberArb }).map((r) => req({ kind: 'recurring', ...r })),
  fc
    .record({ hours: fc.integer({ min: 1, max: 80 }).map((n) => n / 2), cycle: cycleArb, count: fc.constantFrom('clock' as const, 'credit' as const), filter: filterArb, newMemberMonths: newMemberArb })
    .map((r) => req({ kind: 'hours', label: 'H', ...r })),
);
type AppliesDraft = Partial<Profile['appliesTo']>;
const appliesArb: fc.Arbitrary<AppliesDraft> = fc.oneof(
  fc.constantFrom<AppliesDraft>({ everyone: true }, { roles: [' detective '] }, { agencies: ['CITY pd'] }, { audiences: ['prosecutors'] }),
  fc.subarray(memberIds, { minLength: 1 }).map((ids) => ({ memberIds: ids })),
);
const profilesArb = fc.array(fc.record({ appliesTo: appliesArb, requirements: fc.array(requirementArb, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }).map((list) =>
  list.map((p, i): Profile => profile(`p${i}`, p.requirements.map((r, j) => ({ ...r, id: `r-${i}-${j}` })), p.appliesTo)),
);
const membersArb = fc
  .tuple(
    ...memberIds.map((id) =>
      fc.record({ role: fc.constantFrom('Detective', 'Analyst'), agency: fc.constantFrom('City PD', 'County SO'), prosecutor: fc.boolean(), active: fc.boolean(), joinedOn: fc.option(fc.oneof(date, monthFirst), { nil: undefined }) }).map(
        (s): Member => member({ id, role: s.role, agency: s.agency, audiences: s.prosecutor ? ['prosecutors'] : [], active: s.active, ...(s.joinedOn ? { joinedOn: s.joinedOn } : {}) }),
      ),
    ),
  )
  .map((list) => list);

// Today is often a whole number of months after a record, give or take a due-soon window or a
// day, so deadlines fall on today, yesterday, tomorrow and the window's last day.
const todayArb = fc.oneof(
  date.map((d) => ({ d })),
  fc.record({ pick: fc.nat(), months: fc.constantFrom(0, 1, 12, 13, 24, 25, 36), days: fc.constantFrom(-91, -90, -61, -60, -31, -30, -1, 0, 1, 30, 31, 60, 90) }),
);
function todayFrom(when: { d: string } | { pick: number; months: number; days: number }, completions: Completion[]): string {
  if ('d' in when) return when.d;
  const base = completions.length === 0 ? '2025-06-30' : completions[when.pick % completions.length]!.completedOn;
  return isoFromDayNumber(dayNumber(addMonths(base, when.months)) + when.days);
}

describe('the fast compliance matrix against the plain reference', () => {
  it('agrees on every cell of random teams: status, date, evidence in order, hours tally', () => {
    fc.assert(
      fc.property(profilesArb, membersArb, fc.array(completionArb, { maxLength: 24 }), todayArb, fc.constantFrom(30, 60, 90), (profiles, members, raw, when, warningDays) => {
        const completions = toCompletions(raw);
        const today = todayFrom(when, completions);
        const input = { profiles, members, completions, facts, today, warningDays };
        const fast = complianceMatrix(input);
        const plain = referenceMatrix(input);
        expect(fast.rows.map((r) => r.member.id)).toEqual(members.filter((m) => m.active).map((m) => m.id));
        fast.rows.forEach((row, i) => expect(row.cells).toEqual(plain[i]));
      }),
      { numRuns: 1500 },
    );
  });
});
