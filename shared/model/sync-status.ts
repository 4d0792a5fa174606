import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/*
 * Sharing records between coordinators (issue 19): what the screens are told about
 * the local replica, the server connection and the exchange files. Types come from
 * these schemas; the main side builds them (main/services/sync/).
 */

/**
 * not-set-up: no server and no exchange file yet; idle: a replica exists but no
 * server is connected (files only); connecting / syncing / up-to-date: live server
 * replication; offline: the server cannot be reached, retrying with back-off;
 * error: replication stopped on something the user must fix (password, access,
 * certificate).
 */
export const syncStateSchema = lazySchema(() => z.enum(['not-set-up', 'idle', 'connecting', 'syncing', 'up-to-date', 'offline', 'error']));
export type SyncState = z.infer<typeof syncStateSchema>;

/** What went wrong, as a kind the screen may style; `error` holds the words. */
export const syncErrorKindSchema = lazySchema(() => z.enum(['unreachable', 'wrong-password', 'no-access', 'certificate', 'refused', 'other']));
export type SyncErrorKind = z.infer<typeof syncErrorKindSchema>;

/** The name every change of this coordinator is signed with (updatedBy); set once in Settings. */
export const coordinatorNameSchema = lazySchema(() => z
  .string()
  .trim()
  .min(1, 'Enter your name as the other coordinators know you')
  .max(100, 'Use at most 100 characters')
  .refine((s) => !/[\r\n\t]/.test(s), 'Must fit on one line'));

export interface SyncStatus {
  state: SyncState;
  /** The coordinator's name, or null until it is set in Settings (needed before sharing). */
  coordinatorName: string | null;
  /** The connected server's database URL (no password), or null. */
  serverUrl: string | null;
  /** The CouchDB user name used with the server, or null. */
  user: string | null;
  /** When the replica last finished exchanging with the server (ISO moment), or null. */
  lastSyncedAt: string | null;
  /** Local changes the server has not acknowledged yet (0 without a server). */
  pendingChanges: number;
  /** What went wrong, in words a coordinator can act on; null when nothing is wrong. */
  error: string | null;
  errorKind: SyncErrorKind | null;
  /** Records with concurrent versions waiting for a decision (the Conflicts view). */
  conflicts: number;
  /** Incoming versions that failed the record check and were kept aside, never applied. */
  setAside: number;
  /**
   * The store's epoch: it changes when changes from another coordinator were applied.
   * A screen that knew another value calls announceDataReplaced() (as the team list does).
   */
  dataEpoch: string;
  /** Counts every change to the conflicts list, so the Conflicts view knows to reload. */
  conflictsVersion: number;
}

/** Record kinds that are shared; settings and window state stay on this computer. */
export const sharedRecordTypeSchema = lazySchema(() => z.enum(['member', 'completion', 'plan', 'profile', 'curriculum', 'delivery']));
export type SharedRecordType = z.infer<typeof sharedRecordTypeSchema>;
