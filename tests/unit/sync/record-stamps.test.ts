import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/services/migrations';
import { addRecordStamps } from '../../../main/services/migration-steps/add-record-stamps';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';
import { useTempDirs } from '../store/temp-dir';

/** A data file as schema 4 wrote it (before records carried updatedAt / updatedBy). */
const v4 = {
  schemaVersion: 4,
  settings: { theme: 'light' },
  members: [{ id: 'm-1', name: 'Dana Reyes', role: 'Detective', agency: 'County SO', audiences: [], active: true }],
  completions: [
    { id: 'c-1', memberId: 'm-1', custom: { title: 'Trauma-informed interviewing', provider: '' }, completedOn: '2026-03-02', hours: 8, createdAt: '2026-03-03T09:00:00.000Z' },
  ],
  plans: [{ id: 'p-1', name: 'FY27', period: { start: '2026-10-01', end: '2027-09-30' }, items: [], notes: '', createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' }],
  profiles: [],
  curricula: [],
  deliveries: [],
};

describe('updatedAt / updatedBy on shared records (schema 5)', () => {
  const tempDir = useTempDirs();
  const at = new Date('2026-12-02T08:00:00.000Z');

  it('gives each record of a v4 file a time (its own updatedAt, else its createdAt, else the migration time) and "not recorded" as author', () => {
    const out = addRecordStamps(structuredClone(v4), at);
    expect(out.schemaVersion).toBe(5);
    expect(out.members).toEqual([{ ...v4.members[0], updatedAt: '2026-12-02T08:00:00.000Z', updatedBy: '' }]);
    expect(out.completions).toEqual([{ ...v4.completions[0], updatedAt: '2026-03-03T09:00:00.000Z', updatedBy: '' }]);
    expect(out.plans).toEqual([{ ...v4.plans[0], updatedAt: '2026-06-01T00:00:00.000Z', updatedBy: '' }]);
    // Rows that are not records are left for validation to report; stamps already there are kept.
    expect(addRecordStamps({ schemaVersion: 4, members: [7, { id: 'x', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'Lee' }] }, at).members).toEqual([
      7,
      { id: 'x', updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'Lee' },
    ]);
    expect(migrate(structuredClone(v4)).to).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('opens a v4 file from disk with every record stamped, and every later write records who and when', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(v4));
    let clock = new Date('2026-12-02T09:00:00.000Z');
    const store = await openStore({ dir, now: () => clock });
    expect(store.problem()).toBeNull();
    expect(store.data().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(store.data().members[0]).toMatchObject({ updatedBy: '' });
    expect(store.data().completions[0]).toMatchObject({ updatedAt: '2026-03-03T09:00:00.000Z', updatedBy: '' });

    store.setAuthor('Lee Park');
    clock = new Date('2026-12-02T10:30:00.000Z');
    const member = store.data().members[0]!;
    await store.update((d) => {
      d.members[0] = { ...member, role: 'Sergeant' };
      d.members.push({ id: 'm-2', name: 'Avery Cole', role: '', agency: '', audiences: [], active: true });
    });
    expect(store.data().members).toEqual([
      { ...member, role: 'Sergeant', updatedAt: '2026-12-02T10:30:00.000Z', updatedBy: 'Lee Park' },
      { id: 'm-2', name: 'Avery Cole', role: '', agency: '', audiences: [], active: true, updatedAt: '2026-12-02T10:30:00.000Z', updatedBy: 'Lee Park' },
    ]);
    // Untouched records keep theirs; a plan write that set its own updatedAt keeps it.
    expect(store.data().completions[0]).toMatchObject({ updatedBy: '' });
    const plan = store.data().plans[0]!;
    await store.update((d) => {
      d.plans[0] = { ...plan, notes: 'Budget approved', updatedAt: '2026-12-02T10:29:00.000Z' };
    });
    expect(store.data().plans[0]).toMatchObject({ updatedAt: '2026-12-02T10:29:00.000Z', updatedBy: 'Lee Park' });
    // Another coordinator's version (or a restored backup) keeps its own stamps.
    await store.update(
      (d) => {
        d.members[1] = { ...d.members[1]!, role: 'Analyst', updatedAt: '2026-12-01T12:00:00.000Z', updatedBy: 'Dana Reyes' };
      },
      { keepStamps: true },
    );
    expect(store.data().members[1]).toMatchObject({ role: 'Analyst', updatedAt: '2026-12-01T12:00:00.000Z', updatedBy: 'Dana Reyes' });
    await store.close();

    // What was saved is what loads.
    const again = await openStore({ dir });
    expect(again.data().members.map((m) => m.updatedBy)).toEqual(['Lee Park', 'Dana Reyes']);
    await again.close();
  });

  it('refuses a record whose stamp is not a date and time (the stored schema checks it)', async () => {
    const dir = await tempDir();
    const store = await openStore({ dir });
    await expect(
      store.update(
        (d) => {
          d.members.push({ id: 'm-9', name: 'Casey', role: '', agency: '', audiences: [], active: true, updatedAt: 'yesterday', updatedBy: 'x' });
        },
        { keepStamps: true },
      ),
    ).rejects.toThrow(/members record "m-9" is not valid: updatedAt/);
    await store.close();
  });
});
