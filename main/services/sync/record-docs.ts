import type { z } from 'zod';
import { completionSchema, memberSchema } from '../../../shared/model/team';
import { planSchema } from '../../../shared/model/plan';
import { profileSchema } from '../../../shared/model/requirements';
import { curriculumSchema } from '../../../shared/model/curriculum';
import { deliverySchema } from '../../../shared/model/delivery';
import type { SharedRecordType } from '../../../shared/model/sync-status';
import type { UserData } from '../../../shared/model/user-data';
import { describeIssues } from '../../../shared/validation/zod-issues';

/** The shared collections of the data file, the document type each becomes, and its stored schema. Settings are not here: they stay local. */
export const sharedCollections = [
  { list: 'members', type: 'member', schema: memberSchema },
  { list: 'completions', type: 'completion', schema: completionSchema },
  { list: 'plans', type: 'plan', schema: planSchema },
  { list: 'profiles', type: 'profile', schema: profileSchema },
  { list: 'curricula', type: 'curriculum', schema: curriculumSchema },
  { list: 'deliveries', type: 'delivery', schema: deliverySchema },
] as const satisfies readonly { list: keyof UserData; type: SharedRecordType; schema: z.ZodType }[];

export type SharedList = (typeof sharedCollections)[number]['list'];
export type SharedRecord = { id: string } & Record<string, unknown>;

export const docId = (type: SharedRecordType, recordId: string): string => `${type}:${recordId}`;

export function parseDocId(id: string): { collection: (typeof sharedCollections)[number]; recordId: string } | null {
  const colon = id.indexOf(':');
  if (colon < 1) return null;
  const collection = sharedCollections.find((c) => c.type === id.slice(0, colon));
  return collection ? { collection, recordId: id.slice(colon + 1) } : null;
}

/**
 * The validity choke point for incoming versions: the same stored schema the store's record
 * check applies, plus the document's id must name the record. Returns the parsed record or why not.
 */
export function checkIncoming(id: string, body: unknown): { ok: true; list: SharedList; record: SharedRecord } | { ok: false; reason: string } {
  const parsed = parseDocId(id);
  if (!parsed) return { ok: false, reason: `"${id.slice(0, 80)}" is not a record this app shares` };
  const doc = body as { type?: unknown; record?: unknown } | null;
  if (doc?.type !== parsed.collection.type) return { ok: false, reason: `type: must be "${parsed.collection.type}"` };
  const result = parsed.collection.schema.safeParse(doc.record);
  if (!result.success) return { ok: false, reason: describeIssues(result.error, 3).join('; ') };
  const record = result.data as SharedRecord;
  if (record.id !== parsed.recordId) return { ok: false, reason: `id: must be "${parsed.recordId.slice(0, 80)}"` };
  return { ok: true, list: parsed.collection.list, record };
}

/** JSON with sorted keys: two versions of a record are equal when this is. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export interface RecordChange {
  id: string;
  type: SharedRecordType;
  /** The record as committed, or null when it was deleted. */
  record: SharedRecord | null;
}

/**
 * The records a commit added, replaced or removed, found by object identity (the store
 * never edits a committed record in place). Only the part between the unchanged head and
 * tail of each list is looked at, so a one-record change to 100,000 costs little.
 */
export function committedChanges(before: UserData, after: UserData): RecordChange[] {
  const out: RecordChange[] = [];
  for (const { list, type } of sharedCollections) {
    const prev = before[list] as readonly SharedRecord[];
    const next = after[list] as readonly SharedRecord[];
    if (prev === next) continue;
    let head = 0;
    while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
    let tail = 0;
    while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
    const old = new Map<string, SharedRecord>();
    for (let i = head; i < prev.length - tail; i++) old.set(prev[i]!.id, prev[i]!);
    for (let i = head; i < next.length - tail; i++) {
      const record = next[i]!;
      const was = old.get(record.id);
      old.delete(record.id);
      if (was !== record) out.push({ id: docId(type, record.id), type, record });
    }
    for (const id of old.keys()) out.push({ id: docId(type, id), type, record: null });
  }
  return out;
}
