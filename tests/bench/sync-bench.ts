import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../../main/bootstrap';
import { openReplica, type Replica, type ReplicaDoc } from '../../main/services/sync/replica';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api';
import type { Envelope } from '../../shared/client';
import { COUCH_USERS } from '../unit/sync/couch-test-server';
import { startCouchProcess } from './couch-server-process';
import { median } from './stats';
import { syntheticUserData } from './user-data-fixture';

const CATALOGUE = fileURLToPath(new URL('../../data/catalogue.json', import.meta.url));
const POLL_MS = 5;

/** An app as it runs (real bootstrap and dispatch, sharing service and bridge) over an empty data folder. */
async function openApp(dir: string) {
  const { dispatch, services } = await bootstrap({
    dataDir: dir,
    bundledCataloguePath: CATALOGUE,
    app: { name: 'TTA Navigator', version: 'bench', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
  });
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const envelope = (await dispatch(channel, input)) as Envelope<ChannelOutput<C>>;
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.value;
  };
  return { call, services, close: async () => (await services.sync.close(), await services.store.close()) };
}

async function until(condition: () => boolean, limitMs = 30 * 60_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > limitMs) throw new Error('sync bench: gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The documents the app writes for these records (SYNTHETIC data). */
function recordDocs(catalogue: Catalogue, completions: number): ReplicaDoc[] {
  const data = syntheticUserData({ members: 1000, completions, catalogue });
  const at = '2026-12-01T12:00:00.000Z';
  const doc = (type: string, record: { id: string }) => ({ _id: `${type}:${record.id}`, type, record: { ...record, updatedAt: at, updatedBy: 'alice' }, updatedAt: at, updatedBy: 'alice' }) as ReplicaDoc;
  return [...data.members.map((m) => doc('member', m)), ...data.completions.map((c) => doc('completion', c))];
}

async function fill(db: Replica, docs: ReplicaDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 5000) await db.bulkDocs(docs.slice(i, i + 5000));
}

/**
 * sync.initial_ms: an empty app connects to the loopback server (express-pouchdb, as the tests
 * use, in a process of its own as a real server is) holding 1,000 members and `completions` completions, until its store holds them all —
 * replication into its replica and the bridge's checks and store saves. sync.max_stall_ms:
 * the longest main event-loop stall meanwhile. sync.pouch_baseline_ms: PouchDB replicating
 * the same documents between two local LevelDB databases (the same adapter). Alternating runs.
 */
export async function benchSyncInitial(catalogue: Catalogue, runs: number, completions = 100_000): Promise<{ initialMs: number; baselineMs: number; maxStallMs: number; replicaBytes: number }> {
  const docs = recordDocs(catalogue, completions);
  const initial: number[] = [];
  const baseline: number[] = [];
  let maxStallMs = 0;
  let replicaBytes = 0;
  for (let run = 0; run < runs; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'tta-bench-sync-'));
    const couch = await startCouchProcess();
    try {
      const source = openReplica(join(dir, 'source'), null);
      await fill(source, docs);
      // Baseline: the same documents, local LevelDB to local LevelDB.
      const target = openReplica(join(dir, 'target'), null);
      let t = performance.now();
      await source.replicate.to(target, { batch_size: 500 });
      baseline.push(performance.now() - t);
      await target.close();
      // The server gets them (not timed), then an empty app connects.
      await source.replicate.to(`${couch.url.replace('http://', `http://alice:${COUCH_USERS.alice}@`)}`, { batch_size: 500 });
      await source.close();
      const app = await openApp(join(dir, 'app'));
      await app.call('syncCoordinatorSet', { name: 'bob' });
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      histogram.enable();
      t = performance.now();
      await app.call('syncConnect', { url: couch.url, user: 'bob', password: COUCH_USERS.bob });
      await until(() => app.services.store.data().completions.length === completions);
      initial.push(performance.now() - t);
      histogram.disable();
      maxStallMs = Math.max(maxStallMs, histogram.max / 1e6);
      await app.services.sync.settled();
      replicaBytes = await folderBytes(join(dir, 'app', 'sync-replica'));
      await app.close();
    } finally {
      await couch.stop();
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    }
  }
  return { initialMs: median(initial), baselineMs: median(baseline), maxStallMs, replicaBytes };
}

/**
 * sync.propagation_ms: two apps connected to the loopback server with live sync; a member is
 * edited on one, timed until the edit is in the other's store. Median of `runs` edits.
 */
export async function benchSyncPropagation(runs: number): Promise<{ propagationMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'tta-bench-prop-'));
  const couch = await startCouchProcess();
  const apps: Awaited<ReturnType<typeof openApp>>[] = [];
  try {
    for (const [name, user] of [['alice', 'alice'], ['bob', 'bob']] as const) {
      const app = await openApp(join(dir, name));
      apps.push(app);
      await app.call('syncCoordinatorSet', { name });
      await app.call('syncConnect', { url: couch.url, user, password: COUCH_USERS[user] });
    }
    const [a, b] = apps as [Awaited<ReturnType<typeof openApp>>, Awaited<ReturnType<typeof openApp>>];
    const member = await a.call('memberCreate', { name: 'Avery Quist', role: 'role 0' });
    await until(() => b.services.store.data().members.some((m) => m.id === member.id));
    const times: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const role = `role ${i}`;
      const t = performance.now();
      await a.call('memberUpdate', { id: member.id, fields: { name: 'Avery Quist', role } });
      await until(() => b.services.store.data().members.some((m) => m.id === member.id && m.role === role), 60_000);
      times.push(performance.now() - t);
    }
    return { propagationMs: median(times) };
  } finally {
    for (const app of apps) await app.close().catch(() => undefined);
    await couch.stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

async function folderBytes(dir: string): Promise<number> {
  const { readdir, stat } = await import('node:fs/promises');
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}
