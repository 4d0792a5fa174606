import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { openStore } from '../../main/services/store';
import { buildLazyChunks, mainBundleOptions } from '../../scripts/main-bundle-options';
import type { Catalogue } from '../../shared/catalogue/schema';
import { ROOT } from '../e2e/support/harness';
import { median } from './stats';
import { syntheticUserData } from './user-data-fixture';

const run = promisify(execFile);

interface ChildReport {
  ms: number;
  completions: number;
  trainings: number;
}

/** Bundles a child script the way scripts/build-main.ts bundles the app's main process, lazy chunks beside it. */
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({ ...mainBundleOptions, sourcemap: false, entryPoints: [join(ROOT, entry)], outfile });
  await buildLazyChunks(dirname(outfile), { sourcemap: false });
}

async function child(script: string, dataDir: string, cataloguePath: string): Promise<ChildReport> {
  const { stdout } = await run(process.execPath, [script, dataDir, cataloguePath]);
  return JSON.parse(stdout) as ChildReport;
}

export interface BootstrapFigures {
  bootstrapMs: number;
  baselineMs: number;
}

/**
 * The main side from process start to ready (catalogue loaded and checked, store opened) at
 * 20 members and 2,000 completions, each run in a fresh Node process, against a fresh process
 * that reads and JSON.parses the same two files. Runs alternate; medians.
 */
export async function benchBootstrap(catalogue: Catalogue, runs: number): Promise<BootstrapFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'tta-bench-bootstrap-'));
  try {
    const dataDir = join(dir, 'data');
    const cataloguePath = join(ROOT, 'data', 'catalogue.json');
    const data = syntheticUserData({ members: 20, completions: 2000, catalogue });
    // Saved through the store under the version the child runs as, as the app leaves its file.
    const store = await openStore({ dir: dataDir, appVersion: 'bench' });
    await store.update((d) => {
      Object.assign(d, data);
    });
    await store.idle();
    const app = join(dir, 'bootstrap.cjs');
    const baseline = join(dir, 'baseline.cjs');
    await Promise.all([bundle('tests/bench/bootstrap-child.ts', app), bundle('tests/bench/bootstrap-baseline-child.ts', baseline)]);

    // One untimed start each: the first takes the start-up backup and warms the disk cache.
    const first = await child(app, dataDir, cataloguePath);
    const firstBaseline = await child(baseline, dataDir, cataloguePath);
    for (const r of [first, firstBaseline]) {
      if (r.completions !== 2000 || r.trainings !== catalogue.trainings.length) throw new Error(`bootstrap bench: a child saw ${JSON.stringify(r)}`);
    }
    const app_: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      app_.push((await child(app, dataDir, cataloguePath)).ms);
      base.push((await child(baseline, dataDir, cataloguePath)).ms);
    }
    return { bootstrapMs: median(app_), baselineMs: median(base) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
