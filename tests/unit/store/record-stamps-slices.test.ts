import { describe, expect, it } from 'vitest';
import { stampChangedRecordsInSlices } from '../../../main/services/record-stamps';
import { emptyUserData, type UserData } from '../../../shared/model/user-data';
import type { Completion } from '../../../shared/model/team';

/*
 * The commit of a 50,000-row import stamps every new record (a copy with updatedAt and
 * updatedBy). Done in one go it was the main process's longest stall, so the stamping
 * gives the event loop turns; the answer must be the same as stamping in one go.
 */

const completion = (i: number, extra: Partial<Completion> = {}): Completion => ({
  id: `c-${i}`,
  memberId: `m-${i % 50}`,
  custom: { title: `Course ${i % 7}`, provider: '' },
  completedOn: '2026-03-07',
  createdAt: '2026-11-25T10:00:00.000Z',
  ...extra,
});

describe('stamping a large change in slices', () => {
  it('stamps every new record, keeps old ones and own clocks, and lets other work run meanwhile', async () => {
    const old = Array.from({ length: 1_000 }, (_, i) => Object.freeze(completion(i, { updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'Old' })));
    const previous: UserData = { ...emptyUserData(), completions: old };
    const added = Array.from({ length: 200_000 }, (_, i) => completion(1_000 + i, i === 7 ? { updatedAt: '2026-02-02T00:00:00.000Z' } : {}));
    const next: UserData = { ...previous, completions: [...old, ...added] };
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const out = await stampChangedRecordsInSlices(next, previous, '2026-11-25T10:00:05.000Z', 'Lee Park');
    ticking = false;
    // 200,000 copies take far longer than one 8 ms slice on any machine: other work ran in between.
    expect(turns).toBeGreaterThan(1);
    expect(out.completions).toHaveLength(201_000);
    expect(out.completions.slice(0, 1_000).every((r, i) => r === old[i])).toBe(true);
    const wrong: number[] = [];
    for (let i = 0; i < added.length; i++) {
      const r = out.completions[1_000 + i]!;
      const want = JSON.stringify({ ...added[i], updatedAt: i === 7 ? '2026-02-02T00:00:00.000Z' : '2026-11-25T10:00:05.000Z', updatedBy: 'Lee Park' });
      if (r === added[i] || JSON.stringify(r) !== want) wrong.push(i);
    }
    expect(wrong).toEqual([]);
    // Copied as object spread copies (own keys in order, nothing else), odd keys included.
    const odd = JSON.parse('{"id":"c-odd","__proto__":{"x":1},"memberId":"m-1"}') as Completion;
    const inherited = Object.assign(Object.create({ inheritedKey: 1 }) as object, { id: 'c-inh', memberId: 'm-1' }) as Completion;
    const tag = Symbol('tag');
    const tagged = { id: 'c-sym', memberId: 'm-1', [tag]: 1 } as unknown as Completion;
    const few: UserData = { ...previous, completions: [...old, odd, inherited, tagged] };
    const [o, i, t] = (await stampChangedRecordsInSlices(few, previous, 'T', 'B')).completions.slice(1_000);
    expect(Object.keys(o!)).toEqual(['id', '__proto__', 'memberId', 'updatedAt', 'updatedBy']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(i!)).toEqual(['id', 'memberId', 'updatedAt', 'updatedBy']);
    expect('inheritedKey' in i!).toBe(false);
    expect((t as unknown as Record<symbol, number>)[tag]).toBe(1);
    // The change's own records are left as they were given.
    expect(added[0]!.updatedAt).toBeUndefined();
    expect(next.completions).toHaveLength(201_000);
  }, 120_000);

  it('keeps a record that already carries exactly the stamps its copy would get, frozen, and copies every other', async () => {
    const at = '2026-11-25T10:00:05.000Z';
    const by = 'Lee Park';
    const old = [0, 1].map((i) => Object.freeze(completion(i, { updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'Old' })));
    const previous: UserData = { ...emptyUserData(), completions: old };
    const fresh = completion(10, { updatedAt: at, updatedBy: by });
    const ownClock = completion(11, { updatedAt: '2026-02-02T00:00:00.000Z', updatedBy: by });
    const otherAuthor = completion(12, { updatedAt: at, updatedBy: 'Someone else' });
    const unstamped = completion(13);
    // A replaced record that kept the old version's updatedAt is stamped with this change's time.
    const oldClock = { ...old[0]!, hours: 2, updatedBy: by };
    const replaced = { ...old[1]!, hours: 3, updatedAt: at, updatedBy: by };
    // Its copy would drop the inherited key: copied, as before.
    const inherited = Object.assign(Object.create({ hours: 1 }) as object, completion(14, { updatedAt: at, updatedBy: by })) as Completion;
    const next: UserData = { ...previous, completions: [oldClock, replaced, fresh, ownClock, otherAuthor, unstamped, inherited] };
    const out = (await stampChangedRecordsInSlices(next, previous, at, by)).completions;
    expect(out.map((r, i) => r === next.completions[i])).toEqual([false, true, true, true, false, false, false]);
    for (const kept of [replaced, fresh, ownClock]) {
      expect(Object.isFrozen(kept)).toBe(true);
      expect(Object.isFrozen(kept.custom)).toBe(true);
    }
    expect(out.map((r) => [r.updatedAt, r.updatedBy])).toEqual([
      [at, by],
      [at, by],
      [at, by],
      ['2026-02-02T00:00:00.000Z', by],
      [at, by],
      [at, by],
      [at, by],
    ]);
    expect(Object.getPrototypeOf(out[6])).toBe(Object.prototype);
    expect('hours' in out[6]!).toBe(false);
    // Copied records are left as they were given.
    expect(Object.isFrozen(otherAuthor)).toBe(false);
    expect(otherAuthor.updatedBy).toBe('Someone else');
  });
});
