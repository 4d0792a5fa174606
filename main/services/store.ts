import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { CURRENT_SCHEMA_VERSION, emptyUserData, type UserData } from '../../shared/model/user-data';
import type { BackupInfo, DataProblem } from '../../shared/model/app-info';
import { fileStamp, listBackups, newestGoodBackup, takeBackup } from './backups';
import { decodeUserData } from './decode-user-data';
import { createUserDataSerializer } from './user-data-serializer';
import { ChunkedJsonFile } from './chunked-json-file';
import { isTrusted, rememberTrusted } from './trusted-file';
import { UserFacingError } from './user-facing-error';

export const DATA_FILE_NAME = 'tta-navigator-data.json';
export const BACKUP_DIR_NAME = 'backups';

export interface StoreOptions {
  /** The folder that holds the data file; the app passes Electron's user-data folder. */
  dir: string;
  now?: () => Date;
  keepBackups?: number;
  /** Files written by this exact version skip full re-validation at start (see trusted-file.ts). */
  appVersion?: string;
}

/** Background work per data folder (the backup taken at open), so a second open in one process waits for it. */
const pendingByDir = new Map<string, Promise<unknown>>();

export interface Store {
  readonly dir: string;
  readonly file: string;
  readonly backupsDir: string;
  /** Set when the data file could not be used at start; cleared by a successful restore. */
  problem(): DataProblem | null;
  /** The current data. Treat as read-only: change it through update(). */
  data(): UserData;
  /** Applies a change and resolves once it is on disk (atomic temp-file + rename). */
  update(change: (draft: UserData) => void): Promise<UserData>;
  /** Resolves when background work (the backup taken at open) has finished. */
  idle(): Promise<void>;
  /** Replaces all data with a validated value, backing up the current file first. */
  replaceAll(next: UserData, reason: string): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  restoreBackup(name?: string): Promise<string>;
}

/**
 * Opens (or creates) the user-data file. A file that cannot be used is moved
 * aside under a timestamped name, never overwritten, and the store starts empty
 * with problem() describing what happened.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const keep = options.keepBackups ?? 5;
  const dir = options.dir;
  const file = join(dir, DATA_FILE_NAME);
  const backupsDir = join(dir, BACKUP_DIR_NAME);
  const appVersion = `${options.appVersion ?? 'dev'}+schema${CURRENT_SCHEMA_VERSION}`;
  await mkdir(dir, { recursive: true });
  await pendingByDir.get(dir);

  // Compact JSON: the file can hold 100k completions, and indentation doubles it.
  const serializer = createUserDataSerializer();
  const db = new Low<UserData>(new ChunkedJsonFile(file, serializer), emptyUserData());
  let problem: DataProblem | null = null;
  let background: Promise<unknown> = Promise.resolve();
  const inBackground = (work: () => Promise<unknown>) => {
    background = background.then(work).catch(() => undefined);
    pendingByDir.set(dir, background);
  };
  const write = async () => {
    await db.write();
    await rememberTrusted(file, appVersion);
  };

  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    return { unreadable: error.message };
  });

  if (typeof text === 'string') {
    const trusted = await loadTrusted(text);
    const decoded = trusted ? ({ ok: true, data: trusted, migratedFrom: null } as const) : decodeUserData(text, DATA_FILE_NAME);
    if (decoded.ok) {
      db.data = decoded.data;
      // Off the start-up path: the copy uses the text already read, so later saves cannot change it.
      inBackground(() => takeBackup(backupsDir, text, now(), keep));
      if (decoded.migratedFrom !== null) await write();
      else if (!trusted) inBackground(() => rememberTrusted(file, appVersion));
      inBackground(() => serializer.warm(db.data));
    } else {
      problem = await quarantine(decoded.kind, decoded.message);
    }
  } else if (text !== null) {
    problem = await quarantine('unreadable', `${DATA_FILE_NAME} could not be read: ${text.unreadable}.`);
  }

  /** The file this version wrote and validated last: parse only, skip the record-by-record check. */
  async function loadTrusted(content: string): Promise<UserData | null> {
    if (!(await isTrusted(file, appVersion))) return null;
    try {
      const parsed = JSON.parse(content) as UserData;
      return parsed.schemaVersion === CURRENT_SCHEMA_VERSION && Array.isArray(parsed.members) && Array.isArray(parsed.completions) ? parsed : null;
    } catch {
      return null;
    }
  }

  async function quarantine(kind: DataProblem['kind'], message: string): Promise<DataProblem> {
    const target = await freeName(join(dir, `tta-navigator-data.damaged-${fileStamp(now())}`), '.json');
    await rename(file, target);
    return {
      kind,
      message,
      quarantinedPath: target,
      detectedAt: now().toISOString(),
      restorableBackup: await newestGoodBackup(backupsDir),
    };
  }

  async function backupCurrentFile(): Promise<void> {
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current !== null && decodeUserData(current, DATA_FILE_NAME).ok) await takeBackup(backupsDir, current, now(), keep);
  }

  const store: Store = {
    dir,
    file,
    backupsDir,
    problem: () => problem,
    data: () => db.data,
    async update(change) {
      change(db.data);
      await write();
      return db.data;
    },
    idle: async () => {
      await background;
    },
    async replaceAll(next) {
      await background;
      await backupCurrentFile();
      db.data = next;
      await write();
    },
    listBackups: async () => {
      await background;
      return listBackups(backupsDir);
    },
    async restoreBackup(name) {
      const chosen = name ?? (await newestGoodBackup(backupsDir));
      if (!chosen) throw new UserFacingError('There is no backup that can be restored.');
      const text = await readFile(join(backupsDir, basename(chosen)), 'utf8').catch(() => null);
      if (text === null) throw new UserFacingError(`Backup ${chosen} was not found.`);
      const decoded = decodeUserData(text, chosen);
      if (!decoded.ok) throw new UserFacingError(decoded.message);
      await store.replaceAll(decoded.data, `restore ${chosen}`);
      problem = null;
      return chosen;
    },
  };
  return store;
}

/** base + ext, or base-1 + ext, … : a quarantined file must never replace another. */
async function freeName(base: string, ext: string): Promise<string> {
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? `${base}${ext}` : `${base}-${i}${ext}`;
    const exists = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}
