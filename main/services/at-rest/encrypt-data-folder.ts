import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { isBackupName } from '../backups';
import { atRestTransform } from '../crypto/at-rest-transform';
import { isEnvelope } from '../crypto/envelope';
import type { KeyProvider } from '../crypto/key-provider';
import { durableFiles, type ByteTransform, type DurableFiles } from '../durable-file';
import { trustFileFor } from '../trusted-file';
import { UserFacingError } from '../user-facing-error';
import { listMovedAside, purgeOldMovedAside } from './moved-aside-copies';

// The store's names, repeated rather than imported: store.ts must not depend on this module's graph.
const DATA_FILE_NAME = 'tta-navigator-data.json';
const BACKUP_DIR_NAME = 'backups';
/** A plain file being encrypted keeps this name until its encrypted twin has been written and read back. */
export const BEFORE_ENCRYPTION = '.before-encryption';
const STRAY_TEMP = /^\..+\.tmp$/;

export interface EncryptedFolder {
  transform: ByteTransform;
  /** The durable writer with the transform and mode 0600: for the store and anything that rewrites its files. */
  files: DurableFiles;
  /** Files that were plain and are now encrypted (names relative to the data folder). */
  migrated: string[];
  /** Moved-aside copies older than 30 days, deleted. */
  purged: string[];
}

export interface EncryptedFolderOptions {
  dir: string;
  keyProvider: KeyProvider;
  now: Date;
  platform?: NodeJS.Platform;
}

/**
 * Runs before the store opens: folders 0700 and files 0600 (POSIX), the data key from its
 * provider, every plain file the store owns encrypted (data file, trust record, rolling
 * backups, moved-aside copies), stray plain temp files of earlier versions removed, and
 * moved-aside copies older than 30 days deleted.
 *
 * Migration of one file: rename it to <name>.before-encryption, write the encrypted file under
 * the original name (durable writer), read it back and compare, and only then delete the plain
 * copy. A start interrupted anywhere finds either the plain copy (and redoes the step) or an
 * encrypted file that reads back equal (and deletes the plain copy).
 */
export async function openEncryptedFolder(options: EncryptedFolderOptions): Promise<EncryptedFolder> {
  const { dir, keyProvider } = options;
  const posix = (options.platform ?? process.platform) !== 'win32';
  const backupsDir = join(dir, BACKUP_DIR_NAME);
  await nodeFs.mkdir(dir, { recursive: true, mode: 0o700 });
  const hasBackups = await nodeFs.stat(backupsDir).then(() => true, () => false);
  if (posix) {
    await nodeFs.chmod(dir, 0o700);
    if (hasBackups) await nodeFs.chmod(backupsDir, 0o700);
  }

  const owned = await ownedFiles(dir, backupsDir);
  if (!(await keyProvider.hasKey())) {
    for (const path of owned) {
      const head = await readHead(path);
      if (head && isEnvelope(head)) {
        throw new UserFacingError(
          'Your data is encrypted, but the key that opens it is missing from the data folder. Restore the whole data folder from your computer’s backup, or start with an empty folder and restore a passphrase-protected backup file.',
        );
      }
    }
  }
  const transform = atRestTransform(await keyProvider.dataKey());
  const files = durableFiles({ transform, mode: 0o600 });

  const migrated: string[] = [];
  const relative = (path: string) => path.slice(dir.length + 1);
  // Leftovers of an interrupted migration first: their target may be missing or half done.
  for (const folder of [dir, backupsDir]) {
    for (const name of await nodeFs.readdir(folder).catch(() => [] as string[])) {
      if (!name.endsWith(BEFORE_ENCRYPTION)) continue;
      const plainPath = join(folder, name);
      const target = plainPath.slice(0, -BEFORE_ENCRYPTION.length);
      await encryptFrom(files, plainPath, target);
      migrated.push(relative(target));
    }
  }
  for (const path of owned) {
    const head = await readHead(path);
    if (head === null || isEnvelope(head)) continue;
    await nodeFs.rename(path, path + BEFORE_ENCRYPTION);
    await encryptFrom(files, path + BEFORE_ENCRYPTION, path);
    migrated.push(relative(path));
  }

  // Temp files left by a crash of an earlier version hold plain data the store never reads.
  for (const folder of [dir, backupsDir]) {
    for (const name of await nodeFs.readdir(folder).catch(() => [] as string[])) {
      if (!STRAY_TEMP.test(name)) continue;
      const head = await readHead(join(folder, name));
      if (head !== null && !isEnvelope(head)) await nodeFs.unlink(join(folder, name)).catch(() => undefined);
    }
  }

  const purged = await purgeOldMovedAside(nodeFs, dir, options.now);

  if (posix) {
    for (const folder of [dir, backupsDir]) {
      for (const entry of await nodeFs.readdir(folder, { withFileTypes: true }).catch(() => [])) {
        if (entry.isFile()) await nodeFs.chmod(join(folder, entry.name), 0o600).catch(() => undefined);
      }
    }
  }
  return { transform, files, migrated, purged };
}

/** The files the store writes whose content is user data (or derived from it). */
async function ownedFiles(dir: string, backupsDir: string): Promise<string[]> {
  const inDir = [DATA_FILE_NAME, trustFileFor(DATA_FILE_NAME), ...(await listMovedAside(nodeFs, dir)).map((c) => c.name)].map((n) => join(dir, n));
  const backups = (await nodeFs.readdir(backupsDir).catch(() => [] as string[])).filter(isBackupName).map((n) => join(backupsDir, n));
  return [...inDir, ...backups];
}

async function readHead(path: string): Promise<Buffer | null> {
  const handle = await nodeFs.open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Writes the encrypted twin of a plain file, reads it back, and deletes the plain file only if both match. */
async function encryptFrom(files: DurableFiles, plainPath: string, target: string): Promise<void> {
  const plain = await nodeFs.readFile(plainPath);
  const existing = await nodeFs.readFile(target).catch(() => null);
  const alreadyDone = existing !== null && isEnvelope(existing) && (await files.read(target).catch(() => null))?.equals(plain) === true;
  if (!alreadyDone) {
    await files.write(target, plain);
    const raw = await nodeFs.readFile(target);
    const back = await files.read(target);
    if (!isEnvelope(raw) || back === null || !back.equals(plain)) {
      throw new Error(`${target} did not read back as written while it was being encrypted; the plain copy ${plainPath} was kept.`);
    }
  }
  await nodeFs.unlink(plainPath);
}
