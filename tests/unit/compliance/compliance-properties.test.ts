import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceMatrix } from '../../../shared/compliance/matrix';
import { lastDayInRollingWindow, periodContaining, plusDays, rollingWindowStart } from '../../../shared/compliance/periods';
import { isCompliant, type ComplianceStatus } from '../../../shared/compliance/status';
import { addMonths, dayNumber, isoFromDayNumber } from '../../../shared/util/dates';
import type { Completion, Member } from '../../../shared/model/team';
import type { Requirement } from '../../../shared/model/requirements';
import { done, facts, member, profile, ref, req } from './compliance-fixtures';

// Dates from 2019 to 2028: several leap days and every kind of month end.
const date = fc.integer({ min: dayNumber('2019-01-01'), max: dayNumber('2028-12-31') }).map(isoFromDayNumber);
const months = fc.integer({ min: 1, max: 36 });
const trainingIds = ['icac-ucc', 'icac-p2p', 'fi-basic', 'amber-101'];
const completionArb = fc.record({
  trainingId: fc.constantFrom(...trainingIds),
  completedOn: date,
  hours: fc.integer({ min: 0, max: 4000 }).map((n) => n / 100),
  validForMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
});
const completionsArb = fc.array(completionArb, { maxLength: 12 }).map((list) =>
  list.map((c, i) => done('m', c.trainingId, c.completedOn, { id: `c-${i}`, hours: c.hours, ...(c.validForMonths ? { validForMonths: c.validForMonths } : {}) })),
);

const inWindow = (c: string, day: string, m: number) => rollingWindowStart(day, m) <= c && c <= day;

function cellOf(m: Member, r: Requirement, completions: Completion[], today: string, warningDays = 60) {
  return complianceMatrix({ profiles: [profile('p', [r])], members: [m], completions, facts, today, warningDays }).rows[0]!.cells[0]!;
}

/** The slow, obvious sum: every completion checked against the window. */
function bruteHours(completions: Completion[], day: string, m: number): number {
  return completions.filter((c) => inWindow(c.completedOn, day, m)).reduce((s, c) => s + Math.round((c.hours ?? 0) * 100), 0) / 100;
}

describe('compliance properties', () => {
  it('a completion stays in a rolling window through lastDayInRollingWindow and leaves it the day after', () => {
    fc.assert(
      fc.property(date, months, (c, m) => {
        const last = lastDayInRollingWindow(c, m);
        expect(inWindow(c, last, m)).toBe(true);
        expect(inWindow(c, plusDays(last, 1), m)).toBe(false);
        expect(inWindow(c, c, m)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a yearly period is 12 months long, contains its date and starts on the first of its start month', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 12 }), (d, start) => {
        const p = periodContaining(d, start);
        expect(p.start <= d && d <= p.end).toBe(true);
        expect(Number(p.start.slice(5, 7))).toBe(start);
        expect(p.start.slice(8)).toBe('01');
        expect(plusDays(p.end, 1)).toBe(addMonths(p.start, 12));
      }),
      { numRuns: 2000 },
    );
  });

  it('rolling hours agree with a brute-force count: the tally, the status, and the day the status changes', () => {
    fc.assert(
      fc.property(completionsArb, date, months, fc.integer({ min: 1, max: 60 }), (completions, today, m, needed) => {
        const r = req({ kind: 'hours', label: 'H', hours: needed, cycle: { type: 'rolling', months: m } });
        const cell = cellOf(member({ id: 'm' }), r, completions, today);
        const counted = bruteHours(completions.filter((c) => c.completedOn <= today), today, m);
        expect(cell.hours?.counted).toBeCloseTo(counted, 6);
        expect(isCompliant(cell.status)).toBe(counted >= needed);
        const upToToday = completions.filter((c) => c.completedOn <= today);
        if (isCompliant(cell.status)) {
          // Met through `date`, short the day after (nothing new is recorded in between).
          expect(bruteHours(upToToday, cell.date!, m)).toBeGreaterThanOrEqual(needed);
          expect(bruteHours(upToToday, plusDays(cell.date!, 1), m)).toBeLessThan(needed);
        } else if (cell.status === 'overdue' && cell.date !== null) {
          expect(bruteHours(upToToday, plusDays(cell.date, -1), m)).toBeGreaterThanOrEqual(needed);
          expect(bruteHours(upToToday, cell.date, m)).toBeLessThan(needed);
        } else {
          // Never met before today (or nothing recorded at all).
          for (let d = dayNumber(today) - 1; d >= dayNumber(today) - 400; d -= 17) expect(bruteHours(upToToday, isoFromDayNumber(d), m)).toBeLessThan(needed);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('take-a-training: compliant exactly when some completion up to today is still valid', () => {
    fc.assert(
      fc.property(completionsArb, date, (completions, today) => {
        const r = req({ kind: 'training', trainings: [ref('icac-ucc'), ref('fi-basic')] });
        const cell = cellOf(member({ id: 'm' }), r, completions, today);
        const relevant = completions.filter((c) => c.completedOn <= today && (c.trainingId === 'icac-ucc' || c.trainingId === 'fi-basic'));
        const valid = relevant.filter((c) => c.validForMonths === undefined || addMonths(c.completedOn, c.validForMonths) >= today);
        const expected: ComplianceStatus[] = relevant.length === 0 ? ['not-started'] : valid.length > 0 ? ['current', 'due-soon'] : ['overdue'];
        expect(expected).toContain(cell.status);
        if (valid.length > 0) expect([...cell.evidence].sort()).toEqual(valid.map((c) => c.id).sort());
        else if (relevant.length > 0) expect(relevant.map((c) => c.id)).toContain(cell.evidence[0]);
        else expect(cell.evidence).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('among several members, each reads only their own records of the named trainings: valid evidence in day order, the latest for recurring', () => {
    const other = fc.array(completionArb, { maxLength: 12 });
    fc.assert(
      fc.property(completionsArb, other, date, (mine, theirs, today) => {
        const all = [...mine, ...theirs.map((c, i) => done('n', c.trainingId, c.completedOn, { id: `o-${i}`, hours: c.hours }))];
        const training = req({ kind: 'training', trainings: [ref('icac-ucc'), ref('fi-basic')] });
        const recurring = req({ kind: 'recurring', trainings: [ref('amber-101'), ref('fi-basic')], cycle: { type: 'rolling', months: 12 } });
        const m = complianceMatrix({ profiles: [profile('p', [training, recurring])], members: [member({ id: 'n' }), member({ id: 'm' })], completions: all, facts, today, warningDays: 60 });
        const [t, r] = m.rows[1]!.cells;
        // Day order; records of one day keep the order they were recorded in.
        const relevant = (ids: string[]) =>
          mine.map((c, i) => ({ c, i })).filter(({ c }) => c.completedOn <= today && ids.includes(c.trainingId!)).sort((a, b) => (a.c.completedOn < b.c.completedOn ? -1 : a.c.completedOn > b.c.completedOn ? 1 : a.i - b.i)).map(({ c }) => c);
        const valid = relevant(['icac-ucc', 'fi-basic']).filter((c) => c.validForMonths === undefined || addMonths(c.completedOn, c.validForMonths) >= today);
        if (valid.length > 0) expect(t!.evidence).toEqual(valid.map((c) => c.id));
        const last = relevant(['amber-101', 'fi-basic']).at(-1);
        expect(r!.evidence).toEqual(last ? [last.id] : []);
      }),
      { numRuns: 1000 },
    );
  });

  it('recording one more completion up to today never makes a member less compliant', () => {
    const rank: Record<ComplianceStatus, number> = { overdue: 0, 'not-started': 0, 'due-soon': 1, current: 1, 'not-applicable': 2 };
    const requirements: Requirement[] = [
      req({ kind: 'training', trainings: [ref('icac-ucc')] }),
      req({ kind: 'recurring', trainings: [ref('icac-ucc'), ref('amber-101')], cycle: { type: 'rolling', months: 12 }, graceDays: 5 }),
      req({ kind: 'recurring', trainings: [ref('amber-101')], cycle: { type: 'yearly', startMonth: 7 } }),
      req({ kind: 'hours', label: 'H', hours: 12, cycle: { type: 'rolling', months: 24 } }),
      req({ kind: 'hours', label: 'Y', hours: 12, cycle: { type: 'yearly', startMonth: 10 } }),
    ];
    fc.assert(
      fc.property(completionsArb, completionArb, date, fc.constantFrom(...requirements), (completions, extra, today, r) => {
        fc.pre(extra.completedOn <= today);
        const more = [...completions, done('m', extra.trainingId, extra.completedOn, { id: 'c-extra', hours: extra.hours })];
        const before = cellOf(member({ id: 'm' }), r, completions, today);
        const after = cellOf(member({ id: 'm' }), r, more, today);
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
        if (isCompliant(before.status) && before.date !== null && r.kind !== 'hours') expect(after.date === null || after.date >= before.date).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('matrix counts add up by row and by column, and another member’s records never change a member’s row', () => {
    const profiles = [
      profile('p1', [req({ id: 'a', kind: 'training', trainings: [ref('icac-ucc')] }), req({ id: 'b', kind: 'hours', label: 'H', hours: 8, cycle: { type: 'yearly', startMonth: 1 } })], { roles: ['Detective'] }),
      profile('p2', [req({ id: 'c', kind: 'recurring', trainings: [ref('amber-101')], cycle: { type: 'rolling', months: 6 } })], { audiences: ['prosecutors'] }),
    ];
    const memberArb = fc.record({ role: fc.constantFrom('Detective', 'Analyst'), prosecutor: fc.boolean(), active: fc.boolean() });
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 5 }), completionsArb, date, (shapes, completions, today) => {
        const members = shapes.map((s, i) => member({ id: `m${i}`, role: s.role, audiences: s.prosecutor ? ['prosecutors'] : [], active: s.active }));
        const spread = completions.map((c, i) => ({ ...c, memberId: `m${i % members.length}` }));
        const m = complianceMatrix({ profiles, members, completions: spread, facts, today, warningDays: 30 });
        expect(m.rows.length).toBe(members.filter((x) => x.active).length);
        const total = (o: Record<string, number>) => Object.values(o).reduce((s, n) => s + n, 0);
        for (const row of m.rows) {
          expect(total(row.counts)).toBe(m.columns.length);
          expect(row.cells.slice(0, 2).every((c) => (c.status === 'not-applicable') === (row.member.role !== 'Detective'))).toBe(true);
          const alone = complianceMatrix({ profiles, members: [row.member], completions: spread.filter((c) => c.memberId === row.member.id), facts, today, warningDays: 30 });
          expect(alone.rows[0]!.cells).toEqual(row.cells);
        }
        for (const counts of m.columnCounts) expect(total(counts)).toBe(m.rows.length);
      }),
      { numRuns: 500 },
    );
  });
});
