import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { memberSchema } from '../../../shared/model/team';
import { planSchema, type Plan, type PlanItemStatus } from '../../../shared/model/plan';
import type { UserData } from '../../../shared/model/user-data';
import type { SyncConflict } from '../../../shared/model/sync-conflict';
import { COUCH_USERS, startTestCouch, type TestCouch } from './couch-test-server';
import { members, useSyncApps, type SyncApp } from './sync-app';

/*
 * Model-based: two apps and the server (plus exchange files between the apps), random
 * creates, edits and deletes of members and of plans (their details and their items: added,
 * changed, removed) on either app, exchanges by server and by file, and the server killed and
 * restarted mid-run. After the last sync both stores are equal, every record passes the
 * stored schema, both list the same conflicts, and every acknowledged write is either the
 * winner or listed as a conflict — unless the coordinator's own copy replaced it: a write
 * replaces exactly the version its app's store held when it was saved (what the coordinator
 * saw). Each write carries a unique token ("R<n>": in a member's role, in a plan's notes), so
 * the model can tell versions apart; each app's commits are watched to see which version a
 * local write replaced.
 */

const PASSPHRASE = 'property passphrase';
type AppNo = 0 | 1;
type Op =
  | { kind: 'create'; app: AppNo; name: string }
  | { kind: 'edit'; app: AppNo; pick: number; role: string }
  | { kind: 'delete'; app: AppNo; pick: number }
  | { kind: 'planCreate'; app: AppNo; name: string }
  | { kind: 'planEdit'; app: AppNo; pick: number; name: string }
  | { kind: 'planItem'; app: AppNo; pick: number; change: 'add' | 'edit' | 'remove'; item: number; status: PlanItemStatus }
  | { kind: 'planDelete'; app: AppNo; pick: number }
  | { kind: 'serverSync'; app: AppNo }
  | { kind: 'file'; from: AppNo }
  | { kind: 'serverDown' }
  | { kind: 'serverUp' };

const appIndex = fc.constantFrom<AppNo>(0, 1);
// Weighted towards changes and offline periods: concurrent changes (the interesting case) need the server down between syncs.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), app: appIndex, name: fc.constantFrom('Avery', 'Blake', 'Casey', 'Devon') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), app: appIndex, pick: fc.nat(), role: fc.constantFrom('Detective', 'Sergeant', 'Analyst', 'Advocate') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), app: appIndex, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('planCreate' as const), app: appIndex, name: fc.constantFrom('FY27 plan', 'Grant plan') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('planEdit' as const), app: appIndex, pick: fc.nat(), name: fc.constantFrom('FY27', 'FY28', 'Interviewing') }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('planItem' as const),
      app: appIndex,
      pick: fc.nat(),
      change: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
      item: fc.nat(),
      status: fc.constantFrom<PlanItemStatus>('planned', 'requested', 'confirmed', 'cancelled'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('planDelete' as const), app: appIndex, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('serverSync' as const), app: appIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), from: appIndex }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'serverDown' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'serverUp' as const }) },
);

/** The token a write puts in a member's role or a plan's notes: "Detective R7" → "R7". */
const tokenOf = (text: unknown) => /R\d+$/.exec(typeof text === 'string' ? text : '')?.[0] ?? null;

/** The record types in the model, each with where its versions carry the token. */
type RecordType = 'member' | 'plan';
const kinds: Record<RecordType, { records: (d: UserData) => { id: string }[]; token: (values: Record<string, unknown>) => string | null }> = {
  member: { records: (d) => d.members, token: (v) => tokenOf(v.role) },
  plan: { records: (d) => d.plans, token: (v) => tokenOf(v.notes) },
};
const RECORD_TYPES = Object.keys(kinds) as RecordType[];
const tokenOfRecord = (type: RecordType, record: { id: string } | undefined) => (record ? kinds[type].token(record as unknown as Record<string, unknown>) : null);

interface Write {
  token: string;
  type: RecordType;
  recordId: string;
  by: string;
  deleted: boolean;
}

type InFlight = { kind: 'write'; type: RecordType; token: string } | { kind: 'delete'; type: RecordType; recordId: string; token: string };

/**
 * The acknowledged writes of both apps, and which version each local write replaced: the one
 * its app's store held when the write was saved, seen through the store's commits.
 */
function writeModel(apps: SyncApp[]) {
  let counter = 0;
  const writes: Write[] = [];
  /** token of a version → the write that replaced it on the coordinator's own copy. */
  const replaced = new Map<string, string>();
  const inFlight: (InFlight | null)[] = apps.map(() => null);
  const stops = apps.map((app, i) =>
    app.store.onCommit((before, after) => {
      const pending = inFlight[i];
      if (!pending) return;
      const was = new Map(kinds[pending.type].records(before).map((r) => [r.id, r]));
      const now = kinds[pending.type].records(after);
      if (pending.kind === 'write') {
        const mine = now.find((r) => tokenOfRecord(pending.type, r) === pending.token);
        const oldToken = tokenOfRecord(pending.type, mine && was.get(mine.id));
        if (oldToken && oldToken !== pending.token) replaced.set(oldToken, pending.token);
      } else if (!now.some((r) => r.id === pending.recordId)) {
        const oldToken = tokenOfRecord(pending.type, was.get(pending.recordId));
        if (oldToken) replaced.set(oldToken, pending.token);
      }
    }),
  );
  const names = ['Dana Reyes', 'Lee Park'];
  return {
    /** A create or an edit; `call` saves it with the token and returns the record's id. */
    async write(app: number, type: RecordType, call: (token: string) => Promise<string>) {
      const token = `R${++counter}`;
      inFlight[app] = { kind: 'write', type, token };
      try {
        const recordId = await call(token);
        writes.push({ token, type, recordId, by: names[app]!, deleted: false });
      } catch {
        // Refused (the record was deleted meanwhile): not acknowledged, nothing to keep.
      } finally {
        inFlight[app] = null;
      }
    },
    async remove(app: number, type: RecordType, recordId: string, call: () => Promise<unknown>) {
      const token = `D${++counter}`;
      inFlight[app] = { kind: 'delete', type, recordId, token };
      try {
        await call();
        writes.push({ token, type, recordId, by: names[app]!, deleted: true });
      } catch {
        // Refused: not acknowledged.
      } finally {
        inFlight[app] = null;
      }
    },
    /** Acknowledged writes that are neither the winner, nor listed as a conflict, nor replaced by their own coordinator's later write. */
    lost(shown: UserData, listed: SyncConflict[]): string[] {
      const byKey = new Map<string, { id: string }>(RECORD_TYPES.flatMap((type) => kinds[type].records(shown).map((r) => [`${type}:${r.id}`, r] as const)));
      const conflictOf = new Map(listed.map((c) => [`${c.recordType}:${c.recordId}`, c]));
      return writes
        .filter((w) => {
          if (replaced.has(w.token)) return false;
          const key = `${w.type}:${w.recordId}`;
          const conflict = conflictOf.get(key);
          if (w.deleted) return byKey.has(key) && !conflict?.versions.some((v) => v.deleted && v.updatedBy === w.by);
          return tokenOfRecord(w.type, byKey.get(key)) !== w.token && !conflict?.versions.some((v) => !v.deleted && kinds[w.type].token(v.values) === w.token);
        })
        .map((w) => `${w.token} (${w.deleted ? 'delete' : 'write'} by ${w.by} of ${w.type} ${w.recordId})`);
    },
    stop: () => stops.forEach((stop) => stop()),
  };
}

/** The plan with one item added, changed or removed (as the plan screen saves it), carrying the token in its notes. */
function withItemChange(plan: Plan, op: Extract<Op, { kind: 'planItem' }>, token: string): Plan {
  const items = [...plan.items];
  const at = items.length === 0 ? -1 : op.item % items.length;
  if (op.change === 'add' || at < 0) items.push({ id: `item-${token}`, custom: { title: `Course ${token}`, provider: '' }, assigneeIds: [], priority: 'medium', status: op.status, notes: '' });
  else if (op.change === 'edit') items[at] = { ...items[at]!, status: op.status, notes: `changed ${token}` };
  else items.splice(at, 1);
  return { ...plan, items, notes: `items ${token}` };
}

const sortedPlans = (app: SyncApp) => app.store.data().plans.map((p) => ({ ...p })).sort((a, b) => (a.id < b.id ? -1 : 1));

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
          const app = op.kind === 'file' || op.kind === 'serverDown' || op.kind === 'serverUp' ? null : apps[op.app]!;
          if (op.kind === 'create') await model.write(op.app, 'member', async (role) => (await app!.call('memberCreate', { name: op.name, role })).id);
          else if (op.kind === 'edit' || op.kind === 'delete') {
            const list = app!.store.data().members;
            if (list.length === 0) continue;
            const target = list[op.pick % list.length]!;
            if (op.kind === 'edit') await model.write(op.app, 'member', async (role) => (await app!.call('memberUpdate', { id: target.id, fields: { name: target.name, role: `${op.role} ${role}` } })).after.id);
            else await model.remove(op.app, 'member', target.id, () => app!.call('memberDelete', { id: target.id }));
          } else if (op.kind === 'planCreate') {
            await model.write(op.app, 'plan', async (token) => (await app!.call('planCreate', { name: op.name, notes: `new ${token}`, period: { start: '2026-10-01', end: '2027-09-30' } })).id);
          } else if (op.kind === 'planEdit' || op.kind === 'planItem' || op.kind === 'planDelete') {
            const list = app!.store.data().plans;
            if (list.length === 0) continue;
            const target = list[op.pick % list.length]!;
            if (op.kind === 'planEdit') await model.write(op.app, 'plan', async (token) => (await app!.call('planSave', { ...target, name: op.name, notes: `edited ${token}` })).plan.id);
            else if (op.kind === 'planItem') await model.write(op.app, 'plan', async (token) => (await app!.call('planSave', withItemChange(target, op, token))).plan.id);
            else await model.remove(op.app, 'plan', target.id, () => app!.call('planDelete', { id: target.id }));
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
        expect(sortedPlans(apps[0]!)).toEqual(sortedPlans(apps[1]!));
        for (const m of members(apps[0]!)) expect(memberSchema.safeParse(m).success).toBe(true);
        for (const p of sortedPlans(apps[0]!)) expect(planSchema.safeParse(p).success).toBe(true);
        const conflicts = async (app: SyncApp) => (await app.call('syncConflictsList', undefined)).map((c) => [c.id, c.versions.map((v) => v.rev).sort()]);
        expect(await conflicts(apps[0]!)).toEqual(await conflicts(apps[1]!));
        expect(model.lost(apps[0]!.store.data(), await apps[0]!.call('syncConflictsList', undefined))).toEqual([]);
        model.stop();
        for (const app of apps.splice(0)) await app.close();
        await couch.stop();
        couch = null;
      }),
      {
        numRuns: 8,
        // Always also run one case with concurrent plan changes (details on one app, an item on the other, offline).
        examples: [
          [
            [
              { kind: 'planCreate', app: 0, name: 'FY27 plan' },
              { kind: 'file', from: 0 },
              { kind: 'serverDown' },
              { kind: 'planEdit', app: 0, pick: 0, name: 'FY28' },
              { kind: 'planItem', app: 1, pick: 0, change: 'add', item: 0, status: 'requested' },
              { kind: 'planItem', app: 1, pick: 0, change: 'edit', item: 0, status: 'confirmed' },
              { kind: 'serverUp' },
            ],
          ],
        ],
      },
    );
  }, 240_000);
});
