import { createHash } from 'node:crypto';
import * as z from 'zod';
import { isFiniteNumber, isPlainRecord, isString } from '../../shared/validation/quick-check';
import { lazySchema } from '../../shared/validation/lazy-schema';
import type { DurableFiles } from './durable-file';

/**
 * Remembers a hash of the exact bytes this app version wrote (after validating every
 * record in them), so the next start can skip re-validating 100,000 records: only
 * bytes whose hash matches are trusted. A file edited in place, copied, restored or
 * written by another version does not match and gets the full check.
 *
 * The hash is SHA-256 (Node's crypto, hardware-accelerated: about 20 ms for 30 MB, under a
 * tenth of JSON.parse of the same bytes) over the file in the pieces it was written in:
 * each piece is hashed, then the list of piece hashes. The serializer reuses unchanged
 * blocks as the same Buffer objects, so a save hashes only the pieces that changed; the
 * trust record keeps the piece lengths so a start can cut the bytes it reads the same way.
 */
export const trustSchema = lazySchema(() => z.object({ appVersion: z.string(), sha256: z.string(), size: z.number(), pieces: z.array(z.number().int().nonnegative()) }));
export type TrustRecord = z.infer<typeof trustSchema>;

/**
 * The record as this version writes it, checked by hand so a start need not load zod;
 * `undefined` for anything else, which the schema then judges (shared/validation/quick-check.ts).
 */
export function quickTrustRecord(value: unknown): TrustRecord | undefined {
  if (!isPlainRecord(value)) return undefined;
  const { appVersion, sha256, size, pieces } = value;
  if (!isString(appVersion) || !isString(sha256) || !isFiniteNumber(size) || !Array.isArray(pieces)) return undefined;
  for (const p of pieces) if (!Number.isSafeInteger(p) || (p as number) < 0) return undefined;
  return { appVersion, sha256, size, pieces: (pieces as number[]).slice() };
}

/** The trust record in `value`, or null when it is not one (the schema's verdict). */
export function readTrustRecord(value: unknown): TrustRecord | null {
  const quick = quickTrustRecord(value);
  if (quick) return quick;
  const parsed = trustSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
export type Digest = Omit<TrustRecord, 'appVersion'>;

export const trustFileFor = (file: string) => `${file}.verified`;

const pieceHashes = new WeakMap<Buffer, Buffer>();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

/** Hashes one piece ahead of the save (the serializer calls it as it builds each block, a block per turn). */
export function rememberPieceHash(chunk: Buffer): void {
  if (!pieceHashes.has(chunk)) pieceHashes.set(chunk, sha256(chunk));
}

/** Hash of chunks as written; unchanged chunk objects reuse their piece hash from the last save. */
export function hashChunks(chunks: readonly Buffer[], remember = true): Digest {
  const outer = createHash('sha256');
  const pieces: number[] = [];
  let size = 0;
  for (const c of chunks) {
    let h = pieceHashes.get(c);
    if (!h) {
      h = sha256(c);
      if (remember) pieceHashes.set(c, h);
    }
    outer.update(h);
    pieces.push(c.length);
    size += c.length;
  }
  return { sha256: outer.digest('hex'), size, pieces };
}

export async function rememberTrusted(files: DurableFiles, file: string, record: TrustRecord): Promise<void> {
  // Not synced: a trust record lost in a power cut only means a full check at the next start.
  await files.write(trustFileFor(file), JSON.stringify(record), { sync: false });
}

/** True only when the trust record is this version's and names exactly these bytes. */
export async function isTrusted(files: DurableFiles, file: string, appVersion: string, bytes: Buffer): Promise<boolean> {
  const saved = await files.read(trustFileFor(file)).catch(() => null);
  if (!saved) return false;
  let record: TrustRecord | null;
  try {
    record = readTrustRecord(JSON.parse(saved.toString('utf8')));
  } catch {
    return false;
  }
  if (!record) return false;
  if (record.appVersion !== appVersion || record.size !== bytes.length) return false;
  if (record.pieces.reduce((a, b) => a + b, 0) !== bytes.length) return false;
  const cut: Buffer[] = [];
  let at = 0;
  for (const length of record.pieces) {
    cut.push(bytes.subarray(at, at + length));
    at += length;
  }
  return hashChunks(cut, false).sha256 === record.sha256;
}
