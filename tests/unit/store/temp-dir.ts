import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder per test, removed afterwards: store tests run on real files. */
export function useTempDirs(): () => Promise<string> {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tta-store-'));
    dirs.push(dir);
    return dir;
  };
}

/** A clock that moves one second per call, so stamps differ and are predictable. */
export function steppingClock(start = Date.parse('2026-11-25T10:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
