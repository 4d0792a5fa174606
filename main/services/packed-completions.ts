import type { Completion } from '../../shared/model/team';
import { createValueSharing } from './shared-text';
import { importedCompletion, type RecordExtras, type RecordStamps, type RecordTraining } from '../../shared/team/import-record';

/*
 * An import's new records, as they cross from the heavy-work worker to the main thread. Sent
 * as objects, each record is copied field by field twice (out of the worker, into the main
 * heap): for 50,000 records about a quarter of a second, most of it on the main thread. Sent
 * as columns (one list per field, the few trainings once, the stamps once) the copy is a few
 * flat lists, and the main side builds each record with importedCompletion, as the row check
 * built it: the same fields in the same order, the same shared custom training.
 */

export interface PackedCompletions {
  createdAt: string;
  stamps: RecordStamps;
  trainings: RecordTraining[];
  id: string[];
  memberId: string[];
  /** Index into trainings. */
  training: number[];
  completedOn: string[];
  /** NaN: no hours. */
  hours: number[];
  /** The rare record with a certificate number, notes, validity or expiry: its index and those fields. */
  extras: [number, RecordExtras][];
}

const PLAIN_FIELDS = new Set(['id', 'memberId', 'trainingId', 'trainingTitle', 'trainingFamily', 'custom', 'completedOn', 'hours', 'createdAt', 'updatedAt', 'updatedBy']);
const EXTRA_FIELDS = new Set(['certificateNumber', 'notes', 'validForMonths', 'expiresOn']);

/**
 * The records as columns, or null when any record is not one importedCompletion builds with
 * these stamps (then they travel as objects, as before).
 */
export function packCompletions(records: readonly Completion[], createdAt: string, stamps: RecordStamps): PackedCompletions | null {
  const packed: PackedCompletions = { createdAt, stamps, trainings: [], id: [], memberId: [], training: [], completedOn: [], hours: [], extras: [] };
  const catalogue = new Map<string, number>();
  const custom = new Map<object, number>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.createdAt !== createdAt || r.updatedAt !== stamps.updatedAt || r.updatedBy !== stamps.updatedBy) return null;
    let extras: RecordExtras | null = null;
    for (const key in r) {
      if (PLAIN_FIELDS.has(key)) continue;
      if (!EXTRA_FIELDS.has(key)) return null;
      extras = { certificateNumber: r.certificateNumber, notes: r.notes, validForMonths: r.validForMonths, expiresOn: r.expiresOn };
    }
    let t: number | undefined;
    if (r.custom !== undefined) {
      if (r.trainingId !== undefined) return null;
      t = custom.get(r.custom);
      if (t === undefined) custom.set(r.custom, (t = packed.trainings.push({ kind: 'custom', custom: r.custom }) - 1));
    } else {
      if (r.trainingId === undefined || r.trainingTitle === undefined || r.trainingFamily === undefined) return null;
      const key = `${r.trainingId}\n${r.trainingTitle}\n${r.trainingFamily}`;
      t = catalogue.get(key);
      if (t === undefined) catalogue.set(key, (t = packed.trainings.push({ kind: 'catalogue', id: r.trainingId, title: r.trainingTitle, family: r.trainingFamily }) - 1));
    }
    packed.id.push(r.id);
    packed.memberId.push(r.memberId);
    packed.training.push(t);
    packed.completedOn.push(r.completedOn);
    packed.hours.push(r.hours ?? Number.NaN);
    if (extras !== null) packed.extras.push([i, extras]);
  }
  return packed;
}

/** The records packCompletions packed, built as the row check built them. */
export function unpackCompletions(p: PackedCompletions): Completion[] {
  const out: Completion[] = new Array(p.id.length);
  // A message brings its own copy of each text: one copy per member id and day is kept (shared-text.ts).
  const member = createValueSharing();
  const day = createValueSharing();
  let next = 0;
  for (let i = 0; i < p.id.length; i++) {
    let extras: RecordExtras | null = null;
    if (next < p.extras.length && p.extras[next]![0] === i) extras = p.extras[next++]![1];
    const hours = p.hours[i]!;
    out[i] = importedCompletion(p.id[i]!, member(p.memberId[i]!), p.trainings[p.training[i]!]!, day(p.completedOn[i]!), Number.isNaN(hours) ? undefined : hours, extras, p.createdAt, p.stamps);
  }
  return out;
}
