import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { memberSchema, type Member } from '../../../shared/model/team';
import type { SyncConflict } from '../../../shared/model/sync-conflict';
import { COUCH_USERS, startTestCouch, type TestCouch } from './couch-test-server';
import { members, useSyncApps, type SyncApp } from './sync-app';

/*
 * Model-based: two apps and the server (plus exchange files between the apps), random
 * creates, edits and deletes on either app, exchanges by server and by file, and the server
 * killed and restarted mid-run. After the last sync both stores are equal, every record
 * passes the stored schema, both list the same conflicts, and every acknowledged write is
 * either the winner or listed as a conflict — unless the coordinator's own copy replaced it:
 * a write replaces exactly the version its app's store held when it was saved (what the
 * coordinator saw). Each write carries a unique role ("R<n>"), so the model can tell versions
 * apart; each app's commits are watched to see which version a local write replaced.
 */

const PASSPHRASE = 'property passphrase';
type Op =
  | { kind: 'create'; app: 0 | 1; name: string }
  | { kind: 'edit'; app: 0 | 1; pick: number; role: string }
  | { kind: 'delete'; app: 0 | 1; pick: number }
  | { kind: 'serverSync'; app: 0 | 1 }
  | { kind: 'file'; from: 0 | 1 }
  | { kind: 'serverDown' }
  | { kind: 'serverUp' };

const appIndex = fc.constantFrom<0 | 1>(0, 1);
// Weighted towards changes and offline periods: concurrent changes (the interesting case) need the server down between syncs.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), app: appIndex, name: fc.constantFrom('Avery', 'Blake', 'Casey', 'Devon') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), app: appIndex, pick: fc.nat(), role: fc.constantFrom('Detective', 'Sergeant', 'Analyst', 'Advocate') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), app: appIndex, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('serverSync' as const), app: appIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), from: appIndex }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'serverDown' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'serverUp' as const }) },
);

/** The token a write puts in the role: "Detective R7" → "R7". */
const tokenOf = (role: string | undefined) => /R\d+$/.exec(role ?? '')?.[0] ?? null;

interface Write {
  token: string;
  recordId: string;
  by: string;
  deleted: boolean;
}

/**
 * The acknowledged writes of both apps, and which version each local write replaced: the one
 * its app's store held when the write was saved, seen through the store's commits.
 */
function writeModel(apps: SyncApp[]) {
  let counter = 0;
  const writes: Write[] = [];
  /** token of a version → the write that replaced it on the coordinator's own copy. */
  const replaced = new Map<string, string>();
  const inFlight: ({ kind: 'write'; token: string } | { kind: 'delete'; recordId: string; token: string } | null)[] = apps.map(() => null);
  const stops = apps.map((app, i) =>
    app.store.onCommit((before, after) => {
      const pending = inFlight[i];
      if (!pending) return;
      const was = new Map(before.members.map((m) => [m.id, m]));
      if (pending.kind === 'write') {
        const mine = after.members.find((m) => tokenOf(m.role) === pending.token);
        const old = mine && was.get(mine.id);
        const oldToken = tokenOf(old?.role);
        if (oldToken && oldToken !== pending.token) replaced.set(oldToken, pending.token);
      } else if (!after.members.some((m) => m.id === pending.recordId)) {
        const oldToken = tokenOf(was.get(pending.recordId)?.role);
        if (oldToken) replaced.set(oldToken, pending.token);
      }
    }),
  );
  const names = ['Dana Reyes', 'Lee Park'];
  return {
    async write(app: number, call: (token: string) => Promise<{ id: string } | { after: { id: string } }>) {
      const token = `R${++counter}`;
      inFlight[app] = { kind: 'write', token };
      try {
        const result = await call(token);
        writes.push({ token, recordId: 'after' in result ? result.after.id : result.id, by: names[app]!, deleted: false });
      } catch {
        // Refused (the record was deleted meanwhile): not acknowledged, nothing to keep.
      } finally {
        inFlight[app] = null;
      }
    },
    async remove(app: number, recordId: string, call: () => Promise<unknown>) {
      const token = `D${++counter}`;
      inFlight[app] = { kind: 'delete', recordId, token };
      try {
        await call();
        writes.push({ token, recordId, by: names[app]!, deleted: true });
      } catch {
        // Refused: not acknowledged.
      } finally {
        inFlight[app] = null;
      }
    },
    /** Acknowledged writes that are neither the winner, nor listed as a conflict, nor replaced by their own coordinator's later write. */
    lost(shown: Member[], listed: SyncConflict[]): string[] {
      const byId = new Map(shown.map((m) => [m.id, m]));
      const conflictOf = new Map(listed.map((c) => [c.recordId, c]));
      return writes
        .filter((w) => {
          if (replaced.has(w.token)) return false;
          const conflict = conflictOf.get(w.recordId);
          if (w.deleted) return byId.has(w.recordId) && !conflict?.versions.some((v) => v.deleted && v.updatedBy === w.by);
          return tokenOf(byId.get(w.recordId)?.role) !== w.token && !conflict?.versions.some((v) => !v.deleted && tokenOf(v.values.role as string) === w.token);
        })
        .map((w) => `${w.token} (${w.deleted ? 'delete' : 'write'} by ${w.by} of ${w.recordId})`);
    },
    stop: () => stops.forEach((stop) => stop()),
  };
}

describe('convergence of two apps, a server and exchange files (model-based)', () => {
  const sync = useSyncApps();
  let couch: TestCouch | null = null;
  afterEach(async () => {
    await couch?.stop().catch(() => undefined);
    couch = null;
  });

  it('ends with equal, valid stores, and every acknowledged write the winner or listed as a conflict, whatever the order of changes and exchanges', async () => {
    let fileNo = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 6, maxLength: 14 }), async (ops) => {
        couch = await startTestCouch();
        let up = true;
        const apps: SyncApp[] = [await sync.app('Dana Reyes'), await sync.app('Lee Park')];
        await apps[0]!.call('syncConnect', { url: couch.url, user: 'alice', password: COUCH_USERS.alice });
        await apps[1]!.call('syncConnect', { url: couch.url, user: 'bob', password: COUCH_USERS.bob });
        const folder = await sync.tempDir();
        const model = writeModel(apps);
        for (const op of ops) {
          if (op.kind === 'create') await model.write(op.app, (role) => apps[op.app]!.call('memberCreate', { name: op.name, role }));
          else if (op.kind === 'edit' || op.kind === 'delete') {
            const list = apps[op.app]!.store.data().members;
            if (list.length === 0) continue;
            const target = list[op.pick % list.length]!;
            if (op.kind === 'edit') await model.write(op.app, (role) => apps[op.app]!.call('memberUpdate', { id: target.id, fields: { name: target.name, role: `${op.role} ${role}` } }));
            else await model.remove(op.app, target.id, () => apps[op.app]!.call('memberDelete', { id: target.id }));
          } else if (op.kind === 'serverSync') await apps[op.app]!.call('syncNow', undefined);
          else if (op.kind === 'file') {
            const path = join(folder, `f${++fileNo}.ttachanges`);
            apps[op.from]!.saveAnswers.push(path);
            await apps[op.from]!.call('syncShareChanges', { passphrase: PASSPHRASE, partner: 'other' });
            apps[1 - op.from]!.openAnswers.push(path);
            await apps[1 - op.from]!.call('syncReceiveChanges', { passphrase: PASSPHRASE });
          } else if (op.kind === 'serverDown' && up) {
            await couch.stop();
            up = false;
          } else if (op.kind === 'serverUp' && !up) {
            await couch.restart();
            up = true;
          }
        }
        if (!up) await couch.restart();
        // The last sync: each app pushes, then each pulls what the other pushed.
        for (const app of [...apps, ...apps]) {
          const status = await app.call('syncNow', undefined);
          expect(status.error).toBeNull();
        }
        for (const app of apps) await app.services.sync.settled();
        expect(members(apps[0]!)).toEqual(members(apps[1]!));
        for (const m of members(apps[0]!)) expect(memberSchema.safeParse(m).success).toBe(true);
        const conflicts = async (app: SyncApp) => (await app.call('syncConflictsList', undefined)).map((c) => [c.id, c.versions.map((v) => v.rev).sort()]);
        expect(await conflicts(apps[0]!)).toEqual(await conflicts(apps[1]!));
        expect(model.lost(members(apps[0]!), await apps[0]!.call('syncConflictsList', undefined))).toEqual([]);
        model.stop();
        for (const app of apps.splice(0)) await app.close();
        await couch.stop();
        couch = null;
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
