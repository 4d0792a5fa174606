import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { createUserDataSerializer } from '../../../main/services/user-data-serializer';
import { trustFileFor } from '../../../main/services/trusted-file';
import { CURRENT_SCHEMA_VERSION, emptyUserData, type UserData } from '../../../shared/model/user-data';
import { useTempDirs } from './temp-dir';

const member = (i: number) => ({ id: `m-${i}`, name: `Member ${i}`, role: 'Detective', agency: 'County', audiences: ['law-enforcement'], active: true });

const completion = (i: number, memberId: string) => ({
  id: `c-${i}`,
  memberId,
  custom: { title: `Course ${i % 7} “quoted” é`, provider: 'Academy' },
  completedOn: '2026-01-02',
  hours: (i % 9) + 0.5,
  createdAt: '2026-01-03T00:00:00.000Z',
});

/** The same file written from scratch: the serializer puts the two big lists last. */
function fullReserialisation(data: UserData): Buffer {
  const { members, completions, ...rest } = data;
  return Buffer.from(JSON.stringify({ ...rest, members, completions }));
}

describe('serializer with per-block caches', () => {
  it('writes byte for byte what JSON.stringify would, across edits that cross many block boundaries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.constantFrom('add', 'addMany', 'replace', 'remove', 'removeRange'), fc.nat(4000), fc.string()), { maxLength: 25 }),
        (blockSize, ops) => {
          const serializer = createUserDataSerializer({ blockSize });
          const data: UserData = emptyUserData();
          let next = 0;
          for (const [op, i, name] of ops) {
            serializer.chunks(data);
            const list = data.completions;
            if (op === 'add') data.members.push({ ...member(next++), name: name || 'x' });
            else if (op === 'addMany') for (let k = 0; k < (i % 60) + 1; k++) list.push(completion(next++, 'm-0'));
            else if (op === 'replace' && list.length > 0) {
              const k = i % list.length;
              list[k] = { ...list[k]!, notes: name };
            } else if (op === 'remove') list.splice(i % (list.length + 1), 1);
            else if (op === 'removeRange') list.splice(i % (list.length + 1), (i % 13) + 1);
            expect(Buffer.concat(serializer.chunks(data)).equals(fullReserialisation(data))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('matches a full re-serialisation at the real block size with several thousand records', () => {
    const serializer = createUserDataSerializer();
    const data: UserData = emptyUserData();
    for (let i = 0; i < 5000; i++) data.completions.push(completion(i, 'm-0'));
    serializer.chunks(data);
    data.completions.splice(1500, 3);
    data.completions[3000] = { ...data.completions[3000]!, hours: 2 };
    data.completions.push(completion(9999, 'm-1'));
    expect(Buffer.concat(serializer.chunks(data)).equals(fullReserialisation(data))).toBe(true);
  });

  it('appends to the last block (one record at a time, across a block boundary) byte for byte as a full re-serialisation', async () => {
    const serializer = createUserDataSerializer();
    const data: UserData = emptyUserData();
    for (let i = 0; i < 1020; i++) data.completions.push(completion(i, 'm-0'));
    await serializer.prepare(data);
    for (let i = 1020; i < 1030; i++) {
      data.completions = [...data.completions, completion(i, `m-${i}`)];
      const chunks = await serializer.prepare(data);
      expect(Buffer.concat(chunks).equals(fullReserialisation(data))).toBe(true);
      expect(Buffer.concat(serializer.chunks(data)).equals(fullReserialisation(data))).toBe(true);
    }
    // Appended records are frozen like every saved one, the objects inside them too.
    expect(Object.isFrozen(data.completions.at(-1))).toBe(true);
    expect(Object.isFrozen(data.completions.at(-1)!.custom)).toBe(true);
  });

  it('returns the right chunks from prepare even when another list is serialised while it waits', async () => {
    const serializer = createUserDataSerializer({ blockSize: 4 });
    const before: UserData = emptyUserData();
    for (let i = 0; i < 40; i++) before.completions.push(completion(i, 'm-0'));
    for (let i = 0; i < 10; i++) before.members.push(member(i));
    serializer.chunks(before);
    const after: UserData = { ...before, members: [...before.members, member(99)], completions: before.completions.map((c, i) => (i % 5 === 0 ? { ...c, hours: 1 } : c)) };
    const preparing = serializer.prepare(after);
    // A backup of the committed data serialises it while the save's blocks are being built.
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(serializer.chunks(before)).equals(fullReserialisation(before))).toBe(true);
    expect(Buffer.concat(await preparing).equals(fullReserialisation(after))).toBe(true);
  });

  it('freezes saved records so an in-place edit fails loudly instead of saving stale text', () => {
    const serializer = createUserDataSerializer();
    const data = emptyUserData();
    data.members.push(member(1));
    serializer.serialize(data);
    expect(() => {
      (data.members[0] as { name: string }).name = 'changed in place';
    }).toThrow(TypeError);
    expect(() => data.members[0]!.audiences.push('prosecutors')).toThrow(TypeError);
  });
});

describe('start-up trust of the file this version wrote', () => {
  const tempDir = useTempDirs();

  it('parses its own file without the record check, and fully validates a file changed behind its back', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, appVersion: '1.2.3' });
    expect(store.loadedBy()).toBe('none');
    await store.update((d) => {
      d.members.push(member(1));
    });
    expect(JSON.parse(await readFile(trustFileFor(join(dir, DATA_FILE_NAME)), 'utf8'))).toMatchObject({ appVersion: `1.2.3+schema${CURRENT_SCHEMA_VERSION}` });
    const again = await openStore({ dir, appVersion: '1.2.3' });
    expect(again.loadedBy()).toBe('trusted');
    expect(again.data().members).toHaveLength(1);

    // Edited in place by another tool, keeping size and even the modification time: the hash differs.
    const file = join(dir, DATA_FILE_NAME);
    const text = await readFile(file, 'utf8');
    const before = await stat(file);
    await writeFile(file, text.replace('"Member 1"', '"Member 9"'));
    await utimes(file, before.atime, before.mtime);
    const third = await openStore({ dir, appVersion: '1.2.3' });
    expect(third.loadedBy()).toBe('validated');
    expect(third.data().members[0]!.name).toBe('Member 9');

    // A damaged edit of the same kind is caught by the full check: the record is set aside.
    await writeFile(file, text.replace('"Member 1"', '42'));
    const fourth = await openStore({ dir, appVersion: '1.2.3' });
    expect(fourth.loadedBy()).toBe('validated');
    expect(fourth.problem()).toMatchObject({ kind: 'records-set-aside', setAsideCount: 1 });
    expect(fourth.problem()!.message).toContain('members[0].name');
    expect(fourth.data().members).toEqual([]);
  });

  it('fully validates a file written by another version of the app', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, appVersion: '1.0.0' });
    await store.update((d) => {
      d.members.push(member(1));
    });
    const newer = await openStore({ dir, appVersion: '2.0.0' });
    expect(newer.loadedBy()).toBe('validated');
    expect(newer.problem()).toBeNull();
    // …and trusts it from then on.
    await newer.idle();
    expect((await openStore({ dir, appVersion: '2.0.0' })).loadedBy()).toBe('trusted');
  });
});
