import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionSchema, type Completion } from '../../../shared/model/team';
import { createCompletionCheck } from '../../../shared/team/completion-check';
import { completionLike as record } from '../../support/completion-arbitrary';

/*
 * The import checks records field by field with remembered verdicts instead of one
 * completionSchema.safeParse per row. It must accept exactly what the schema accepts,
 * and each problem must name the same field, whatever values repeat.
 */

const fieldsOf = (issues: readonly { path: string }[]) => [...new Set(issues.map((i) => i.path))].sort();

describe('completion check field by field', () => {
  it('accepts exactly what completionSchema accepts unchanged, naming the same fields, with values repeated across records', () => {
    // One checker for the whole run: remembered verdicts must never leak between records.
    const check = createCompletionCheck();
    fc.assert(
      fc.property(record, (r) => {
        const c = r as unknown as Completion;
        const parsed = completionSchema.safeParse(c);
        const issues = check(c);
        if (parsed.success && JSON.stringify(parsed.data) === JSON.stringify(c)) expect(issues).toEqual([]);
        else {
          expect(issues.length).toBeGreaterThan(0);
          if (!parsed.success) expect(fieldsOf(issues)).toEqual(expect.arrayContaining(fieldsOf(parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? '') })))));
        }
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('a record it accepts, stamped by the store, is stored exactly when the stamps alone are valid (so the store checks one stamped copy per import)', () => {
    const check = createCompletionCheck();
    const probe: Completion = { id: 'c-probe', memberId: 'm-1', custom: { title: 'Ethics', provider: '' }, completedOn: '2026-03-07', createdAt: '2026-11-25T10:00:00.000Z' };
    const stamps = fc.record({
      updatedAt: fc.oneof(fc.constantFrom('2026-11-25T10:00:00.000Z', '2026-11-25T10:00:00+01:00', 'yesterday', ''), fc.string({ maxLength: 6 })),
      updatedBy: fc.oneof(fc.constantFrom('', 'Dana Reyes', ' Dana ', 'x'.repeat(200), 'x'.repeat(201)), fc.string({ maxLength: 6 })),
    });
    // Records the import accepts, in several shapes, beside the mostly refused random ones.
    const acceptedLike = fc.record(
      {
        id: fc.constantFrom('c-1', 'c-2'),
        memberId: fc.constantFrom('m-dana', 'm-sam'),
        custom: fc.record({ title: fc.constantFrom('Ethics', 'Search Warrants 101'), provider: fc.constantFrom('', 'NCMEC') }),
        completedOn: fc.constantFrom('2026-03-07', '2024-02-29'),
        hours: fc.option(fc.constantFrom(0, 1.5, 24), { nil: undefined }),
        notes: fc.option(fc.constantFrom('Ethics', 'x'), { nil: undefined }),
        validForMonths: fc.option(fc.constantFrom(12, 24), { nil: undefined }),
        expiresOn: fc.option(fc.constantFrom('2027-01-01'), { nil: undefined }),
        createdAt: fc.constant('2026-11-25T10:00:00.000Z'),
      },
      { requiredKeys: ['id', 'memberId', 'custom', 'completedOn', 'createdAt'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(record, acceptedLike), stamps, (r, stamp) => {
        const c = r as unknown as Completion;
        if (check(c).length > 0) return;
        accepted++;
        const stampsValid = completionSchema.safeParse({ ...probe, ...stamp }).success;
        expect(completionSchema.safeParse({ ...c, ...stamp }).success).toBe(stampsValid);
      }),
      { numRuns: 4000, seed: 20261203 },
    );
    // The property above ran on accepted records, not only on refused ones.
    expect(accepted).toBeGreaterThan(50);
  });

  it('without storedForm (the store\'s choke point), refuses exactly what completionSchema refuses, text it would trim included', () => {
    const check = createCompletionCheck({ storedForm: false });
    fc.assert(
      fc.property(fc.oneof({ weight: 20, arbitrary: record }, fc.constantFrom(null, 'c-1', 42, [])), (r) => {
        expect(check(r as unknown as Completion).length === 0).toBe(completionSchema.safeParse(r).success);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
    const good: Completion = { id: 'c-1', memberId: 'm-1', custom: { title: 'Ethics', provider: '' }, completedOn: '2026-03-07', createdAt: '2026-11-25T10:00:00.000Z' };
    expect(check({ ...good, custom: { title: ' Ethics ', provider: '' }, notes: ' padded ' })).toEqual([]);
    expect(check({ ...good, hours: -1 })).toEqual([{ path: 'hours', message: expect.any(String) }]);
  });

  it('checks every id by the schema\'s rules (its own test, not a parse per row), at and around the 80-character limit', () => {
    const good: Completion = { id: 'c-1', memberId: 'm-1', custom: { title: 'Ethics', provider: '' }, completedOn: '2026-03-07', createdAt: '2026-11-25T10:00:00.000Z' };
    const idChar = fc.constantFrom('a', 'Z', '0', '9', '-', '_', ' ', '.', 'é', '\n', '/', '\u0000');
    const id = fc.oneof(
      fc.string({ unit: idChar, minLength: 0, maxLength: 90 }),
      fc.integer({ min: 78, max: 82 }).map((n) => 'c'.repeat(n)),
      fc.constantFrom(42, null, undefined, ['c-1']),
    );
    for (const storedForm of [true, false]) {
      const check = createCompletionCheck({ storedForm });
      fc.assert(
        fc.property(id, (value) => {
          const r = { ...good, id: value } as unknown as Completion;
          const issues = check(r);
          expect(issues.length === 0).toBe(completionSchema.safeParse(r).success);
          if (issues.length > 0) expect(issues.map((i) => i.path)).toContain('id');
        }),
        { numRuns: 2000, seed: 20261203 },
      );
    }
  });

  it('names the field of a bad value and the rule across fields', () => {
    const check = createCompletionCheck();
    const good: Completion = { id: 'c-1', memberId: 'm-1', custom: { title: 'Ethics', provider: '' }, completedOn: '2026-03-07', createdAt: '2026-11-25T10:00:00.000Z' };
    expect(check(good)).toEqual([]);
    expect(check({ ...good, hours: 2.125 })).toEqual([{ path: 'hours', message: 'Use at most two decimal places' }]);
    expect(check({ ...good, completedOn: '2026-02-30' })).toEqual([{ path: 'completedOn', message: 'Use a real date written YYYY-MM-DD' }]);
    // The same bad value again: the remembered verdict, still reported.
    expect(check({ ...good, id: 'c-2', hours: 2.125 })).toEqual([{ path: 'hours', message: 'Use at most two decimal places' }]);
    expect(check({ ...good, custom: { title: ' Ethics', provider: '' } })).toEqual([{ path: 'custom', message: expect.stringContaining('as it would be stored') }]);
    const { custom: _none, ...neither } = good;
    expect(check(neither as Completion)).toEqual([{ path: 'trainingId', message: expect.stringContaining('either a catalogue training') }]);
  });
});
