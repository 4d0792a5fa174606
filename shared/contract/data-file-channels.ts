import { z } from 'zod';
import { channel } from './channel';

const none = z.undefined();

export type DataFileRestoreResult =
  | { restored: false }
  | { restored: true; fileName: string; members: number; completions: number; plans: number };

/**
 * All user data as one JSON file the user saves and keeps (Back up data… / Restore
 * from backup…). Not the automatic backups: see automatic-backup-channels.ts.
 */
export const dataFileChannels = {
  /** Asks where to save, then writes members, completions, plans and settings as one JSON file. */
  dataFileExport: channel<{ savedTo: string | null }>()(none),
  /** Asks for a data file, validates all of it, backs up the current data, then replaces it. */
  dataFileRestore: channel<DataFileRestoreResult>()(none),
} as const;
