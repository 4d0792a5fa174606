import { join } from 'node:path';
import type { FsPromises } from '../durable-file';

/**
 * Data files the store moved aside because they could not be used (store.ts quarantine):
 * tta-navigator-data.damaged-<stamp>[-n].json in the data folder. The stamp is when it was moved
 * aside (the file's own mtime is older: rename keeps it), so it decides when a copy is purged.
 */
const MOVED_ASIDE = /^tta-navigator-data\.damaged-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z(?:-\d+)?\.json$/;
export const KEEP_MOVED_ASIDE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface MovedAsideCopy {
  name: string;
  movedAt: Date;
}

export async function listMovedAside(fs: Pick<FsPromises, 'readdir'>, dir: string): Promise<MovedAsideCopy[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const out: MovedAsideCopy[] = [];
  for (const name of names) {
    const m = MOVED_ASIDE.exec(name);
    if (m) out.push({ name, movedAt: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) });
  }
  return out;
}

/** Deletes moved-aside copies older than 30 days (run at start); returns the names deleted. */
export async function purgeOldMovedAside(fs: Pick<FsPromises, 'readdir' | 'unlink'>, dir: string, now: Date): Promise<string[]> {
  const purged: string[] = [];
  for (const copy of await listMovedAside(fs, dir)) {
    if (now.getTime() - copy.movedAt.getTime() <= KEEP_MOVED_ASIDE_DAYS * DAY_MS) continue;
    await fs.unlink(join(dir, copy.name)).catch(() => undefined);
    purged.push(copy.name);
  }
  return purged;
}

/** Side files of records the store set aside at start (store.ts setAside): tta-navigator-data.set-aside-<stamp>[-n].json. */
const SET_ASIDE = /^tta-navigator-data\.set-aside-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(?:-\d+)?\.json$/;

export async function listSetAsideFiles(fs: Pick<FsPromises, 'readdir'>, dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => SET_ASIDE.test(name));
}
