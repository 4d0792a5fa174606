import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/services/migrations';
import { addTrainerRecords } from '../../../main/services/migration-steps/add-trainer-records';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { useTempDirs } from '../store/temp-dir';

const v3 = {
  schemaVersion: 3,
  settings: { theme: 'light' },
  members: [{ id: 'm-1', name: 'Dana Reyes', role: 'Detective', agency: 'County SO', audiences: [], active: true }],
  completions: [],
  plans: [],
  profiles: [],
};

describe('trainer records migration (schema 4)', () => {
  const tempDir = useTempDirs();

  it('gives a v3 file empty curricula and deliveries and keeps everything else', () => {
    const { data, from } = migrate(structuredClone(v3));
    expect(from).toBe(3);
    expect(data.curricula).toEqual([]);
    expect(data.deliveries).toEqual([]);
    // Unchanged but for schema 5's who-and-when (tests/unit/sync/record-stamps.test.ts).
    expect(data.members).toEqual(v3.members.map((m) => ({ ...m, updatedAt: expect.any(String), updatedBy: '' })));
    expect(addTrainerRecords(structuredClone(v3)).schemaVersion).toBe(4);
  });

  it('is self-contained: it bumps whatever version it is given and keeps lists already there', () => {
    expect(addTrainerRecords({ schemaVersion: 7, curricula: [{ id: 'x' }] })).toEqual({ schemaVersion: 8, curricula: [{ id: 'x' }], deliveries: [] });
  });

  it('opens a v3 file from disk and saves a curriculum through the record check', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(v3));
    const store = await openStore({ dir });
    expect(store.problem()).toBeNull();
    expect(store.data().curricula).toEqual([]);
    const bad = { id: 'cu-1', title: '', modules: [], days: [], audiences: [], purpose: '', objectives: '', createdAt: 'x', updatedAt: 'x' };
    await expect(store.update((d) => ({ ...d, curricula: [bad as never] }))).rejects.toThrow(/curricula record "cu-1" is not valid/);
    expect(store.data().curricula).toEqual([]);
    await store.close();
  });
});
