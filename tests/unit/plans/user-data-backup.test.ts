import fc from 'fast-check';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUserData } from '../../../main/services/decode-user-data';
import { DATA_FILE_NAME } from '../../../main/services/store';
import { useTempDirs } from '../store/temp-dir';
import { whereFound } from '../crypto/leak-scan';
import { startApi } from './api-harness';
import { item, member, plan } from './plan-fixtures';

async function seeded(dir: string) {
  const api = await startApi(dir);
  await api.services.store.update((d) => {
    d.settings.theme = 'dark';
    d.members.push(member('m-ana', 'Ana Diaz'), member('m-ben', 'Ben Lee'));
    d.completions.push({ id: 'c-1', memberId: 'm-ana', trainingId: 'aattap-cart-training', trainingTitle: 'CART', completedOn: '2026-02-01', hours: 16, createdAt: '2026-02-02T00:00:00.000Z' });
    d.plans.push(plan([item('i-1', 'aattap-cart-training', ['m-ana', 'm-ben'], { targetDate: '2026-09-01' })]));
  });
  return api;
}

const PASS = 'maple kettle orbit 42';

describe('backup and restore of all user data', () => {
  const tempDir = useTempDirs();

  it('exports everything to the chosen file and restores it into another data folder, backing up what was there', async () => {
    const source = await seeded(await tempDir());
    const fileDir = await tempDir();
    const file = join(fileDir, 'backup.json');
    source.answers.save.push(file);
    expect(await source.call('dataFileExport', { passphrase: PASS })).toEqual({ savedTo: file });
    // Encrypted: the file holds no member's name in any encoding.
    expect(await whereFound(fileDir, 'Ana Diaz')).toEqual([]);

    const targetDir = await tempDir();
    const target = await startApi(targetDir);
    await target.services.store.update((d) => {
      d.members.push(member('m-zed', 'Zed Other'));
    });
    const before = await readFile(join(targetDir, DATA_FILE_NAME), 'utf8');
    target.answers.open.push(file);
    expect(await target.call('dataFileRestore', { passphrase: PASS })).toEqual({ restored: true, fileName: 'backup.json', members: 2, completions: 1, plans: 1 });
    expect(target.services.store.data()).toEqual(source.services.store.data());
    const onDisk = JSON.parse(await readFile(join(targetDir, DATA_FILE_NAME), 'utf8'));
    expect(onDisk.plans[0].items[0].assigneeIds).toEqual(['m-ana', 'm-ben']);
    // The data that was replaced is kept as a backup.
    const backups = await readdir(join(targetDir, 'backups'));
    const contents = await Promise.all(backups.map((b) => readFile(join(targetDir, 'backups', b), 'utf8')));
    expect(contents).toContain(before);
  });

  it('a cancelled dialog does nothing and reports nothing alarming', async () => {
    const api = await seeded(await tempDir());
    expect(await api.call('dataFileExport', { passphrase: PASS })).toEqual({ savedTo: null });
    const before = structuredClone(api.services.store.data());
    expect(await api.call('dataFileRestore', undefined)).toEqual({ restored: false });
    expect(api.services.store.data()).toEqual(before);
  });

  it('a wrong passphrase, or none, gets a clear message and changes nothing; the right one brings everything back', async () => {
    const source = await seeded(await tempDir());
    const file = join(await tempDir(), 'team.ttabackup');
    source.answers.save.push(file);
    await source.call('dataFileExport', { passphrase: PASS });

    const dir = await tempDir();
    const target = await startApi(dir);
    await target.services.store.update((d) => {
      d.members.push(member('m-zed', 'Zed Other'));
    });
    const before = structuredClone(target.services.store.data());
    const bytesBefore = await readFile(join(dir, DATA_FILE_NAME));
    for (const [input, expected] of [
      [{ passphrase: 'maple kettle orbit 43' }, 'The passphrase does not open team.ttabackup. Check it (capital letters count) and try again. Nothing was changed.'],
      [{}, 'team.ttabackup is protected by a passphrase. Enter the passphrase it was saved with, then choose the file again. Nothing was changed.'],
    ] as const) {
      target.answers.open.push(file);
      const envelope = await target.dispatch('dataFileRestore', input);
      expect(envelope).toEqual({ ok: false, error: { code: 'rejected', message: expected } });
      expect(target.services.store.data()).toEqual(before);
      expect((await readFile(join(dir, DATA_FILE_NAME))).equals(bytesBefore)).toBe(true);
    }
    target.answers.open.push(file);
    expect(await target.call('dataFileRestore', { passphrase: PASS })).toMatchObject({ restored: true, members: 2, completions: 1, plans: 1 });
    expect(target.services.store.data()).toEqual(source.services.store.data());
  });

  it('refuses a passphrase shorter than 10 characters before asking where to save', async () => {
    const api = await seeded(await tempDir());
    api.answers.save.push(join(await tempDir(), 'never.ttabackup'));
    const envelope = await api.dispatch('dataFileExport', { passphrase: 'short' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(api.answers.save).toHaveLength(1);
  });

  it('refuses a damaged file with a message naming the file and the field, and changes nothing', async () => {
    const dir = await tempDir();
    const api = await seeded(dir);
    const bad = join(await tempDir(), 'team-backup.json');
    const data = structuredClone(api.services.store.data()) as unknown as { plans: { period: { end: string } }[] };
    data.plans[0]!.period.end = '2025-01-01';
    await writeFile(bad, JSON.stringify(data));
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    api.answers.open.push(bad);
    const envelope = await api.dispatch('dataFileRestore', undefined);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const message = envelope.ok ? '' : envelope.error.message;
    expect(message).toContain('team-backup.json');
    expect(message).toContain('plans[0].period.end');
    expect(message).toContain('Nothing was changed.');
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
  });

  it('property: random or damaged files never escape the handler, and change nothing unless the whole file is valid', async () => {
    const dir = await tempDir();
    const api = await seeded(dir);
    const validText = JSON.stringify(api.services.store.data());
    const file = join(await tempDir(), 'input.json');

    const replaceAt = (value: unknown, path: number[], replacement: unknown): unknown => {
      if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
      const keys = Object.keys(value);
      if (keys.length === 0) return replacement;
      const key = keys[path[0]! % keys.length]!;
      const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
      copy[key] = replaceAt((value as Record<string, unknown>)[key], path.slice(1), replacement);
      return copy;
    };
    const damaged = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat(validText.length).map((n) => validText.slice(0, n)),
      fc.tuple(fc.array(fc.nat(50), { maxLength: 6 }), fc.jsonValue()).map(([path, v]) => JSON.stringify(replaceAt(JSON.parse(validText), path, v))),
    );

    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        await writeFile(file, text);
        const before = structuredClone(api.services.store.data());
        const bytesBefore = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
        api.answers.open.push(file);
        const envelope = await api.dispatch('dataFileRestore', undefined);
        const decoded = decodeUserData(text, 'input.json');
        if (decoded.ok) {
          expect(envelope.ok).toBe(true);
          expect(api.services.store.data()).toEqual(decoded.data);
        } else {
          expect(envelope).toMatchObject({ ok: false, error: { code: 'rejected' } });
          expect(api.services.store.data()).toEqual(before);
          expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(bytesBefore);
        }
      }),
      { numRuns: 150 },
    );
  });
});
