import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ByteTransform } from '../../../main/services/durable-file';
import { DATA_FILE_NAME } from '../../../main/services/store';
import { CURRENT_SCHEMA_VERSION, userDataSchema } from '../../../shared/model/user-data';
import { LISTS } from '../../../main/services/salvage-user-data';
import { faultyFs } from '../../support/faulty-fs';
import { decodedOnDisk, startApp } from './app-harness';
import { useTempDirs } from './temp-dir';

/*
 * Salvage instead of all-or-nothing, through bootstrap() and dispatch(): a data file with
 * a few bad records starts with every good record, lists the bad ones (which record, which
 * field, why), keeps them in a side file the user can export, and never starts empty.
 */

const member = (i: number, extra: Record<string, unknown> = {}) => ({ id: `m-${i}`, name: `Member ${i}`, role: 'Detective', agency: 'County SO', audiences: [], active: true, ...extra });
const completion = (i: number, memberId: string, extra: Record<string, unknown> = {}) => ({
  id: `c-${i}`,
  memberId,
  custom: { title: `Course ${i}`, provider: '' },
  completedOn: '2026-01-15',
  hours: 4,
  createdAt: '2026-01-15T12:00:00.000Z',
  ...extra,
});

/** Three good members and completions, one member without a name, one completion with an over-long title, a bad theme. */
function fileWithBadRecords(): string {
  return JSON.stringify({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { theme: 'purple', expiryWarningDays: 45 },
    members: [member(1), { id: 'm-broken', role: 'Detective', agency: '', audiences: [], active: true }, member(2), member(3)],
    completions: [
      completion(1, 'm-1'),
      completion(2, 'm-2', { custom: { title: 'x'.repeat(490), provider: '' } }),
      completion(3, 'm-3'),
      completion(4, 'm-1'),
    ],
    plans: [],
    profiles: [],
  });
}

/** A stand-in for encryption at rest: reversible, and nothing of the plain text survives. */
const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
const xor: ByteTransform = { encode: (chunks) => chunks.map(flip), decode: flip };

describe('salvage at start', () => {
  const tempDir = useTempDirs();

  it('checks every list the data file holds, so salvage can never drop one', () => {
    const lists = Object.keys(userDataSchema.shape).filter((k) => k !== 'schemaVersion' && k !== 'settings');
    expect(Object.keys(LISTS).sort()).toEqual(lists.sort());
  });

  it('loads every valid record, lists each bad one with its field and reason, and saves only valid data', async () => {
    const dir = await tempDir();
    const original = fileWithBadRecords();
    await writeFile(join(dir, DATA_FILE_NAME), original);
    const app = await startApp(dir);

    const info = await app.call('appInfo', undefined);
    const problem = info.dataProblem!;
    expect(problem.kind).toBe('records-set-aside');
    expect(problem.setAsideCount).toBe(3);
    expect(problem.setAside).toEqual(
      expect.arrayContaining([
        { list: 'members', index: 1, id: 'm-broken', field: 'name', why: 'This field is missing' },
        { list: 'completions', index: 1, id: 'c-2', field: 'custom.title', why: 'Use at most 300 characters' },
        { list: 'settings', index: null, id: null, field: 'theme', why: expect.stringContaining('expected one of') },
      ]),
    );
    expect(problem.message).toContain('3 records in tta-navigator-data.json could not be used');
    expect(problem.message).toContain('members[1].name (record "m-broken")');

    // Every valid record is there; a bad setting fell back to its default, the good one stayed.
    const team = await app.call('teamList', {});
    if (team.unchanged) throw new Error('expected the team');
    expect(team.members.map((m) => m.id).sort()).toEqual(['m-1', 'm-2', 'm-3']);
    expect(team.completions.map((c) => c.id).sort()).toEqual(['c-1', 'c-3', 'c-4']);
    expect(await app.call('settingsGet', undefined)).toMatchObject({ theme: 'system', expiryWarningDays: 45 });

    // The data file now holds exactly the valid data, and passes the full decode used at start.
    const onDisk = await decodedOnDisk(dir);
    expect(onDisk.members.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3']);
    expect(onDisk.completions.map((c) => c.id)).toEqual(['c-1', 'c-3', 'c-4']);
    // The file as it was is kept byte for byte; the side file holds the bad records and why.
    expect(await readFile(problem.quarantinedPath, 'utf8')).toBe(original);
    const side = JSON.parse(await readFile(problem.setAsidePath!, 'utf8'));
    expect(side.records.map((r: { list: string; id: string | null }) => `${r.list}:${r.id}`).sort()).toEqual(['completions:c-2', 'members:m-broken', 'settings:null']);
    expect(side.records.find((r: { id: string | null }) => r.id === 'm-broken').record).toEqual(JSON.parse(original).members[1]);

    // Export: a plain file where the user chooses.
    const exportTo = join(await tempDir(), 'set-aside.json');
    app.answers.save.push(exportTo);
    expect(await app.call('setAsideExport', undefined)).toEqual({ savedTo: exportTo });
    expect(JSON.parse(await readFile(exportTo, 'utf8')).records).toHaveLength(3);

    // The next start finds a valid file: no problem, same data, nothing set aside again.
    await app.services.store.idle();
    const again = await startApp(dir);
    expect((await again.call('appInfo', undefined)).dataProblem).toBeNull();
    expect(again.services.store.data().members.map((m) => m.id)).toEqual(['m-1', 'm-2', 'm-3']);
  });

  it('an over-long title stored by an older version costs that one completion at the next update, not the whole file', async () => {
    const dir = await tempDir();
    const first = await startApp(dir, { version: '1.0.0' });
    const dana = await first.call('memberCreate', { name: 'Dana Reyes', role: 'Detective', agency: 'County SO', audiences: [] });
    await first.call('completionsRecord', { memberIds: [dana.id], draft: { training: { kind: 'custom', title: 'Interviewing', provider: '' }, completedOn: '2026-05-01', hours: 8 } });
    await first.services.store.idle();
    // What an older version could write: one completion whose title breaks the stored limit.
    const file = join(dir, DATA_FILE_NAME);
    const data = JSON.parse(await readFile(file, 'utf8'));
    data.completions.push({ ...data.completions[0], id: 'c-long', trainingId: 'some-training', trainingTitle: 'T'.repeat(490), custom: undefined });
    await writeFile(file, JSON.stringify(data));

    const updated = await startApp(dir, { version: '2.0.0' });
    const problem = (await updated.call('appInfo', undefined)).dataProblem!;
    expect(problem).toMatchObject({ kind: 'records-set-aside', setAsideCount: 1 });
    expect(problem.setAside![0]).toMatchObject({ list: 'completions', id: 'c-long' });
    expect(updated.services.store.data().members.map((m) => m.name)).toEqual(['Dana Reyes']);
    expect(updated.services.store.data().completions).toHaveLength(1);
  });

  it('writes the side file and the kept copy through the same byte transform as the data file', async () => {
    const dir = await tempDir();
    const plain = Buffer.from(fileWithBadRecords());
    await writeFile(join(dir, DATA_FILE_NAME), flip(plain));
    const app = await startApp(dir, { store: { transform: xor } });
    const problem = (await app.call('appInfo', undefined)).dataProblem!;
    expect(problem.kind).toBe('records-set-aside');
    const sideOnDisk = await readFile(problem.setAsidePath!);
    expect(sideOnDisk.includes(Buffer.from('m-broken'))).toBe(false);
    expect(JSON.parse(flip(sideOnDisk).toString('utf8')).records).toHaveLength(3);
    expect(flip(await readFile(problem.quarantinedPath)).equals(plain)).toBe(true);
    // The export is for the user to read: plain.
    const exportTo = join(await tempDir(), 'set-aside.json');
    app.answers.save.push(exportTo);
    await app.call('setAsideExport', undefined);
    expect(await readFile(exportTo, 'utf8')).toContain('m-broken');
  });

  it('when the bad records cannot be set aside, nothing is saved over the file, and Try again finishes the job', async () => {
    const dir = await tempDir();
    const original = fileWithBadRecords();
    await writeFile(join(dir, DATA_FILE_NAME), original);
    const faults = faultyFs();
    faults.inject({ op: 'open', code: 'EACCES', times: Infinity, file: (name) => name.includes('set-aside') });
    const app = await startApp(dir, { store: { fs: faults.fs } });
    const info = await app.call('appInfo', undefined);
    expect(info.dataProblem).toMatchObject({ kind: 'records-set-aside', setAsideCount: 3 });
    expect(info.saveProblem?.message).toContain('could not be set aside');
    // The valid records are shown, the original is untouched, and a change is refused, not half-saved.
    expect(app.services.store.data().members).toHaveLength(3);
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(original);
    expect(await app.raw('memberCreate', { name: 'Sam Lee', role: '', agency: '', audiences: [] })).toMatchObject({ ok: false, error: { code: 'not-saved' } });
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(original);

    faults.clear();
    await app.call('dataSaveRetry', undefined);
    const after = await app.call('appInfo', undefined);
    expect(after.saveProblem).toBeNull();
    expect(after.dataProblem?.setAsidePath).toBeDefined();
    expect((await decodedOnDisk(dir)).members).toHaveLength(3);
    expect((await readdir(dir)).filter((n) => n.includes('set-aside'))).toHaveLength(1);
  });

  it('a file that is not JSON at all still starts empty and offers the newest good backup', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), '{"schemaVersion":3,"members":[');
    const app = await startApp(dir);
    expect((await app.call('appInfo', undefined)).dataProblem).toMatchObject({ kind: 'invalid-json' });
    expect(app.services.store.data().members).toEqual([]);
  });
});
