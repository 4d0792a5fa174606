import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import type { SharedRecordType } from './sync-status';

/** A CouchDB revision id, "<generation>-<hash>". */
export const revisionSchema = lazySchema(() => z
  .string()
  .min(3)
  .max(200)
  .regex(/^\d+-[0-9a-f]+$/, 'Not a revision of this record'));

/** One concurrent version of a record, as the Conflicts view shows it. */
export interface ConflictVersion {
  rev: string;
  /** The version the app shows until the conflict is resolved (CouchDB's deterministic winner). */
  winner: boolean;
  /** The version deletes the record. */
  deleted: boolean;
  /** Who made it (the coordinator's name), and when (ISO moment); null when the version does not say. */
  updatedBy: string | null;
  updatedAt: string | null;
  /** The record's fields in this version (absent when deleted). */
  values: Record<string, unknown>;
}

/** One field whose value differs between the versions, each value in words (same order as versions). */
export interface ConflictField {
  field: string;
  /** A label for the field in words ("Name", "Completed on"). */
  label: string;
  values: string[];
}

export interface SyncConflict {
  /** The replica document id: type + ":" + record id. */
  id: string;
  recordType: SharedRecordType;
  recordId: string;
  /** What the user recognises: a member's name, a training title with who completed it, a plan's name. */
  label: string;
  versions: ConflictVersion[];
  /** Only the fields that differ between the versions. */
  fields: ConflictField[];
}

/**
 * Keep one version as it is, or build one from the versions field by field:
 * `fields` maps a differing field to the revision whose value to keep
 * (fields not named keep the winner's value).
 */
export const conflictResolutionSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keep'), rev: revisionSchema }).strict(),
  z.object({ kind: z.literal('merge'), fields: z.record(z.string().min(1).max(100), revisionSchema) }).strict(),
]));
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;

/** An incoming version the record check refused: kept aside with where it came from, never applied. */
export interface SetAsideVersion {
  id: string;
  rev: string;
  /** Where it came from: the server URL, or the exchange file's name. */
  origin: string;
  /** What was wrong, field and reason. */
  reason: string;
  /** When it was set aside (ISO moment). */
  at: string;
}
