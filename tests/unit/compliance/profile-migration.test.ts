import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/services/migrations';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';
import { profileSchema } from '../../../shared/model/requirements';
import { useTempDirs } from '../store/temp-dir';

const v1 = {
  schemaVersion: 1,
  settings: { theme: 'light' },
  members: [{ id: 'm-1', name: 'Dana Reyes', role: 'Detective', agency: 'County SO', audiences: [], active: true }],
  completions: [{ id: 'c-1', memberId: 'm-1', custom: { title: 'Peer-to-Peer', provider: '' }, completedOn: '2025-02-03', hours: 8, createdAt: '2025-02-03T00:00:00.000Z' }],
  plans: [],
};

describe('requirement profiles migration', () => {
  const tempDir = useTempDirs();

  it('gives a v1 file an empty list of profiles and keeps every member and completion as they were', () => {
    const { data, from, to } = migrate(structuredClone(v1));
    expect([from, to]).toEqual([1, CURRENT_SCHEMA_VERSION]);
    expect(data.profiles).toEqual([]);
    // Unchanged but for schema 5's who-and-when (tests/unit/sync/record-stamps.test.ts).
    expect(data.members).toEqual(v1.members.map((m) => ({ ...m, updatedAt: expect.any(String), updatedBy: '' })));
    expect(data.completions).toEqual(v1.completions.map((c) => ({ ...c, updatedAt: c.createdAt, updatedBy: '' })));
  });

  it('opens a v1 file from disk, then keeps a profile, joinedOn and credit hours through a save and reopen', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(v1));
    const store = await openStore({ dir });
    expect(store.problem()).toBeNull();
    expect(store.data().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const profile = profileSchema.parse({
      id: 'pr-1',
      name: 'ICAC investigator',
      appliesTo: { roles: ['Detective'] },
      requirements: [{ id: 'r-1', kind: 'hours', label: 'Annual hours', hours: 24, cycle: { type: 'yearly', startMonth: 7 }, count: 'credit' }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await store.update((d) => {
      d.profiles.push(profile);
      d.members[0] = { ...d.members[0]!, joinedOn: '2024-09-01' };
      d.completions[0] = { ...d.completions[0]!, creditHours: 6.5 };
    });
    await store.idle();
    const again = await openStore({ dir });
    expect(again.problem()).toBeNull();
    expect(again.data().profiles).toEqual([profile]);
    expect(again.data().members[0]!.joinedOn).toBe('2024-09-01');
    expect(again.data().completions[0]!.creditHours).toBe(6.5);
  });
});
