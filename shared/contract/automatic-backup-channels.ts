import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import type { BackupInfo } from '../model/app-info';
import { channel } from './channel';

const none = lazySchema(() => z.undefined());

/**
 * The rolling copies of the data file the app takes by itself at start-up (kept in
 * the data folder's backups/). Not the file a user saves: see data-file-channels.ts.
 */
export const automaticBackupChannels = {
  automaticBackupsList: channel<BackupInfo[]>()(() => none),
  /** Restores a named automatic backup, or the newest one that validates when no name is given. */
  automaticBackupRestore: channel<{ restored: string }>()(() => z.object({ name: z.string().regex(/^[\w.-]+\.json$/).optional() }).strict()),
} as const;
