import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEFORE_ENCRYPTION } from '../../../main/services/at-rest/encrypt-data-folder';
import { atRestTransform } from '../../../main/services/crypto/at-rest-transform';
import { isEnvelope } from '../../../main/services/crypto/envelope';
import { fileKeyProvider } from '../../../main/services/crypto/key-provider';
import { durableFiles } from '../../../main/services/durable-file';
import { BACKUP_DIR_NAME, DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { trustFileFor } from '../../../main/services/trusted-file';
import { memberInput, startApp } from '../store/app-harness';
import { useTempDirs } from '../store/temp-dir';
import { filesUnder, whereFound } from './leak-scan';

const UNIQUE = 'Zyxwvut Quenby-Marchetti';
const PHONE = '555-0199-4242';

async function keyed(tempDir: () => Promise<string>) {
  const dir = await tempDir();
  const keyDir = await tempDir();
  return { dir, keyFile: join(keyDir, 'data.key'), provider: () => fileKeyProvider(join(keyDir, 'data.key')) };
}

/** A plain (earlier version) data folder with one member, its backup and its trust record. */
async function plainFolder(dir: string, name = UNIQUE) {
  const store = await openStore({ dir, appVersion: '0.9.0', backupEveryMs: 0 });
  await store.update((d) => {
    d.members.push({ id: 'm-plain', ...memberInput(name), phone: PHONE, audiences: ['law-enforcement'], active: true, role: 'Detective', agency: 'County SO' });
  });
  await store.update((d) => {
    d.members[0] = { ...d.members[0]!, agency: 'State Police' };
  });
  await store.close();
}

describe('encryption at rest', () => {
  const tempDir = useTempDirs();

  it('after a member is created with a unique name, no file in the data folder holds it in any encoding (data, backups, moved-aside copy, side files)', async () => {
    const { dir, provider } = await keyed(tempDir);
    const first = await startApp(dir, { keyProvider: provider(), store: { backupEveryMs: 0 } });
    const member = await first.call('memberCreate', { ...memberInput(UNIQUE), phone: PHONE, email: 'zyxwvut.quenby@agency.gov' });
    await first.call('completionsRecord', {
      memberIds: [member.id],
      draft: { training: { kind: 'custom', title: `Interviewing ${UNIQUE}`, provider: 'County' }, completedOn: '2026-05-01' },
    });
    await first.call('memberUpdate', { id: member.id, fields: { ...memberInput(UNIQUE), phone: PHONE, agency: 'State Police' } });
    await first.services.store.close();
    // A damaged data file from an earlier, plain version, holding the name: moved aside at the next start.
    const reopened = await startApp(dir, { keyProvider: provider() });
    await reopened.services.store.close();
    await writeFile(join(dir, DATA_FILE_NAME), `{"schemaVersion":1,"members":[{"name":"${UNIQUE}"`);
    const third = await startApp(dir, { keyProvider: provider() });
    expect(third.services.store.problem()?.quarantinedPath).toMatch(/damaged-/);
    await third.call('automaticBackupRestore', {});
    expect(third.services.store.data().members.map((m) => m.name)).toEqual([UNIQUE]);
    await third.services.store.close();

    const files = await filesUnder(dir);
    const names = files.map((f) => f.slice(dir.length + 1));
    expect(names).toContain(DATA_FILE_NAME);
    expect(names).toContain(trustFileFor(DATA_FILE_NAME));
    expect(names.filter((n) => n.startsWith(`${BACKUP_DIR_NAME}/`)).length).toBeGreaterThanOrEqual(2);
    expect(names.some((n) => /damaged-/.test(n))).toBe(true);
    expect(await whereFound(dir, UNIQUE)).toEqual([]);
    expect(await whereFound(dir, PHONE)).toEqual([]);
    expect(await whereFound(dir, 'zyxwvut.quenby@agency.gov')).toEqual([]);
    // The same scan finds the name in a plain folder: the check can fail.
    const plain = await tempDir();
    await plainFolder(plain);
    expect((await whereFound(plain, UNIQUE)).length).toBeGreaterThan(0);
  });

  it('every file the store writes is an envelope, files are 0600 and folders 0700', async () => {
    const { dir, provider } = await keyed(tempDir);
    const app = await startApp(dir, { keyProvider: provider(), store: { backupEveryMs: 0 } });
    await app.call('memberCreate', memberInput(UNIQUE));
    await app.call('memberCreate', memberInput('Second Member'));
    await app.services.store.close();
    for (const path of await filesUnder(dir)) {
      expect(isEnvelope(await readFile(path)), path).toBe(true);
      if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777, path).toBe(0o600);
    }
    if (process.platform !== 'win32') {
      for (const folder of [dir, join(dir, BACKUP_DIR_NAME)]) expect((await stat(folder)).mode & 0o777, folder).toBe(0o700);
    }
  });

  it('migrates a plain folder on first start: everything readable, every file encrypted, no plain copy left', async () => {
    const { dir, provider } = await keyed(tempDir);
    await plainFolder(dir);
    // A temp file left by a crash of the earlier version: plain data the store never reads.
    await writeFile(join(dir, `.${DATA_FILE_NAME}.123-abcdef.tmp`), `{"members":[{"name":"${UNIQUE}"}]}`);
    const before = await filesUnder(dir);
    expect(before.some((f) => !isEnvelope(Buffer.from(f)))).toBe(true);

    const app = await startApp(dir, { keyProvider: provider(), version: '0.9.0' });
    expect(app.services.store.problem()).toBeNull();
    expect(app.services.store.data().members.map((m) => [m.name, m.agency])).toEqual([[UNIQUE, 'State Police']]);
    const backups = await app.call('automaticBackupsList', undefined);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    await app.services.store.close();

    const after = await filesUnder(dir);
    expect(after.filter((f) => f.endsWith(BEFORE_ENCRYPTION) || f.endsWith('.tmp'))).toEqual([]);
    for (const path of after) expect(isEnvelope(await readFile(path)), path).toBe(true);
    expect(await whereFound(dir, UNIQUE)).toEqual([]);
    // The plain backup of the earlier version opens as it was.
    const files = durableFiles({ transform: atRestTransform(await provider().dataKey()) });
    const backupNames = (await readdir(join(dir, BACKUP_DIR_NAME))).sort();
    const oldest = await files.read(join(dir, BACKUP_DIR_NAME, backupNames[0]!));
    expect(oldest?.toString('utf8')).toContain(UNIQUE);
  });

  it('finishes a migration that was interrupted: a plain copy with no encrypted file, or with one already written', async () => {
    const { dir, provider } = await keyed(tempDir);
    await plainFolder(dir);
    const key = await provider().dataKey();
    const files = durableFiles({ transform: atRestTransform(key) });
    const dataPath = join(dir, DATA_FILE_NAME);
    const plainData = await readFile(dataPath);
    // Interrupted after the rename: only the plain copy exists.
    await writeFile(dataPath + BEFORE_ENCRYPTION, plainData);
    await import('node:fs/promises').then((fs) => fs.unlink(dataPath));
    // Interrupted after writing the encrypted backup, before deleting its plain copy.
    const backupName = (await readdir(join(dir, BACKUP_DIR_NAME)))[0]!;
    const backupPath = join(dir, BACKUP_DIR_NAME, backupName);
    const plainBackup = await readFile(backupPath);
    await writeFile(backupPath + BEFORE_ENCRYPTION, plainBackup);
    await files.write(backupPath, plainBackup);

    const app = await startApp(dir, { keyProvider: provider(), version: '0.9.0' });
    expect(app.services.store.data().members[0]?.name).toBe(UNIQUE);
    await app.services.store.close();
    expect((await filesUnder(dir)).filter((f) => f.endsWith(BEFORE_ENCRYPTION))).toEqual([]);
    expect(isEnvelope(await readFile(dataPath))).toBe(true);
    expect((await files.read(backupPath))?.equals(plainBackup)).toBe(true);
  });

  it('refuses to start when the files are encrypted and the key is missing, and changes nothing', async () => {
    const { dir, provider } = await keyed(tempDir);
    const app = await startApp(dir, { keyProvider: provider() });
    await app.call('memberCreate', memberInput(UNIQUE));
    await app.services.store.close();
    const before = await readFile(join(dir, DATA_FILE_NAME));
    const elsewhere = await tempDir();
    await expect(startApp(dir, { keyProvider: fileKeyProvider(join(elsewhere, 'new.key')) })).rejects.toThrow(/key that opens it is missing/);
    expect((await readFile(join(dir, DATA_FILE_NAME))).equals(before)).toBe(true);
  });

  it('with another key, the data file is reported unreadable and never written over', async () => {
    const { dir, provider } = await keyed(tempDir);
    const app = await startApp(dir, { keyProvider: provider() });
    await app.call('memberCreate', memberInput(UNIQUE));
    await app.services.store.close();
    const before = await readFile(join(dir, DATA_FILE_NAME));
    const other = await tempDir();
    const otherKey = fileKeyProvider(join(other, 'other.key'));
    await otherKey.dataKey();
    const wrong = await startApp(dir, { keyProvider: otherKey });
    expect(wrong.services.store.saveProblem()?.kind).toBe('unreadable');
    await expect(wrong.call('memberCreate', memberInput('Someone Else'))).rejects.toThrow(/not being saved/);
    await wrong.services.store.close();
    expect((await readFile(join(dir, DATA_FILE_NAME))).equals(before)).toBe(true);
  });

  it('deletes moved-aside copies older than 30 days at start and keeps younger ones', async () => {
    const { dir, provider } = await keyed(tempDir);
    await mkdir(dir, { recursive: true });
    const old = 'tta-navigator-data.damaged-2026-04-30T11-59-59-000Z.json';
    const young = 'tta-navigator-data.damaged-2026-05-03T12-00-00-000Z-1.json';
    await writeFile(join(dir, old), '{"broken":');
    await writeFile(join(dir, young), '{"broken":');
    // startApp's clock is 2026-06-01T12:00Z: 31 days and 29 days later.
    const app = await startApp(dir, { keyProvider: provider() });
    await app.services.store.close();
    const names = await readdir(dir);
    expect(names).not.toContain(old);
    expect(names).toContain(young);
    expect(isEnvelope(await readFile(join(dir, young)))).toBe(true);
  });
});
