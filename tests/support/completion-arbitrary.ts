import fc from 'fast-check';

/*
 * Completion-shaped records for property tests against completionSchema: valid ones and
 * ones wrong in one or several fields, with values that repeat across records (so a
 * remembered verdict is reused) and text the schema would trim.
 */

const text = fc.oneof(
  fc.constantFrom('', ' ', 'Ethics', ' padded ', 'two\nlines', 'x'.repeat(301), 'Search Warrants 101'),
  fc.string({ maxLength: 12 }),
);
const date = fc.oneof(fc.constantFrom('2026-03-07', '2026-02-30', '2026-3-7', '', '2027-01-01'), fc.string({ maxLength: 10 }));
const number = fc.oneof(fc.constantFrom(0, 1.5, 2.125, -1, 1001, 24, 0.5), fc.double({ noNaN: false }));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const completionLike = fc.record(
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
