import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import * as nodeFsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The one way the app writes a file: unique temp file in the target folder, write,
 * fsync the file, rename over the target (retried while Windows antivirus or indexers
 * hold it), fsync the folder on POSIX so the rename itself survives a power cut, and
 * remove the temp file on any failure. Reads retry transient errors; only ENOENT
 * means "no file".
 */

/** The fs calls the writer and reader use; tests pass a copy that injects faults. */
export type FsPromises = Pick<typeof nodeFsPromises, 'open' | 'rename' | 'unlink' | 'readFile' | 'stat' | 'mkdir' | 'readdir' | 'utimes'>;

/**
 * Bytes on their way to and from disk, in one place: the data file's reader and writer
 * apply it (encryption at rest plugs in here). Exports for other programs use none.
 */
export interface ByteTransform {
  encode(chunks: readonly Buffer[]): Promise<readonly Buffer[]> | readonly Buffer[];
  /** May reuse (overwrite) `bytes`: the reader passes a buffer nobody else holds. */
  decode(bytes: Buffer): Promise<Buffer> | Buffer;
}

export interface DurableOptions {
  fs?: FsPromises;
  transform?: ByteTransform;
  platform?: NodeJS.Platform;
  /** Waits between rename attempts while the target is held (EPERM/EBUSY/EACCES). */
  renameDelaysMs?: readonly number[];
  /** Waits between read attempts after a transient error (EIO, EBUSY, EMFILE…). */
  readDelaysMs?: readonly number[];
  /** File mode of new files (before umask). */
  mode?: number;
}

export interface WriteOptions {
  /**
   * false: still a unique temp file and an atomic rename, but no fsync. Only for files whose
   * loss costs nothing but time (the trust record: without it the next start checks every record).
   */
  sync?: boolean;
}

export interface DurableFiles {
  write(path: string, data: string | Buffer | readonly Buffer[], options?: WriteOptions): Promise<void>;
  /** The bytes of `path` (decoded), or null if there is no such file. Throws FileReadError after retries. */
  read(path: string): Promise<Buffer | null>;
  readonly fs: FsPromises;
}

/** Roughly steno's and graceful-fs's budget for a file held by antivirus: about two seconds in all. */
const RENAME_DELAYS = [10, 20, 40, 80, 160, 320, 640, 1000];
const READ_DELAYS = [20, 50, 100, 200, 400, 800];
const RENAME_RETRY = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Errors a network share, antivirus or a busy system produce that go away: never evidence of damage. */
const READ_RETRY = new Set(['EIO', 'EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN', 'EPERM', 'EACCES', 'ETIMEDOUT', 'ECONNRESET', 'EINTR']);

export class FileReadError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? 'UNKNOWN';

export function durableFiles(options: DurableOptions = {}): DurableFiles {
  const fs = options.fs ?? nodeFsPromises;
  const platform = options.platform ?? process.platform;
  const renameDelays = options.renameDelaysMs ?? RENAME_DELAYS;
  const readDelays = options.readDelaysMs ?? READ_DELAYS;

  async function renameWithRetry(from: string, to: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(from, to);
        return;
      } catch (error) {
        const delay = renameDelays[attempt];
        if (!RENAME_RETRY.has(codeOf(error)) || delay === undefined) throw error;
        await sleep(delay);
      }
    }
  }

  async function syncFolder(dir: string): Promise<void> {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (platform === 'win32') return;
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } catch (error) {
      // Some file systems (and network mounts) refuse fsync on a folder; the file itself is synced.
      if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EBADF'].includes(codeOf(error))) throw error;
    } finally {
      await handle.close();
    }
  }

  return {
    fs,
    async write(path, data, writeOptions = {}) {
      const sync = writeOptions.sync ?? true;
      const plain = typeof data === 'string' ? [Buffer.from(data)] : Buffer.isBuffer(data) ? [data] : data;
      const chunks = options.transform ? await options.transform.encode(plain) : plain;
      const dir = dirname(path);
      const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
      let created = false;
      try {
        const handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
        created = true;
        try {
          await writeAll(handle, chunks);
          if (sync) await handle.sync();
        } finally {
          await handle.close();
        }
        await renameWithRetry(temp, path);
        created = false;
      } catch (error) {
        if (created) await fs.unlink(temp).catch(() => undefined);
        throw error;
      }
      if (sync) await syncFolder(dir);
    },
    async read(path) {
      for (let attempt = 0; ; attempt++) {
        try {
          const bytes = await fs.readFile(path);
          return options.transform ? await options.transform.decode(bytes) : bytes;
        } catch (error) {
          const code = codeOf(error);
          if (code === 'ENOENT') return null;
          const delay = readDelays[attempt];
          if (!READ_RETRY.has(code) || delay === undefined) {
            throw new FileReadError(path, code, `${basename(path)} could not be read (${code}: ${(error as Error).message})`);
          }
          await sleep(delay);
        }
      }
    },
  };
}

/** writev may write less than asked (ENOSPC mid-way, or more buffers than IOV_MAX): continue where it stopped. */
async function writeAll(handle: nodeFsPromises.FileHandle, chunks: readonly Buffer[]): Promise<void> {
  let pending = chunks.filter((c) => c.length > 0);
  while (pending.length > 0) {
    const { bytesWritten } = await handle.writev(pending.slice(0, 1024));
    if (bytesWritten === 0) throw Object.assign(new Error('the disk accepted no more bytes'), { code: 'ENOSPC' });
    let left = bytesWritten;
    const rest: Buffer[] = [];
    for (const chunk of pending) {
      if (left >= chunk.length) left -= chunk.length;
      else {
        rest.push(left > 0 ? chunk.subarray(left) : chunk);
        left = 0;
      }
    }
    pending = rest;
  }
}

/** Plain files for other programs (exports, catalogue copy, backups): no transform. */
export const plainFiles = durableFiles();

export const writeFileDurable = (path: string, data: string | Buffer | readonly Buffer[]): Promise<void> => plainFiles.write(path, data);

/**
 * Synchronous twin for the one write that runs as the process exits (window state).
 * Same steps; the rename retry sleeps with Atomics.wait because nothing may yield here.
 */
export function writeFileDurableSync(path: string, data: string, platform: NodeJS.Platform = process.platform): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = nodeFs.openSync(temp, 'wx');
    created = true;
    try {
      nodeFs.writeFileSync(fd, data);
      nodeFs.fsyncSync(fd);
    } finally {
      nodeFs.closeSync(fd);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        nodeFs.renameSync(temp, path);
        break;
      } catch (error) {
        const delay = RENAME_DELAYS[attempt];
        if (!RENAME_RETRY.has(codeOf(error)) || delay === undefined) throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
      }
    }
    created = false;
  } catch (error) {
    if (created) nodeFs.rmSync(temp, { force: true });
    throw error;
  }
  if (platform !== 'win32') {
    const fd = nodeFs.openSync(dir, 'r');
    try {
      nodeFs.fsyncSync(fd);
    } catch {
      // See syncFolder: some file systems refuse it.
    } finally {
      nodeFs.closeSync(fd);
    }
  }
}
