import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, DATA_FILE_NAME, BACKUP_DIR_NAME } from '../../../main/services/store';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';
import { steppingClock, useTempDirs } from './temp-dir';

const fixture = (name: string) => new URL(`../../fixtures/user-data/${name}`, import.meta.url);

describe('store', () => {
  const tempDir = useTempDirs();

  it('starts empty in a new folder and persists updates to disk', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir });
    expect(store.problem()).toBeNull();
    expect(store.data().members).toEqual([]);
    await store.update((d) => {
      d.settings.theme = 'dark';
    });
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: { theme: 'dark' } });
    const reopened = await openStore({ dir });
    expect(reopened.data().settings.theme).toBe('dark');
    // Atomic writes leave no temp files behind.
    expect((await readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('stamps what a change adds in its own copy, never in a list the change handed in nor in the data before it', async () => {
    const store = await openStore({ dir: await tempDir() });
    store.setAuthor('Dana');
    const member = (i: number) => ({ id: `m-${i}`, name: `Member ${i}`, role: 'Detective', agency: 'County', audiences: ['law-enforcement'], active: true });
    await store.update((d) => {
      d.members.push(member(1));
    });
    const before = store.data();
    const handedIn = [...before.members, member(2)];
    const asHanded = [...handedIn];
    await store.update((d) => ({ ...d, members: handedIn }));
    expect(handedIn).toHaveLength(2);
    handedIn.forEach((record, i) => expect(record).toBe(asHanded[i]));
    expect(handedIn[1]).not.toHaveProperty('updatedBy');
    expect(store.data().members[1]).toMatchObject({ id: 'm-2', updatedBy: 'Dana' });
    await store.update((d) => {
      d.members.push(member(3));
    });
    expect(store.data().members.map((m) => [m.id, m.updatedBy])).toEqual([
      ['m-1', 'Dana'],
      ['m-2', 'Dana'],
      ['m-3', 'Dana'],
    ]);
    expect(before.members.map((m) => m.id)).toEqual(['m-1']);
  });

  it('migrates a v0 file to the current version and keeps the original as a backup', async () => {
    const dir = await tempDir();
    const original = await readFile(fixture('v0-prototype.json'), 'utf8');
    await copyFile(fixture('v0-prototype.json'), join(dir, DATA_FILE_NAME));
    const store = await openStore({ dir, now: steppingClock() });
    expect(store.problem()).toBeNull();
    expect(store.data()).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      settings: { theme: 'dark' },
      members: [{ id: 'm-dana', name: 'Dana Reyes' }],
      completions: [{ id: 'c-1', memberId: 'm-dana', hours: 24 }],
      plans: [],
    });
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk).not.toHaveProperty('team');
    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, BACKUP_DIR_NAME, backups[0]!.name), 'utf8')).toBe(original);
  });

  it.each([
    ['invalid JSON', '{"schemaVersion":1,', 'invalid-json', 'is not valid JSON'],
    ['an empty file', '', 'invalid-json', 'the file is empty'],
    ['the wrong shape', '[1,2,3]', 'invalid-shape', 'does not hold a TTA Navigator data object'],
    ['a future version', '{"schemaVersion":99,"settings":{}}', 'future-version', 'newer version'],
  ])('moves a file with %s aside, starts empty and says why', async (_label, content, kind, text) => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), content);
    const store = await openStore({ dir, now: steppingClock() });
    const problem = store.problem();
    expect(problem).toMatchObject({ kind, restorableBackup: null });
    expect(problem!.message).toContain(text);
    expect(await readFile(problem!.quarantinedPath, 'utf8')).toBe(content);
    expect(store.data().members).toEqual([]);
    // Nothing was written over the data file path yet; the first save creates a fresh one.
    await store.update((d) => {
      d.settings.theme = 'light';
    });
    expect(await readFile(problem!.quarantinedPath, 'utf8')).toBe(content);
  });

  it('never overwrites an earlier quarantined file, even with the same timestamp', async () => {
    const dir = await tempDir();
    const frozen = () => new Date('2026-11-25T10:00:00.000Z');
    await writeFile(join(dir, DATA_FILE_NAME), 'first damage');
    const a = await openStore({ dir, now: frozen });
    await writeFile(join(dir, DATA_FILE_NAME), 'second damage');
    const b = await openStore({ dir, now: frozen });
    expect(a.problem()!.quarantinedPath).not.toBe(b.problem()!.quarantinedPath);
    expect(await readFile(a.problem()!.quarantinedPath, 'utf8')).toBe('first damage');
    expect(await readFile(b.problem()!.quarantinedPath, 'utf8')).toBe('second damage');
  });

  it('keeps the newest five backups and skips a backup when nothing changed', async () => {
    const dir = await tempDir();
    const now = steppingClock();
    for (let i = 0; i < 8; i++) {
      const store = await openStore({ dir, now });
      await store.update((d) => {
        d.settings.expiryWarningDays = 10 + i;
      });
    }
    await openStore({ dir, now });
    await openStore({ dir, now }); // unchanged: no new backup
    const backups = await (await openStore({ dir, now })).listBackups();
    expect(backups).toHaveLength(5);
    const newest = JSON.parse(await readFile(join(dir, BACKUP_DIR_NAME, backups[0]!.name), 'utf8'));
    expect(newest.settings.expiryWarningDays).toBe(17);
    const oldest = JSON.parse(await readFile(join(dir, BACKUP_DIR_NAME, backups[4]!.name), 'utf8'));
    expect(oldest.settings.expiryWarningDays).toBe(13);
  });

  it('offers and restores the newest backup that validates, skipping a damaged one', async () => {
    const dir = await tempDir();
    const now = steppingClock();
    const first = await openStore({ dir, now });
    await first.update((d) => {
      d.settings.theme = 'dark';
    });
    await (await openStore({ dir, now })).idle(); // backs up the dark-theme file, in the background
    // A damaged newer backup must be passed over.
    await writeFile(join(dir, BACKUP_DIR_NAME, 'data-2030-01-01T00-00-00-000Z.json'), 'garbage');
    await writeFile(join(dir, DATA_FILE_NAME), '\u0000\u0001binary');
    const store = await openStore({ dir, now });
    const good = store.problem()!.restorableBackup;
    expect(good).not.toBeNull();
    expect(good).not.toBe('data-2030-01-01T00-00-00-000Z.json');
    await expect(store.restoreBackup()).resolves.toBe(good);
    expect(store.problem()).toBeNull();
    expect(store.data().settings.theme).toBe('dark');
    expect(JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).settings.theme).toBe('dark');
  });

  it('refuses to restore a backup that does not validate and leaves the data as it was', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, now: steppingClock() });
    await store.update((d) => {
      d.settings.theme = 'light';
    });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, BACKUP_DIR_NAME), { recursive: true });
    await writeFile(join(dir, BACKUP_DIR_NAME, 'data-2026-01-01T00-00-00-000Z.json'), '{"schemaVersion":1,"settings":{"theme":7}}');
    await expect(store.restoreBackup('data-2026-01-01T00-00-00-000Z.json')).rejects.toThrow(/settings\.theme/);
    expect(store.data().settings.theme).toBe('light');
  });
});
