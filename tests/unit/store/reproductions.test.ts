import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME } from '../../../main/services/store';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { makeSigner, writeCatalogueFile } from '../../support/catalogue-signing';
import { faultyFs } from '../../support/faulty-fs';
import { decodedOnDisk, memberInput, startApp } from './app-harness';
import { useTempDirs } from './temp-dir';

/*
 * The review's reproductions, run through bootstrap() and dispatch() as the app runs them.
 * Each ends with nothing lost and nothing invented.
 */

const isDataTemp = (name: string) => name.startsWith('.tta-navigator-data.json.') && name.endsWith('.tmp');
const names = (members: readonly { name: string }[]) => members.map((m) => m.name).sort();

describe('judged reproductions', () => {
  const tempDir = useTempDirs();

  it('a failed save changes nothing in memory, says so, and a retried create is saved once', async () => {
    const dir = await tempDir();
    const faults = faultyFs();
    const app = await startApp(dir, { store: { fs: faults.fs } });
    const dana = await app.call('memberCreate', memberInput('Dana Reyes'));
    const first = await app.call('teamList', {});

    faults.inject({ op: 'writev', code: 'ENOSPC', times: Infinity, file: isDataTemp });
    const deleted = await app.raw('memberDelete', { id: dana.id });
    expect(deleted).toMatchObject({ ok: false, error: { code: 'not-saved' } });
    if (!deleted.ok) expect(deleted.error.message).toContain('Changes are not being saved: the disk is full');
    const created = await app.raw('memberCreate', memberInput('Sam Lee'));
    expect(created).toMatchObject({ ok: false, error: { code: 'not-saved' } });

    // Memory still matches the disk: the delete did not happen, the create did not happen.
    expect(names(app.services.store.data().members)).toEqual(['Dana Reyes']);
    const list = await app.call('teamList', { knownEpoch: first.epoch });
    expect(list).toMatchObject({ unchanged: true });
    const info = await app.call('appInfo', undefined);
    expect(info.saveProblem).toMatchObject({ kind: 'write-failed', message: 'the disk is full.' });

    // Space is freed; Try again works and the retried create is saved exactly once.
    faults.clear();
    expect(await app.call('dataSaveRetry', undefined)).toEqual({ reloaded: false });
    expect((await app.call('appInfo', undefined)).saveProblem).toBeNull();
    await app.call('memberCreate', memberInput('Sam Lee'));
    expect(names((await decodedOnDisk(dir)).members)).toEqual(['Dana Reyes', 'Sam Lee']);
    const restarted = await startApp(dir);
    expect(names(restarted.services.store.data().members)).toEqual(['Dana Reyes', 'Sam Lee']);
  });

  it('an over-long catalogue title is refused at import naming the record, and never reaches the data file', async () => {
    const dir = await tempDir();
    const app = await startApp(dir, { version: '1.0.0' });
    const dana = await app.call('memberCreate', memberInput('Dana Reyes'));
    const bundled: Catalogue = app.services.catalogue.current();
    const long = { ...bundled.trainings[0]!, title: `Advanced ${'investigation '.repeat(40)}`.slice(0, 490) };
    const newer = { ...bundled, meta: { ...bundled.meta, version: '99.0.0', date: '2099-01-01' }, trainings: [long, ...bundled.trainings.slice(1)] };
    // Signed by a publisher the user added, so only the title can be the reason it is refused.
    const keys = await tempDir();
    const publisher = await makeSigner(keys, 'State task force');
    app.answers.open.push(publisher.publicKeyPath);
    await app.call('publisherAdd', { name: 'State task force' });
    const path = await writeCatalogueFile(keys, 'newer.json', newer, publisher);
    app.answers.open.push(path);
    const refused = await app.raw('catalogueImport', undefined);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.details?.join('\n')).toContain(`trainings[0] (record "${long.id}").title: A training title is at most 400 characters`);

    // Even a catalogue already in memory with such a title (an older app accepted it) cannot put it in the data file.
    app.services.catalogue.current = () => newer;
    const recorded = await app.raw('completionsRecord', {
      memberIds: [dana.id],
      draft: { training: { kind: 'catalogue', trainingId: long.id }, completedOn: '2026-05-01', hours: 8 },
    });
    expect(recorded).toMatchObject({ ok: false, error: { code: 'rejected' } });
    if (!recorded.ok) expect(recorded.error.message).toMatch(/trainingTitle/);
    const plan = await app.call('planCreate', { name: 'Spring', period: { start: '2026-03-01', end: '2026-06-30' } });
    const added = await app.raw('planAddTraining', { planId: plan.id, trainingId: long.id, memberIds: [dana.id] });
    expect(added).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await app.call('completionsRecord', {
      memberIds: [dana.id],
      draft: { training: { kind: 'catalogue', trainingId: bundled.trainings[1]!.id }, completedOn: '2026-05-01', hours: 8 },
    });

    // The app is updated: the next start validates everything, and everything is there.
    const updated = await startApp(dir, { version: '1.1.0' });
    expect(updated.services.store.problem()).toBeNull();
    expect(names(updated.services.store.data().members)).toEqual(['Dana Reyes']);
    expect(updated.services.store.data().completions).toHaveLength(1);
    expect(updated.services.store.data().plans.map((p) => p.name)).toEqual(['Spring']);
  });

  it('a transient read error at start loads the file; a persistent one empties nothing and Try again loads it', async () => {
    const dir = await tempDir();
    const seed = await startApp(dir);
    await seed.call('memberCreate', memberInput('Dana Reyes'));
    const bytes = await readFile(join(dir, DATA_FILE_NAME));

    const transient = faultyFs();
    transient.inject({ op: 'readFile', code: 'EIO', times: 2, file: (n) => n === DATA_FILE_NAME });
    const a = await startApp(dir, { store: { fs: transient.fs } });
    expect(a.services.store.problem()).toBeNull();
    expect(names(a.services.store.data().members)).toEqual(['Dana Reyes']);

    const persistent = faultyFs();
    persistent.inject({ op: 'readFile', code: 'EBUSY', times: Infinity, file: (n) => n === DATA_FILE_NAME });
    const b = await startApp(dir, { store: { fs: persistent.fs } });
    expect(b.services.store.problem()).toBeNull();
    expect((await b.call('appInfo', undefined)).saveProblem).toMatchObject({ kind: 'unreadable' });
    expect(await b.raw('memberCreate', memberInput('Sam Lee'))).toMatchObject({ ok: false, error: { code: 'not-saved' } });
    expect(await readFile(join(dir, DATA_FILE_NAME))).toEqual(bytes);
    expect((await readdir(dir)).filter((n) => n.includes('damaged'))).toEqual([]);

    persistent.clear();
    expect(await b.call('dataSaveRetry', undefined)).toEqual({ reloaded: true });
    const list = await b.call('teamList', {});
    expect(list.unchanged).toBe(false);
    if (!list.unchanged) expect(names(list.members)).toEqual(['Dana Reyes']);
    await b.call('memberCreate', memberInput('Sam Lee'));
    expect(names((await decodedOnDisk(dir)).members)).toEqual(['Dana Reyes', 'Sam Lee']);
  });

  it('a restore racing a save ends with the restore’s data on disk and in memory', async () => {
    const source = await startApp(await tempDir());
    await source.call('memberCreate', memberInput('From Backup'));
    const backup = join(await tempDir(), 'backup.json');
    // A plain backup (as earlier versions saved them): no scrypt delay, so the restore races the save.
    await writeFile(backup, JSON.stringify(source.services.store.data()));

    const dir = await tempDir();
    const faults = faultyFs();
    const app = await startApp(dir, { store: { fs: faults.fs } });
    await app.call('memberCreate', memberInput('Before'));
    // Slow disk: the save is still being written when the restore is asked for.
    faults.inject({ op: 'writev', delayMs: 150, times: 1, file: isDataTemp });
    app.answers.open.push(backup);
    const [saved, restored] = await Promise.all([app.raw('memberCreate', memberInput('Racing')), app.raw('dataFileRestore', undefined)]);
    expect(saved.ok).toBe(true);
    expect(restored).toMatchObject({ ok: true, value: { restored: true, members: 1 } });
    expect(names((await decodedOnDisk(dir)).members)).toEqual(['From Backup']);
    expect(names(app.services.store.data().members)).toEqual(['From Backup']);
    // The replaced data (with the acknowledged "Racing") is kept as a backup.
    const backups = await app.services.store.listBackups();
    const kept = await readFile(join(dir, 'backups', backups[0]!.name), 'utf8');
    expect(kept).toContain('Racing');
  });
});
