import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { lazySchema } from '../../../shared/validation/lazy-schema';
import { openWithPassphrase, sealWithPassphrase } from '../crypto/passphrase-file';
import { writeFileDurable } from '../durable-file';
import { UserFacingError } from '../user-facing-error';
import { parseDocId } from './record-docs';
import type { Replica, ReplicaDoc } from './replica';

/*
 * The exchange file (*Share changes…* / *Receive changes…*): the replica's own documents with
 * their revision histories, as the replication protocol carries them, sealed with a
 * passphrase like a .ttabackup. Loading one is a replication from a file: bulkDocs with
 * new_edits:false, so the same revision rules and the same conflicts apply.
 */

const FORMAT = 'tta-navigator-changes';
/** An exchange file is read whole; a bound keeps a hostile file from exhausting memory. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

const revSchema = lazySchema(() => z.string().regex(/^\d+-[0-9a-f]{1,64}$/));
const fileDocSchema = lazySchema(() =>
  z
    .object({
      _id: z.string().min(3).max(200),
      _rev: revSchema,
      _deleted: z.boolean().optional(),
      _revisions: z.object({ start: z.number().int().min(1), ids: z.array(z.string().regex(/^[0-9a-f]{1,64}$/)).min(1).max(1000) }),
    })
    .loose(),
);
const fileSchema = lazySchema(() =>
  z.object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    from: z.string().max(200).nullable(),
    createdAt: z.string().max(40),
    docs: z.array(fileDocSchema).max(2_000_000),
  }),
);

/** Every leaf version changed since `since`, with its revision history: what a partner who had everything up to `since` lacks. */
export async function collectChanges(db: Replica, since: number | string): Promise<{ docs: ReplicaDoc[]; lastSeq: number | string }> {
  const feed = await db.changes({ since, style: 'all_docs' });
  const wanted = feed.results.filter((r) => parseDocId(r.id)).flatMap((r) => r.changes.map((c) => ({ id: r.id, rev: c.rev })));
  const docs: ReplicaDoc[] = [];
  for (let i = 0; i < wanted.length; i += 5000) {
    const got = await db.bulkGet({ docs: wanted.slice(i, i + 5000), revs: true });
    for (const result of got.results) for (const d of result.docs) if ('ok' in d) docs.push(d.ok);
  }
  return { docs, lastSeq: feed.last_seq };
}

export async function writeExchangeFile(path: string, docs: ReplicaDoc[], from: string | null, passphrase: string, now: Date, logN?: number): Promise<void> {
  const payload = { format: FORMAT, version: 1, from, createdAt: now.toISOString(), docs };
  await writeFileDurable(path, await sealWithPassphrase(Buffer.from(JSON.stringify(payload), 'utf8'), passphrase, logN));
}

/** Opens an exchange file; every refusal says what is wrong with the file in words. */
export async function readExchangeFile(path: string, passphrase: string): Promise<{ from: string | null; docs: ReplicaDoc[] }> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UserFacingError(`${name} could not be read (${error.code ?? error.message}).`);
  });
  if (bytes.length > MAX_FILE_BYTES) throw new UserFacingError(`${name} is larger than any exchange file this app writes.`);
  const opened = await openWithPassphrase(bytes, passphrase);
  if (!opened.ok) {
    if (opened.reason === 'wrong-passphrase') throw new UserFacingError(`The passphrase does not open ${name} (or the file was changed after it was saved).`);
    throw new UserFacingError(`${name} is not a file of shared changes: ${opened.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(opened.plaintext.toString('utf8'));
  } catch {
    throw new UserFacingError(`${name} is damaged: its contents are not readable.`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserFacingError(`${name} is not a file of shared changes from TTA Navigator (${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'unexpected content'}).`);
  }
  return { from: parsed.data.from, docs: parsed.data.docs.filter((d) => parseDocId(d._id)) as unknown as ReplicaDoc[] };
}

/** Loads versions into the replica with the replication rules; returns how many were new. */
export async function loadIntoReplica(db: Replica, docs: ReplicaDoc[]): Promise<number> {
  let fresh = 0;
  for (let i = 0; i < docs.length; i += 2000) {
    const slice = docs.slice(i, i + 2000);
    const diff = await db.revsDiff(Object.fromEntries(groupRevs(slice)));
    const missing = slice.filter((d) => diff[d._id]?.missing.includes(d._rev!));
    if (missing.length === 0) continue;
    // With new_edits:false PouchDB answers only with failures.
    const failures = (await db.bulkDocs(missing, { new_edits: false })).filter((r) => r.error);
    fresh += missing.length - failures.length;
  }
  return fresh;
}

function groupRevs(docs: ReplicaDoc[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of docs) (out.get(d._id) ?? out.set(d._id, []).get(d._id)!).push(d._rev!);
  return out;
}
