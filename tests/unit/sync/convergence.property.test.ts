import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { memberSchema } from '../../../shared/model/team';
import { COUCH_USERS, startTestCouch, type TestCouch } from './couch-test-server';
import { members, useSyncApps, type SyncApp } from './sync-app';

/*
 * Model-based: two apps and the server (plus exchange files between the apps), random
 * creates, edits and deletes on either app, exchanges by server and by file, and the server
 * killed and restarted mid-run. After the last sync both stores are equal, every record
 * passes the stored schema, both list the same conflicts, and every record's shown version
 * is one some coordinator actually wrote.
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
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), app: appIndex, name: fc.constantFrom('Avery', 'Blake', 'Casey', 'Devon') }),
  fc.record({ kind: fc.constant('edit' as const), app: appIndex, pick: fc.nat(), role: fc.constantFrom('Detective', 'Sergeant', 'Analyst', 'Advocate') }),
  fc.record({ kind: fc.constant('delete' as const), app: appIndex, pick: fc.nat() }),
  fc.record({ kind: fc.constant('serverSync' as const), app: appIndex }),
  fc.record({ kind: fc.constant('file' as const), from: appIndex }),
  fc.constant({ kind: 'serverDown' as const }),
  fc.constant({ kind: 'serverUp' as const }),
);

describe('convergence of two apps, a server and exchange files (model-based)', () => {
  const sync = useSyncApps();
  let couch: TestCouch | null = null;
  afterEach(async () => {
    await couch?.stop().catch(() => undefined);
    couch = null;
  });

  it('ends with equal, valid stores and no invented versions whatever the order of changes and exchanges', async () => {
    let fileNo = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 6, maxLength: 14 }), async (ops) => {
        couch = await startTestCouch();
        let up = true;
        const apps: SyncApp[] = [await sync.app('Dana Reyes'), await sync.app('Lee Park')];
        await apps[0]!.call('syncConnect', { url: couch.url, user: 'alice', password: COUCH_USERS.alice });
        await apps[1]!.call('syncConnect', { url: couch.url, user: 'bob', password: COUCH_USERS.bob });
        const folder = await sync.tempDir();
        const written = new Set<string>();
        const note = (m: object) => written.add(JSON.stringify(memberSchema.parse(m)));
        for (const op of ops) {
          if (op.kind === 'create') note(await apps[op.app]!.call('memberCreate', { name: op.name }));
          else if (op.kind === 'edit' || op.kind === 'delete') {
            const list = apps[op.app]!.store.data().members;
            if (list.length === 0) continue;
            const target = list[op.pick % list.length]!;
            if (op.kind === 'edit') note((await apps[op.app]!.call('memberUpdate', { id: target.id, fields: { name: target.name, role: op.role } })).after);
            else await apps[op.app]!.call('memberDelete', { id: target.id });
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
        for (const m of members(apps[0]!)) {
          expect(memberSchema.safeParse(m).success).toBe(true);
          expect(written.has(JSON.stringify(memberSchema.parse(m)))).toBe(true);
        }
        const conflicts = async (app: SyncApp) => (await app.call('syncConflictsList', undefined)).map((c) => [c.id, c.versions.map((v) => v.rev).sort()]);
        expect(await conflicts(apps[0]!)).toEqual(await conflicts(apps[1]!));
        for (const app of apps.splice(0)) await app.close();
        await couch.stop();
        couch = null;
      }),
      { numRuns: 5 },
    );
  }, 240_000);
});
