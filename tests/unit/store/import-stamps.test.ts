import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import type * as ImportStream from '../../../shared/team/import-stream';
import { openStore } from '../../../main/services/store';
import { importCompletions } from '../../../main/services/team-import';
import { createHeavyWork } from '../../../main/services/heavy-work';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { suggestMapping } from '../../../shared/team/import-presets';
import { useTempDirs } from './temp-dir';

/*
 * An import's records come out of the row check already stamped as the store would stamp
 * them (updatedAt = the import's time, updatedBy = the store's author), so the store keeps
 * them instead of a stamped copy of each. The row check stamps them from ImportContext.stamps
 * (shared/team/row-checker.ts); here a double of planImportFromText does what it does, and
 * records the context it was given.
 */
type Stamps = { updatedAt: string; updatedBy: string };
const given = vi.hoisted(() => ({ stamps: [] as (Stamps | undefined)[] }));
vi.mock('../../../shared/team/import-stream', async (original) => {
  const real = await original<typeof ImportStream>();
  return {
    ...real,
    planImportFromText: (...args: Parameters<typeof real.planImportFromText>) => {
      const stamps = (args[2] as { stamps?: Stamps }).stamps;
      given.stamps.push(stamps);
      const plan = real.planImportFromText(...args);
      if (stamps) for (const c of plan.completions) Object.assign(c, stamps);
      return plan;
    },
  };
});

const tempDir = useTempDirs();
const NOW = '2026-11-25T10:00:00.000Z';

async function setUp() {
  const store = await openStore({ dir: await tempDir(), appVersion: 'test' });
  await store.update((d) => {
    d.members.push({ id: 'm-1', name: 'Dana Reyes', role: '', agency: '', audiences: [], active: true }, { id: 'm-2', name: 'Sam Lee', role: '', agency: '', audiences: [], active: true });
  });
  store.setAuthor('Lee Park');
  const text = await readFile(new URL('../../fixtures/csv/team-import-fixed.csv', import.meta.url), 'utf8');
  const { mapping, options } = suggestMapping(parseCsvTable(text).headers);
  let n = 0;
  const deps = { store, trainings: () => ({ get: () => undefined, all: () => [] }), newId: (kind: string) => `${kind[0]}-${++n}`, now: () => new Date(NOW) };
  return { store, deps, input: { fileName: 'team.csv', text, mapping, options: { ...options, dateOrder: 'mdy' as const }, createMissingMembers: false } };
}

describe('an import whose records arrive stamped', () => {
  it('hands the row check the stamps the store gives, and the store keeps its records as they are', async () => {
    const { store, deps, input } = await setUp();
    given.stamps = [];
    const outcome = await importCompletions(deps, input);
    expect(given.stamps).toEqual([{ updatedAt: NOW, updatedBy: 'Lee Park' }]);
    expect(outcome.added).toHaveLength(3);
    // The answer is exactly what was stored: the same objects, with who and when.
    expect(store.data().completions.every((c, i) => c === outcome.added[i])).toBe(true);
    expect(outcome.added.map((c) => [c.createdAt, c.updatedAt, c.updatedBy])).toEqual(Array(3).fill([NOW, NOW, 'Lee Park']));
  });

  it('passes the stamps through the worker path too, and a changed author meanwhile gets copies stamped with the new name', async () => {
    const { store, deps, input } = await setUp();
    given.stamps = [];
    const heavy = createHeavyWork(null);
    const outcome = await importCompletions(deps, input, async (data, trainings, what, clock) => {
      const plan = await heavy.prepareImport(data, trainings, what, clock);
      store.setAuthor('Sam Lee');
      return plan;
    });
    expect(given.stamps).toEqual([{ updatedAt: NOW, updatedBy: 'Lee Park' }]);
    expect(store.data().completions.map((c) => c.updatedBy)).toEqual(['Sam Lee', 'Sam Lee', 'Sam Lee']);
    expect(store.data().completions.some((c, i) => c === outcome.added[i])).toBe(false);
  });
});
