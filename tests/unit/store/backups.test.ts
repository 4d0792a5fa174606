import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameBytes, takeBackup } from '../../../main/services/backups';
import { openStore } from '../../../main/services/store';
import { useTempDirs } from './temp-dir';

const member = (name: string) => ({ id: `m-${name.toLowerCase()}`, name, role: '', agency: '', audiences: [], active: true });
const at = (iso: string) => () => new Date(iso);

describe('rolling backups ordered by sequence number, not the clock', () => {
  const tempDir = useTempDirs();

  async function session(dir: string, clock: () => Date, name: string, keepBackups = 5) {
    const store = await openStore({ dir, now: clock, keepBackups });
    await store.update((d) => {
      d.members.push(member(name));
    });
    await store.close();
    return store;
  }

  it('a start with the clock years ahead neither pins a stale backup as newest nor deletes new ones', async () => {
    const dir = await tempDir();
    await session(dir, at('2026-06-01T10:00:00Z'), 'Ana');
    await session(dir, at('2031-01-01T10:00:00Z'), 'Ben'); // clock jumped forward
    await session(dir, at('2026-06-02T10:00:00Z'), 'Cy'); // and back
    const store = await openStore({ dir, now: at('2026-06-02T11:00:00Z') });
    const backups = await store.listBackups();
    // Newest first by number: the last session's quit backup holds Cy, whatever its date says.
    expect(await readFile(join(store.backupsDir, backups[0]!.name), 'utf8')).toContain('"Cy"');
    expect(backups[0]!.createdAt).toBe('2026-06-02T10:00:00.000Z');
    expect(await store.restoreBackup()).toBe(backups[0]!.name);
    expect(store.data().members.map((m) => m.name)).toEqual(['Ana', 'Ben', 'Cy']);
    await store.close();
  });

  it('rotates future-dated backups out first and never the one just written', async () => {
    const dir = await tempDir();
    await session(dir, at('2031-01-01T10:00:00Z'), 'Future', 2);
    await session(dir, at('2026-06-01T10:00:00Z'), 'Ana', 2);
    await session(dir, at('2026-06-01T11:00:00Z'), 'Ben', 2);
    const store = await openStore({ dir, now: at('2026-06-01T12:00:00Z'), keepBackups: 2 });
    const backups = await store.listBackups();
    expect(backups).toHaveLength(2);
    expect(backups.every((b) => b.createdAt.startsWith('2026'))).toBe(true);
    expect(await readFile(join(store.backupsDir, backups[0]!.name), 'utf8')).toContain('"Ben"');
    await store.close();
  });

  it('takes a backup on the first change after 24 hours of running, measured on a monotonic clock', async () => {
    const dir = await tempDir();
    let mono = 0;
    const wall = at('2026-06-01T10:00:00Z');
    const store = await openStore({ dir, now: wall, monotonicMs: () => mono });
    await store.update((d) => {
      d.members.push(member('Ana'));
    });
    await store.idle();
    expect(await store.listBackups()).toHaveLength(0);
    mono += 23 * 3600_000;
    await store.update((d) => {
      d.members.push(member('Ben'));
    });
    expect(await store.listBackups()).toHaveLength(0);
    mono += 2 * 3600_000;
    await store.update((d) => {
      d.members.push(member('Cy'));
    });
    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    // The state before the change: a restore point.
    const kept = await readFile(join(store.backupsDir, backups[0]!.name), 'utf8');
    expect(kept).toContain('"Ben"');
    expect(kept).not.toContain('"Cy"');
    await store.close();
  });
});

describe('a backup compared with the data as written, chunk by chunk', () => {
  it('sameBytes is true exactly when the chunks joined equal the file', () => {
    const chunks = fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 6 }).map((list) => list.map((c) => Buffer.from(c)));
    fc.assert(
      fc.property(chunks, fc.uint8Array({ maxLength: 30 }), (parts, other) => {
        const whole = Buffer.concat(parts);
        expect(sameBytes(whole, parts)).toBe(true);
        expect(sameBytes(Buffer.from(other), parts)).toBe(Buffer.from(other).equals(whole));
        if (whole.length > 0) {
          const changed = Buffer.from(whole);
          changed[whole.length - 1] = changed[whole.length - 1]! ^ 1;
          expect(sameBytes(changed, parts)).toBe(false);
          expect(sameBytes(whole.subarray(0, -1), parts)).toBe(false);
        }
        expect(sameBytes(Buffer.concat([whole, Buffer.from([0])]), parts)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('backups taken at the same time in one folder', () => {
  const tempDir = useTempDirs();

  it('are taken one after the other, so the folder keeps exactly the newest few', async () => {
    // A store's backup at open can still be running when another store of the folder opens or saves.
    const dir = await tempDir();
    const names = await Promise.all(Array.from({ length: 8 }, (_, i) => takeBackup(dir, Buffer.from(`state ${i}`), new Date(Date.UTC(2026, 5, 1, 10, i)), 3)));
    expect(names.every((n) => n !== null)).toBe(true);
    const kept = (await readdir(dir)).sort();
    expect(kept).toHaveLength(3);
    expect(await Promise.all(kept.map((name) => readFile(join(dir, name), 'utf8')))).toEqual(['state 5', 'state 6', 'state 7']);
  });
});
