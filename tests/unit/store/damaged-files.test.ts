import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../../main/bootstrap';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import type { AppInfo } from '../../../shared/model/app-info';
import { steppingClock, useTempDirs } from './temp-dir';

const fixture = (name: string) => new URL(`../../fixtures/damaged/${name}`, import.meta.url);
const BUNDLED = new URL('../../../data/catalogue.json', import.meta.url).pathname;

/** A data file near 100 MB that breaks at its very end: parse must fail without hanging the start. */
async function writeVeryLargeFile(path: string): Promise<void> {
  const member = (i: number) => `{"id":"m-${i}","name":"Member ${i}","role":"Detective","agency":"Agency","audiences":[],"active":true}`;
  const members = Array.from({ length: 600_000 }, (_, i) => member(i)).join(',');
  await writeFile(path, `{"schemaVersion":1,"settings":{},"members":[${members}],"completions":[{"id":`);
}

const cases: [string, (dir: string) => Promise<void>, AppInfo['dataProblem'] extends infer P ? (P extends { kind: infer K } ? K : never) : never, string][] = [
  ['an empty file', (dir) => copyFile(fixture('empty.json'), join(dir, DATA_FILE_NAME)), 'invalid-json', 'the file is empty'],
  ['a truncated file', (dir) => copyFile(fixture('truncated.json'), join(dir, DATA_FILE_NAME)), 'invalid-json', 'not valid JSON'],
  ['binary garbage', (dir) => copyFile(fixture('binary-garbage.json'), join(dir, DATA_FILE_NAME)), 'invalid-json', 'not valid JSON'],
  ['valid JSON of the wrong shape', (dir) => copyFile(fixture('wrong-shape.json'), join(dir, DATA_FILE_NAME)), 'invalid-shape', 'does not hold'],
  ['a future schemaVersion', (dir) => copyFile(fixture('future-version.json'), join(dir, DATA_FILE_NAME)), 'future-version', 'newer version'],
  ['a very large damaged file', (dir) => writeVeryLargeFile(join(dir, DATA_FILE_NAME)), 'invalid-json', 'not valid JSON'],
];

describe('damaged data files at start', () => {
  const tempDir = useTempDirs();

  it.each(cases)('with %s the app starts, moves the file aside untouched, says so and restores the newest good backup', async (_label, damage, kind, text) => {
    const dir = await tempDir();
    const now = steppingClock();
    // A good history first: two sessions, so a backup of real data exists.
    const first = await openStore({ dir, now });
    await first.update((d) => {
      d.members.push({ id: 'm-keep', name: 'Dana Reyes', role: 'Detective', agency: 'County', audiences: [], active: true });
    });
    // Its start-up backup runs in the background: let it finish before the file is damaged.
    await (await openStore({ dir, now })).idle();
    await damage(dir);
    const damagedBytes = await readFile(join(dir, DATA_FILE_NAME));

    const { dispatch } = await bootstrap({
      dataDir: dir,
      bundledCataloguePath: BUNDLED,
      app: { name: 'TTA Navigator', version: 'test', runtime: {}, license: 'MIT' },
      openExternal: async () => undefined,
      dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
      now,
    });
    const info = await dispatch('appInfo', undefined);
    if (!info.ok) throw new Error(info.error.message);
    const problem = (info.value as AppInfo).dataProblem!;
    expect(problem.kind).toBe(kind);
    expect(problem.message).toContain(text);
    expect(problem.restorableBackup).toMatch(/^data-.*\.json$/);
    // Moved aside, byte for byte, and nothing sits at the data file path until the next save.
    expect((await readFile(problem.quarantinedPath)).equals(damagedBytes)).toBe(true);
    expect((await readdir(dir)).includes(DATA_FILE_NAME)).toBe(false);

    const restored = await dispatch('automaticBackupRestore', {});
    expect(restored.ok).toBe(true);
    const after = await dispatch('appInfo', undefined);
    expect(after.ok && (after.value as AppInfo).dataProblem).toBeNull();
    const reopened = await openStore({ dir, now });
    expect(reopened.data().members.map((m) => m.id)).toEqual(['m-keep']);
    expect((await readFile(problem.quarantinedPath)).equals(damagedBytes)).toBe(true);
  });
});
