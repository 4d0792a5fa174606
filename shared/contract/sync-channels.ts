import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { channel } from './channel';
import { givenPassphraseSchema, newPassphraseSchema } from '../model/passphrase';
import { coordinatorNameSchema, type SyncStatus } from '../model/sync-status';
import { conflictResolutionSchema, type SetAsideVersion, type SyncConflict } from '../model/sync-conflict';
import { serverUrlProblem } from '../util/server-url';

const none = lazySchema(() => z.undefined());

/** A CouchDB database URL: https, or http only to this computer (loopback). */
export const serverUrlSchema = lazySchema(() => z
  .string()
  .trim()
  .max(2000, 'Use at most 2,000 characters')
  .superRefine((url, ctx) => {
    const problem = serverUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }));

/** A CouchDB user name (CouchDB allows almost anything but ':' and control characters). */
export const couchUserSchema = lazySchema(() => z
  .string()
  .trim()
  .min(1, 'Enter your user name on the server')
  .max(200, 'Use at most 200 characters')
  .refine((s) => !s.includes(':') && [...s].every((c) => c.charCodeAt(0) >= 32), 'A user name cannot contain ":" or control characters'));

export interface ShareChangesResult {
  /** Where the file was saved, or null when the user cancelled the save dialog. */
  savedTo: string | null;
  /** Record versions written to the file. */
  documents: number;
}

export type ReceiveChangesResult =
  | { received: false }
  | {
      received: true;
      fileName: string;
      /** The coordinator who shared the file, as named in it. */
      from: string | null;
      /** Record versions in the file, and how many of them were new to this computer. */
      documents: number;
      applied: number;
      /** Records now in conflict (listed in the Conflicts view). */
      conflicts: number;
      /** Versions refused by the record check and kept aside. */
      setAside: number;
    };

/**
 * Sharing one task force's records between coordinators (issue 19): a local replica
 * (PouchDB) beside the data file, kept in step with a CouchDB server and/or by
 * exchange files. Settings and window state are never shared.
 */
export const syncChannels = {
  /** Where sharing stands: state, server, last synced, pending changes, conflicts, errors in words. */
  syncStatus: channel<SyncStatus>()(() => none),
  /** Sets the name this coordinator's changes are signed with (updatedBy). */
  syncCoordinatorSet: channel<SyncStatus>()(() => z.object({ name: coordinatorNameSchema }).strict()),
  /**
   * Connects to a server: checks the URL, user and password against it first (refusing with
   * the reason in words), keeps the password wrapped with this computer's key, then
   * replicates live in both directions.
   */
  syncConnect: channel<SyncStatus>()(() => 
    z.object({ url: serverUrlSchema, user: couchUserSchema, password: z.string().min(1, 'Enter your password').max(1024) }).strict(),
  ),
  /** Stops replicating and forgets the server and password; the records stay on this computer. */
  syncDisconnect: channel<SyncStatus>()(() => none),
  /** Replicates with the server now (also after an error), and returns when it has finished or failed. */
  syncNow: channel<SyncStatus>()(() => none),
  /**
   * *Share changes…*: asks where to save, then writes the record versions the partner has
   * not received yet (everything when `everything` is set or the partner is new), encrypted
   * with the passphrase. `partner` names who the file is for, so the next file holds only
   * what changed since.
   */
  syncShareChanges: channel<ShareChangesResult>()(() => 
    z
      .object({
        passphrase: newPassphraseSchema,
        partner: z.string().trim().max(100).optional(),
        everything: z.boolean().optional(),
      })
      .strict(),
  ),
  /** *Receive changes…*: asks for an exchange file, opens it with the passphrase and applies it with the same revision rules and conflicts as the server. */
  syncReceiveChanges: channel<ReceiveChangesResult>()(() => z.object({ passphrase: givenPassphraseSchema }).strict()),
  /** Every record with concurrent versions: who, when, which fields differ and their values. */
  syncConflictsList: channel<SyncConflict[]>()(() => none),
  /** Resolves one conflict: keep a version, or merge field by field. The resolution replicates like any change. */
  syncConflictResolve: channel<{ remaining: number }>()(() => 
    z
      .object({
        id: z.string().min(3).max(200),
        resolution: conflictResolutionSchema,
        /** The revisions the user was shown; refused when the conflict changed since. */
        shownRevs: z.array(z.string().max(200)).min(2).max(100),
      })
      .strict(),
  ),
  /** Incoming versions the record check refused, with where they came from and why. */
  syncSetAsideList: channel<SetAsideVersion[]>()(() => none),
} as const;
