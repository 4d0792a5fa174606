import { describe, expect, it, vi } from 'vitest';
import type { Completion } from '../../../shared/model/team';
import { openStore } from '../../../main/services/store';
import { useTempDirs } from './temp-dir';
import type * as CompletionCheck from '../../../shared/team/completion-check';

/*
 * An import hands the store its records as already checked (UpdateOptions.checkedCompletions):
 * the store then checks the first stamped copy in full (which checks the stamps it adds to
 * all of them) and not the rest. What it trusts must stay exactly that: records found side
 * by side and in order, without stamps of their own or already carrying the same stamps the
 * store would give them; anything else is checked as usual.
 */

// Counts the records the store's completion check looks at.
const looked = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../shared/team/completion-check', async (original) => {
  const real = await original<typeof CompletionCheck>();
  return {
    ...real,
    createCompletionCheck: (...args: Parameters<typeof real.createCompletionCheck>) => {
      const check = real.createCompletionCheck(...args);
      return (record: Completion) => {
        looked.count++;
        return check(record);
      };
    },
  };
});

const tempDir = useTempDirs();
const completion = (i: number, extra: Partial<Completion> = {}): Completion => ({
  id: `c-${i}`,
  memberId: `m-${i % 5}`,
  custom: { title: `Course ${i % 7}`, provider: '' },
  completedOn: '2026-03-07',
  createdAt: '2026-11-25T10:00:00.000Z',
  ...extra,
});
const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => completion(from + i));

async function freshStore() {
  const store = await openStore({ dir: await tempDir(), appVersion: 'test' });
  await store.update((d) => {
    d.completions.push(...batch(0, 10));
  });
  return store;
}

describe('completions the caller checked already', () => {
  it('are checked once for the stamps, saved stamped, and every other record is still checked', async () => {
    const store = await freshStore();
    const checked = batch(100, 500);
    const other = completion(900);
    looked.count = 0;
    await store.update(
      (d) => {
        d.completions.push(...checked, other);
      },
      { checkedCompletions: checked },
    );
    // The first checked record (its stamps) and the one that was not handed in as checked.
    expect(looked.count).toBe(2);
    expect(store.data().completions).toHaveLength(511);
    expect(store.data().completions.slice(10, 510).every((c, i) => c.id === checked[i]!.id && c.updatedAt !== undefined && c.updatedBy === '')).toBe(true);

    // Without the option, each is checked.
    looked.count = 0;
    await store.update((d) => {
      d.completions.push(...batch(1000, 50));
    });
    expect(looked.count).toBe(50);
  });

  it('refuses them all when the stamps the store adds are not valid (an author name over 200 characters)', async () => {
    const store = await freshStore();
    store.setAuthor('x'.repeat(201));
    const checked = batch(100, 50);
    await expect(
      store.update(
        (d) => {
          d.completions.push(...checked);
        },
        { checkedCompletions: checked },
      ),
    ).rejects.toThrow(/updatedBy|200 characters/);
    expect(store.data().completions).toHaveLength(10);
  });

  it('checks every record when they are not side by side, not in the order given, or carry stamps of their own', async () => {
    const bad = completion(999, { hours: -1 });
    const cases: { name: string; list: Completion[]; pushed: (list: Completion[]) => Completion[] }[] = [
      { name: 'another record between them', list: [...batch(100, 20), bad, ...batch(200, 5)], pushed: (l) => [...l.slice(0, 10), completion(500), ...l.slice(10)] },
      { name: 'in another order', list: [...batch(100, 20), bad, ...batch(200, 5)], pushed: (l) => [...l].reverse() },
      { name: 'a stamp of its own', list: [completion(99, { updatedBy: 'Someone' }), ...batch(100, 20), bad, ...batch(200, 5)], pushed: (l) => l },
      { name: 'one of them missing', list: [...batch(100, 20), bad, ...batch(200, 5)], pushed: (l) => l.slice(1) },
    ];
    for (const { name, list, pushed } of cases) {
      const store = await freshStore();
      await expect(
        store.update(
          (d) => {
            d.completions.push(...pushed(list));
          },
          { checkedCompletions: list },
        ),
        name,
      ).rejects.toThrow(/c-999.*hours/);
      expect(store.data().completions, name).toHaveLength(10);
    }
  });

  it('keeps records already stamped as the store stamps them, looks at one, and checks all when their stamps differ', async () => {
    const store = await freshStore();
    store.setAuthor('Lee Park');
    const stamps = { updatedAt: '2026-11-25T10:00:00.000Z', updatedBy: 'Lee Park' };
    const stamped = (from: number, n: number) => batch(from, n).map((c) => ({ ...c, ...stamps }));
    const checked = stamped(100, 300);
    looked.count = 0;
    await store.update(
      (d) => {
        d.completions.push(...checked);
      },
      { checkedCompletions: checked },
    );
    expect(looked.count).toBe(1);
    // Stored as they were handed in: the same objects, not stamped copies.
    expect(store.data().completions.slice(10).every((c, i) => c === checked[i])).toBe(true);

    // Each keeps its own updatedAt, so one that differs (here not a time at all) means every record is checked.
    const good = stamped(500, 20);
    const yesterday = { ...completion(998), updatedAt: 'yesterday', updatedBy: 'Lee Park' };
    const cases = [
      { list: [...good, completion(999, { hours: -1, ...stamps }), yesterday], refused: /c-999.*hours/ },
      { list: [...good, yesterday], refused: /c-998.*updatedAt/ },
    ];
    for (const { list, refused } of cases) {
      await expect(
        store.update(
          (d) => {
            d.completions.push(...list);
          },
          { checkedCompletions: list },
        ),
      ).rejects.toThrow(refused);
    }
    expect(store.data().completions).toHaveLength(310);
  });
});
