import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { createUserDataSerializer } from '../../../main/services/user-data-serializer';
import { trustFileFor } from '../../../main/services/trusted-file';
import { CURRENT_SCHEMA_VERSION, emptyUserData, type UserData } from '../../../shared/model/user-data';
import { useTempDirs } from './temp-dir';

const member = (i: number) => ({ id: `m-${i}`, name: `Member ${i}`, role: 'Detective', agency: 'County', audiences: ['law-enforcement'], active: true });

describe('serializer with per-record cache', () => {
  it('writes exactly what JSON.stringify would, across edits that replace records', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('add', 'replace', 'remove'), fc.nat(20), fc.string())), (ops) => {
        const serializer = createUserDataSerializer();
        const data: UserData = emptyUserData();
        for (const [op, i, name] of ops) {
          serializer.serialize(data);
          if (op === 'add') data.members.push({ ...member(data.members.length), name: name || 'x' });
          else if (op === 'replace' && data.members.length > 0) {
            const k = i % data.members.length;
            data.members[k] = { ...data.members[k]!, name: name || 'y' };
          } else if (op === 'remove') data.members.splice(i % (data.members.length + 1), 1);
          expect(JSON.parse(serializer.serialize(data))).toEqual(JSON.parse(JSON.stringify(data)));
        }
      }),
    );
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

  it('loads its own file, then fully validates a file changed behind its back', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, appVersion: '1.2.3' });
    await store.update((d) => {
      d.members.push(member(1));
    });
    expect(JSON.parse(await readFile(trustFileFor(join(dir, DATA_FILE_NAME)), 'utf8'))).toMatchObject({ appVersion: `1.2.3+schema${CURRENT_SCHEMA_VERSION}` });
    const again = await openStore({ dir, appVersion: '1.2.3' });
    expect(again.problem()).toBeNull();
    expect(again.data().members).toHaveLength(1);

    // Another tool edits the file: same version, but the fingerprint no longer matches.
    const text = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    await writeFile(join(dir, DATA_FILE_NAME), text.replace('"Member 1"', '42'));
    const third = await openStore({ dir, appVersion: '1.2.3' });
    expect(third.problem()).toMatchObject({ kind: 'invalid-shape' });
    expect(third.problem()!.message).toContain('members[0].name');
  });

  it('fully validates a file written by another version of the app', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir, appVersion: '1.0.0' });
    await store.update((d) => {
      d.members.push(member(1));
    });
    const text = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    // A damaged file that still carries a trust record from a different version.
    await writeFile(join(dir, DATA_FILE_NAME), text.replace('"Member 1"', 'null'));
    const newer = await openStore({ dir, appVersion: '2.0.0' });
    expect(newer.problem()).toMatchObject({ kind: 'invalid-shape' });
  });
});
