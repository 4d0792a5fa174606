import { describe, expect, it } from 'vitest';
import { committedChanges } from '../../../main/services/sync/record-docs';
import { recordIndex } from '../../../main/services/sync/record-index';
import { emptyUserData, type UserData } from '../../../shared/model/user-data';

const completion = (i: number) => ({ id: `c-${i}`, memberId: 'm-1', trainingId: 't-1', completedOn: '2026-03-02', hours: 1 }) as unknown as UserData['completions'][number];
const withCompletions = (count: number): UserData => ({ ...emptyUserData(), completions: Array.from({ length: count }, (_, i) => completion(i)) });

/** An index over `data`, counting the turns of the event loop it takes; the clock advances 1 ms at each look. */
function setUp(initial: UserData, turnMs = 0) {
  let clock = 0;
  let data = initial;
  let turns = 0;
  const index = recordIndex({
    data: () => data,
    turn: async () => {
      turns++;
    },
    turnMs,
    checkEvery: 1000,
    now: () => clock++,
  });
  return {
    index,
    data: () => data,
    turns: () => turns,
    commit(next: UserData) {
      const before = data;
      data = next;
      index.committed(before, next, committedChanges(before, next));
    },
    replace(next: UserData) {
      data = next;
    },
  };
}

describe('the bridge’s index of the store’s records', () => {
  it('is built in slices: a turn of the event loop after each 1,000 records once the time budget is spent', async () => {
    const t = setUp(withCompletions(10_000));
    await t.index.current();
    expect(t.turns()).toBe(10);
    expect(t.index.get('completions', 'c-9999')?.id).toBe('c-9999');
  });

  it('takes no turn while the budget lasts', async () => {
    const t = setUp(withCompletions(10_000), 100);
    await t.index.current();
    expect(t.turns()).toBe(0);
    expect(t.index.get('completions', 'c-0')?.id).toBe('c-0');
  });

  it('follows commits in place, without building again: added, replaced and removed records', async () => {
    const t = setUp(withCompletions(5000));
    await t.index.current();
    const built = t.turns();
    const replaced = { ...completion(7), hours: 9 };
    const next = t.data().completions.filter((c) => c.id !== 'c-3').map((c) => (c.id === 'c-7' ? replaced : c));
    t.commit({ ...t.data(), completions: [...next, completion(5000)] });
    await t.index.current();
    expect(t.turns()).toBe(built);
    expect(t.index.get('completions', 'c-3')).toBeUndefined();
    expect(t.index.get('completions', 'c-7')).toBe(replaced);
    expect(t.index.get('completions', 'c-5000')?.id).toBe('c-5000');
  });

  it('builds again when the data was replaced without a commit it saw', async () => {
    const t = setUp(withCompletions(3000));
    await t.index.current();
    const built = t.turns();
    t.replace(withCompletions(2000));
    await t.index.current();
    expect(t.turns()).toBe(built + 2);
    expect(t.index.get('completions', 'c-2500')).toBeUndefined();
    expect(t.index.get('completions', 'c-1999')?.id).toBe('c-1999');
  });

  it('a commit during a turn of the build: the index ends on the newer data', async () => {
    let data = withCompletions(3000);
    let committedOnce = false;
    const index = recordIndex({
      data: () => data,
      turn: async () => {
        if (committedOnce) return;
        committedOnce = true;
        const before = data;
        data = { ...data, completions: [...data.completions, completion(3000)] };
        index.committed(before, data, committedChanges(before, data));
      },
      turnMs: 0,
    });
    await index.current();
    expect(index.get('completions', 'c-3000')?.id).toBe('c-3000');
  });
});

