import { readFile, stat } from 'node:fs/promises';
import { createHeavyWork, type HeavyWork } from './heavy-work';
import { basename } from 'node:path';
import type { UserData } from '../../shared/model/user-data';
import { isEnvelope } from './crypto/envelope';
import { openWithPassphrase, sealWithPassphrase } from './crypto/passphrase-file';
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

/**
 * All user data as one file, encrypted under the passphrase the user chose (scrypt key,
 * AES-256-GCM: crypto/passphrase-file.ts). Inside is the data file's JSON, so restore decodes
 * it with the same checks. `logN` is for tests only (a lower scrypt cost).
 */
export async function exportUserData(data: UserData, path: string, passphrase: string, logN?: number): Promise<void> {
  await writeFileDurable(path, await sealWithPassphrase(Buffer.from(JSON.stringify(data)), passphrase, logN));
}

/**
 * Reads, opens and validates a backup file in full; throws UserFacingError naming what is wrong
 * and where. Changes nothing. Backups of earlier versions are plain JSON and open without a passphrase.
 * The parse and check of up to 100,000 records run on `heavy` (the worker thread in the app).
 */
export async function readBackupFile(path: string, passphrase?: string, heavy: HeavyWork = createHeavyWork(null)): Promise<UserData> {
  const name = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new UserFacingError(`${name} could not be read.`);
  if (info.size > MAX_BACKUP_BYTES) throw new UserFacingError(`${name} is too large to be a TTA Navigator backup (${Math.round(info.size / 1048576)} MB).`);
  const bytes = await readFile(path).catch(() => null);
  if (bytes === null) throw new UserFacingError(`${name} could not be read.`);
  let plain: Buffer;
  if (isEnvelope(bytes)) {
    if (!passphrase) throw new UserFacingError(`${name} is protected by a passphrase. Enter the passphrase it was saved with, then choose the file again.`);
    const opened = await openWithPassphrase(bytes, passphrase);
    if (!opened.ok) {
      throw new UserFacingError(
        opened.reason === 'wrong-passphrase'
          ? `The passphrase does not open ${name}. Check it (capital letters count) and try again.`
          : opened.reason === 'not-passphrase-file'
            ? `${name} is an encrypted file of the app's own data folder, not a backup saved with Back up data….`
            : `${name}: ${opened.message}`,
      );
    }
    plain = opened.plaintext;
  } else {
    plain = bytes;
  }
  // Parse and check on the worker thread, so the window keeps answering.
  const decoded = await heavy.decode(plain, name, { handOver: true });
  if (!decoded.ok) throw new UserFacingError(decoded.message);
  return decoded.data;
}

/**
 * Restores all user data from a backup file: the whole file is opened and validated first,
 * then the store backs up the current data and replaces it. A bad file or a wrong passphrase changes nothing.
 */
export async function restoreUserData(store: Store, path: string, passphrase?: string, heavy?: HeavyWork): Promise<RestoreOutcome> {
  const data = await readBackupFile(path, passphrase, heavy).catch((error: unknown) => {
    throw error instanceof UserFacingError ? new UserFacingError(`${error.message} Nothing was changed.`, error.details) : error;
  });
  await store.replaceAll(data, `restore from ${basename(path)}`);
  return { members: data.members.length, completions: data.completions.length, plans: data.plans.length };
}
