import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { ImportPlan } from '../../shared/team/import-plan';
import type { UserData } from '../../shared/model/user-data';
import type { TrainingFacts, TrainingLookup } from '../../shared/team/training-lookup';
import { decodeUserData, type Decoded } from './decode-user-data';
import { SLICE, type FromWorker, type ListName, type ToWorker } from './heavy-work-messages';
import { newRecordId } from './record-ids';
import { createTextSharing } from './shared-text';
import { unpackCompletions } from './packed-completions';
import { prepareImport, type ImportClock, type ImportInput } from './team-import';
import { UserFacingError } from './user-facing-error';

/**
 * Work too heavy for the main process's event loop (a restore's parse and check of
 * 100,000 records, an import's check of 50,000 rows) runs on a worker thread, so the
 * window keeps answering. Answers come back a slice per message (see heavy-work-messages.ts).
 */
export interface HeavyWork {
  /** Where the work runs: 'worker', or 'inline' when no worker bundle was given (unit tests). */
  readonly mode: 'worker' | 'inline';
  /**
   * The strict decode used for restores: one bad record refuses the file. With handOver the
   * caller gives the bytes up (it must not read them again): the worker takes their memory
   * without a copy, which for a 30 MB file held the main thread for hundreds of milliseconds.
   */
  decode(bytes: Buffer, fileName: string, options?: { handOver?: boolean }): Promise<Decoded>;
  /** prepareImport (team-import.ts) against a snapshot of the team; throws its UserFacingError. */
  prepareImport(data: Pick<UserData, 'members' | 'completions'>, trainings: TrainingLookup, input: ImportInput, clock: ImportClock): Promise<ImportPlan>;
  /** Stops the worker kept for the next job, if any (at quit; a job still running finishes first). */
  close(): Promise<void>;
}

/**
 * How long a worker is kept after a job that ended well. Starting one compiles the 350 KB
 * bundle and runs its checks cold, about as long as checking 50,000 rows warm; an import or a
 * restore soon after (a coordinator importing one file per course) then starts at once.
 * Kept longer, an idle worker would only hold memory.
 */
export const KEEP_WORKER_MS = 120_000;

/**
 * script: the worker bundle (out/main/heavy-work.cjs next to the main bundle). It is read
 * with fs and started as code, which works the same from a folder and from inside app.asar.
 * null runs the same functions on the calling thread.
 */
export function createHeavyWork(script: string | null): HeavyWork {
  if (script === null) {
    return {
      mode: 'inline',
      decode: async (bytes, fileName) => decodeUserData(bytes.toString('utf8'), fileName),
      prepareImport: async (data, trainings, input, clock) => prepareImport(data, trainings, input, { newId: newRecordId, ...clock }),
      close: async () => undefined,
    };
  }
  const workers = keptWorkers(script);
  const start = workers.take;
  return {
    mode: 'worker',
    close: workers.close,
    async decode(bytes, fileName, options = {}) {
      // Moved, not copied, when handed over and the bytes fill their own memory (a pooled
      // small Buffer shares it); otherwise a copy the worker owns, and the caller keeps its bytes.
      const own = options.handOver === true && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      const sent = own ? new Uint8Array(bytes.buffer as ArrayBuffer) : new Uint8Array(bytes);
      const { result, lists } = await runJob(await start(), workers.giveBack, [], { type: 'decode', bytes: sent, fileName }, [sent.buffer as ArrayBuffer]);
      if (!result.ok) return result as Decoded;
      const data = { ...(result.head as object), members: lists.members ?? [], completions: lists.completions ?? [], plans: lists.plans ?? [], profiles: lists.profiles ?? [] };
      return { ok: true, data: data as UserData, migratedFrom: result.migratedFrom as number | null, setAside: [] };
    },
    async prepareImport(data, trainings, input, clock) {
      const inputs: [ListName, readonly unknown[]][] = [
        ['members', data.members],
        ['completions', data.completions],
      ];
      const { result, lists } = await runJob(await start(), workers.giveBack, inputs, { type: 'prepareImport', trainings: [...trainings.all()] as TrainingFacts[], input, clock });
      return { ...(result as unknown as ImportPlan), completions: (lists.completions ?? []) as ImportPlan['completions'], newMembers: (lists.newMembers ?? []) as ImportPlan['newMembers'] };
    },
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * One worker kept idle between jobs (see KEEP_WORKER_MS). A job takes the idle one or starts
 * its own, so two jobs at once never wait for each other; a worker whose job did not end
 * well is never given back (runJob), and an idle one that exits is dropped.
 */
function keptWorkers(script: string) {
  // Read once, without blocking the main thread (the bundle is large); a failed read is tried again next time.
  let code: Promise<string> | null = null;
  let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;
  const drop = () => {
    if (!idle) return undefined;
    clearTimeout(idle.timer);
    const { worker } = idle;
    idle = null;
    return worker;
  };
  return {
    async take(): Promise<Worker> {
      const kept = drop();
      if (kept) {
        kept.ref();
        return kept;
      }
      code ??= readFile(script, 'utf8').catch((error: unknown) => {
        code = null;
        throw error;
      });
      const worker = new Worker(await code, { eval: true });
      worker.once('exit', () => {
        if (idle?.worker === worker) drop();
      });
      return worker;
    },
    /** After a job that ended well: kept unless another is already kept, without holding the process open. */
    giveBack(worker: Worker): void {
      if (idle) return void worker.terminate();
      worker.unref();
      const timer = setTimeout(() => void drop()?.terminate(), KEEP_WORKER_MS);
      timer.unref();
      idle = { worker, timer };
    },
    async close(): Promise<void> {
      await drop()?.terminate();
    },
  };
}

/**
 * Sends the long inputs a slice per turn, then the job; collects slices until done. A job
 * that ended well hands its worker to giveBack; any other ending stops the worker.
 */
async function runJob(
  worker: Worker,
  giveBack: (worker: Worker) => void,
  inputs: [ListName, readonly unknown[]][],
  job: ToWorker,
  transfer: ArrayBuffer[] = [],
): Promise<{ result: Record<string, unknown>; lists: Partial<Record<ListName, unknown[]>> }> {
  const lists: Partial<Record<ListName, unknown[]>> = {};
  const shareText = createTextSharing();
  let settled = false;
  const answer = new Promise<Record<string, unknown>>((resolve, reject) => {
    const finish = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) giveBack(worker);
      else void worker.terminate();
      outcome();
    };
    const onError = (error: Error) => finish(() => reject(error));
    const onExit = (exitCode: number) => finish(() => reject(new Error(`The background check stopped unexpectedly (exit code ${exitCode}).`)));
    const onMessage = (message: FromWorker) => {
      if (message.type === 'slice' || message.type === 'packed') {
        const into = (lists[message.type === 'packed' ? 'completions' : message.list] ??= []);
        if (message.type === 'packed') for (const r of unpackCompletions(message.records)) into.push(r);
        else for (const r of message.records) into.push(shareText(r));
        // Pulled one at a time (see heavy-work-messages.ts): ask for the next after a turn.
        setImmediate(() => {
          if (!settled) worker.postMessage({ type: 'next' } satisfies ToWorker);
        });
      } else if (message.type === 'done') finish(() => resolve(message.result), true);
      else finish(() => reject(message.userFacing ? new UserFacingError(message.message, message.details ?? []) : new Error(`The background check failed: ${message.message}`)));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
  try {
    for (const [list, records] of inputs) {
      for (let i = 0; i < records.length; i += SLICE) {
        worker.postMessage({ type: 'slice', list, records: records.slice(i, i + SLICE) } satisfies ToWorker);
        await turn();
      }
    }
    worker.postMessage(job, transfer);
  } catch (error) {
    if (!settled) {
      settled = true;
      void worker.terminate();
    }
    throw error;
  }
  return { result: await answer, lists };
}
