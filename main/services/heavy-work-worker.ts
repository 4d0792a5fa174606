import { parentPort } from 'node:worker_threads';
import type { TrainingFacts, TrainingLookup } from '../../shared/team/training-lookup';
import type { UserData } from '../../shared/model/user-data';
import { decodeUserData } from './decode-user-data';
import { PACKED_SLICE, SLICE, type FromWorker, type ListName, type ToWorker } from './heavy-work-messages';
import { newRecordId } from './record-ids';
import { prepareImport } from './team-import';
import { packCompletions, type PackedCompletions } from './packed-completions';
import type { ImportPlan } from '../../shared/team/import-plan';
import type { RecordStamps } from '../../shared/team/import-record';
import { UserFacingError } from './user-facing-error';

/*
 * The heavy-work worker: one job at a time (the main side sends the job's slices and the
 * job, reads the answer, and may keep the worker for its next job: heavy-work.ts). Bundled on
 * its own by scripts/build-main.ts into out/main/heavy-work.cjs.
 */

const port = parentPort!;
const lists: Partial<Record<ListName, unknown[]>> = {};
const send = (message: FromWorker) => port.postMessage(message);

/** The answer's messages not sent yet: one goes per 'next' from the main side. */
const outbox: FromWorker[] = [];

/**
 * Long lists go back a slice per message; the rest of the result follows. `packed`: the
 * completions' slices as columns (packed-completions.ts), when every slice packs.
 */
function sendResult(result: Record<string, unknown>, long: ListName[], packed?: PackedCompletions[] | null): void {
  const rest: Record<string, unknown> = { ...result };
  if (packed) {
    for (const records of packed) outbox.push({ type: 'packed', records });
    delete rest.completions;
    long = long.filter((list) => list !== 'completions');
  }
  for (const list of long) {
    const records = (result[list] as unknown[] | undefined) ?? [];
    for (let i = 0; i < records.length; i += SLICE) outbox.push({ type: 'slice', list, records: records.slice(i, i + SLICE) });
    delete rest[list];
  }
  outbox.push({ type: 'done', result: rest });
  sendNext();
}

function sendNext(): void {
  const message = outbox.shift();
  if (message) send(message);
}

function lookupOf(trainings: readonly TrainingFacts[]): TrainingLookup {
  const byId = new Map(trainings.map((t) => [t.id, t]));
  return { get: (id) => byId.get(id), all: () => trainings };
}

function run(message: ToWorker): void {
  if (message.type === 'next') return sendNext();
  if (message.type === 'slice') {
    (lists[message.list] ??= []).push(...message.records);
    return;
  }
  if (message.type === 'decode') {
    const decoded = decodeUserData(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength).toString('utf8'), message.fileName);
    if (!decoded.ok) return sendResult({ ok: false, kind: decoded.kind, message: decoded.message }, []);
    // The long lists go as slices; the rest (settings, curricula, deliveries…) in the last message.
    const { members, completions, plans, profiles, ...head } = decoded.data;
    return sendResult({ ok: true, head, members, completions, plans, profiles, migratedFrom: decoded.migratedFrom }, ['members', 'completions', 'plans', 'profiles']);
  }
  const data = { members: (lists.members ?? []) as UserData['members'], completions: (lists.completions ?? []) as UserData['completions'] };
  forgetInputs();
  const { clock } = message;
  const plan = prepareImport(data, lookupOf(message.trainings), message.input, { newId: newRecordId, ...clock });
  sendResult({ ...plan, newMembers: plan.newMembers }, ['completions', 'newMembers'], packSlices(plan.completions, clock.now, { updatedAt: clock.now, updatedBy: clock.by }));
}

/** The import's records as packed slices, or null when one does not pack (they then go as objects). */
function packSlices(records: ImportPlan['completions'], createdAt: string, stamps: RecordStamps): PackedCompletions[] | null {
  const slices: PackedCompletions[] = [];
  for (let i = 0; i < records.length; i += PACKED_SLICE) {
    const packed = packCompletions(records.slice(i, i + PACKED_SLICE), createdAt, stamps);
    if (packed === null) return null;
    slices.push(packed);
  }
  return slices;
}

/** An import's input slices go with it: the next job on this worker (kept only after a job that ended well) starts from nothing. */
function forgetInputs(): void {
  for (const list of Object.keys(lists) as ListName[]) delete lists[list];
}

port.on('message', (message: ToWorker) => {
  try {
    run(message);
  } catch (error) {
    if (error instanceof UserFacingError) send({ type: 'error', message: error.message, ...(error.details ? { details: [...error.details] } : {}), userFacing: true });
    else send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error), userFacing: false });
  }
});
