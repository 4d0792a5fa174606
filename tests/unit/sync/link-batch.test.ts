import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openReplica, type Replica, type ReplicaDoc } from '../../../main/services/sync/replica';
import { startLink } from '../../../main/services/sync/server-link';
import { COUCH_USERS, startTestCouch, type TestCouch } from './couch-test-server';

/** Polls (no timing assertion): resolves once `check` holds, fails after a generous bound. */
async function until(check: () => boolean | Promise<boolean>, what: string, boundMs = 60_000): Promise<void> {
  const end = Date.now() + boundMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const DOCS = 450;
const at = '2026-12-01T12:00:00.000Z';
const doc = (i: number): ReplicaDoc => {
  const id = `c-${String(i).padStart(4, '0')}`;
  return { _id: `completion:${id}`, type: 'completion', record: { id, memberId: 'm-1', updatedAt: at, updatedBy: 'alice' }, updatedAt: at, updatedBy: 'alice' } as ReplicaDoc;
};

/** Every write the replication makes into `db`, by its number of documents. */
function recordWrites(db: Replica): number[] {
  const sizes: number[] = [];
  const bulkDocs = db.bulkDocs.bind(db) as (...args: unknown[]) => unknown;
  (db as unknown as { bulkDocs: unknown }).bulkDocs = (docs: unknown, ...rest: unknown[]) => {
    const list = Array.isArray(docs) ? docs : (docs as { docs: unknown[] }).docs;
    sizes.push(list.length);
    return bulkDocs(docs, ...rest);
  };
  return sizes;
}

describe('the server link replicates in short steps', () => {
  let couch: TestCouch | null = null;
  const dirs: string[] = [];
  afterEach(async () => {
    await couch?.stop();
    couch = null;
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('an initial sync of more than two steps arrives whole, in writes of at most 200 documents', async () => {
    couch = await startTestCouch();
    const dir = await mkdtemp(join(tmpdir(), 'tta-link-batch-'));
    dirs.push(dir);
    const source = openReplica(join(dir, 'source'), null);
    await source.bulkDocs(Array.from({ length: DOCS }, (_, i) => doc(i)));
    await source.replicate.to(couch.url.replace('http://', `http://alice:${COUCH_USERS.alice}@`), { batch_size: 1000 });
    await source.close();

    const replica = openReplica(join(dir, 'app'), null);
    const writes = recordWrites(replica);
    let pulled = 0;
    const link = startLink(replica, { url: couch.url, user: 'bob', password: COUCH_USERS.bob }, { now: () => new Date(), lastSyncedAt: null, onPulled: () => pulled++, onSynced: () => undefined });
    try {
      await until(async () => (await replica.info()).doc_count === DOCS && link.status().state === 'up-to-date', 'every document reaches the replica');
      const all = await replica.allDocs({ include_docs: true });
      expect(all.rows.map((row) => row.id)).toEqual(Array.from({ length: DOCS }, (_, i) => doc(i)._id));
      expect(all.rows.every((row) => (row.doc as ReplicaDoc).updatedBy === 'alice')).toBe(true);
      expect(pulled).toBeGreaterThan(0);
      // Each step is one stretch of the main thread (write, revision check, parse): it stays short.
      expect(writes.reduce((a, b) => a + b, 0)).toBe(DOCS);
      expect(Math.max(...writes)).toBeLessThanOrEqual(200);
      expect(writes.length).toBeGreaterThanOrEqual(3);
    } finally {
      await link.stop();
      await replica.close();
    }
  });
});
