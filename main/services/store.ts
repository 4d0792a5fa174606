import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CURRENT_SCHEMA_VERSION, emptyUserData, type UserData } from '../../shared/model/user-data';
import type { BackupInfo, DataProblem, SaveProblem } from '../../shared/model/app-info';
import { fileStamp, listBackups, newestGoodBackup, takeBackup } from './backups';
import { decodeUserData, decodeUserDataInSlices, type Decoded } from './decode-user-data';
import { describeSetAside, setAsideLine, type SetAside } from './salvage-user-data';
import { durableFiles, FileReadError, type ByteTransform, type FsPromises } from './durable-file';
import { folderLock } from './folder-lock';
import { checkChangedRecordsInSlices, InvalidRecordError } from './record-check';
import { stampChangedRecordsInSlices, type Vouched } from './record-stamps';
import { createUserDataSerializer } from './user-data-serializer';
import { ChunkedJsonFile } from './chunked-json-file';
import { hashChunks, isTrusted, rememberTrusted } from './trusted-file';
import { UserFacingError } from './user-facing-error';

export const DATA_FILE_NAME = 'tta-navigator-data.json';
export const BACKUP_DIR_NAME = 'backups';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Problem lines listed on screen; the side file and its export hold every record. */
export const SET_ASIDE_LISTED = 200;
const SET_ASIDE_ABOUT =
  'Records TTA Navigator could not use when it started, with the field and the reason for each. Every other record was loaded. Fix a record here and add it again in the app, or send this file to whoever supports you.';

export interface StoreOptions {
  /** The folder that holds the data file; the app passes Electron's user-data folder. */
  dir: string;
  /** Wall clock: only for names and messages, never for ordering or intervals. */
  now?: () => Date;
  /** Monotonic milliseconds for "24 hours since the last backup" (a clock jump must not matter). */
  monotonicMs?: () => number;
  backupEveryMs?: number;
  keepBackups?: number;
  /** Files written by this exact version skip full re-validation at start (see trusted-file.ts). */
  appVersion?: string;
  /** The fs calls underneath (fault-injection tests pass their own). */
  fs?: FsPromises;
  /** Bytes of the data file and its backups pass through this on write and read (encryption at rest). */
  transform?: ByteTransform;
  readDelaysMs?: readonly number[];
  renameDelaysMs?: readonly number[];
  /** The strict decode of a backup being restored: HeavyWork.decode (a worker thread) in the app; on this thread without it. */
  decodeBackup?: (bytes: Buffer, fileName: string) => Promise<Decoded>;
  /**
   * The save cache is warmed (every record encoded once) after this settles: bootstrap passes the
   * end of the app's start, so the warm-up does not delay the first screen. Without it, at once.
   */
  warmAfter?: Promise<unknown>;
}

export interface Store {
  readonly dir: string;
  readonly file: string;
  readonly backupsDir: string;
  /** Set when the data file could not be used at start; cleared by a successful restore. */
  problem(): DataProblem | null;
  /** How the data file was loaded last: hash-trusted (parse only), fully validated, or there was none. */
  loadedBy(): 'trusted' | 'validated' | 'none';
  /** Set while changes cannot be saved (failed write, another copy holds the folder, unreadable file…). */
  saveProblem(): SaveProblem | null;
  /** Changes when the data is replaced as a whole (restore, file read again): screens must reload everything. */
  epoch(): string;
  /** Starts a new epoch: changes from elsewhere (another coordinator) were applied, and screens must reload. */
  renewEpoch(): void;
  /**
   * Called after every commit with the data before and after (the sync bridge writes the
   * changed records to its replica). Returns the function that stops the calls.
   */
  onCommit(listener: (before: UserData, after: UserData) => void): () => void;
  /** The committed data: exactly what is on disk. Read-only: change it through update(). */
  data(): UserData;
  /**
   * Applies a change to a copy and makes it current only once it is durably on disk.
   * The change may edit the copy's arrays (push, splice, assign) or return a whole new value.
   * A refused record or a failed write leaves data() exactly as it was and rejects.
   */
  update(change: (draft: UserData) => void | UserData, options?: UpdateOptions): Promise<UserData>;
  /** The name every later change is recorded with (updatedBy); the coordinator's name from Settings › Sharing. */
  setAuthor(name: string): void;
  /**
   * The name changes are recorded with now. A writer that builds records already stamped with it
   * (an import: updatedBy = this, its own updatedAt) has them kept as they are, not copied (record-stamps.ts).
   */
  author(): string;
  /** *Try again*: saves the current data (or re-reads the file, or re-takes the lock) and clears saveProblem on success. */
  retrySaving(): Promise<{ reloaded: boolean }>;
  /** Resolves when background work (the backup taken at open) and queued saves have finished. */
  idle(): Promise<void>;
  /** Replaces all data with a validated value, backing up the current data first. */
  replaceAll(next: UserData, reason: string): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  /** The side file of records set aside at start, decoded (null when there is none). */
  readSetAside(): Promise<Buffer | null>;
  restoreBackup(name?: string): Promise<string>;
  /** At quit: a backup of the current data, then the folder lock is released. */
  close(): Promise<void>;
}

/** A refusal the user should read; dispatch sends its message. */
export class StoreError extends UserFacingError {}
/** The change was not saved and nothing changed in memory; the app-wide banner offers Try again. */
export class NotSavedError extends StoreError {}

type Identity = string | null;

export interface UpdateOptions {
  /**
   * Keep the records' own updatedAt / updatedBy: they carry someone else's change (another
   * coordinator's version, a restored backup). Otherwise every record the change adds or
   * replaces is stamped with the author and the time (record-stamps.ts).
   */
  keepStamps?: boolean;
  /**
   * Completions this change appends, side by side and in this order, that the caller built and
   * checked with the import's check (createCompletionCheck() of shared/team/completion-check.ts,
   * which accepts only what the stored schema accepts unchanged) and has not changed since: the
   * store then checks the first in full, which checks the stamps it adds to all of them, and not
   * the rest (record-stamps.ts, record-check.ts). They may carry the stamps already (updatedBy =
   * author(), one updatedAt for all): they are then stored as they are. Records not found that
   * way are checked as usual.
   */
  checkedCompletions?: readonly object[];
}

interface Pending {
  change: (draft: UserData) => void | UserData;
  options: UpdateOptions | undefined;
  resolve: (data: UserData) => void;
  reject: (error: unknown) => void;
}

const reasonOf = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'the data folder cannot be written (it is read-only, or another program such as antivirus is holding the file)';
    case 'EBUSY':
      return 'another program is holding the data file';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      return e?.message ?? String(error);
  }
};

const ROOM = new Array<never>(16);
/**
 * A copy of a list with room to grow: the copy holds ROOM's 16 empty slots, then its length is
 * set back, which keeps the storage. A change that adds a few records (the usual one) then
 * pushes into it; a copy of exactly its length is copied again into a bigger array on the first
 * push, and at 100,000 completions each such array costs more to allocate than the rest of
 * the save's bookkeeping (measured in docs/performance.md, *Store save*).
 */
function copyWithRoom<T>(list: readonly T[]): T[] {
  const copy = list.concat(ROOM) as T[];
  copy.length = list.length;
  return copy;
}
const copyOf = (d: UserData): UserData => ({ ...d, settings: { ...d.settings }, members: [...d.members], completions: copyWithRoom(d.completions), plans: [...d.plans] });
const isEmpty = (d: UserData) => d.members.length === 0 && d.completions.length === 0 && d.plans.length === 0;

/**
 * Opens (or creates) the user-data file. A file that cannot be used is moved aside
 * under a timestamped name, never overwritten; a file that cannot be read (I/O error
 * after retries) is left where it is and nothing is saved until it can be read.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const monotonic = options.monotonicMs ?? (() => performance.now());
  const backupEvery = options.backupEveryMs ?? DAY_MS;
  const keep = options.keepBackups ?? 5;
  const dir = options.dir;
  const file = join(dir, DATA_FILE_NAME);
  const backupsDir = join(dir, BACKUP_DIR_NAME);
  const appVersion = `${options.appVersion ?? 'dev'}+schema${CURRENT_SCHEMA_VERSION}`;
  const files = durableFiles({
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.transform ? { transform: options.transform } : {}),
    ...(options.readDelaysMs ? { readDelaysMs: options.readDelaysMs } : {}),
    ...(options.renameDelaysMs ? { renameDelaysMs: options.renameDelaysMs } : {}),
    // Owner only: the folder may be on a shared machine or a roaming profile.
    mode: 0o600,
  });
  const fs = files.fs;
  const decodeBackup = options.decodeBackup ?? (async (bytes: Buffer, name: string) => decodeUserData(bytes.toString('utf8'), name));
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });

  // Compact JSON: the file can hold 100k completions, and indentation doubles it.
  const serializer = createUserDataSerializer();
  const writer = new ChunkedJsonFile(file, serializer, files);
  const lock = folderLock(dir, files);
  let committed: UserData = emptyUserData();
  let epoch = randomUUID();
  let loadedBy: 'trusted' | 'validated' | 'none' = 'none';
  let problem: DataProblem | null = null;
  let saving: SaveProblem | null = null;
  /** The file on disk as this process last read or wrote it: null = there was none. */
  let expected: Identity = null;
  let lastBackupAt = monotonic();
  let background: Promise<unknown> = Promise.resolve();
  const inBackground = (work: () => Promise<unknown>) => {
    background = background.then(work).catch(() => undefined);
  };
  const notSaving = (kind: SaveProblem['kind'], message: string) => {
    saving = { kind, message, since: now().toISOString() };
  };

  async function identity(): Promise<Identity> {
    const s = await fs.stat(file, { bigint: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return s ? `${s.ino}:${s.size}:${s.mtimeNs}` : null;
  }

  const taken = await lock.acquire();
  if (!taken.ok) {
    const h = taken.holder;
    notSaving(
      'locked',
      `Another copy of TTA Navigator is using this data folder (on ${h.host}, started ${h.startedAt}). Close it, then choose Try again.`,
    );
  }

  /** Reads and decodes the data file; returns false (and sets saveProblem) when it could not be read. */
  async function load(): Promise<boolean> {
    let bytes: Buffer | null;
    try {
      bytes = await files.read(file);
      expected = await identity();
    } catch (error) {
      const code = error instanceof FileReadError ? error.code : ((error as NodeJS.ErrnoException).code ?? 'error');
      notSaving(
        'unreadable',
        `${DATA_FILE_NAME} could not be read (${code}), so nothing was loaded and nothing will be saved over it. If it is on a network folder or held by another program, wait a moment and choose Try again.`,
      );
      return false;
    }
    if (bytes === null) return true;
    const trusted = await loadTrusted(bytes);
    const text = trusted ? null : bytes.toString('utf8');
    const decoded: Decoded = trusted
      ? { ok: true, data: trusted, migratedFrom: null, setAside: [] }
      : await decodeUserDataInSlices(text!, DATA_FILE_NAME, { salvage: saving === null });
    loadedBy = trusted ? 'trusted' : 'validated';
    if (decoded.ok && decoded.setAside.length > 0) {
      committed = decoded.data;
      epoch = randomUUID();
      problem = await setAside(bytes, decoded.setAside);
    } else if (decoded.ok) {
      committed = decoded.data;
      epoch = randomUUID();
      // Off the start-up path: the copy uses the bytes already read, so later saves cannot change it.
      if (saving === null) inBackground(() => takeBackup(backupsDir, bytes, now(), keep, files));
      if (decoded.migratedFrom !== null) await persist(committed);
      else if (!trusted && saving === null) {
        const digest = hashChunks([bytes], false);
        inBackground(() => rememberTrusted(files, file, { appVersion, ...digest }));
      }
      if (options.warmAfter) void options.warmAfter.then(() => inBackground(() => serializer.warm(committed)));
      else inBackground(() => serializer.warm(committed));
    } else if (saving === null) {
      problem = await quarantine(decoded.kind, decoded.message);
    } else {
      // Another copy holds the folder: report, but move nothing.
      problem = { kind: decoded.kind, message: decoded.message, quarantinedPath: file, detectedAt: now().toISOString(), restorableBackup: null };
    }
    return true;
  }

  /** Bytes this version wrote and hashed last: parse only, skip the record-by-record check. */
  async function loadTrusted(bytes: Buffer): Promise<UserData | null> {
    if (!(await isTrusted(files, file, appVersion, bytes))) return null;
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as UserData;
      return parsed.schemaVersion === CURRENT_SCHEMA_VERSION && Array.isArray(parsed.members) && Array.isArray(parsed.completions) ? parsed : null;
    } catch {
      return null;
    }
  }

  /**
   * Salvage: the records that could not be used go to a side file (written like the data
   * file, so encrypted when it is), the file as it was is copied aside untouched, and only
   * then are the valid records saved over it. If either copy cannot be written, nothing is
   * saved over the original and Try again runs the whole start-up check again.
   */
  async function setAside(bytes: Buffer, records: SetAside[]): Promise<DataProblem> {
    const stamp = fileStamp(now());
    const lines = describeSetAside(records);
    const detectedAt = now().toISOString();
    const count = records.length;
    let sidePath = '';
    let movedPath = '';
    try {
      sidePath = await freeName(fs, join(dir, `tta-navigator-data.set-aside-${stamp}`), '.json');
      const side = { about: SET_ASIDE_ABOUT, source: DATA_FILE_NAME, detectedAt, records };
      await files.write(sidePath, JSON.stringify(side, null, 1));
      movedPath = await freeName(fs, join(dir, `tta-navigator-data.damaged-${stamp}`), '.json');
      await files.write(movedPath, bytes);
    } catch (error) {
      notSaving(
        'unreadable',
        `${count} ${count === 1 ? 'record' : 'records'} in ${DATA_FILE_NAME} could not be used, and they could not be set aside (${reasonOf(error)}), so nothing will be saved over the file. Choose Try again once this is fixed`,
      );
    }
    if (saving === null) await persist(committed).catch(() => undefined);
    const shown = lines.slice(0, SET_ASIDE_LISTED).map(setAsideLine);
    return {
      kind: 'records-set-aside',
      message: `${count} ${count === 1 ? 'record' : 'records'} in ${DATA_FILE_NAME} could not be used and ${count === 1 ? 'was' : 'were'} set aside; everything else was loaded. ${shown.slice(0, 3).join('; ')}${lines.length > 3 ? '; …' : ''}`,
      quarantinedPath: movedPath || file,
      detectedAt,
      restorableBackup: await newestGoodBackup(backupsDir, files),
      setAside: lines.slice(0, SET_ASIDE_LISTED),
      setAsideCount: count,
      ...(sidePath && movedPath ? { setAsidePath: sidePath } : {}),
    };
  }

  async function quarantine(kind: DataProblem['kind'], message: string): Promise<DataProblem> {
    const target = await freeName(fs, join(dir, `tta-navigator-data.damaged-${fileStamp(now())}`), '.json');
    await fs.rename(file, target);
    expected = null;
    return {
      kind,
      message,
      quarantinedPath: target,
      detectedAt: now().toISOString(),
      restorableBackup: await newestGoodBackup(backupsDir, files),
    };
  }

  /** Writes `data` durably, after checking that this process may still write here. */
  async function persist(data: UserData): Promise<void> {
    if (saving?.kind === 'locked' || saving?.kind === 'unreadable') throw new NotSavedError(`Changes are not being saved: ${saving.message}`);
    // Both checks only read; asked together they cost one round trip to the disk, not two.
    // A failed stat is reported only after the lock check, as when they ran one after the other.
    const [ours, onDisk] = await Promise.all([lock.stillOurs(), identity().then((id) => ({ id }), (error: unknown) => ({ error }))]);
    if (!ours) {
      notSaving('locked', 'Another copy of TTA Navigator took over this data folder. Close the other copy, then choose Try again.');
      throw new NotSavedError(`Changes are not being saved: ${saving!.message}`);
    }
    if ('error' in onDisk) throw onDisk.error;
    if (onDisk.id !== expected) {
      notSaving(
        'changed-on-disk',
        `${DATA_FILE_NAME} was changed by another program or another copy of TTA Navigator. To keep its changes, this window stopped saving: restart TTA Navigator to load the file as it is now.`,
      );
      throw new NotSavedError(`Changes are not being saved: ${saving!.message}`);
    }
    let digest;
    try {
      digest = await writer.write(data);
    } catch (error) {
      notSaving('write-failed', `${reasonOf(error)}.`);
      throw new NotSavedError(`Changes are not being saved: ${reasonOf(error)}. Nothing you change now is kept until this is fixed.`);
    }
    // The trust record is written beside the stat of the new file: it names these exact bytes
    // (a content hash), so its order against other writes cannot make a wrong file trusted, and a
    // missing or stale one only costs a full check at the next start.
    const [identityAfter] = await Promise.all([identity().catch(() => null), rememberTrusted(files, file, { appVersion, ...digest }).catch(() => undefined)]);
    expected = identityAfter;
    saving = null;
  }

  async function backupCommitted(): Promise<void> {
    if (isEmpty(committed) || saving !== null) return;
    await takeBackup(backupsDir, writer.chunks(committed), now(), keep, files);
    lastBackupAt = monotonic();
  }

  // One save at a time. Changes that arrive while a save runs are applied together on
  // top of the latest data and written once: the file always gets the newest state.
  const queue: Pending[] = [];
  const commitListeners = new Set<(before: UserData, after: UserData) => void>();
  let pump: Promise<void> | null = null;
  /** Who the changes are by (updatedBy): "" until the coordinator names themselves in Settings › Sharing. */
  let author = '';
  function runQueue(): void {
    if (pump) return;
    pump = (async () => {
      // Yield first: a batch that is refused without any await would otherwise finish (and
      // clear `pump`) before `pump` is even assigned.
      await Promise.resolve();
      try {
      while (queue.length > 0) {
        const batch = queue.splice(0);
        let draft = committed;
        const accepted: Pending[] = [];
        for (const item of batch) {
          try {
            const copy = copyOf(draft);
            const changed = item.change(copy) ?? copy;
            // The copy's arrays are this change's own: stamped in place, not copied again.
            const owned = new Set<unknown>([copy.members, copy.completions, copy.plans]);
            const checked = item.options?.checkedCompletions;
            const vouched: Vouched | undefined = checked && !item.options?.keepStamps ? { from: checked, copies: null } : undefined;
            const next = item.options?.keepStamps ? changed : await stampChangedRecordsInSlices(changed, draft, now().toISOString(), author, owned, vouched);
            await checkChangedRecordsInSlices(next, draft, vouched?.copies);
            draft = next;
            accepted.push(item);
          } catch (error) {
            item.reject(error instanceof InvalidRecordError ? new StoreError(error.message) : error);
          }
        }
        if (accepted.length === 0) continue;
        try {
          if (monotonic() - lastBackupAt >= backupEvery) await backupCommitted().catch(() => undefined);
          await persist(draft);
          const before = committed;
          committed = draft;
          for (const listener of commitListeners) {
            try {
              listener(before, committed);
            } catch {
              // A listener's failure must not undo a durable save.
            }
          }
          for (const item of accepted) item.resolve(committed);
        } catch (error) {
          for (const item of accepted) item.reject(error);
        }
      }
      } finally {
        // Cleared before any resolved caller runs again, so its next update starts a new pump.
        pump = null;
      }
    })();
  }

  function update(change: Pending['change'], options?: UpdateOptions): Promise<UserData> {
    return new Promise<UserData>((resolve, reject) => {
      queue.push({ change, options, resolve, reject });
      runQueue();
    });
  }

  await load();

  const store: Store = {
    dir,
    file,
    backupsDir,
    problem: () => problem,
    loadedBy: () => loadedBy,
    saveProblem: () => saving,
    epoch: () => epoch,
    renewEpoch: () => {
      epoch = randomUUID();
    },
    onCommit(listener) {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },
    data: () => committed,
    update,
    setAuthor(name) {
      author = name;
    },
    author: () => author,
    async retrySaving() {
      await (pump ?? Promise.resolve());
      const current = (): SaveProblem | null => saving;
      if (saving?.kind === 'locked') {
        const again = await lock.acquire();
        if (!again.ok) throw new NotSavedError(`Changes are not being saved: ${saving.message}`);
        saving = null;
        // The other copy may have saved meanwhile: load what is on disk now.
        if ((await identity()) !== expected) {
          await load();
          return { reloaded: true };
        }
        return { reloaded: false };
      }
      if (saving?.kind === 'unreadable') {
        saving = null;
        const ok = await load();
        if (!ok) throw new NotSavedError(`Changes are not being saved: ${current()?.message ?? ''}`);
        return { reloaded: true };
      }
      if (saving?.kind === 'changed-on-disk') {
        if ((await identity()) !== expected) throw new NotSavedError(`Changes are not being saved: ${current()?.message ?? ''}`);
        saving = null;
        return { reloaded: false };
      }
      await update(() => undefined);
      return { reloaded: false };
    },
    idle: async () => {
      await background;
      await (pump ?? Promise.resolve());
    },
    async replaceAll(next) {
      await background;
      await (pump ?? Promise.resolve());
      await backupCommitted().catch(() => undefined);
      // A restored backup's records keep who changed them and when.
      await update(() => next, { keepStamps: true });
      epoch = randomUUID();
    },
    readSetAside: async () => (problem?.setAsidePath ? files.read(problem.setAsidePath) : null),
    listBackups: async () => {
      await background;
      return listBackups(backupsDir, files);
    },
    async restoreBackup(name) {
      const chosen = name ?? (await newestGoodBackup(backupsDir, files));
      if (!chosen) throw new StoreError('There is no backup that can be restored.');
      const bytes = await files.read(join(backupsDir, basename(chosen))).catch(() => null);
      if (bytes === null) throw new StoreError(`Backup ${chosen} was not found.`);
      const decoded = await decodeBackup(bytes, chosen);
      if (!decoded.ok) throw new StoreError(decoded.message);
      await store.replaceAll(decoded.data, `restore ${chosen}`);
      problem = null;
      return chosen;
    },
    async close() {
      await store.idle();
      if (saving === null) await backupCommitted().catch(() => undefined);
      await lock.release();
    },
  };
  return store;
}

/** base + ext, or base-1 + ext, … : a quarantined file must never replace another. */
async function freeName(fs: FsPromises, base: string, ext: string): Promise<string> {
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? `${base}${ext}` : `${base}-${i}${ext}`;
    const exists = await fs.stat(candidate).then(
      () => true,
      () => false,
    );
    if (!exists) return candidate;
  }
}
