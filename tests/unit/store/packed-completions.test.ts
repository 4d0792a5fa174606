import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packCompletions, unpackCompletions } from '../../../main/services/packed-completions';
import { importedCompletion, type RecordExtras, type RecordTraining } from '../../../shared/team/import-record';

const createdAt = '2026-11-25T10:00:00.000Z';
const stamps = { updatedAt: createdAt, updatedBy: 'Coordinator' };

const training = fc.oneof(
  fc.record({ kind: fc.constant('catalogue' as const), id: fc.constantFrom('icac-undercover-chat', 'aattap-cart-training'), title: fc.string({ maxLength: 8 }), family: fc.constantFrom('icac', 'amber') }),
  fc.record({ kind: fc.constant('custom' as const), custom: fc.record({ title: fc.string({ minLength: 1, maxLength: 8 }), provider: fc.string({ maxLength: 4 }) }) }),
);
const extras = fc.option(
  fc.record({
    certificateNumber: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { nil: undefined }),
    notes: fc.option(fc.string({ minLength: 1, maxLength: 6 }), { nil: undefined }),
    validForMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    expiresOn: fc.option(fc.constantFrom('2027-01-01', '2028-06-30'), { nil: undefined }),
  }),
  { nil: null },
);
const row = fc.record({
  id: fc.uuid(),
  memberId: fc.constantFrom('m-dana', 'm-sam', 'm-jordan'),
  training: fc.nat({ max: 5 }),
  completedOn: fc.constantFrom('2026-03-07', '2025-11-03', '2024-02-29'),
  hours: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: undefined }),
  extras,
});

/** Records as the row check builds them, several sharing each training (and a custom training's object). */
const records = fc.tuple(fc.array(training, { minLength: 6, maxLength: 6 }), fc.array(row, { maxLength: 40 })).map(([trainings, rows]: [RecordTraining[], { id: string; memberId: string; training: number; completedOn: string; hours: number | undefined; extras: RecordExtras | null }[]]) =>
  rows.map((r) => importedCompletion(`c-${r.id}`, r.memberId, trainings[r.training]!, r.completedOn, r.hours, r.extras, createdAt, stamps)),
);

describe("an import's records packed as columns between the worker and the main thread", () => {
  it('come back as the same records, field for field and in the same order, sharing a custom training as before', () => {
    fc.assert(
      fc.property(records, (made) => {
        const packed = packCompletions(made, createdAt, stamps);
        expect(packed).not.toBeNull();
        const back = unpackCompletions(structuredClone(packed!));
        expect(back).toEqual(made);
        // The saved text depends on the order of the fields.
        expect(JSON.stringify(back)).toBe(JSON.stringify(made));
        for (let i = 0; i < made.length; i++) {
          for (let j = i + 1; j < made.length; j++) {
            if (made[i]!.custom !== undefined && made[i]!.custom === made[j]!.custom) expect(back[i]!.custom).toBe(back[j]!.custom);
          }
        }
      }),
    );
  });

  it('a record this shape does not describe is not packed, so it travels as it is', () => {
    const plain = importedCompletion('c-1', 'm-dana', { kind: 'custom', custom: { title: 'Local Course', provider: '' } }, '2026-03-07', 4, null, createdAt, stamps);
    expect(packCompletions([plain], createdAt, stamps)).not.toBeNull();
    expect(packCompletions([{ ...plain, updatedBy: 'Someone else' }], createdAt, stamps)).toBeNull();
    expect(packCompletions([{ ...plain, createdAt: '2026-11-26T10:00:00.000Z' }], createdAt, stamps)).toBeNull();
    expect(packCompletions([{ ...plain, certificate: { file: 'x.pdf' } } as never], createdAt, stamps)).toBeNull();
    expect(packCompletions([{ ...plain, trainingId: 'icac-undercover-chat' }], createdAt, stamps)).toBeNull();
  });
});
