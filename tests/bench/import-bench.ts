import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { createHeavyWork } from '../../main/services/heavy-work';
import { openStore } from '../../main/services/store';
import { importCompletions } from '../../main/services/team-import';
import type { Catalogue } from '../../shared/catalogue/schema';
import { decodeBytes } from '../../shared/team/decode-bytes';
import { suggestMapping } from '../../shared/team/import-presets';
import { createTrainingLookup } from '../../shared/team/training-lookup';
import { heavyWorkBundle } from '../support/heavy-work-bundle';
import { median } from './stats';
import { writeWithFsync } from './write-with-fsync';

export interface ImportFigures {
  rows50kMs: number;
  papaBaselineMs: number;
  leastWorkMs: number;
}

/**
 * Context for the ratio, not a baseline: the least any import of the file must do, by the
 * simplest means. Decode, Papa.parse row by row into one record per row (no checks), JSON of
 * the records, its SHA-256 (the store's trust record), and a write with fsync.
 */
async function leastWork(bytes: Uint8Array, file: string): Promise<number> {
  const started = performance.now();
  const text = decodeBytes(bytes).text;
  const records: object[] = [];
  let row = 0;
  Papa.parse<string[]>(text, {
    step: ({ data: c }) => {
      if (row++ === 0 || c.length < 5) return;
      records.push({ id: `c-${row}`, memberId: c[0], trainingTitle: c[2], completedOn: c[3], hours: Number(c[4]), createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T10:00:00.000Z', updatedBy: '' });
    },
  });
  const json = Buffer.from(JSON.stringify({ completions: records }));
  createHash('sha256').update(json).digest();
  await writeWithFsync(file, json);
  return performance.now() - started;
}

/** A 50,000-row LMS-style export: 250 people, 120 courses (some in the catalogue), US dates, a BOM. */
export function lmsExport(catalogue: Catalogue): Uint8Array {
  const titles = [...catalogue.trainings.slice(0, 20).map((t) => t.title), ...Array.from({ length: 100 }, (_, i) => `Regional Course ${i}`)];
  const lines = ['Learner,Email,Course,Completion Date,Credit Hours'];
  for (let i = 0; i < 50_000; i++) {
    lines.push(`Person ${i % 250},p${i % 250}@example.gov,"${titles[i % titles.length]}",${(i % 12) + 1}/${(i % 28) + 1}/${2015 + (i % 11)},${(i % 8) + 1}`);
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * import.rows50k_ms: decode, parse, check and commit 50,000 rows through the same
 * service the import channel calls, the way the app calls it (the check on the heavy-work
 * worker, bundled as the app ships it), into a real store on disk holding the 250 members.
 * The warm-up run starts the worker and the app keeps it between imports (KEEP_WORKER_MS),
 * so the measured runs are an import soon after another, as the baseline's runs are warm.
 * Baseline: Papa.parse of the same text alone. Runs alternate.
 */
export async function benchImport(catalogue: Catalogue, runs: number): Promise<ImportFigures> {
  const bytes = lmsExport(catalogue);
  const text = decodeBytes(bytes).text;
  const trainings = createTrainingLookup(catalogue);
  const { mapping, options } = suggestMapping(Papa.parse<string[]>(text.slice(0, 200)).data[0]!);
  const heavy = createHeavyWork(await heavyWorkBundle());
  const measured: number[] = [];
  const baseline: number[] = [];
  const least: number[] = [];
  for (let run = -1; run < runs; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'tta-bench-import-'));
    try {
      const store = await openStore({ dir, appVersion: 'bench' });
      await store.update((d) => {
        for (let i = 0; i < 250; i++) d.members.push({ id: `m-${i}`, name: `Person ${i}`, role: '', agency: '', email: `p${i}@example.gov`, audiences: [], active: true });
      });
      await store.idle();
      let n = 0;
      const started = performance.now();
      const decoded = decodeBytes(bytes);
      const outcome = await importCompletions(
        { store, trainings: () => trainings, newId: (kind) => `${kind[0]}-${++n}`, now: () => new Date('2026-11-25T10:00:00Z') },
        { fileName: 'lms.csv', text: decoded.text, mapping, options, createMissingMembers: false },
        heavy.prepareImport,
      );
      await store.idle();
      const ms = performance.now() - started;
      if (outcome.added.length === 0) throw new Error('the import bench imported nothing');
      const papaStart = performance.now();
      Papa.parse(text);
      const papaMs = performance.now() - papaStart;
      const leastMs = await leastWork(bytes, join(dir, 'least.json'));
      // Run -1 warms all three up.
      if (run >= 0) {
        measured.push(ms);
        baseline.push(papaMs);
        least.push(leastMs);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  await heavy.close();
  return { rows50kMs: median(measured), papaBaselineMs: median(baseline), leastWorkMs: median(least) };
}
