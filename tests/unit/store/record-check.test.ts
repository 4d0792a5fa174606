import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChangedRecords, checkChangedRecordsInSlices, InvalidRecordError } from '../../../main/services/record-check';
import { completionSchema, type Completion } from '../../../shared/model/team';
import { emptyUserData, type UserData } from '../../../shared/model/user-data';
import { completionLike } from '../../support/completion-arbitrary';

/*
 * The store's choke point checks new completions field by field with remembered verdicts
 * (completion-check.ts) instead of one completionSchema.safeParse each. It must refuse a
 * change exactly when one of its new completions fails the full schema the start-up decode
 * uses, and name that record as before.
 */

const valid = (i: number): Completion => ({ id: `c-${i}`, memberId: 'm-1', custom: { title: 'Ethics', provider: '' }, completedOn: '2026-03-07', createdAt: '2026-11-25T10:00:00.000Z' });
const withCompletions = (completions: readonly unknown[]): UserData => ({ ...emptyUserData(), completions: completions as Completion[] });
const outcome = (run: () => void): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof InvalidRecordError)) throw error;
    return error.message;
  }
};

describe('record check of completions', () => {
  it('refuses an appended batch exactly when one of its records fails completionSchema, naming the first one', async () => {
    const old = Array.from({ length: 300 }, (_, i) => valid(i));
    const previous = withCompletions(old);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ weight: 30, arbitrary: completionLike }, fc.constantFrom(null, 'c-1', 7)), { maxLength: 40 }), async (added) => {
        const next = withCompletions([...old, ...added]);
        const firstBad = added.findIndex((r) => !completionSchema.safeParse(r).success);
        const message = outcome(() => checkChangedRecords(next, previous));
        if (firstBad < 0) expect(message).toBeNull();
        else {
          const id = (added[firstBad] as { id?: unknown } | null)?.id;
          expect(message).toContain(typeof id === 'string' ? `completions record "${id}"` : `completions[${old.length + firstBad}]`);
        }
        // The sliced twin the store runs gives the same verdict.
        const sliced = await checkChangedRecordsInSlices(next, previous).then(
          () => null,
          (error: unknown) => (error as Error).message,
        );
        expect(sliced).toBe(message);
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('checks a record replaced or inserted in the middle of a long list, and not the old ones around it', () => {
    const old = Array.from({ length: 2000 }, (_, i) => valid(i));
    const previous = withCompletions(old);
    const bad = { ...valid(5000), hours: -3 };
    // Replaced in the middle, with more than a few hundred records inserted around it.
    const inserted = Array.from({ length: 400 }, (_, i) => valid(3000 + i));
    const replaced = [...old.slice(0, 700), ...inserted, bad, ...old.slice(701)];
    expect(outcome(() => checkChangedRecords(withCompletions(replaced), previous))).toMatch(/completions record "c-5000".*hours/);
    // Old records moved around (a reorder) are accepted without a new check failing them.
    const moved = [...old.slice(1000), ...inserted, ...old.slice(0, 1000)];
    expect(outcome(() => checkChangedRecords(withCompletions(moved), previous))).toBeNull();
    // Text the schema would trim is accepted, as the start-up decode accepts it.
    expect(outcome(() => checkChangedRecords(withCompletions([...old, { ...valid(9), custom: { title: ' Ethics ', provider: '' } }]), previous))).toBeNull();
  });
});
