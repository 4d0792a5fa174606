import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { isFiniteNumber, isPlainRecord, isString } from '../../shared/validation/quick-check';
import { lazySchema } from '../../shared/validation/lazy-schema';
import type { DurableFiles } from './durable-file';

export const LOCK_FILE_NAME = 'tta-navigator.lock';

/** A lock from another machine counts as abandoned when its heartbeat is older than this. */
const STALE_AFTER_MS = 5 * 60_000;
const HEARTBEAT_MS = 60_000;

export const lockSchema = lazySchema(() => z.object({ pid: z.number(), host: z.string(), startedAt: z.string(), token: z.string() }));
type LockContent = z.infer<typeof lockSchema>;

/**
 * A lock as this app writes it, checked by hand so a start need not load zod; `undefined`
 * for anything else, which the schema then judges (shared/validation/quick-check.ts).
 */
export function quickLockContent(value: unknown): LockContent | undefined {
  if (!isPlainRecord(value)) return undefined;
  const { pid, host, startedAt, token } = value;
  if (!isFiniteNumber(pid) || !isString(host) || !isString(startedAt) || !isString(token)) return undefined;
  return { pid, host, startedAt, token };
}

/** The lock's content in `value`, or null when it is not one (the schema's verdict). */
export function readLockContent(value: unknown): LockContent | null {
  const quick = quickLockContent(value);
  if (quick) return quick;
  const parsed = lockSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export type LockOutcome = { ok: true } | { ok: false; holder: LockContent };

export interface FolderLock {
  /** Takes the lock, or says who holds it. A lock of a process that is gone (or silent for 5 minutes) is taken over. */
  acquire(): Promise<LockOutcome>;
  /** True while the lock file still carries this process's token (checked before each save). */
  stillOurs(): Promise<boolean>;
  release(): Promise<void>;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per data folder, across processes and machines sharing the folder
 * (a redirected %APPDATA%, a portable copy beside the installed app). The lock file
 * names its holder so the message can say who; same host: the holder's pid must be
 * alive; other host: its heartbeat (the file's mtime, touched every minute) must be recent.
 */
export function folderLock(dir: string, files: DurableFiles, now: () => number = Date.now): FolderLock {
  const path = join(dir, LOCK_FILE_NAME);
  const mine: LockContent = { pid: process.pid, host: hostname(), startedAt: new Date(now()).toISOString(), token: randomUUID() };
  let heartbeat: NodeJS.Timeout | null = null;

  async function read(): Promise<{ content: LockContent | null; mtimeMs: number } | null> {
    const info = await files.fs.stat(path).catch(() => null);
    if (!info) return null;
    const bytes = await files.read(path).catch(() => null);
    if (bytes === null) return null;
    let content: LockContent | null = null;
    try {
      content = readLockContent(JSON.parse(bytes.toString('utf8')));
    } catch {
      content = null;
    }
    return { content, mtimeMs: info.mtimeMs };
  }

  function abandoned(held: { content: LockContent | null; mtimeMs: number }): boolean {
    const c = held.content;
    if (c === null) return true;
    // The same process opening its folder again (tests, a reopened store) takes over its own lock.
    if (c.host === mine.host) return c.pid === process.pid || !processAlive(c.pid);
    return now() - held.mtimeMs > STALE_AFTER_MS;
  }

  return {
    async acquire() {
      const held = await read();
      if (held && held.content?.token !== mine.token && !abandoned(held)) return { ok: false, holder: held.content! };
      await files.write(path, JSON.stringify(mine));
      // Two copies taking over a stale lock at once: the last rename wins, and the other one sees it here.
      const check = await read();
      if (check?.content?.token !== mine.token) return { ok: false, holder: check?.content ?? mine };
      if (!heartbeat) {
        heartbeat = setInterval(() => {
          const t = new Date();
          void files.fs.utimes(path, t, t).catch(() => undefined);
        }, HEARTBEAT_MS);
        heartbeat.unref();
      }
      return { ok: true };
    },
    async stillOurs() {
      const held = await read();
      return held?.content?.token === mine.token;
    },
    async release() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      if ((await read())?.content?.token === mine.token) await files.fs.unlink(path).catch(() => undefined);
    },
  };
}
