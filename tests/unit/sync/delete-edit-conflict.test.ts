import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { members, useSyncApps, type SyncApp } from './sync-app';

/*
 * CouchDB lets a live version beat a concurrent deletion without a word; the app lists it as a
 * conflict ("deleted by …" against the edited version), and either choice replicates. Two apps,
 * each with its own replica (the real engine: PouchDB + LevelDB, sealed), exchanging files.
 */

const PASSPHRASE = 'correct horse battery';

describe('a delete concurrent with an edit', () => {
  const sync = useSyncApps();

  async function exchange(from: SyncApp, to: SyncApp, path: string) {
    from.saveAnswers.push(path);
    await from.call('syncShareChanges', { passphrase: PASSPHRASE, partner: 'other' });
    to.openAnswers.push(path);
    return to.call('syncReceiveChanges', { passphrase: PASSPHRASE });
  }

  /** Dana deletes a member while Lee changes the member's role; then both exchange their changes. */
  async function deleteAgainstEdit() {
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const folder = await sync.tempDir();
    const kept = await dana.call('memberCreate', { name: 'Blake Orr', role: 'Analyst' });
    const avery = await dana.call('memberCreate', { name: 'Avery Quist', role: 'Detective' });
    await exchange(dana, lee, join(folder, '0.ttachanges'));
    await dana.call('memberDelete', { id: avery.id });
    await lee.call('memberUpdate', { id: avery.id, fields: { name: 'Avery Quist', role: 'Sergeant' } });
    await exchange(dana, lee, join(folder, 'd.ttachanges'));
    await exchange(lee, dana, join(folder, 'l.ttachanges'));
    return { dana, lee, folder, avery, kept };
  }

  it('is listed on both sides as a conflict: the edited version shown, against "deleted by" the other coordinator', async () => {
    const { dana, lee, avery } = await deleteAgainstEdit();
    // The edited version is what both show until someone chooses, with who changed it and when.
    expect(members(dana)).toEqual(members(lee));
    expect(dana.store.data().members.find((m) => m.id === avery.id)).toMatchObject({ role: 'Sergeant', updatedBy: 'Lee Park' });
    for (const app of [dana, lee]) {
      const list = await app.call('syncConflictsList', undefined);
      expect(list.map((c) => c.id)).toEqual([`member:${avery.id}`]);
      expect(list[0]!.versions.map((v) => ({ winner: v.winner, deleted: v.deleted, by: v.updatedBy }))).toEqual([
        { winner: true, deleted: false, by: 'Lee Park' },
        { winner: false, deleted: true, by: 'Dana Reyes' },
      ]);
      expect(list[0]!.fields.find((f) => f.field === 'role')?.values).toEqual(['Sergeant', '(empty)']);
      expect((await app.call('syncStatus', undefined)).conflicts).toBe(1);
    }
    // Still listed after a restart (the replica's list of leaves does not say it; the bridge remembers).
    const again = await sync.reopen(dana, dana.keyFile);
    await again.services.sync.settled();
    expect((await again.call('syncConflictsList', undefined)).map((c) => c.id)).toEqual([`member:${avery.id}`]);
  });

  it('"keep it deleted" deletes the record, and the resolution reaches the other copy with no conflict left', async () => {
    const { dana, lee, folder, kept } = await deleteAgainstEdit();
    const [conflict] = await lee.call('syncConflictsList', undefined);
    const deletion = conflict!.versions.find((v) => v.deleted)!;
    await lee.call('syncConflictResolve', { id: conflict!.id, shownRevs: conflict!.versions.map((v) => v.rev), resolution: { kind: 'keep', rev: deletion.rev } });
    await lee.services.sync.settled();
    expect(members(lee).map((m) => m.id)).toEqual([kept.id]);
    expect(await lee.call('syncConflictsList', undefined)).toEqual([]);
    await exchange(lee, dana, join(folder, 'r.ttachanges'));
    await dana.services.sync.settled();
    expect(members(dana).map((m) => m.id)).toEqual([kept.id]);
    expect(await dana.call('syncConflictsList', undefined)).toEqual([]);
    expect(members(dana)).toEqual(members(lee));
  });

  it('"keep the edited version" keeps the record, and the resolution reaches the other copy with no conflict left', async () => {
    const { dana, lee, folder, avery } = await deleteAgainstEdit();
    const [conflict] = await dana.call('syncConflictsList', undefined);
    const edited = conflict!.versions.find((v) => !v.deleted)!;
    await dana.call('syncConflictResolve', { id: conflict!.id, shownRevs: conflict!.versions.map((v) => v.rev), resolution: { kind: 'keep', rev: edited.rev } });
    await dana.services.sync.settled();
    expect(await dana.call('syncConflictsList', undefined)).toEqual([]);
    expect(dana.store.data().members.find((m) => m.id === avery.id)).toMatchObject({ role: 'Sergeant', updatedBy: 'Dana Reyes' });
    await exchange(dana, lee, join(folder, 'r.ttachanges'));
    await lee.services.sync.settled();
    expect(await lee.call('syncConflictsList', undefined)).toEqual([]);
    expect((await lee.call('syncStatus', undefined)).conflicts).toBe(0);
    expect(members(lee)).toEqual(members(dana));
  });
});
