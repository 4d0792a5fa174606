import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { createHeavyWork } from '../../../main/services/heavy-work';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { suggestMapping } from '../../../shared/team/import-presets';
import { heavyWorkBundle } from '../../support/heavy-work-bundle';
import { decodedOnDisk, memberInput, startApp } from './app-harness';
import { useTempDirs } from './temp-dir';

/*
 * Restores and imports are checked on a worker thread (the bundled worker, as the app ships
 * it), through bootstrap() and dispatch(): same results, same refusals, and the main event
 * loop keeps turning while the worker parses.
 */

const completion = (i: number, memberId: string) => ({
  id: `c-${i}`,
  memberId,
  custom: { title: `Course ${i % 50}`, provider: '' },
  completedOn: '2026-01-15',
  hours: 4,
  createdAt: '2026-01-15T12:00:00.000Z',
});
const backupWith = (completions: number, extra: Record<string, unknown>[] = []) =>
  JSON.stringify({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: {},
    members: [{ id: 'm-1', name: 'Dana Reyes', role: 'Detective', agency: 'County SO', audiences: [], active: true }],
    completions: [...Array.from({ length: completions }, (_, i) => completion(i, 'm-1')), ...extra],
    plans: [],
    profiles: [],
  });

describe('heavy work on a worker thread', () => {
  const tempDir = useTempDirs();

  it('restores a 20,000-completion backup file through the worker, and refuses a bad one naming the record', async () => {
    const dir = await tempDir();
    const app = await startApp(dir, { heavyWorkScript: await heavyWorkBundle() });
    expect(app.services.heavy.mode).toBe('worker');
    await app.call('memberCreate', memberInput('Sam Lee'));
    const files = await tempDir();
    const good = join(files, 'good.json');
    await writeFile(good, backupWith(20_000));
    app.answers.open.push(good);
    expect(await app.call('dataFileRestore', undefined)).toMatchObject({ restored: true, members: 1, completions: 20_000 });
    expect((await decodedOnDisk(dir)).completions).toHaveLength(20_000);

    const bad = join(files, 'bad.json');
    await writeFile(bad, backupWith(10, [{ ...completion(99, 'm-1'), hours: -3 }]));
    app.answers.open.push(bad);
    const refused = await app.raw('dataFileRestore', undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/bad\.json has invalid data: completions\[10\]\.hours.*Nothing was changed/);
    expect(app.services.store.data().completions).toHaveLength(20_000);
  });

  it('checks an import on the worker: rows are added once, and a bad row is refused with its row number', async () => {
    const dir = await tempDir();
    const app = await startApp(dir, { heavyWorkScript: await heavyWorkBundle() });
    await app.call('memberCreate', memberInput('Dana Reyes'));
    const importText = async (text: string) => {
      const table = parseCsvTable(text);
      const suggested = suggestMapping(table.headers);
      return app.raw('completionsImport', { fileName: 'team.csv', text, mapping: suggested.mapping, options: { ...suggested.options, dateOrder: 'mdy' as const }, createMissingMembers: true });
    };
    const rows = ['Member name,Training title,Completed on,Hours', ...Array.from({ length: 3000 }, (_, i) => `Person ${i % 30},Local course ${i},2025-03-${String((i % 28) + 1).padStart(2, '0')},2`)];
    const imported = await importText(rows.join('\n'));
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.added).toHaveLength(3000);
    expect(imported.value.newMembers).toHaveLength(30);
    expect((await decodedOnDisk(dir)).completions).toHaveLength(3000);
    // The same file again: every row is already there.
    const again = await importText(rows.join('\n'));
    expect(again.ok && again.value.duplicates).toBe(3000);

    const refused = await importText('Member name,Training title,Completed on,Hours\nDana Reyes,Interviewing,2026-02-30,2');
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', details: [expect.stringContaining('Row 2')] } });
    expect((await decodedOnDisk(dir)).completions).toHaveLength(3000);
  });

  it('the main event loop keeps turning while the worker decodes, and does not while the same decode runs inline', async () => {
    const bytes = Buffer.from(backupWith(60_000));
    const turnsDuring = async (work: () => Promise<unknown>) => {
      let turns = 0;
      let running = true;
      const spin = () => {
        turns++;
        if (running) setImmediate(spin);
      };
      setImmediate(spin);
      const started = turns;
      await work();
      running = false;
      return turns - started;
    };
    const worker = createHeavyWork(await heavyWorkBundle());
    const inWorker = await turnsDuring(() => worker.decode(bytes, 'big.json'));
    const inline = await turnsDuring(() => createHeavyWork(null).decode(bytes, 'big.json'));
    // Inline, the decode holds the thread from start to end: the loop turns at most once or twice.
    expect(inline).toBeLessThan(3);
    expect(inWorker).toBeGreaterThan(20);
  });

  it('answers are pulled a slice at a time: the main event loop turns between any two slices it receives', async () => {
    const bytes = Buffer.from(backupWith(12_000));
    const heavy = createHeavyWork(await heavyWorkBundle());
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    // Node hands every message already queued on a port over in one go; without the pull
    // protocol all slices arrive within one turn.
    const turnAtSlice: number[] = [];
    const original = Worker.prototype.emit;
    const emit = vi.spyOn(Worker.prototype, 'emit').mockImplementation(function (this: Worker, event: string | symbol, ...args: unknown[]) {
      if (event === 'message' && (args[0] as { type?: string }).type === 'slice') turnAtSlice.push(turns);
      return original.call(this, event, ...args);
    });
    try {
      const decoded = await heavy.decode(bytes, 'big.json', { handOver: true });
      expect(decoded.ok && decoded.data.completions).toHaveLength(12_000);
    } finally {
      emit.mockRestore();
      running = false;
    }
    expect(turnAtSlice.length).toBeGreaterThanOrEqual(12);
    for (let i = 1; i < turnAtSlice.length; i++) expect(turnAtSlice[i]).toBeGreaterThan(turnAtSlice[i - 1]!);
    // Handed over: the worker took the memory itself, no copy was made.
    expect(bytes.byteLength).toBe(0);
  });

  it('without handOver the caller keeps its bytes', async () => {
    const bytes = Buffer.from(backupWith(10));
    const decoded = await createHeavyWork(await heavyWorkBundle()).decode(bytes, 'small.json');
    expect(decoded.ok).toBe(true);
    expect(JSON.parse(bytes.toString('utf8')).completions).toHaveLength(10);
  });

  it('a worker that cannot start fails the request with a message, and the data stays as it was', async () => {
    const dir = await tempDir();
    const broken = join(await tempDir(), 'heavy-work.cjs');
    await writeFile(broken, 'throw new Error("bundle damaged")');
    const app = await startApp(dir, { heavyWorkScript: broken });
    await app.call('memberCreate', memberInput('Dana Reyes'));
    const file = join(await tempDir(), 'good.json');
    await writeFile(file, backupWith(5));
    app.answers.open.push(file);
    const before = await readFile(join(dir, 'tta-navigator-data.json'), 'utf8');
    const result = await app.raw('dataFileRestore', undefined);
    expect(result.ok).toBe(false);
    expect(await readFile(join(dir, 'tta-navigator-data.json'), 'utf8')).toBe(before);
  });
});
