import * as fsp from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FsPromises } from '../../main/services/durable-file';

/** The calls a fault can hit: fs functions, and writev/sync on an open file. */
export type FaultOp = 'open' | 'rename' | 'readFile' | 'stat' | 'unlink' | 'writev' | 'sync';

export interface Fault {
  op: FaultOp;
  /** errno code to throw, e.g. ENOSPC; omit for a delay only. */
  code?: string;
  /** How many matching calls fail; Infinity = until cleared. */
  times: number;
  /** Only calls on paths whose file name passes this test. */
  file?: (name: string) => boolean;
  delayMs?: number;
}

export interface FaultyFs {
  fs: FsPromises;
  inject(fault: Fault): void;
  clear(): void;
  /** Every call as "op name", in order (for ordering checks such as fsync before rename). */
  log: string[];
}

const errno = (code: string, op: string, path: string) => Object.assign(new Error(`${code}: injected fault, ${op} '${path}'`), { code, syscall: op, path });

/** Node's fs/promises with faults injected on demand: the store under test gets this as its fs. */
export function faultyFs(): FaultyFs {
  let faults: Fault[] = [];
  const log: string[] = [];

  async function hit(op: FaultOp, path: string): Promise<void> {
    const name = basename(String(path));
    log.push(`${op} ${name}`);
    for (const f of faults) {
      if (f.op !== op || f.times <= 0 || (f.file && !f.file(name))) continue;
      f.times--;
      if (f.delayMs) await sleep(f.delayMs);
      if (f.code) throw errno(f.code, op, String(path));
    }
  }

  const wrapHandle = (handle: fsp.FileHandle, path: string): fsp.FileHandle =>
    new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'writev') {
          return async (buffers: Buffer[], position?: number) => {
            await hit('writev', path);
            return target.writev(buffers, position);
          };
        }
        if (prop === 'sync') {
          return async () => {
            await hit('sync', path);
            return target.sync();
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });

  const fs = {
    ...fsp,
    open: (async (path: string, flags?: string, mode?: number) => {
      await hit('open', path);
      return wrapHandle(await fsp.open(path, flags, mode), path);
    }) as typeof fsp.open,
    rename: async (from: string, to: string) => {
      await hit('rename', to);
      return fsp.rename(from, to);
    },
    readFile: (async (path: string, options?: unknown) => {
      await hit('readFile', path);
      return fsp.readFile(path, options as never);
    }) as typeof fsp.readFile,
    stat: (async (path: string, options?: unknown) => {
      await hit('stat', path);
      return fsp.stat(path, options as never);
    }) as typeof fsp.stat,
    unlink: async (path: string) => {
      await hit('unlink', path);
      return fsp.unlink(path);
    },
  } as FsPromises;

  return {
    fs,
    inject: (fault) => faults.push({ ...fault }),
    clear: () => {
      faults = [];
    },
    log,
  };
}
