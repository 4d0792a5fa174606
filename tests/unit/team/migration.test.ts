import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { migrate } from '../../../main/services/migrations';
import { useTempDirs } from '../store/temp-dir';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';

describe('v0 prototype files become valid team records', () => {
  const tempDir = useTempDirs();

  it('turns spreadsheet titles into custom trainings and fills the new member fields', async () => {
    const dir = await tempDir();
    await copyFile(new URL('../../fixtures/user-data/v0-prototype.json', import.meta.url), join(dir, DATA_FILE_NAME));
    const store = await openStore({ dir });
    expect(store.problem()).toBeNull();
    expect(store.data().members).toEqual([
      { id: 'm-dana', name: 'Dana Reyes', role: 'Detective', agency: "Example County Sheriff's Office", email: 'dana.reyes@example.gov', audiences: [], active: true, updatedAt: expect.any(String), updatedBy: '' },
    ]);
    expect(store.data().completions).toEqual([
      {
        id: 'c-1',
        memberId: 'm-dana',
        custom: { title: 'Peer-to-Peer Investigations', provider: 'Example Regional Training Center' },
        completedOn: '2024-03-14',
        hours: 24,
        certificateNumber: 'P2P-2024-031',
        validForMonths: 36,
        createdAt: '2024-03-14T00:00:00.000Z',
        // Schema 5: who and when; who was never recorded before it.
        updatedAt: '2024-03-14T00:00:00.000Z',
        updatedBy: '',
      },
    ]);
  });

  it('quarantines a v0 file whose record cannot be a completion, naming the field', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify({ team: [{ id: 'm-1', name: 'A' }], records: [{ id: 'c-1', memberId: 'm-1', trainingTitle: 'X', completedOn: 'March', hours: 2 }] }));
    const store = await openStore({ dir });
    expect(store.problem()?.message).toContain('completions[0].completedOn');
    expect(store.data().completions).toEqual([]);
  });

  it('opens a version 1 file as the current version with every record unchanged (the new fields are optional)', async () => {
    const dir = await tempDir();
    const v1 = {
      schemaVersion: 1,
      settings: { theme: 'light', expiryWarningDays: 60 },
      members: [{ id: 'm-1', name: 'Pat Doe', role: 'Detective', agency: 'County', audiences: [], active: true }],
      completions: [{ id: 'c-1', memberId: 'm-1', custom: { title: 'Local course', provider: '' }, completedOn: '2025-01-02', hours: 4, createdAt: '2025-01-03T00:00:00.000Z' }],
      plans: [],
    };
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(v1));
    const store = await openStore({ dir });
    expect(store.problem()).toBeNull();
    expect(store.data().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Unchanged but for schema 5's who-and-when (tests/unit/sync/record-stamps.test.ts).
    expect(store.data().members).toEqual(v1.members.map((m) => ({ ...m, updatedAt: expect.any(String), updatedBy: '' })));
    expect(store.data().completions).toEqual(v1.completions.map((c) => ({ ...c, updatedAt: c.createdAt, updatedBy: '' })));
    expect(store.data().settings).toEqual({ ...v1.settings, importMappings: [], signInMappings: [], osNotifications: false });
    expect(migrate(v1).from).toBe(1);
  });
});
