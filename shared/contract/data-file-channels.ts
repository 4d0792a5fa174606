import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { channel } from './channel';
import { givenPassphraseSchema, newPassphraseSchema } from '../model/passphrase';

const none = lazySchema(() => z.undefined());

export type DataFileRestoreResult =
  | { restored: false }
  | { restored: true; fileName: string; members: number; completions: number; plans: number };

/**
 * All user data as one JSON file the user saves and keeps (Back up data… / Restore
 * from backup…). Not the automatic backups: see automatic-backup-channels.ts.
 */
export const dataFileChannels = {
  /** Asks where to save, then writes members, completions, plans and settings as one file encrypted under the passphrase. */
  dataFileExport: channel<{ savedTo: string | null }>()(() => z.object({ passphrase: newPassphraseSchema }).strict()),
  /**
   * Asks for a backup file, opens it with the passphrase (files of earlier versions are plain
   * JSON and need none), validates all of it, backs up the current data, then replaces it.
   */
  dataFileRestore: channel<DataFileRestoreResult>()(() => z.object({ passphrase: givenPassphraseSchema.optional() }).strict().optional()),
  /** *Try again* on the "Changes are not being saved" banner; reloaded: the data shown must be fetched again. */
  dataSaveRetry: channel<{ reloaded: boolean }>()(() => none),
  /** Asks where to save, then writes the records set aside at start (with the field and reason for each) as a plain JSON file. */
  setAsideExport: channel<{ savedTo: string | null }>()(() => none),
} as const;
