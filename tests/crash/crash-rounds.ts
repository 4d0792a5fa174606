import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILE_NAME, openStore } from '../../main/services/store';
import { decodeUserData } from '../../main/services/decode-user-data';
import { bundleChildScript } from '../support/bundle-child-script';
import { mulberry32 } from '../support/prng';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

export interface CrashReport {
  rounds: number;
  acknowledged: number;
  failures: string[];
}


/** Starts the writer, waits until it has acknowledged at least one write, then SIGKILLs it after a random delay. */
async function oneRound(writer: string, dir: string, start: number, delayMs: number): Promise<number[]> {
  // Plain node on a bundle keeps the writer in this one process (the tsx CLI would fork a
  // grandchild that survives the SIGKILL of its parent and keeps writing).
  const child = spawn(process.execPath, [writer, dir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: number[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acks.push(Number(line.slice(4)));
      if (acks.length > 0 && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`))));
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  });
  return acks;
}

/**
 * Kills a writing process at random moments and checks after every kill that the
 * data file parses, validates and holds every write that was acknowledged.
 */
export async function runCrashRounds(options: { rounds: number; seed?: number; log?: (line: string) => void }): Promise<CrashReport> {
  const random = mulberry32(options.seed ?? 20261125);
  const dir = await mkdtemp(join(tmpdir(), 'tta-crash-'));
  const bundleDir = await mkdtemp(join(tmpdir(), 'tta-crash-writer-'));
  const acknowledged = new Set<number>();
  const failures: string[] = [];
  let next = 0;
  try {
    const writer = await bundleChildScript(WRITER, bundleDir);
    for (let round = 1; round <= options.rounds; round++) {
      const delay = Math.floor(random() * 40);
      const acks = await oneRound(writer, dir, next, delay);
      acks.forEach((n) => acknowledged.add(n));
      next = Math.max(next, ...acks) + 1;
      const text = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
      const decoded = decodeUserData(text, DATA_FILE_NAME);
      if (!decoded.ok) {
        failures.push(`round ${round}: the data file is damaged: ${decoded.message}`);
        break;
      }
      const ids = new Set(decoded.data.members.map((m) => m.id));
      const lost = [...acknowledged].filter((n) => !ids.has(`m-${n}`));
      if (lost.length > 0) failures.push(`round ${round}: acknowledged writes lost: ${lost.slice(0, 5).join(', ')}`);
      // A write that was on its way when the kill came may or may not be there; the next round continues after it.
      const highest = Math.max(...decoded.data.members.map((m) => Number(m.id.slice(2))));
      next = Math.max(next, highest + 1);
      const store = await openStore({ dir });
      // Let its background backup finish and release the folder lock before the next writer starts.
      await store.close();
      if (store.problem()) failures.push(`round ${round}: reopening reported ${store.problem()!.kind}`);
      const leftovers = (await readdir(dir)).filter((n) => n.startsWith('tta-navigator-data.damaged'));
      if (leftovers.length > 0) failures.push(`round ${round}: a damaged file was quarantined`);
      options.log?.(`round ${round}: killed after ${delay} ms, ${acks.length} acknowledged, ${ids.size} members on disk`);
      if (failures.length > 0) break;
    }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    await rm(bundleDir, { recursive: true, force: true });
  }
  return { rounds: options.rounds, acknowledged: acknowledged.size, failures };
}
