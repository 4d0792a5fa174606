import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FILE_NAME, openStore } from '../../main/services/store';
import type { Catalogue } from '../../shared/catalogue/schema';
import { median, timeRuns } from './stats';
import { syntheticUserData } from './user-data-fixture';

export interface StoreFigures {
  bytes: number;
  loadMs: number;
  parseBaselineMs: number;
  saveMs: number;
  writeBaselineMs: number;
  firstLoadMs: number;
}

/**
 * Store load and save (by default at 1,000 members and 100,000 completions), each beside its
 * baseline: JSON.parse of the same file, and fs.writeFile of the same bytes.
 * Load is timed as the app starts: on a file this version wrote before.
 */
export async function benchStore(catalogue: Catalogue, runs: number, size = { members: 1000, completions: 100_000 }): Promise<StoreFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'tta-bench-store-'));
  try {
    const file = join(dir, DATA_FILE_NAME);
    const data = syntheticUserData({ ...size, catalogue });
    // Written once through the store, as the app would have left it.
    await writeFile(file, JSON.stringify(data));
    let started = performance.now();
    const first = await openStore({ dir, appVersion: 'bench' });
    const firstLoadMs = performance.now() - started;
    await first.update((d) => {
      d.settings.expiryWarningDays = 60;
    });
    await first.idle();
    const bytes = (await readFile(file)).length;

    const parse = await timeRuns(runs, async () => JSON.parse(await readFile(file, 'utf8')));
    const load: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      const store = await openStore({ dir, appVersion: 'bench' });
      load.push(performance.now() - started);
      await store.idle();
    }

    const store = await openStore({ dir, appVersion: 'bench' });
    await store.idle();
    const template = store.data().completions[0]!;
    const text = await readFile(file, 'utf8');
    // Saves and baseline writes alternate, so the kernel's write-back of earlier 29 MB files
    // weighs on both alike.
    const save: number[] = [];
    const write: number[] = [];
    for (let n = 0; n < runs + 2; n++) {
      started = performance.now();
      await store.update((d) => {
        d.completions.push({ ...template, id: `c-bench-${n}` });
      });
      save.push(performance.now() - started);
      started = performance.now();
      await writeFile(join(dir, 'baseline.json'), text);
      write.push(performance.now() - started);
    }
    return {
      bytes,
      loadMs: median(load),
      parseBaselineMs: median(parse),
      saveMs: median(save),
      writeBaselineMs: median(write),
      firstLoadMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
