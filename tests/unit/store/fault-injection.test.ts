import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME } from '../../../main/services/store';
import type { Envelope } from '../../../shared/client';
import { faultyFs, type Fault, type FaultyFs } from '../../support/faulty-fs';
import { decodedOnDisk, memberInput, startApp } from './app-harness';
import { useTempDirs } from './temp-dir';

/*
 * For each ordinary fault, a random sequence of operations through dispatch with the
 * fault switched on and off at random. After every step the data in memory is exactly
 * what was acknowledged; after a restart the file holds every acknowledged write and
 * nothing that was refused; the app keeps answering and says what is wrong.
 */

type Op =
  | { kind: 'create'; name: string }
  | { kind: 'rename'; pick: number; name: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'record'; pick: number; hours: number }
  | { kind: 'fault'; on: boolean };

const nameArb = fc.stringMatching(/^[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}$/);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: nameArb.map((name) => ({ kind: 'create' as const, name })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(50), name: nameArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('record' as const), pick: fc.nat(50), hours: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.boolean().map((on) => ({ kind: 'fault' as const, on })) },
);

interface Model {
  members: Map<string, string>;
  completions: Map<string, { memberId: string; hours: number | undefined }>;
}

const isDataTemp = (name: string) => name.startsWith('.tta-navigator-data.json.') && name.endsWith('.tmp');

function snapshot(data: { members: readonly { id: string; name: string }[]; completions: readonly { id: string; memberId: string; hours?: number | undefined }[] }): Model {
  return {
    members: new Map(data.members.map((m) => [m.id, m.name])),
    completions: new Map(data.completions.map((c) => [c.id, { memberId: c.memberId, hours: c.hours }])),
  };
}

/**
 * Runs `ops` against a fresh app with `faults` (switched by the 'fault' ops) and checks
 * the acknowledged-writes model throughout and after a restart.
 */
async function runSequence(dir: string, ops: Op[], faultsOn: (f: FaultyFs) => void, options: { transient: boolean }): Promise<number> {
  const faults = faultyFs();
  const app = await startApp(dir, { store: { fs: faults.fs } });
  const model: Model = { members: new Map(), completions: new Map() };
  const pickMember = (pick: number) => [...model.members.keys()][pick % Math.max(1, model.members.size)];
  let refused = 0;

  const expectRefusedOrDone = (envelope: Envelope<unknown>): boolean => {
    if (envelope.ok) return true;
    // A refused save says so, with a reason, and is the only kind of refusal here.
    expect(envelope.error.code).toBe('not-saved');
    expect(envelope.error.message).toMatch(/^Changes are not being saved: \S/);
    refused++;
    return false;
  };

  for (const op of ops) {
    if (op.kind === 'fault') {
      faults.clear();
      if (op.on) faultsOn(faults);
      continue;
    }
    if (op.kind === 'create') {
      const env = await app.raw('memberCreate', memberInput(op.name));
      if (expectRefusedOrDone(env) && env.ok) model.members.set(env.value.id, op.name);
    } else if (op.kind === 'rename') {
      const id = pickMember(op.pick);
      if (!id) continue;
      const env = await app.raw('memberUpdate', { id, fields: memberInput(op.name) });
      if (expectRefusedOrDone(env)) model.members.set(id, op.name);
    } else if (op.kind === 'delete') {
      const id = pickMember(op.pick);
      if (!id) continue;
      const env = await app.raw('memberDelete', { id });
      if (expectRefusedOrDone(env)) {
        model.members.delete(id);
        for (const [cid, c] of model.completions) if (c.memberId === id) model.completions.delete(cid);
      }
    } else {
      const id = pickMember(op.pick);
      if (!id) continue;
      const env = await app.raw('completionsRecord', {
        memberIds: [id],
        draft: { training: { kind: 'custom', title: 'Interview skills', provider: 'County' }, completedOn: '2026-01-15', hours: op.hours },
      });
      if (expectRefusedOrDone(env) && env.ok) for (const c of env.value) model.completions.set(c.id, { memberId: id, hours: op.hours });
    }
    // Memory holds exactly the acknowledged writes: a refused one changed nothing.
    expect(snapshot(app.services.store.data())).toEqual(model);
  }
  if (options.transient) expect(refused).toBe(0);

  // The app keeps running: with the fault gone, Try again and a new change succeed.
  faults.clear();
  if ((await app.call('appInfo', undefined)).saveProblem) await app.call('dataSaveRetry', undefined);
  expect((await app.call('appInfo', undefined)).saveProblem).toBeNull();

  const restarted = await startApp(dir);
  expect(restarted.services.store.problem()).toBeNull();
  if (model.members.size > 0 || model.completions.size > 0) expect(snapshot(await decodedOnDisk(dir))).toEqual(model);
  expect(snapshot(restarted.services.store.data())).toEqual(model);
  expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  return refused;
}

const scenarios: { name: string; faults: Fault[]; transient?: boolean }[] = [
  { name: 'ENOSPC while writing the data file', faults: [{ op: 'writev', code: 'ENOSPC', times: Infinity, file: isDataTemp }] },
  { name: 'EACCES when creating the temp file', faults: [{ op: 'open', code: 'EACCES', times: Infinity, file: isDataTemp }] },
  { name: 'EPERM when creating the temp file', faults: [{ op: 'open', code: 'EPERM', times: Infinity, file: isDataTemp }] },
  { name: 'EIO on fsync', faults: [{ op: 'sync', code: 'EIO', times: Infinity, file: isDataTemp }] },
  { name: 'EPERM on rename, persistent', faults: [{ op: 'rename', code: 'EPERM', times: Infinity, file: (n) => n === DATA_FILE_NAME }] },
  { name: 'EBUSY on rename, persistent', faults: [{ op: 'rename', code: 'EBUSY', times: Infinity, file: (n) => n === DATA_FILE_NAME }] },
  { name: 'EPERM/EBUSY on rename, transient', transient: true, faults: [{ op: 'rename', code: 'EPERM', times: 2 }, { op: 'rename', code: 'EBUSY', times: 1 }] },
  { name: 'slow I/O', transient: true, faults: [{ op: 'writev', delayMs: 40, times: 3 }, { op: 'rename', delayMs: 40, times: 3 }] },
];

describe('fault injection: acknowledged writes survive, refused ones never appear', () => {
  const tempDir = useTempDirs();

  it.each(scenarios)('$name', async ({ faults: list, transient }) => {
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 4, maxLength: 14 }), async (ops) => {
        const dir = await tempDir();
        // The fault is on for the second write of every sequence, so each run meets it.
        refusals += await runSequence(
          dir,
          [{ kind: 'create', name: 'First Member' }, { kind: 'fault', on: true }, { kind: 'create', name: 'During Fault' }, ...ops],
          (f) => list.forEach((fault) => f.inject({ ...fault })),
          { transient: transient ?? false },
        );
      }),
      { numRuns: 4, seed: 20261201 },
    );
    // Persistent faults were met and refused; transient ones were absorbed by the retries.
    if (!transient) expect(refusals).toBeGreaterThanOrEqual(4);
  }, 240_000);

  it('EIO on read at start, transient and persistent: never an empty file, never a quarantine', async () => {
    const dir = await tempDir();
    const seed = await startApp(dir);
    await seed.call('memberCreate', memberInput('Dana Reyes'));
    const before = await readFile(join(dir, DATA_FILE_NAME));
    for (const times of [1, 3, Infinity]) {
      const faults = faultyFs();
      faults.inject({ op: 'readFile', code: 'EIO', times, file: (n) => n === DATA_FILE_NAME });
      const app = await startApp(dir, { store: { fs: faults.fs } });
      const readable = times !== Infinity;
      expect(app.services.store.data().members.map((m) => m.name)).toEqual(readable ? ['Dana Reyes'] : []);
      expect(app.services.store.saveProblem()?.kind ?? null).toBe(readable ? null : 'unreadable');
      if (!readable) expect(await app.raw('memberDelete', { id: 'm-x' })).toMatchObject({ ok: false });
      expect(await readFile(join(dir, DATA_FILE_NAME))).toEqual(before);
    }
    expect((await readdir(dir)).filter((n) => n.includes('damaged'))).toEqual([]);
  }, 60_000);

  it('a second copy of the app cannot write while this one holds the folder, and says who holds it', async () => {
    const dir = await tempDir();
    const app = await startApp(dir);
    await app.call('memberCreate', memberInput('Dana Reyes'));
    const output = await runSecondCopy(dir);
    expect(output).toMatch(/^refused: Changes are not being saved: Another copy of TTA Navigator is using this data folder \(on .+, started /m);
    await app.call('memberCreate', memberInput('Sam Lee'));
    expect((await decodedOnDisk(dir)).members.map((m) => m.name)).toEqual(['Dana Reyes', 'Sam Lee']);
    // Once this copy quits, the other may write.
    await app.services.store.close();
    expect(await runSecondCopy(dir)).toMatch(/^saved$/m);
    expect((await decodedOnDisk(dir)).members.map((m) => m.name)).toEqual(['Dana Reyes', 'Sam Lee', 'Second Copy']);
  }, 120_000);

  it('another program replacing the file stops saving instead of overwriting its content', async () => {
    const dir = await tempDir();
    const app = await startApp(dir);
    await app.call('memberCreate', memberInput('Dana Reyes'));
    const theirs = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
    theirs.members.push({ id: 'm-theirs', name: 'Written Elsewhere', role: '', agency: '', audiences: [], active: true });
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(theirs));
    const refused = await app.raw('memberCreate', memberInput('Sam Lee'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-saved' } });
    if (!refused.ok) expect(refused.error.message).toContain('was changed by another program or another copy');
    expect((await decodedOnDisk(dir)).members.map((m) => m.name)).toEqual(['Dana Reyes', 'Written Elsewhere']);
    expect(app.services.store.data().members.map((m) => m.name)).toEqual(['Dana Reyes']);
  });
});

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SECOND_COPY = fileURLToPath(new URL('../../crash/second-copy.ts', import.meta.url));

/** Another process opening the same data folder and trying to add a member. */
function runSecondCopy(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SECOND_COPY, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`second copy failed: ${err}`))));
  });
}
