import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionSchema } from '../../../shared/model/team';
import { createStoredCompletionCheck, salvageUserData } from '../../../main/services/salvage-user-data';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';
import { completionLike } from '../../support/completion-arbitrary';

/*
 * A full load keeps a completion already in its stored form as it is, without a schema parse
 * (salvage-user-data.ts). That is right only if such a record is exactly what the schema
 * would give back; anything else must still go through the schema.
 */

/** Mostly one of the valid values, now and then one the schema would trim or refuse. */
const mostly = <T>(valid: T[], other: T[]) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...other) });
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Records most of which the schema accepts, some with text it would trim or a field it refuses. */
const mostlyStored = fc.record(
  {
    id: mostly(['c-1', 'c-2'], ['c 3']),
    memberId: mostly(['m-dana', 'm-sam'], ['']),
    custom: fc.record({ title: mostly(['Ethics', 'Search Warrants 101'], [' Ethics', '']), provider: mostly(['', 'NCMEC'], ['NCMEC ']) }),
    completedOn: mostly(['2026-03-07', '2024-02-29'], ['2026-02-30']),
    hours: sometimes(mostly([0, 1.5, 24], [-1])),
    certificateNumber: sometimes(mostly(['UC-1'], [' UC-1'])),
    notes: sometimes(mostly(['Ethics', 'two\nlines'], [' x '])),
    validForMonths: sometimes(mostly([12, 24], [1.5])),
    expiresOn: sometimes(mostly(['2027-01-01'], ['soon'])),
    createdAt: mostly(['2026-11-25T10:00:00.000Z', '2026-11-25T10:00:00+01:00'], ['yesterday']),
    updatedAt: sometimes(mostly(['2026-11-25T10:00:00.000Z'], [''])),
    updatedBy: sometimes(mostly(['Dana Reyes'], [' Dana '])),
  },
  { requiredKeys: ['id', 'memberId', 'custom', 'completedOn', 'createdAt'] },
);

const withExtraKey = fc.tuple(fc.oneof(completionLike, mostlyStored), fc.option(fc.constantFrom('legacyField', 'toString', 'hours '), { nil: undefined })).map(([record, extra]) =>
  extra === undefined ? record : { ...record, [extra]: 'x' },
);

describe('completions kept as stored', () => {
  it('a record kept without a parse is one the schema accepts and gives back unchanged', () => {
    const stored = createStoredCompletionCheck();
    let kept = 0;
    fc.assert(
      fc.property(withExtraKey, (record) => {
        if (!stored(record)) return;
        kept++;
        const parsed = completionSchema.safeParse(record);
        expect(parsed.success).toBe(true);
        // A file's records never hold undefined (JSON has none), so an absent and an undefined field are alike here.
        expect(parsed.data).toEqual(record);
      }),
      { numRuns: 2000 },
    );
    // The property says something only if some records are kept.
    expect(kept).toBeGreaterThan(20);
  });

  it('the records the app writes are kept as they are; one with a key the schema drops, or with text it trims, goes through the schema', () => {
    const stored = createStoredCompletionCheck();
    const written = {
      id: 'c-1',
      memberId: 'm-dana',
      trainingId: 'icac-undercover-chat',
      trainingTitle: 'ICAC Undercover Chat Investigations',
      trainingFamily: 'icac',
      completedOn: '2026-03-07',
      hours: 32,
      createdAt: '2026-11-25T10:00:00.000Z',
      updatedAt: '2026-11-25T10:00:00.000Z',
      updatedBy: 'Dana Reyes',
    };
    expect(stored(written)).toBe(true);
    expect(stored({ ...written, legacyField: 1 })).toBe(false);
    expect(stored({ ...written, notes: ' padded ' })).toBe(false);
    const salvaged = salvageUserData({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: {}, completions: [written, { ...written, id: 'c-2', legacyField: 1, notes: ' padded ' }] });
    expect(salvaged?.data.completions).toStrictEqual([written, { ...written, id: 'c-2', notes: 'padded' }]);
    // The first is the very object given: nothing was copied.
    expect(salvaged?.data.completions[0]).toBe(written);
  });
});
