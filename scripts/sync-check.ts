/**
 * Runs the sharing convergence scenario against a CouchDB database:
 *
 *   npm run sync:check -- https://USER:PASSWORD@couch.agency.gov/taskforce [user]
 *
 * Two temporary local replicas (PouchDB + LevelDB, as the app keeps them) write records as
 * `user` (the URL's user name unless given; couch:setup's validate_doc_update wants the
 * writing user), replicate through the server, then change the same records concurrently —
 * an edit against an edit, a delete against an edit — and replicate again. It passes when both
 * replicas show the same version of every record, list the same conflicts, and every write
 * is either shown or kept as a conflict. Its records (ids "member:sync-check-…") are deleted
 * from the server at the end, pass or fail, and the local replicas removed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openReplica, Pouch, type Replica, type ReplicaDoc } from '../main/services/sync/replica';
import { openVersions } from '../main/services/sync/conflicts';
import { nextRevision } from '../main/services/sync/revisions';

export interface SyncCheckResult {
  ok: boolean;
  lines: string[];
}

function remoteOf(text: string): { remote: Replica; user: string; where: string } {
  const url = new URL(text);
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  const where = url.toString().replace(/\/$/, '');
  const remote = new Pouch(where, { adapter: 'http', skip_setup: true, ...(user ? { auth: { username: user, password } } : {}) }) as Replica;
  return { remote, user, where };
}

/** The record, as the app writes it: a document per record, updatedBy the writing user. */
function doc(id: string, role: string, by: string, parent?: string): ReplicaDoc {
  return { _id: `member:${id}`, ...nextRevision(parent), type: 'member', record: { id, name: `Sync check ${id.slice(-4)}`, role, audiences: [], active: true, updatedAt: new Date().toISOString(), updatedBy: by }, updatedAt: new Date().toISOString(), updatedBy: by };
}

const deletion = (id: string, by: string, parent: string): ReplicaDoc => ({ _id: `member:${id}`, ...nextRevision(parent), _deleted: true, type: 'member', record: {}, updatedAt: new Date().toISOString(), updatedBy: by });

async function write(db: Replica, docs: ReplicaDoc[]): Promise<void> {
  const results = await db.bulkDocs(docs, { new_edits: false });
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`a local replica refused a write: ${failed.reason ?? failed.message ?? ''}`);
}

async function replicate(db: Replica, remote: Replica, label: string): Promise<void> {
  for (const [direction, run] of [['to', () => db.replicate.to(remote)], ['from', () => db.replicate.from(remote)]] as const) {
    const result = await run();
    if (result.doc_write_failures > 0) throw new Error(`the server refused ${result.doc_write_failures} of ${label}'s changes (${direction} the server): ${JSON.stringify(result.errors).slice(0, 300)}`);
  }
}

/** Per record: the shown revision and the sorted open versions (winner, conflicts, open deletions); null when deleted. */
async function state(db: Replica, ids: string[]): Promise<Record<string, string[] | null>> {
  const out: Record<string, string[] | null> = {};
  for (const id of ids) out[id] = (await openVersions(db, `member:${id}`))?.map((d) => d._rev!) ?? null;
  return out;
}

export async function syncCheck(url: string, userArg?: string, log: (line: string) => void = console.log): Promise<SyncCheckResult> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    log(line);
  };
  const { remote, user: urlUser, where } = remoteOf(url);
  const user = userArg ?? urlUser;
  if (!user) {
    say('FAIL: no user name. Put it in the URL (https://USER:PASSWORD@host/database) or after it.');
    return { ok: false, lines };
  }
  const folder = await mkdtemp(join(tmpdir(), 'tta-sync-check-'));
  const a = openReplica(join(folder, 'a'), null);
  const b = openReplica(join(folder, 'b'), null);
  const run = randomBytes(4).toString('hex');
  const ids = [0, 1, 2, 3].map((n) => `sync-check-${run}-${n}`);
  let ok = false;
  try {
    say(`Checking ${where} as ${user} (records member:sync-check-${run}-…).`);
    await remote.info().catch((error: unknown) => {
      throw new Error(`the database cannot be reached or opened: ${(error as { message?: string }).message ?? String(error)}`);
    });
    // Each replica creates two records; both reach the other through the server.
    const created = [doc(ids[0]!, 'Detective', user), doc(ids[1]!, 'Analyst', user)];
    const createdB = [doc(ids[2]!, 'Advocate', user), doc(ids[3]!, 'Sergeant', user)];
    await write(a, created);
    await write(b, createdB);
    await replicate(a, remote, 'the first copy');
    await replicate(b, remote, 'the second copy');
    await replicate(a, remote, 'the first copy');
    const written: string[] = [...created, ...createdB].map((d) => d._rev!);
    const first = await state(a, ids);
    if (JSON.stringify(first) !== JSON.stringify(await state(b, ids)) || Object.values(first).some((v) => v === null)) throw new Error('after the first exchange the two copies do not hold the same four records');
    // Concurrent changes: both edit record 0; the first copy deletes record 1 while the second edits it.
    const at = (id: string) => first[id]![0]!;
    const edits = [doc(ids[0]!, 'Lieutenant', user, at(ids[0]!)), deletion(ids[1]!, user, at(ids[1]!))];
    const editsB = [doc(ids[0]!, 'Captain', user, at(ids[0]!)), doc(ids[1]!, 'Supervisor', user, at(ids[1]!))];
    await write(a, edits);
    await write(b, editsB);
    written.push(...[...edits, ...editsB].map((d) => d._rev!));
    await replicate(a, remote, 'the first copy');
    await replicate(b, remote, 'the second copy');
    await replicate(a, remote, 'the first copy');
    const endA = await state(a, ids);
    const endB = await state(b, ids);
    if (JSON.stringify(endA) !== JSON.stringify(endB)) throw new Error(`the two copies differ after the last exchange: ${JSON.stringify(endA)} against ${JSON.stringify(endB)}`);
    const kept = new Set(Object.values(endA).flatMap((v) => v ?? []));
    const replacedByEdit = new Set(Object.values(first).map((v) => v![0]!));
    const lost = written.filter((rev) => !kept.has(rev) && !replacedByEdit.has(rev));
    if (lost.length > 0) throw new Error(`${lost.length} change(s) were neither shown nor kept as a conflict: ${lost.join(', ')}`);
    if ((endA[ids[0]!]?.length ?? 0) !== 2) throw new Error('the concurrent edits did not come back as a conflict');
    if ((endA[ids[1]!]?.length ?? 0) !== 2) throw new Error('the delete against an edit did not come back as a conflict');
    say('PASS: both copies converged through the server — the same version of every record, the same conflicts (an edit against an edit, a delete against an edit), and no change lost.');
    ok = true;
  } catch (error) {
    say(`FAIL: ${(error as Error).message ?? String(error)}`);
  } finally {
    try {
      // Clean up: close every open version of the check's records and push the deletions.
      for (const id of ids) {
        const open = await openVersions(a, `member:${id}`).catch(() => null);
        if (open) await write(a, open.filter((d) => !d._deleted).map((d) => ({ ...deletion(id, user, d._rev!), closed: true })));
      }
      await a.replicate.to(remote).catch(() => undefined);
      const left = (await state(remote, ids).catch(() => ({ unknown: [] }))) as Record<string, string[] | null>;
      say(Object.values(left).every((v) => v === null) ? 'Cleaned up: the check’s records are deleted on the server.' : 'Could not delete all of the check’s records on the server; delete the documents member:sync-check-… by hand.');
    } catch {
      say('Could not delete the check’s records on the server; delete the documents member:sync-check-… by hand.');
    }
    await Promise.all([a.close(), b.close(), remote.close()]).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  }
  return { ok, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, user] = process.argv.slice(2);
  if (!url) {
    console.error('Usage: npm run sync:check -- https://USER:PASSWORD@host/database [user]');
    process.exit(2);
  }
  syncCheck(url, user).then(
    (result) => process.exit(result.ok ? 0 : 1),
    (error: unknown) => {
      console.error(String((error as Error).message ?? error));
      process.exit(1);
    },
  );
}
