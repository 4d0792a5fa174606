import { readFile, stat } from 'node:fs/promises';
import { createHeavyWork, type HeavyWork } from './heavy-work';
import { basename } from 'node:path';
import type { UserData } from '../../shared/model/user-data';
import { writeFileDurable } from './durable-file';
import type { Store } from './store';
import { UserFacingError } from './user-facing-error';

/** Larger than any real data file (100,000 completions is about 30 MB); refused before reading. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface RestoreOutcome {
  members: number;
  completions: number;
  plans: number;
}

/** All user data as one JSON file: the same format as the data file, so restore decodes it with the same checks. */
export async function exportUserData(data: UserData, path: string): Promise<void> {
  await writeFileDurable(path, JSON.stringify(data, null, 1));
}

/** Reads and validates a backup file in full; throws UserFacingError naming what is wrong and where. Changes nothing. */
export async function readBackupFile(path: string, heavy: HeavyWork = createHeavyWork(null)): Promise<UserData> {
  const name = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new UserFacingError(`${name} could not be read.`);
  if (info.size > MAX_BACKUP_BYTES) throw new UserFacingError(`${name} is too large to be a TTA Navigator backup (${Math.round(info.size / 1048576)} MB).`);
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) throw new UserFacingError(`${name} could not be read.`);
  // Parse and check of up to 100,000 records: on the worker thread, so the window keeps answering.
  const decoded = await heavy.decode(bytes, name);
  if (!decoded.ok) throw new UserFacingError(decoded.message);
  return decoded.data;
}

/**
 * Restores all user data from a backup file: the whole file is validated first, then
 * the store backs up the current data and replaces it. A bad file changes nothing.
 */
export async function restoreUserData(store: Store, path: string, heavy?: HeavyWork): Promise<RestoreOutcome> {
  const data = await readBackupFile(path, heavy).catch((error: unknown) => {
    throw error instanceof UserFacingError ? new UserFacingError(`${error.message} Nothing was changed.`, error.details) : error;
  });
  await store.replaceAll(data, `restore from ${basename(path)}`);
  return { members: data.members.length, completions: data.completions.length, plans: data.plans.length };
}
