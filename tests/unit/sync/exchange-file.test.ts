import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { members, useSyncApps } from './sync-app';

const PASSPHRASE = 'correct horse battery';

describe('sharing through exchange files', () => {
  const sync = useSyncApps();

  it('refuses to share before the coordinator has a name', async () => {
    const app = await sync.app(null);
    expect(await app.refusal('syncShareChanges', { passphrase: PASSPHRASE })).toMatch(/Enter your name in Settings › Sharing first/);
    expect((await app.call('syncStatus', undefined)).state).toBe('not-set-up');
  });

  it('carries creates, edits and deletes from one coordinator to another, and only what is new the second time', async () => {
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const folder = await sync.tempDir();
    const a = await dana.call('memberCreate', { name: 'Avery Quist', role: 'Detective' });
    const b = await dana.call('memberCreate', { name: 'Blake Orr' });
    dana.saveAnswers.push(join(folder, 'one.ttachanges'));
    const first = await dana.call('syncShareChanges', { passphrase: PASSPHRASE, partner: 'Lee' });
    expect(first).toEqual({ savedTo: join(folder, 'one.ttachanges'), documents: 2 });

    lee.openAnswers.push(join(folder, 'one.ttachanges'));
    const received = await lee.call('syncReceiveChanges', { passphrase: PASSPHRASE });
    expect(received).toMatchObject({ received: true, from: 'Dana Reyes', documents: 2, applied: 2, conflicts: 0, setAside: 0 });
    expect(members(lee)).toEqual(members(dana));

    await dana.call('memberUpdate', { id: a.id, fields: { name: 'Avery Quist-Lane', role: 'Sergeant' } });
    await dana.call('memberDelete', { id: b.id });
    dana.saveAnswers.push(join(folder, 'two.ttachanges'));
    expect((await dana.call('syncShareChanges', { passphrase: PASSPHRASE, partner: 'Lee' })).documents).toBe(2);
    lee.openAnswers.push(join(folder, 'two.ttachanges'));
    await lee.call('syncReceiveChanges', { passphrase: PASSPHRASE });
    expect(members(lee)).toEqual(members(dana));
    expect(members(lee).map((m) => m.name)).toEqual(['Avery Quist-Lane']);

    // Receiving the same file again changes nothing.
    lee.openAnswers.push(join(folder, 'two.ttachanges'));
    expect(await lee.call('syncReceiveChanges', { passphrase: PASSPHRASE })).toMatchObject({ applied: 0 });
  });

  it('says what is wrong with a wrong passphrase or a file that is not one of shared changes, and changes nothing', async () => {
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const folder = await sync.tempDir();
    await dana.call('memberCreate', { name: 'Avery Quist' });
    dana.saveAnswers.push(join(folder, 'x.ttachanges'));
    await dana.call('syncShareChanges', { passphrase: PASSPHRASE });
    lee.openAnswers.push(join(folder, 'x.ttachanges'));
    expect(await lee.refusal('syncReceiveChanges', { passphrase: 'not the passphrase' })).toMatch(/The passphrase does not open x\.ttachanges/);
    await writeFile(join(folder, 'notes.ttachanges'), 'just some notes');
    lee.openAnswers.push(join(folder, 'notes.ttachanges'));
    expect(await lee.refusal('syncReceiveChanges', { passphrase: PASSPHRASE })).toMatch(/notes\.ttachanges is not a file of shared changes/);
    expect(members(lee)).toEqual([]);
  });

  it('lists concurrent edits as a conflict with who, when and the differing fields, and the resolution travels back', async () => {
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const folder = await sync.tempDir();
    const a = await dana.call('memberCreate', { name: 'Avery Quist', role: 'Detective', agency: 'County SO' });
    dana.saveAnswers.push(join(folder, '1.ttachanges'));
    await dana.call('syncShareChanges', { passphrase: PASSPHRASE });
    lee.openAnswers.push(join(folder, '1.ttachanges'));
    await lee.call('syncReceiveChanges', { passphrase: PASSPHRASE });

    await dana.call('memberUpdate', { id: a.id, fields: { name: 'Avery Quist', role: 'Sergeant', agency: 'County SO' } });
    await lee.call('memberUpdate', { id: a.id, fields: { name: 'Avery Quist', role: 'Detective', agency: 'City PD' } });
    dana.saveAnswers.push(join(folder, 'd.ttachanges'));
    await dana.call('syncShareChanges', { passphrase: PASSPHRASE });
    lee.saveAnswers.push(join(folder, 'l.ttachanges'));
    await lee.call('syncShareChanges', { passphrase: PASSPHRASE });
    dana.openAnswers.push(join(folder, 'l.ttachanges'));
    expect(await dana.call('syncReceiveChanges', { passphrase: PASSPHRASE })).toMatchObject({ conflicts: 1 });
    lee.openAnswers.push(join(folder, 'd.ttachanges'));
    await lee.call('syncReceiveChanges', { passphrase: PASSPHRASE });

    // Both show the same (deterministic) winner until resolved.
    expect(members(dana)).toEqual(members(lee));
    const [conflict] = await lee.call('syncConflictsList', undefined);
    expect(conflict).toMatchObject({ id: `member:${a.id}`, recordType: 'member', recordId: a.id, label: 'Avery Quist' });
    expect(conflict!.versions.map((v) => v.updatedBy).sort()).toEqual(['Dana Reyes', 'Lee Park']);
    expect(conflict!.fields.map((f) => f.field)).toEqual(['agency', 'role']);
    expect((await lee.call('syncStatus', undefined)).conflicts).toBe(1);

    // Merge field by field: Dana's role, Lee's agency.
    const danaVersion = conflict!.versions.find((v) => v.updatedBy === 'Dana Reyes')!;
    const leeVersion = conflict!.versions.find((v) => v.updatedBy === 'Lee Park')!;
    const shownRevs = conflict!.versions.map((v) => v.rev);
    expect(await lee.call('syncConflictResolve', { id: conflict!.id, shownRevs, resolution: { kind: 'merge', fields: { role: danaVersion.rev, agency: leeVersion.rev } } })).toEqual({
      remaining: 0,
    });
    expect(lee.store.data().members[0]).toMatchObject({ role: 'Sergeant', agency: 'City PD' });
    // Resolving again with the old versions is refused in words.
    expect(await lee.refusal('syncConflictResolve', { id: conflict!.id, shownRevs, resolution: { kind: 'keep', rev: danaVersion.rev } })).toMatch(/already resolved/);

    lee.saveAnswers.push(join(folder, 'r.ttachanges'));
    await lee.call('syncShareChanges', { passphrase: PASSPHRASE });
    dana.openAnswers.push(join(folder, 'r.ttachanges'));
    await dana.call('syncReceiveChanges', { passphrase: PASSPHRASE });
    expect(await dana.call('syncConflictsList', undefined)).toEqual([]);
    expect(members(dana)).toEqual(members(lee));
  });

  it('keeps the replica sealed: a unique member name appears in no file of the data folder', async () => {
    const dana = await sync.app('Dana Reyes');
    const unique = 'Zephyrine Quillborough';
    await dana.call('memberCreate', { name: unique, role: 'Analyst' });
    await dana.services.sync.settled();
    await dana.close();
    const hits = (() => {
      try {
        return execFileSync('grep', ['-rl', '--binary-files=text', unique, dana.dir], { encoding: 'utf8' });
      } catch {
        return '';
      }
    })();
    expect(execFileSync('ls', [join(dana.dir, 'sync-replica')], { encoding: 'utf8' })).toMatch(/\.ldb|\.log/);
    expect(hits).toBe('');
  });
});
