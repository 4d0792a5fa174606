import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/model/app-info';
import { decodeUserData } from './decode-user-data';

const BACKUP_PATTERN = /^data-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.json$/;

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

/** Names sort newest first: stamp, then the collision counter. */
async function backupNames(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const key = (n: string) => {
    const m = BACKUP_PATTERN.exec(n)!;
    return `${m[1]}-${(m[2] ?? '0').padStart(6, '0')}`;
  };
  return names.filter(isBackupName).sort((a, b) => (key(a) < key(b) ? 1 : -1));
}

export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const out: BackupInfo[] = [];
  for (const name of await backupNames(dir)) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (info) out.push({ name, createdAt: stampToIso(BACKUP_PATTERN.exec(name)![1]!), sizeBytes: info.size });
  }
  return out;
}

/**
 * Copies `bytes` into a new backup unless the newest backup already holds
 * exactly these bytes (restarting the app without changes must not push good
 * backups out of the rolling window). Keeps the newest `keep`.
 */
export async function takeBackup(dir: string, bytes: string, now: Date, keep: number): Promise<string | null> {
  await mkdir(dir, { recursive: true });
  const existing = await backupNames(dir);
  const newest = existing[0];
  if (newest !== undefined) {
    const previous = await readFile(join(dir, newest), 'utf8').catch(() => null);
    if (previous === bytes) return null;
  }
  const stamp = fileStamp(now);
  let name = `data-${stamp}.json`;
  for (let i = 1; existing.includes(name); i++) name = `data-${stamp}-${i}.json`;
  await writeFile(join(dir, name), bytes, { flag: 'wx' });
  const all = await backupNames(dir);
  for (const old of all.slice(keep)) await unlink(join(dir, old)).catch(() => undefined);
  return name;
}

/** The newest backup whose content decodes and validates, or null. */
export async function newestGoodBackup(dir: string): Promise<string | null> {
  for (const name of await backupNames(dir)) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => null);
    if (text !== null && decodeUserData(text, name).ok) return name;
  }
  return null;
}
