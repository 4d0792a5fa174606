import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../../main/bootstrap';
import { DATA_FILE_NAME, openStore } from '../../main/services/store';
import type { Catalogue } from '../../shared/catalogue/schema';
import { suggestMapping } from '../../shared/team/import-presets';
import { median, settleHeap, timeAlternating } from './stats';
import { writeWithFsync } from './write-with-fsync';
import { syntheticUserData } from './user-data-fixture';
import { heavyWorkBundle } from '../support/heavy-work-bundle';

export interface StoreFigures {
  bytes: number;
  /** Start-up load of a file this version wrote (hash-trusted: read, hash, parse). */
  loadMs: number;
  parseBaselineMs: number;
  /** Start-up load with every record validated (first start after an update, copied or restored files). */
  validatedLoadMs: number;
  /** One completion added, durably (fsync of file and folder included). */
  saveDurableMs: number;
  /** fs.writeFile of the same bytes as a Buffer, plus fsync. */
  writeDurableBaselineMs: number;
  firstLoadMs: number;
}

/**
 * Store load and save (by default at 1,000 members and 100,000 completions), each beside its
 * baseline in the same run: JSON.parse of the same file, and a synced write of the same bytes.
 */
export async function benchStore(catalogue: Catalogue, runs: number, size = { members: 1000, completions: 100_000 }): Promise<StoreFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'tta-bench-store-'));
  try {
    const file = join(dir, DATA_FILE_NAME);
    const data = syntheticUserData({ ...size, catalogue });
    await writeFile(file, JSON.stringify(data));
    const started = performance.now();
    const first = await openStore({ dir, appVersion: 'bench' });
    const firstLoadMs = performance.now() - started;
    // Written once through the store, as the app would have left it (and trusted from then on).
    await first.update((d) => {
      d.settings.expiryWarningDays = 60;
    });
    await first.idle();
    const bytes = (await readFile(file)).length;

    const parse = async () => JSON.parse(await readFile(file, 'utf8')) as unknown;
    /** Load and parse alternate; each store's background work (backup check, cache warm-up) ends untimed before the next run. */
    const loads = async (version: (i: number) => string, expected: 'trusted' | 'validated') => {
      const timed: number[] = [];
      const baseline: number[] = [];
      for (let i = -1; i < runs; i++) {
        settleHeap();
        let t = performance.now();
        const store = await openStore({ dir, appVersion: version(i) });
        const ms = performance.now() - t;
        if (store.loadedBy() !== expected) throw new Error(`bench: expected a ${expected} load, got ${store.loadedBy()}`);
        await store.idle();
        settleHeap();
        t = performance.now();
        await parse();
        if (i >= 0) {
          timed.push(ms);
          baseline.push(performance.now() - t);
        }
      }
      return [timed, baseline] as const;
    };
    const [load, parseForLoad] = await loads(() => 'bench', 'trusted');
    // A version never seen before: the trust record does not apply, every record is checked.
    const [validated, parseForValidated] = await loads((i) => `bench-other-${i}`, 'validated');

    const store = await openStore({ dir, appVersion: 'bench' });
    await store.idle();
    const template = store.data().completions[0]!;
    const bytesOnDisk = await readFile(file);
    const baselineFile = join(dir, 'baseline.json');
    let k = 0;
    // Saves and baseline writes alternate, so the kernel's write-back weighs on both alike.
    const [save, write] = await timeAlternating(
      runs + 2,
      () =>
        store.update((d) => {
          d.completions.push({ ...template, id: `c-bench-${k++}` });
        }),
      () => writeWithFsync(baselineFile, bytesOnDisk),
    );
    return {
      bytes,
      loadMs: median(load),
      parseBaselineMs: median([...parseForLoad, ...parseForValidated]),
      validatedLoadMs: median(validated),
      saveDurableMs: median(save),
      writeDurableBaselineMs: median(write),
      firstLoadMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const CATALOGUE = fileURLToPath(new URL('../../data/catalogue.json', import.meta.url));

/** Longest main event-loop stall (ms) while `work` runs, from perf_hooks' event-loop delay histogram. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}

/**
 * main.max_stall_ms: the longest main-process event-loop stall during a 50,000-row CSV
 * import commit and a restore of 100,000 completions, both through dispatch as the app runs them.
 */
export async function benchMainStalls(catalogue: Catalogue): Promise<{ importStallMs: number; restoreStallMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'tta-bench-stall-'));
  try {
    const backup = join(dir, 'backup.json');
    await writeFile(backup, JSON.stringify(syntheticUserData({ members: 1000, completions: 100_000, catalogue })));
    const answers: string[] = [];
    const { dispatch } = await bootstrap({
      dataDir: join(dir, 'data'),
      bundledCataloguePath: CATALOGUE,
      app: { name: 'TTA Navigator', version: 'bench', runtime: {}, license: 'MIT' },
      openExternal: async () => undefined,
      dialogs: { chooseOpenFile: async () => answers.shift() ?? null, chooseSaveFile: async () => null },
      // As the app runs: restore and import checks on the worker thread.
      heavyWorkScript: await heavyWorkBundle(),
    });
    const training = catalogue.trainings[0]!;
    const lines = ['Member name,Training title,Completed on,Hours'];
    for (let i = 0; i < 50_000; i++) lines.push(`Person ${i % 400},"${i % 5 === 0 ? training.title : `Local course ${i % 97}`}",2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${(i % 16) / 4 + 1}`);
    // The import's options as the screen sends them (the contract requires them since the import presets).
    const { mapping, options } = suggestMapping(lines[0]!.split(','));
    const importStallMs = await longestStall(async () => {
      const result = await dispatch('completionsImport', { fileName: 'bench.csv', text: lines.join('\n'), mapping, options, createMissingMembers: true });
      if (!result.ok) throw new Error(`bench import failed: ${result.error.message}`);
    });
    answers.push(backup);
    const restoreStallMs = await longestStall(async () => {
      const result = await dispatch('dataFileRestore', undefined);
      if (!result.ok) throw new Error(`bench restore failed: ${result.error.message}`);
    });
    return { importStallMs, restoreStallMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
