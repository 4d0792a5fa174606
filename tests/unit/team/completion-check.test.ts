import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionSchema, type Completion } from '../../../shared/model/team';
import { createCompletionCheck } from '../../../shared/team/completion-check';

/*
 * The import checks records field by field with remembered verdicts instead of one
 * completionSchema.safeParse per row. It must accept exactly what the schema accepts,
 * and each problem must name the same field, whatever values repeat.
 */

const text = fc.oneof(
  fc.constantFrom('', ' ', 'Ethics', ' padded ', 'two\nlines', 'x'.repeat(301), 'Search Warrants 101'),
  fc.string({ maxLength: 12 }),
);
const date = fc.oneof(fc.constantFrom('2026-03-07', '2026-02-30', '2026-3-7', '', '2027-01-01'), fc.string({ maxLength: 10 }));
const number = fc.oneof(fc.constantFrom(0, 1.5, 2.125, -1, 1001, 24, 0.5), fc.double({ noNaN: false }));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const record = fc.record(
  {
    id: fc.constantFrom('c-1', 'c 2', '', 'c-3'),
    memberId: fc.constantFrom('m-dana', 'm sam', ''),
    trainingId: optional(fc.constantFrom('icac-undercover-chat', 'Not A Slug')),
    trainingTitle: optional(text),
    trainingFamily: optional(fc.constantFrom('icac', 'BAD FAMILY')),
    custom: optional(fc.record({ title: text, provider: text })),
    completedOn: date,
    hours: optional(number),
    certificateNumber: optional(text),
    notes: optional(text),
    validForMonths: optional(number),
    expiresOn: optional(date),
    createdAt: fc.constantFrom('2026-11-25T10:00:00.000Z', 'yesterday'),
  },
  { requiredKeys: ['id', 'memberId', 'completedOn', 'createdAt'] },
);

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
