import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKeyProvider } from '../../../main/services/crypto/key-provider';
import type { DurableFiles } from '../../../main/services/durable-file';
import { BACKUP_DIR_NAME, DATA_FILE_NAME } from '../../../main/services/store';
import { memberInput, startApp } from '../store/app-harness';
import { useTempDirs } from '../store/temp-dir';
import { filesUnder } from './leak-scan';

const GONE = 'Oriel Vantablack-Quist';
const KEPT = 'Keeper Member';

/** Every file of the folder that, decrypted, holds `text`. */
async function holding(dir: string, files: DurableFiles, text: string): Promise<string[]> {
  const out: string[] = [];
  for (const path of await filesUnder(dir)) {
    const bytes = await files.read(path).catch(() => null);
    if (bytes?.toString('utf8').includes(text)) out.push(path.slice(dir.length + 1));
  }
  return out;
}

describe('Delete permanently', () => {
  const tempDir = useTempDirs();

  it('removes the member and their records from the data file, every rolling backup and every moved-aside copy; other data stays', async () => {
    const dir = await tempDir();
    const keyFile = join(await tempDir(), 'data.key');
    const first = await startApp(dir, { keyProvider: fileKeyProvider(keyFile), store: { backupEveryMs: 0 } });
    const gone = await first.call('memberCreate', { ...memberInput(GONE), phone: '555-0123' });
    const kept = await first.call('memberCreate', memberInput(KEPT));
    await first.call('completionsRecord', {
      memberIds: [gone.id, kept.id],
      draft: { training: { kind: 'custom', title: 'Trauma-informed interviewing', provider: 'County' }, completedOn: '2026-05-01' },
    });
    await first.call('memberUpdate', { id: gone.id, fields: { ...memberInput(GONE), agency: 'Task Force' } });
    await first.services.store.close();

    const app = await startApp(dir, { keyProvider: fileKeyProvider(keyFile), store: { backupEveryMs: 0 } });
    const files = app.services.dataFiles;
    const snapshot = JSON.stringify(app.services.store.data());
    // A moved-aside copy that parses (it failed validation) and one that does not, both holding the member.
    const parsable = join(dir, 'tta-navigator-data.damaged-2026-05-30T10-00-00-000Z.json');
    const broken = join(dir, 'tta-navigator-data.damaged-2026-05-31T10-00-00-000Z.json');
    await files.write(parsable, snapshot.replace('"schemaVersion":', '"unexpected":1,"schemaVersion":'));
    await files.write(broken, `{"members":[{"name":"${GONE}"`);
    const before = await holding(dir, files, GONE);
    expect(before).toContain(DATA_FILE_NAME);
    expect(before.filter((p) => p.startsWith(`${BACKUP_DIR_NAME}/`)).length).toBeGreaterThanOrEqual(2);
    expect(before).toEqual(expect.arrayContaining([parsable.slice(dir.length + 1), broken.slice(dir.length + 1)]));

    const result = await app.call('memberForget', { id: gone.id });
    expect(result).toMatchObject({ name: GONE, completions: 1, movedAsideRewritten: 1, unreadableDeleted: 1 });
    expect(result.backupsRewritten).toBe(before.filter((p) => p.startsWith(`${BACKUP_DIR_NAME}/`)).length);
    await app.services.store.close();

    expect(await holding(dir, files, GONE)).toEqual([]);
    expect(await holding(dir, files, gone.id)).toEqual([]);
    // The rest is still there: the kept member in the data file and the backups, the parsable copy rewritten.
    const withKept = await holding(dir, files, KEPT);
    expect(withKept).toContain(DATA_FILE_NAME);
    expect(withKept).toContain(parsable.slice(dir.length + 1));
    expect((await readdir(dir)).includes(broken.slice(dir.length + 1))).toBe(false);
    const reopened = await startApp(dir, { keyProvider: fileKeyProvider(keyFile) });
    expect(reopened.services.store.data().members.map((m) => m.name)).toEqual([KEPT]);
    expect(reopened.services.store.data().completions.map((c) => c.memberId)).toEqual([kept.id]);
    await reopened.services.store.close();
  });

  it('refuses an unknown member and changes nothing', async () => {
    const dir = await tempDir();
    const app = await startApp(dir, { keyProvider: fileKeyProvider(join(await tempDir(), 'data.key')) });
    await app.call('memberCreate', memberInput(KEPT));
    const envelope = await app.raw('memberForget', { id: 'm-nobody' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(app.services.store.data().members).toHaveLength(1);
    await app.services.store.close();
  });
});
