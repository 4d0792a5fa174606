import { join } from 'node:path';
import type { BackupInfo } from '../../shared/model/app-info';
import { decodeUserData } from './decode-user-data';
import { plainFiles, type DurableFiles } from './durable-file';

/*
 * Rolling backups: data-<sequence>-<stamp>.json. The sequence number orders them, never
 * the wall clock (one start with a clock in the future must not pin a stale backup as
 * "newest"); the stamp is only shown. Files of earlier versions (data-<stamp>.json)
 * count as sequence 0, ordered among themselves by stamp.
 */
const BACKUP_PATTERN = /^data-(?:(\d{6,})-)?(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.json$/;

/** Sortable, filesystem-safe stamp: 2026-11-25T14-36-55-123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function stampToIso(stamp: string): string {
  // 2026-11-25T14-36-55-123Z -> 2026-11-25T14:36:55.123Z
  return stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

export function isBackupName(name: string): boolean {
  return BACKUP_PATTERN.test(name);
}

interface Parsed {
  name: string;
  seq: number;
  stamp: string;
  counter: number;
}

function parse(name: string): Parsed | null {
  const m = BACKUP_PATTERN.exec(name);
  return m ? { name, seq: Number(m[1] ?? 0), stamp: m[2]!, counter: Number(m[3] ?? 0) } : null;
}

/** Newest first: by sequence number; the stamp only breaks ties among old-style names. */
async function backupEntries(dir: string, files: DurableFiles): Promise<Parsed[]> {
  const names = await files.fs.readdir(dir).catch(() => [] as string[]);
  return names
    .map(parse)
    .filter((p): p is Parsed => p !== null)
    .sort((a, b) => b.seq - a.seq || (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : b.counter - a.counter));
}

export async function listBackups(dir: string, files: DurableFiles = plainFiles): Promise<BackupInfo[]> {
  const out: BackupInfo[] = [];
  for (const entry of await backupEntries(dir, files)) {
    const info = await files.fs.stat(join(dir, entry.name)).catch(() => null);
    if (info) out.push({ name: entry.name, createdAt: stampToIso(entry.stamp), sizeBytes: info.size });
  }
  return out;
}

/**
 * Writes `bytes` as the next backup unless the newest backup already holds exactly these
 * bytes (restarting without changes must not push good backups out). Keeps the newest
 * `keep`: future-dated ones (a clock that was ahead) go first, then the lowest numbers;
 * the one just written always stays.
 */
export function takeBackup(dir: string, bytes: Buffer | readonly Buffer[], now: Date, keep: number, files: DurableFiles = plainFiles): Promise<string | null> {
  return oneAtATime(dir, () => takeBackupNow(dir, bytes, now, keep, files));
}

// The backups being taken, per folder. Two at once (the one a store takes at open, still running when
// another store of the folder opens or saves) would each prune from what it saw and leave one too many.
const running = new Map<string, Promise<unknown>>();

function oneAtATime<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const before = running.get(dir) ?? Promise.resolve();
  const result = before.then(work, work);
  const settled = result.catch(() => undefined);
  running.set(dir, settled);
  void settled.then(() => {
    if (running.get(dir) === settled) running.delete(dir);
  });
  return result;
}

async function takeBackupNow(dir: string, bytes: Buffer | readonly Buffer[], now: Date, keep: number, files: DurableFiles): Promise<string | null> {
  await files.fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const existing = await backupEntries(dir, files);
  const newest = existing[0];
  if (newest !== undefined) {
    const previous = await files.read(join(dir, newest.name)).catch(() => null);
    if (previous !== null && sameBytes(previous, Buffer.isBuffer(bytes) ? [bytes] : bytes)) return null;
  }
  const seq = (newest?.seq ?? 0) + 1;
  const name = `data-${String(seq).padStart(6, '0')}-${fileStamp(now)}.json`;
  await files.write(join(dir, name), bytes);
  const nowStamp = fileStamp(now);
  const others = existing.filter((e) => e.name !== name);
  const future = others.filter((e) => e.stamp > nowStamp);
  const past = others.filter((e) => e.stamp <= nowStamp);
  // Drop order: future-dated first, then oldest by number.
  const dropOrder = [...future, ...past.reverse()];
  const excess = others.length + 1 - keep;
  for (const old of dropOrder.slice(0, Math.max(0, excess))) await files.fs.unlink(join(dir, old.name)).catch(() => undefined);
  return name;
}

/** Whether the chunks, joined, are exactly `whole` (compared in place: joining 30 MB is a long copy on the main thread). */
export function sameBytes(whole: Buffer, chunks: readonly Buffer[]): boolean {
  let at = 0;
  for (const chunk of chunks) {
    if (at + chunk.length > whole.length || whole.compare(chunk, 0, chunk.length, at, at + chunk.length) !== 0) return false;
    at += chunk.length;
  }
  return at === whole.length;
}

/** The newest backup whose content decodes and validates, or null. */
export async function newestGoodBackup(dir: string, files: DurableFiles = plainFiles): Promise<string | null> {
  for (const entry of await backupEntries(dir, files)) {
    const bytes = await files.read(join(dir, entry.name)).catch(() => null);
    if (bytes !== null && decodeUserData(bytes.toString('utf8'), entry.name).ok) return entry.name;
  }
  return null;
}
